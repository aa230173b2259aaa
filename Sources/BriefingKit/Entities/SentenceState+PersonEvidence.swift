/// Why a capitalized run is a person: titles, given names, speech verbs, appositions.
extension SentenceState {
    /// Why the run `start..<end` is a person, with the role and gender that come with it.
    func personEvidence(_ start: Int, _ end: Int) -> (RecognizedName.Evidence, Role?, Gender?)? {
        // "Officials said", "General Electric": a lone word the article also writes in lower
        // case is no name.
        if end - start == 1, lowercaseWords.contains(tokens[start].key) { return nil }
        // "Mr P.": a lone letter is an initial, no name to list.
        if end - start == 1, tokens[start].text.unicodeScalars.count == 1 { return nil }
        // "Therefore, ...", "Subsequently, Attorney General ...", a headline's "Major Way": a lone
        // word whose capital may be grammar (a first word before a comma, a headline word) must
        // be capitalized inside some sentence too.
        let unsure = end - start == 1 && ((start == firstWord && word(end)?.text == ",") || isTitleCase)
        if unsure, let innerCapitals, !innerCapitals.contains(tokens[start].key) { return nil }
        if let title = pendingTitle, title.tokens.upperBound == start, !(title.isWeak && end - start == 1) {
            // "Dr. Ana Ruiz, medical superintendent at ...": an honorific gives no role; the
            // apposition may.
            if title.role == nil, let described = apposition(after: end) {
                return (.title, described.role, described.gender ?? title.gender)
            }
            if title.needsClosingComma, let after = word(end), ![",", ".", ";"].contains(after.text) {
                return (.title, nil, title.gender)
            }
            return (.title, title.role, title.gender)
        }
        // "the Vatican spokesman, Ana Ruiz,": a title, a comma, then the name (perhaps after an
        // "Oslo-based" or "Paris-born" adjective).
        let lead = start >= 2 && word(start - 1)?.kind == .ledSuffix ? start - 2 : start
        if let title = pendingTitle, title.role != nil, title.tokens.upperBound == lead - 1, word(lead - 1)?.text == ",",
            let after = word(end), [",", ".", ";"].contains(after.text)
        {
            return (.title, title.role, title.gender)
        }
        if let described = apposition(after: end), described.strong { return (.title, described.role, described.gender) }
        // "Her counterpart from Dorran, Piet Vasko, said": a role set off before the name.
        if let role = setOffJobNoun(start, end) { return (.title, role, nil) }
        // "the Bergen-Belsen camp": a name right after "the" is a thing's.
        if word(start - 1)?.key == "the" { return nil }
        // "the American Legion": one capitalized word right after a demonym is no person.
        if let affiliation, affiliation.end == start, end - start == 1, !index.isGivenName(tokens[start]) { return nil }
        // "The New Republic’s Jeet Heer", "Russia’s Ana Petrova".
        if end - start >= 2, word(start - 1)?.kind == .possessive { return (.context, nil, nil) }
        if end - start >= 2, index.isGivenName(tokens[start]) { return (.givenName, nil, nil) }
        // "both Hillary and Bernie": a known given name alone, inside a sentence.
        if end - start == 1, start != firstWord, index.isGivenName(tokens[start]) { return (.givenName, nil, nil) }
        // "Ann Lee and Bo Park": a name listed with a person.
        if let lastPersonEnd, lastPersonEnd == start - 1, let joint = word(start - 1),
            ["and", ","].contains(joint.key) || (joint.key == "or" && end - start >= 2)
        {
            return (.context, nil, nil)
        }
        // "Ann Lee, who ...": people are "who", things "which" (but "the leader of neighbouring
        // Tarsa, who ..." is about the leader: one word after "of", "in" or "from" is a place).
        if word(end)?.text == ",", word(end + 1)?.key == "who", !isPlaceAfterPreposition(start, end) { return (.context, nil, nil) }
        // "Stacy Baker of Tulsa, ...": a name from a place.
        if end - start >= 2, word(end)?.key == "of", end + 1 < tokens.count, let place = index.longestMatch(in: tokens, at: end + 1),
            isPlaceLike(place.entry.meaning), let after = word(place.tokens.upperBound), [",", "."].contains(after.text)
        {
            return (.context, nil, nil)
        }
        // "Fiona Dray of Oxford University said": a name from an organization.
        if end - start >= 2, let role = organizationRole(after: end) {
            return (.context, role, nil)
        }
        if verbFollows(end) { return (.context, nil, nil) }
        if let next = word(end), next.kind == .possessive, let owned = word(end + 1),
            index.possessedNouns.contains(owned.key)
        {
            return (.context, nil, nil)
        }
        if let next = word(end), SentenceState.ownedWithoutApostrophe.contains(next.key) { return (.context, nil, nil) }
        if let previous = word(start - 1) {
            if SentenceState.speechBefore.contains(previous.key) { return (.context, nil, nil) }
            // "killing Ann Lee", "met Kim Jong Un", "the tomb of Ann Lee".
            if end - start >= 2, RoleWords.standard.personObjectWords.contains(previous.key) { return (.context, nil, nil) }
            if end - start >= 2, previous.key == "of", let noun = word(start - 2), RoleWords.standard.personOfNouns.contains(noun.key) {
                return (.context, nil, nil)
            }
            if previous.key == "with" || previous.key == "to", let verb = word(start - 2),
                SentenceState.contactVerbs.contains(verb.key)
            {
                return (.context, nil, nil)
            }
        }
        return nil
    }

