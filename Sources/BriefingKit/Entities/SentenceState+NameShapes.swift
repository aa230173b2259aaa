/// Shapes of names the capitalized runs are read by: offices, numbered acronyms, shared
/// surnames, job nouns, place contexts, Arabic particles, organization heads and affiliations.
extension SentenceState {
    /// "the Lagos State Governor's Office said": a lone head word after a possessive names an
    /// office with its owner's capitalized words; alone ("Office said") it names no one.
    mutating func readOwnedOffice(_ start: Int) -> Int {
        var from = start
        if start >= 2, tokens[start - 1].kind == .possessive {
            var k = start - 2
            while k >= 0, tokens[k].kind == .word, tokens[k].isCapitalized, !isPersonName(k),
                !ClauseWords.standard.determiners.contains(tokens[k].key)
            {
                from = k
                k -= 1
            }
        }
        guard from < start else {
            emit(nil, .capitalization, name: tokens[start].text, tokens: start..<(start + 1))
            return start + 1
        }
        // "Australia's Department of Foreign Affairs": the office's own name goes on.
        let end = extendOrganization(start + 1, lexiconAfter: false)
        return readOrganization(.organization, name: text(from..<end).0, tokens: from..<end, nameStart: from, form: .name)
    }

    /// "MI6", "GS1": two or more capitals then digits, not followed by a lower-case noun
    /// ("CO2 emissions" is a substance).
    func isNumberedAcronym(_ k: Int) -> Bool {
        let scalars = Array(tokens[k].text.unicodeScalars)
        guard let firstDigit = scalars.firstIndex(where: { $0.properties.numericType != nil }), firstDigit >= 2,
            scalars[..<firstDigit].allSatisfy({ $0 >= "A" && $0 <= "Z" }),
            scalars[firstDigit...].allSatisfy({ $0 >= "0" && $0 <= "9" })
        else { return false }
        guard let next = word(k + 1), next.kind == .word, !next.isCapitalized else { return true }
        return RoleWords.standard.qualifierStops.contains(next.key) || verbFollows(k + 1)
    }

    /// "Ann and Bo Lee": the surname a lone given name shares with the full name coordinated
    /// after it; nil otherwise.
    func sharedSurname(after start: Int, _ end: Int) -> String? {
        guard end - start == 1, index.isGivenName(tokens[start]), word(end)?.key == "and",
            let partner = word(end + 1), index.isGivenName(partner)
        else { return nil }
        var k = end + 2
        while let next = word(k), next.kind == .word, next.isCapitalized, !index.commonWords.contains(next.key),
            index.longestMatch(in: tokens, at: k) == nil
        {
            k += 1
        }
        return k >= end + 3 ? tokens[k - 1].text : nil
    }

    /// "headteacher Ann Lee", "Plumber Ann Lee said": a job noun (an agent's ending) right
    /// before a full name is the person's role.
    func jobNoun(before start: Int) -> Role? {
        guard isJobNoun(start - 1), let noun = word(start - 1) else { return nil }
        return Role(title: noun.text.lowercased(), affiliation: nil, canonical: nil)
    }

    /// Whether token `k` is a lower-case (or sentence-first) noun with an agent's ending.
    func isJobNoun(_ k: Int) -> Bool {
        guard let noun = word(k), noun.kind == .word, !noun.isAcronym, index.longestMatch(in: tokens, at: k) == nil,
            noun.isCapitalized ? k == firstWord : true,
            !RoleWords.standard.qualifierStops.contains(noun.key), !index.commonWords.contains(noun.key),
            !SentenceState.skippedBeforeVerb.contains(noun.key), !index.personVerbs.contains(noun.key),
            noun.key.count >= 5, RoleWords.standard.jobNounEndings.contains(where: { noun.key.hasSuffix($0) }),
            !RoleWords.standard.notJobNouns.contains(noun.key)
        else { return false }
        return true
    }

    /// "the state of Gombe said", "criticized Tulsa, Okla.": a place, whatever verb follows.
    func isPlaceContext(_ start: Int, _ end: Int) -> Bool {
        if word(start - 1)?.key == "of", let noun = word(start - 2), RoleWords.standard.placeOfNouns.contains(noun.key) {
            return true
        }
        // "based in Sherman Falls, California,": after a locative, a name set off by the region
        // or country it lies in is a place.
        if let previous = word(start - 1), SentenceState.locatives.contains(previous.key), word(end)?.text == ",",
            end + 1 < tokens.count, let region = index.longestMatch(in: tokens, at: end + 1), isPlaceLike(region.entry.meaning),
            word(region.tokens.upperBound).map({ $0.kind == .punctuation || $0.key == "and" }) ?? true
        {
            return true
        }
        // A city, then a state's dotted abbreviation: "Tulsa, Okla.", "Raleigh, N.C.".
        if word(end)?.text == ",", let state = word(end + 1), state.isCapitalized, state.text.unicodeScalars.count <= 5,
            word(end + 2)?.text == ".", pendingTitle?.tokens.upperBound != start
        {
            return true
        }
        return false
    }

    /// "al-Malki", "el-Sisi": a lower-case Arabic article joined by a hyphen to a capitalized name.
    func isParticleName(_ k: Int) -> Bool {
        guard let token = word(k), token.kind == .word, !token.isCapitalized,
            let hyphen = token.text.firstIndex(of: "-"),
            ["al", "el", "ad", "ash", "as", "an", "ar", "at", "az"].contains(String(token.key[..<hyphen])),
            let first = token.text[token.text.index(after: hyphen)...].unicodeScalars.first
        else { return false }
        return first.properties.isUppercase
    }

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

    /// "... of Azerbaijan", "... for the Pakistani Taliban", "... at the Jinnah Institute":
    /// the affiliation a title names after it, and where it ends.
    func trailingAffiliation(after end: Int) -> (name: String, end: Int)? {
        guard let link = word(end), SentenceState.affiliationLinks.contains(link.key) else { return nil }
        var at = end + 1
        if word(at)?.key == "the" { at += 1 }
        var demonym: String?
        if at < tokens.count, let match = index.longestMatch(in: tokens, at: at), case .demonym(let country) = match.entry.meaning {
            demonym = country
            at = match.tokens.upperBound
        }
        guard at < tokens.count else { return demonym.map { ($0, at) } }
        if let match = index.longestMatch(in: tokens, at: at) {
            switch match.entry.meaning {
            case .country(let name), .organization(let name, _), .media(let name): return (name, match.tokens.upperBound)
            default: return nil
            }
        }
        if tokens[at].isCapitalized, let headEnd = headedNameEnd(from: at).map({ connectedEnd(at..<$0) ?? $0 }) {
            return (text(at..<headEnd).0, headEnd)
        }
        // "The Bishop of Harrowgate, the Rt Rev ...": a see or town set off by a comma.
        if link.key == "of", demonym == nil {
            var e = at
            while let next = word(e), next.isCapitalized, !index.commonWords.contains(next.key), !isPersonName(e), e - at < 3 { e += 1 }
            if e > at, word(e)?.text == "," { return (text(at..<e).0, e) }
        }
        return nil
    }

    func isMedia(_ meaning: LexiconEntry.Meaning) -> Bool {
        if case .media = meaning { return true }
        return false
    }

    func isTitle(_ meaning: LexiconEntry.Meaning) -> Bool {
        if case .title = meaning { return true }
        return false
    }

    func isPlaceLike(_ meaning: LexiconEntry.Meaning) -> Bool {
        switch meaning {
        case .capital, .place, .country, .demonym: return true
        default: return false
        }
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
