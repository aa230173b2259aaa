/// Names of organizations and outlets: runs ending in a head word (`Harbor Workers Union`),
/// connectors inside them (`Council on Foreign Relations`), and the kind a run names.
extension SentenceState {
    /// The end of a capitalized run of up to six words that ends in a head word
    /// ("Harbor Workers Union", "Liberty Square"), common words and lexicon words included.
    func headedNameEnd(from start: Int) -> Int? {
        var end: Int?
        var k = start
        while k < tokens.count, k - start < 7 {
            // "House Ways and Means Committee": connectors inside the name.
            // ("Ann Bell of Kestrel Foods": a person's name before the connector is no part of it.)
            if k > start, ["and", "of", "for", "on", "&"].contains(tokens[k].key), k + 1 < tokens.count, tokens[k + 1].isCapitalized {
                if end == nil, index.isGivenName(tokens[start]) { break }
                // "Norsk Re and Baltic Re": a whole name, "and", then another with the same head word.
                if tokens[k].key == "and", end == k, let other = headedNameEnd(from: k + 1), tokens[other - 1].key == tokens[k - 1].key { break }
                // "Keeling and Harbour Master Tomas Brenn": a title after "and" starts a person.
                if tokens[k].key == "and", let match = index.longestMatch(in: tokens, at: k + 1), isTitle(match.entry.meaning) { break }
                // "Fiona Dray of Oxford University": two plain words before "of" are a name, not
                // an organization's first words ("Bank of England" has its head word first).
                if tokens[k].key == "of", end == nil, k - start == 2, tokens[start..<k].allSatisfy({ $0.kind == .word && !index.commonWords.contains($0.key) }),
                    index.longestMatch(in: tokens, at: start) == nil,
                    index.longestMatch(in: tokens, at: start + 1) == nil, headedNameEnd(from: k + 1) != nil
                {
                    break
                }
                // "Council on Foreign Relations", not "Putin on TV" nor "Speaking on BBC Radio".
                if tokens[k].key == "on", !tokens[start..<k].contains(where: isOrganizationHead) { break }
                k += 1
                continue
            }
            // "Dock Workers' Union": a plural possessive inside the name.
            // "Revolutionary People's Liberation Party": a common word's "'s" too.
            if k > start, tokens[k].kind == .possessive, tokens[k - 1].isCapitalized, word(k + 1)?.isCapitalized == true,
                !tokens[k].key.hasSuffix("s") || index.commonWords.contains(tokens[k - 1].key)
            {
                k += 1
                continue
            }
            guard tokens[k].isCapitalized else { break }
            let key = tokens[k].key
            if k > start, isOrganizationHead(tokens[k]) || index.mediaHeads.contains(key) || index.placeHeads.contains(key) {
                end = k + 1
            }
            k += 1
        }
        return end
    }

    /// "Council", "Party-Front": an organization's head word, alone or as a hyphenated part.
    func isOrganizationHead(_ token: WordToken) -> Bool {
        if index.organizationHeads.contains(token.key) { return true }
        guard token.isCapitalized, token.key.contains("-") else { return false }
        return token.key.split(separator: "-").contains { index.organizationHeads.contains(String($0)) }
    }

    /// "Palestinian Authority", "Tulsa Police Department", "All Progressives Congress",
    /// "People's Democratic Party", "Press TV": a head-word name whose first word a lexicon
    /// (a country, demonym or place) or the common words would otherwise take alone.
    /// Returns the token to go on from, or nil when no such name starts at `i`.
    mutating func readQualifiedHeadedName(at i: Int) -> Int? {
        let token = tokens[i]
        let clause = ClauseWords.standard
        guard token.isCapitalized, !SentenceState.calendarWords.contains(token.key),
            !SentenceState.quantifiers.contains(token.key), !clause.determiners.contains(token.key),
            !clause.prepositions.contains(token.key), !clause.joiners.contains(token.key)
        else { return nil }
        let match = index.longestMatch(in: tokens, at: i)
        var from = i
        var country: String?
        if let match {
            switch match.entry.meaning {
            case .country(let name), .demonym(let name): country = name
            case .place, .capital: break
            default: return nil
            }
        } else if word(i + 1)?.kind == .possessive, index.commonWords.contains(token.key) {
            from = i + 2  // "People's Democratic Party"
        } else if !index.commonWords.contains(token.key) {
            return nil
        }
        guard let end = headedNameEnd(from: from), end > (match?.tokens.upperBound ?? i + 1),
            !(from..<end).contains(where: { k in
                tokens[k].kind == .word && index.longestMatch(in: tokens, at: k).map { isTitle($0.entry.meaning) } == true
            })
        else { return nil }
        if let country, let match {
            emit(.country, .lexicon, name: country, tokens: match.tokens, form: .demonym)
        }
        return readHeadedName(i..<end)
    }

