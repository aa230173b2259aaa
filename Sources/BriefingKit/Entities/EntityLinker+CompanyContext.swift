/// Sentence frames that only a company or other organization fits: "an analyst at Acme",
/// "Acme, which ...", "Acme, a charity for ...", "a poll carried out by Acme", "owned by Acme",
/// "chief executive of Acme".
extension EntityLinker {
    /// Whether the words around the name at `start..<end` make it an organization.
    func isCompanyContext(_ tokens: [WordToken], start: Int, end: Int) -> Bool {
        func word(_ k: Int) -> WordToken? { tokens.indices.contains(k) ? tokens[k] : nil }
        // "Acme, which said ...": people are "who", things "which".
        if word(end)?.text == ",", word(end + 1)?.key == "which" { return true }
        // "Acme, a charity for older people,", "Acme, the carmaker,": an apposition headed by a
        // company noun (a few adjectives may come first).
        if word(end)?.text == ",", let article = word(end + 1), ["a", "an", "the"].contains(article.key) {
            var k = end + 2
            while let noun = word(k), noun.kind == .word, !noun.isCapitalized, k - end <= 4 {
                if isCompanyNoun(noun) { return true }
                k += 1
            }
        }
        guard start >= 2, word(start - 1)?.kind == .word else { return false }
        let link = tokens[start - 1].key
        // "an analyst at Acme", "economist at Acme Re": a job at a named place of work.
        if link == "at", isJobWord(tokens, at: start - 2) { return true }
        // "chief executive of Clean Rivers Wales", "deputy leader of Verity,": a lexicon title of
        // a name (not a relative's: "the widow of"; not an adjective: "professor of Christian
        // ethics"; not a flight: "co-pilot of Harbourwings Flight 95").
        let modifiesANoun = word(end).map { $0.kind == .word && !$0.isCapitalized } ?? false
        if link == "of", end - start >= 2 || !modifiesANoun, isTitleWord(tokens, at: start - 2), !RoleWords.standard.kinNouns.contains(tokens[start - 2].key),
            !RoleWords.standard.personOfNouns.contains(tokens[start - 2].key),
            !(word(end).map { $0.text.first?.isNumber ?? false } ?? false)
        {
            return true
        }
        // "jobs at Acme's main yard", "a stake in Acme".
        if link == "at" || link == "in", recognizer.index.companyAtNouns.contains(tokens[start - 2].key) { return true }
        // "the owners of Acme", "the takeover of Acme".
        if link == "of", recognizer.index.companyOfNouns.contains(tokens[start - 2].key) { return true }
        // "a survey carried out by Acme", "a poll conducted by Acme", "an airline owned by Acme".
        if link == "by", ["conducted", "commissioned", "owned", "operated"].contains(tokens[start - 2].key)
            || (tokens[start - 2].key == "out" && start >= 3 && tokens[start - 3].key == "carried")
        {
            return true
        }
        return false
    }

    /// A lower-case title of the lexicon ("executive", "chairman").
    func isTitleWord(_ tokens: [WordToken], at k: Int) -> Bool {
        guard tokens.indices.contains(k), tokens[k].kind == .word, !tokens[k].isCapitalized,
            let match = recognizer.index.longestMatch(in: tokens, at: k)
        else { return false }
        return match.tokens.upperBound == k + 1 && match.entry.isTitle
    }

    /// A lower-case job noun: a title of the lexicon ("analyst", "economist") or a noun with an
    /// agent's ending ("researcher").
    func isJobWord(_ tokens: [WordToken], at k: Int) -> Bool {
        guard tokens.indices.contains(k) else { return false }
        let token = tokens[k]
        guard token.kind == .word, !token.isCapitalized else { return false }
        if let match = recognizer.index.longestMatch(in: tokens, at: k), match.tokens.upperBound == k + 1, match.entry.isTitle {
            return true
        }
        let words = RoleWords.standard
        return token.key.count >= 5 && words.jobNounEndings.contains { token.key.hasSuffix($0) } && !words.notJobNouns.contains(token.key)
    }
}
