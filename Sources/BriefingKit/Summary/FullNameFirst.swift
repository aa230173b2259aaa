/// Puts a person's full name where the summary first names them: the sentences come from
/// different places in the article, so "Reyes called Lee ... Ana Reyes nominated him"
/// can happen. The first bare surname (with any courtesy title: "Mr Reyes") becomes the full
/// name and the later full name the surname.
///
/// ```swift
/// FullNameFirst(models: [model]).apply(parts)
/// // "Ana Reyes called Lee. Reyes nominated Lee last year."
/// ```
struct FullNameFirst {
    let models: [ArticleModel]
    private let honorifics = SummaryWords.standard.honorifics

    func apply(_ parts: [Briefing.Part]) -> [Briefing.Part] {
        var parts = parts
        for model in models {
            for person in model.entities.entities where person.kind == .person {
                // ("Bin Laden" is said whole; "Osama bin Laden" is "bin Laden" for short.)
                let surname = EntityTableBuilder.shortName(person.name)
                guard surname != person.name else { continue }
                guard let full = parts.firstIndex(where: { $0.text.contains(person.name) }),
                    let early = parts[..<full].firstIndex(where: { part in
                        surnameRange(surname, in: part.text) != nil && namesBySurname(part, person, surname, model)
                    }),
                    let range = surnameRange(surname, in: parts[early].text),
                    let later = parts[full].text.range(of: person.name)
                else { continue }
                parts[full].text.replaceSubrange(later, with: surname)
                parts[early].text.replaceSubrange(range, with: person.name)
                parts[early].reasons.append("\(surname) -> \(person.name) (named in full where first named)")
            }
        }
        return parts
    }

    /// The surname as a word, with a courtesy title before it when there is one.
    private func surnameRange(_ surname: String, in text: String) -> Range<String.Index>? {
        var search = text.startIndex..<text.endIndex
        while let found = text.range(of: surname, range: search) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if before.map({ !$0.isLetter }) ?? true, after.map({ !$0.isLetter }) ?? true {
                // "Mr Reyes": the title goes with the surname.
                let head = text[..<found.lowerBound].split(separator: " ").last.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
                if before == " ", let head, honorifics.contains(head) {
                    return text.index(found.lowerBound, offsetBy: -(head.count + 1))..<found.upperBound
                }
                return found
            }
            search = found.upperBound..<text.endIndex
        }
        return nil
    }

    /// The part's source sentence mentions the person by the surname alone (not "the Reyes
    /// administration" read as a name).
    private func namesBySurname(_ part: Briefing.Part, _ person: Entity, _ surname: String, _ model: ArticleModel) -> Bool {
        part.evidence.contains { evidence in
            evidence.article == model.article.id
                && model.entities.mentions(inSentence: evidence.sentence).contains { $0.entity == person.id && $0.text.hasSuffix(surname) && !$0.text.contains(person.name) }
        }
    }
}
