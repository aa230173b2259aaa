/// One-word names the article uses as companies ("Acme's sales", "Acme sold", "Acme said it
/// would ...", "firm Acme"), never as people (no title, given name or full name has the word).
extension EntityLinker {
    /// Turns such one-word names, wherever they occur in the article, into organizations.
    func organizationsByUse(_ found: [Found], tokens: [Int: [WordToken]]) -> [Found] {
        let index = recognizer.index
        var personal: Set<String> = []
        var companies: Set<String> = []
        for item in found where item.name.form == .name {
            let name = item.name
            let firstWord = WordToken(text: name.words.first ?? name.text, range: 0..<1, kind: .word)
            // A person needs a title, a role, a given name or a full name with a known given name.
            if name.kind == .person, name.isMarkedPerson || (name.words.count >= 2 && index.isGivenName(firstWord))
            {
                personal.formUnion(name.words.map(NameFolding.fold))
                personal.insert(NameFolding.fold(name.text))
                continue
            }
            guard name.kind == .person || name.kind == nil, let sentence = tokens[item.sentence],
                let start = sentence.firstIndex(where: { $0.range.lowerBound >= name.range.lowerBound })
            else { continue }
            let end = sentence.firstIndex { $0.range.lowerBound >= name.range.upperBound } ?? sentence.count
            if !name.text.contains(" "), index.isGivenName(firstWord) {
                personal.insert(NameFolding.fold(name.text))
                continue
            }
            if isCompanyUse(sentence, after: end) || (start > 0 && isCompanyNoun(sentence[start - 1]))
                || isCompanyContext(sentence, start: start, end: end)
            {
                companies.insert(NameFolding.fold(name.text))
            }
        }
        let turned = companies.subtracting(personal)
        guard !turned.isEmpty else { return found }
        return found.map { item in
            guard item.name.kind == .person || item.name.kind == nil, item.name.form == .name,
                turned.contains(NameFolding.fold(item.name.text))
            else { return item }
            var moved = item
            moved.name.kind = .organization
            moved.name.evidence = .headWord
            moved.name.role = nil
            moved.name.moreRoles = []
            moved.name.gender = nil
            return moved
        }
    }

    /// "firm Acme", "giant Acme": a lower-case company noun before the name.
    func isCompanyNoun(_ token: WordToken) -> Bool {
        token.kind == .word && !token.isCapitalized && recognizer.index.companyKinds.contains(token.key)
    }

    /// "'s sales", " sold", " said it", " said its": what follows a company's name.
    func isCompanyUse(_ tokens: [WordToken], after end: Int) -> Bool {
        let index = recognizer.index
        guard end < tokens.count else { return false }
        let next = tokens[end]
        if next.kind == .possessive {
            // "Acme's sales", "Acme's Midlands plant": capitalized words may come between.
            var k = end + 1
            while k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, k - end <= 2 { k += 1 }
            return k < tokens.count && tokens[k].kind == .word && index.companyNouns.contains(tokens[k].key)
        }
        // "Acme bosses", "its Acme subsidiary".
        if next.kind == .word, !next.isCapitalized, index.companyFollowers.contains(next.key) { return true }
        if index.companyVerbs.contains(next.key) { return true }
        if ["said", "says"].contains(next.key), end + 1 < tokens.count { return ["it", "its"].contains(tokens[end + 1].key) }
        return false
    }
}
