/// Full names whose given name no lexicon knows ("Trevor Beattie runs the agency"), confirmed
/// as people by the article's own use of the surname ("Beattie said", "Mr Beattie").
extension EntityLinker {
    /// Turns unknown runs of two or three words into people when their last word is used
    /// alone as a person elsewhere in the article.
    func peopleBySurname(_ found: [Found]) -> [Found] {
        let surnames = Set(found.filter { $0.name.kind == .person && $0.name.form == .name && $0.name.words.count == 1 }
            .map { NameFolding.fold($0.name.words[0]) })
        guard !surnames.isEmpty else { return found }
        return found.map { item in
            let words = item.name.words
            guard item.name.kind == nil, item.name.evidence == .capitalization, item.name.form == .name,
                (2...3).contains(words.count), let last = words.last, surnames.contains(NameFolding.fold(last)),
                words.allSatisfy(isPlainNameWord)
            else { return item }
            var person = item
            person.name.kind = .person
            person.name.evidence = .context
            return person
        }
    }

    /// A word that may be part of a person's name: no common word, no head word of an
    /// organization, outlet or place ("Port Elgin" is a place).
    func isPlainNameWord(_ word: String) -> Bool {
        let index = recognizer.index
        let key = WordToken(text: word, range: 0..<1, kind: .word).key
        return !index.commonWords.contains(key) && !index.organizationHeads.contains(key)
            && !index.placeHeads.contains(key) && !index.mediaHeads.contains(key)
    }
}
