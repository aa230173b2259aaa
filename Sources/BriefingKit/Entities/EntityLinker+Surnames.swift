/// Names no lexicon knows, confirmed as people by the article: a full name by its surname's
/// use ("Trevor Beattie runs the agency" ... "Beattie said", "Mr Beattie"), a subject by the
/// he/his/she/her that refers back to it ("Kemalov had cuts on his wrists"), a name joined to a
/// person by "and" ("Vantner and Kroll met").
extension EntityLinker {
    /// Turns an unknown name that opens its sentence into a person when a verb follows it
    /// ("Kemalov had ...", not "Realising his ..." nor "Fortunately, he") and the first name or
    /// pronoun after it in the sentence is a he/his/she/her outside quotation marks.
    /// A lone word must also be capitalized inside some sentence ("Dadayev", not "Pension").
    func peopleByPronoun(
        _ found: [Found], tokens: [Int: [WordToken]], lowercase: Set<String>, innerCapitals: Set<String>
    ) -> [Found] {
        var result = found
        for (i, item) in found.enumerated() {
            guard item.name.kind == nil, item.name.evidence == .capitalization, item.name.form == .name,
                item.name.isSentenceStart, !item.name.isQuoted, (1...2).contains(item.name.words.count),
                item.name.words.allSatisfy({ isPlainNameWord($0, lowercase: lowercase) }), i + 1 < found.count,
                item.name.words.count == 2 || innerCapitals.contains(WordToken.key(item.name.words[0])),
                let sentence = tokens[item.sentence],
                let after = sentence.first(where: { $0.range.lowerBound >= item.name.range.upperBound }),
                after.kind == .word, !after.isCapitalized, SentenceState.pronouns[after.key] == nil,
                !ClauseWords.standard.prepositions.contains(after.key)
            else { continue }
            let next = found[i + 1]
            guard next.sentence == item.sentence, next.name.form == .pronoun, !next.name.isQuoted else { continue }
            result[i].name.kind = .person
            result[i].name.evidence = .context
            result[i].name.gender = next.name.gender
        }
        return result
    }

    /// Turns unknown runs of two or three words into people when their last word is used
    /// alone as a person elsewhere in the article.
    func peopleBySurname(_ found: [Found], lowercase: Set<String>) -> [Found] {
        let surnames = Set(found.filter { $0.name.kind == .person && $0.name.form == .name && $0.name.words.count == 1 }
            .map { NameFolding.fold($0.name.words[0]) })
        guard !surnames.isEmpty else { return found }
        return found.map { item in
            let words = item.name.words
            guard item.name.kind == nil, item.name.evidence == .capitalization, item.name.form == .name,
                (2...3).contains(words.count), let last = words.last, surnames.contains(NameFolding.fold(last)),
                words.allSatisfy({ isPlainNameWord($0, lowercase: lowercase) }),
                // "Sack Jeremy Clarkson": a given name starts a name; a word before it is no part.
                !words.dropFirst().contains(where: { recognizer.index.isGivenName(WordToken(text: $0, range: 0..<1, kind: .word)) })
            else { return item }
            var person = item
            person.name.kind = .person
            person.name.evidence = .context
            return person
        }
    }

    /// A word that may be part of a person's name: no common word, no word the article writes
    /// in lower case, no participle or adverb, no head word of an organization, outlet or place
    /// ("Port Elgin" is a place).
    func isPlainNameWord(_ word: String, lowercase: Set<String>) -> Bool {
        let index = recognizer.index
        let key = WordToken(text: word, range: 0..<1, kind: .word).key
        return !index.commonWords.contains(key) && !lowercase.contains(key) && !SentenceState.quantifiers.contains(key)
            && !index.organizationHeads.contains(key)
            && !index.placeHeads.contains(key) && !index.mediaHeads.contains(key)
            && !["ing", "ly", "ed"].contains(where: { key.hasSuffix($0) })
    }

    /// Turns an unknown name right before "and" and a person into a person ("noting that Vantner
    /// and Kroll met"); the other order, a name after a person, the sentence reader already takes.
    func peopleByCoordination(_ found: [Found], tokens: [Int: [WordToken]], lowercase: Set<String>) -> [Found] {
        // Only a person the article names with a title, role or given name counts ("Paris Weekly
        // and Blikk reported" joins two outlets).
        let confirmed = Set(found.filter {
            $0.name.kind == .person && $0.name.form == .name && $0.name.isMarkedPerson
        }.flatMap { $0.name.words.map(NameFolding.fold) })
        var result = found
        for (i, item) in found.enumerated() where i + 1 < found.count {
            let next = found[i + 1]
            guard item.name.kind == nil, item.name.evidence == .capitalization, item.name.form == .name,
                (1...3).contains(item.name.words.count), item.name.words.allSatisfy({ isPlainNameWord($0, lowercase: lowercase) }),
                next.sentence == item.sentence, next.name.kind == .person, next.name.form == .name,
                let partner = next.name.words.last, confirmed.contains(NameFolding.fold(partner)),
                let sentence = tokens[item.sentence]
            else { continue }
            let between = sentence.filter { $0.range.lowerBound >= item.name.range.upperBound && $0.range.upperBound <= next.name.range.lowerBound }
            guard between.count == 1, between[0].key == "and" else { continue }
            result[i].name.kind = .person
            result[i].name.evidence = .context
        }
        return result
    }
}