    /// ", a spokeswoman for ...", ", the Russian president,", ", 45,", ", who served as ...":
    /// a person described after the name, in the article's words with what follows the head
    /// noun ("expert on Russia at the Wilson Center"). `strong` when a lexicon title or party
    /// heads the phrase (or it is an age): only then does it make the run a person.
    func apposition(after end: Int, nameStart: Int? = nil) -> (role: Role?, gender: Gender?, strong: Bool, closed: Bool)? {
        var end = end
        // "Rep. Ann Lee (D-Ohio), head of ...": a bracketed tag between the name and the comma.
        if word(end)?.text == "(", let close = (end + 1..<min(end + 6, tokens.count)).first(where: { tokens[$0].text == ")" }) {
            end = close + 1
        }
        // "Karen Holloway - who chairs the committee - said": a dash sets off a relative clause
        // too, and a description a title heads ("Tarek Amin -- Velt's best-known satirist --").
        // (The scanner gives each character of "--" as its own mark.)
        var open = end
        while ["-", "–", "—"].contains(word(open)?.text ?? ""), open - end < 2 { open += 1 }
        let dash = open > end
        let dashClause = dash && word(open)?.key == "who"
        guard word(end)?.text == "," || dash, let phrase = describedPhrase(from: dash ? open : end + 1), !dash || dashClause || phrase.strong
        else { return nil }
        // "the trial of Mr Pask, ex-finance chief Lena Ortiz implicated": a title before another
        // name is hers (but "Dinesh Keskar, senior vice president Boeing." names his company).
        if let next = word(phrase.end), next.kind == .word, next.isCapitalized, !isCommon(phrase.end) {
            var k = phrase.end
            while let name = word(k), name.kind == .word, name.isCapitalized { k += 1 }
            if index.isGivenName(next) || word(k)?.kind == .word { return nil }
        }
        // "Turning to Okoro, the governor (then) said": a speech verb right after makes the phrase the
        // next clause's subject, not a description of the name. (A name opening the sentence is
        // the subject itself: "Peter Pask, executive partner of Lind Baird said".)
        var next = phrase.end
        while let adverb = word(next), ClauseWords.standard.verbAdverbs.contains(adverb.key) { next += 1 }
        let nameIsSubject = nameStart != nil && nameStart == firstWord && (phrase.strong || !["the", "a", "an"].contains(word(end + 1)?.key ?? ""))
        if !nameIsSubject, let verb = word(next), verb.kind == .word, AttributionVerbLexicon.standard.contains(verb.key) { return nil }
        // `closed`: punctuation (or the sentence's end) ends the phrase.
        return (phrase.role, phrase.gender, phrase.strong, word(phrase.end).map { $0.kind == .punctuation } ?? true)
    }

    /// "Rep. Ann Lee (D-Ohio)": the party the bracketed tag after a name gives.
    func partyTag(after end: Int) -> Role? {
        guard word(end)?.text == "(", let tag = word(end + 1), tag.text.dropFirst().first == "-",
            let letter = tag.text.first.map({ String($0).lowercased() }),
            let party = RoleWords.standard.partyTags[letter]
        else { return nil }
        return Role(title: party)
    }

    /// One capitalized word after "of", "in" or "from" (perhaps past an adjective: "of
    /// neighbouring Tarsa").
    func isPlaceAfterPreposition(_ start: Int, _ end: Int) -> Bool {
        guard end - start == 1 else { return false }
        var k = start - 1
        if let adjective = word(k), adjective.kind == .word, !adjective.isCapitalized, !["of", "in", "from"].contains(adjective.key) { k -= 1 }
        return ["of", "in", "from"].contains(word(k)?.key ?? "")
    }

    /// "Ivo Sand, a lawyer who has served as Norway's envoy to Chile,": the role of a relative
    /// clause after the apposition.
    func appositionClauseRole(after end: Int) -> Role? {
        guard word(end)?.text == ",", let phrase = describedPhrase(from: end + 1) else { return nil }
        return relativeClauseRole(at: phrase.end)
    }
}