    /// Where a name ends whose organization head word comes before a connector ("Council on
    /// Ocean Affairs", "Institute for Harbour Reform"): at the end of the connected words;
    /// nil for other headed names, which end at their last head word.
    func connectedEnd(_ run: Range<Int>) -> Int? {
        guard let head = run.first(where: { isOrganizationHead(tokens[$0]) }), head + 1 < run.upperBound,
            SentenceState.organizationConnectors.contains(tokens[head + 1].key)
        else { return nil }
        return max(run.upperBound, extendOrganization(head + 1))
    }

    /// An organization, outlet or place named by its head word.
    mutating func readHeadedName(_ run: Range<Int>) -> Int {
        if let end = connectedEnd(run) {
            return readOrganization(.organization, name: text(run.lowerBound..<end).0, tokens: run.lowerBound..<end, nameStart: run.lowerBound, form: .name)
        }
        let last = tokens[run.upperBound - 1].key
        if index.placeHeads.contains(last), !index.organizationHeads.contains(last) {
            emit(.place, .headWord, name: text(run).0, tokens: run)
            return run.upperBound
        }
        let end = extendOrganization(run.upperBound)
        let kind: EntityKind = index.mediaHeads.contains(tokens[end - 1].key) ? .media : .organization
        return readOrganization(kind, name: text(run.lowerBound..<end).0, tokens: run.lowerBound..<end, nameStart: run.lowerBound, form: .name)
    }

    /// Organization or media when the run ends in a head word ("Council", "Times"),
    /// or an outlet word follows ("Kommersant daily") or comes just before ("the newspaper
    /// Aftenposten", "the Kuwaiti newspaper al Qabas").
    func organizationKind(_ run: Range<Int>) -> EntityKind? {
        var before = run.lowerBound - 1
        if let particle = word(before), ["al", "el"].contains(particle.text) { before -= 1 }
        if let outlet = word(before), outlet.kind == .word, !outlet.isCapitalized, SentenceState.mediaWords.contains(outlet.key), outlet.key != "news" {
            return .media
        }
        // A head word alone ("Government", "Office") is a common noun with a capital.
        guard run.count >= 2 else {
            if let next = word(run.upperBound), SentenceState.mediaWords.contains(next.key), !index.organizationHeads.contains(tokens[run.lowerBound].key) {
                return .media
            }
            return nil
        }
        let lastKey = tokens[run.upperBound - 1].key
        if index.mediaHeads.contains(lastKey) { return .media }
        if tokens[run].contains(where: { isOrganizationHead($0) }) { return .organization }
        if let next = word(run.upperBound), SentenceState.mediaWords.contains(next.key) { return .media }
        return nil
    }

    /// "Ministry of Foreign Affairs", "Federation of Teachers", "Alliance to Protect Our
    /// Harbours", "Society for the Protection of Birds": connectors followed by capitalized words
    /// stay in the name (`to` only right after a head word). With `lexiconAfter` false, a lexicon
    /// phrase after the connector ends the name ("Government of Armenia" names the country).
    func extendOrganization(_ end: Int, lexiconAfter: Bool = true) -> Int {
        var end = end
        while let connector = word(end), SentenceState.organizationConnectors.contains(connector.key) {
            if connector.key == "to", !(end > 0 && isOrganizationHead(tokens[end - 1])) { break }
            var k = end + 1
            if word(k)?.key == "the", connector.key != "and" { k += 1 }
            // "Norsk Re and Baltic Re": a whole name, "and", then another with the same head word
            // ("Securities and Exchange Commission" is one name).
            if connector.key == "and", end > 0, isOrganizationHead(tokens[end - 1]), let other = headedNameEnd(from: k),
                tokens[other - 1].key == tokens[end - 1].key
            {
                break
            }
            guard let first = word(k), first.isCapitalized, !isNameStop(k),
                // "... Foods and Michael Rogers": a person after "and" is no part of the name.
                connector.key == "and" ? !index.commonWords.contains(first.key) && !index.isGivenName(first) : true,
                lexiconAfter || index.longestMatch(in: tokens, at: k) == nil
            else { break }
            end = k + 1
            // "Protect Our Harbours": inside the name a determiner is a word of it.
            while let next = word(end), next.isCapitalized, !isNameStop(end, inside: true) { end += 1 }
        }
        return end
    }

    static let organizationConnectors: Set<String> = ["of", "for", "and", "on", "to", "&"]

    /// A capitalized word that never continues a name: a day or month, a determiner,
    /// a quantifier, a verb of the name lexicons, or a title.
    func isNameStop(_ k: Int, inside: Bool = false) -> Bool {
        let key = tokens[k].key
        if !inside, SentenceState.quantifiers.contains(key) || ClauseWords.standard.determiners.contains(key) { return true }
        return SentenceState.calendarWords.contains(key) || index.personVerbs.contains(key)
            || index.longestMatch(in: tokens, at: k).map { isTitle($0.entry.meaning) } == true
    }
}
