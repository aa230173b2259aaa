/// Turns an article into its entities and their mentions: recognition, then linking of names,
/// surnames, titles (`the president`) and he/she pronouns to one entity per referent.
///
/// ```swift
/// let table = EntityLinker().link(article)
/// table.entities.filter { $0.kind == .person }.map(\.name)  // ["Vladimir Putin", ...]
/// ```
public struct EntityLinker: Sendable {
    public let recognizer: MentionRecognizer

    public init(lexicons: Lexicons) {
        recognizer = MentionRecognizer(index: LexiconIndex(lexicons))
    }

    public init(index: LexiconIndex = .current) {
        recognizer = MentionRecognizer(index: index)
    }

    /// One found name and the sentence it is in.
    struct Found {
        var sentence: Int
        var name: RecognizedName
    }

    public func link(_ article: Article) -> EntityTable {
        let quoted = QuotedRanges.of(article)
        let scanner = WordScanner()
        let tokens = article.sentences.map { scanner.scan($0.text) }
        let lowercase = lowercaseWords(tokens)
        let innerCapitals = innerCapitalWords(tokens)
        var found: [Found] = []
        for (sentence, tokens) in zip(article.sentences, tokens) {
            for name in recognizer.recognize(tokens: tokens, quoted: quoted[sentence.number] ?? [], lowercaseWords: lowercase, innerCapitals: innerCapitals) {
                found.append(Found(sentence: sentence.number, name: name))
            }
        }
        found = placesForHomonyms(found)
        let byNumber = Dictionary(uniqueKeysWithValues: zip(article.sentences.map(\.number), tokens))
        found = organizationsByUse(found, tokens: byNumber)
        found = peopleByPronoun(found, tokens: byNumber, lowercase: lowercase, innerCapitals: innerCapitals)
        found = peopleBySurname(found, lowercase: lowercase)
        found = peopleByCoordination(found, tokens: byNumber, lowercase: lowercase)
        found = outletsSpokenTo(found, tokens: byNumber)
        var builder = EntityTableBuilder(leaderTitles: recognizer.index.leaderTitles, legislatorTitles: recognizer.index.legislatorTitles)
        builder.addLexiconNames(found.filter { $0.name.evidence == .lexicon || $0.name.evidence == .headWord })
        builder.addPeople(found.filter { $0.name.kind == .person && $0.name.form == .name })
        builder.addUnknownNames(found.filter { $0.name.evidence == .capitalization || $0.name.evidence == .locative })
        builder.addNominals(found.filter { $0.name.form == .nominal })
        builder.addOrganizationHeads(tokens: byNumber)
        builder.resolvePronouns(found.filter { $0.name.form == .pronoun })
        return builder.table()
    }

    /// Words the article writes in lower case somewhere (so a capital at a sentence start
    /// is only grammar).
    /// "Georgia" in an article set in the United States is the state: a country that is also a
    /// place in a country where the article's other places lie becomes that place.
    func placesForHomonyms(_ found: [Found]) -> [Found] {
        let homonyms = recognizer.index.countryHomonyms
        guard !homonyms.isEmpty else { return found }
        // Countries the article's places (not capitals: "Washington said") lie in.
        var settings: Set<String> = []
        for item in found {
            if item.name.kind == .place, let role = item.name.role, role.title == "located in", let country = role.affiliation,
                homonyms[NameFolding.fold(item.name.name)] == nil
            {
                settings.insert(country)
            }
        }
        return found.map { item in
            guard item.name.kind == .country, let (place, country) = homonyms[NameFolding.fold(item.name.name)],
                settings.contains(country), item.name.form != .demonym
            else { return item }
            var moved = item
            moved.name.kind = .place
            moved.name.name = place
            moved.name.role = Role(title: "located in", affiliation: country)
            return moved
        }
    }

    /// Words capitalized somewhere other than the first word of a sentence.
    func innerCapitalWords(_ sentences: [[WordToken]]) -> Set<String> {
        var words: Set<String> = []
        for tokens in sentences where !SentenceState.isTitleCase(tokens) {
            guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { continue }
            for token in tokens[(first + 1)...] where token.isCapitalized { words.insert(token.key) }
        }
        return words
    }

    func lowercaseWords(_ sentences: [[WordToken]]) -> Set<String> {
        var words: Set<String> = []
        for tokens in sentences {
            for token in tokens where token.kind == .word && !token.isCapitalized {
                if let first = token.text.unicodeScalars.first, first.isASCII ? (first >= "a" && first <= "z") : first.properties.isLowercase {
                    words.insert(token.key)
                }
            }
        }
        return words
    }
}
