/// Shapes of names the capitalized runs are read by: offices, numbered acronyms, shared
/// surnames, job nouns, place contexts, Arabic particles and affiliations (organization names:
/// `SentenceState+Organizations`).
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
}
