/// Capitalized runs outside the lexicons: people, organizations by head word, unknown names.
extension SentenceState {
    static let speechBefore: Set<String> = [
        "said", "says", "told", "tells", "asked", "thanked", "congratulated", "urged", "praised", "criticized",
        "criticised", "accused", "blamed", "quoted", "interviewed",
    ]
    static let contactVerbs: Set<String> = ["spoke", "speaks", "met", "meets", "talked", "talks", "according", "meeting", "call", "spoken", "talking", "speaking"]
    static let connectors: Set<String> = ["of", "for", "and", "on"]

    /// Reads the capitalized run starting at `start`; returns the token index to go on from.
    mutating func readRun(from start: Int) -> Int {
        if let end = headedNameEnd(from: start) {
            return readHeadedName(start..<end)
        }
        let givenStart = index.isGivenName(tokens[start])
        var last = start
        // "R. Gil Kerlikowske": a name may open with an initial.
        if tokens[start].text.unicodeScalars.count == 1, word(start + 1)?.text == ".", let after = word(start + 2),
            after.isCapitalized, index.longestMatch(in: tokens, at: start + 2) == nil
        {
            last = start + 2
        }
        while let next = word(last + 1) {
            // "Martin Luther King Jr.", "William Buckley, Jr.".
            if ["jr", "sr", "ii", "iii", "iv"].contains(next.key) {
                last += 1
                continue
            }
            if next.text == ",", let suffix = word(last + 2), ["jr", "sr"].contains(suffix.key) {
                last += 2
                continue
            }
            // "Theresa May": a month may be a surname after a given name.
            if last == start, givenStart, ["may", "june", "april"].contains(next.key), next.isCapitalized {
                last += 1
                continue
            }
            // A title-case headline: names there are two words at most.
            if isTitleCase, last - start >= 1 { break }
            if isTitleCase, lowercaseWords.contains(next.key) { break }
            // "Clinton Says": a headline verb ends the name.
            if index.personVerbs.contains(next.key) { break }
            // A middle initial: "Joseph R. Biden".
            if next.kind == .word, next.text.unicodeScalars.count == 1, next.isCapitalized, word(last + 2)?.text == ".",
                let after = word(last + 3), after.isCapitalized, !index.commonWords.contains(after.key)
            {
                last += 2
                continue
            }
            if next.kind == .word, next.isCapitalized, !index.commonWords.contains(next.key) {
                if let match = index.longestMatch(in: tokens, at: last + 1) {
                    // "George Washington", "Charlie King, ...": a lexicon word may end a name
                    // begun by a given name.
                    guard last == start, givenStart, match.tokens.count == 1,
                        isPlaceLike(match.entry.meaning) || isMedia(match.entry.meaning)
                            || (isTitle(match.entry.meaning) && !(word(last + 2)?.isCapitalized ?? false))
                    else { break }
                }
                last += 1
                continue
            }
            if next.kind == .word, SentenceState.nameParticles.contains(next.key), !next.isCapitalized,
                let after = word(last + 2), after.isCapitalized, index.longestMatch(in: tokens, at: last + 2) == nil
            {
                last += 2
                continue
            }
            break
        }
        var end = last + 1
        if let organization = organizationKind(start..<end) {
            end = extendOrganization(end)
            let name = text(start..<end).0
            return readOrganization(organization, name: name, tokens: start..<end, nameStart: start, form: .name)
        }
        let runText = text(start..<end).0
        if end - start >= 2, index.placeHeads.contains(tokens[end - 1].key) {
            emit(.place, .headWord, name: runText, tokens: start..<end)
            return end
        }
        if word(end)?.text == "(", let acronym = word(end + 1), acronym.isAcronym, word(end + 2)?.text == ")",
            personEvidence(start, end) == nil
        {
            return readOrganization(.organization, name: runText, tokens: start..<end, nameStart: start, form: .name)
        }
        let words = tokens[start..<end].filter { $0.kind == .word && !["jr", "sr", "ii", "iii", "iv"].contains($0.key) }.map(\.text)
        if end - start == 1, tokens[start].isAcronym {
            // "NTB said": an acronym that acts is an organization, never a person; one that
            // does not ("an MRI scan") is an alias at most.
            let acts = verbFollows(end) || word(end)?.kind == .possessive
            emit(acts ? .organization : nil, acts ? .headWord : .capitalization, name: runText, tokens: start..<end, words: words)
        } else if let (evidence, role, gender) = personEvidence(start, end) {
            emit(.person, evidence, name: runText, tokens: start..<end, role: role,
                 gender: gender ?? (givenStart ? index.gender(ofGivenName: tokens[start]) : nil), words: words)
            lastPersonEnd = end
        } else if let previous = word(start - 1), SentenceState.locatives.contains(previous.key),
            !(end - start == 1 && lowercaseWords.contains(tokens[start].key)), word(end)?.kind != .possessive
        {
            emit(.place, .locative, name: runText, tokens: start..<end, words: words)
        } else {
            emit(nil, .capitalization, name: runText, tokens: start..<end, words: words)
            // "Aden Gov. AbdulAziz Hobtour": a name before a title is what the title is of.
            if end < tokens.count, let match = index.longestMatch(in: tokens, at: end), isTitle(match.entry.meaning) {
                affiliation = (runText, end, start)
            }
        }
        return end
    }

    /// The end of a capitalized run of up to six words that ends in a head word
    /// ("Harbor Workers Union", "Liberty Square"), common words and lexicon words included.
    func headedNameEnd(from start: Int) -> Int? {
        var end: Int?
        var k = start
        while k < tokens.count, k - start < 7 {
            // "House Ways and Means Committee": connectors inside the name.
            if k > start, ["and", "of", "for", "on", "&"].contains(tokens[k].key), k + 1 < tokens.count, tokens[k + 1].isCapitalized {
                k += 1
                continue
            }
            guard tokens[k].isCapitalized else { break }
            let key = tokens[k].key
            if k > start, index.organizationHeads.contains(key) || index.mediaHeads.contains(key) || index.placeHeads.contains(key) {
                end = k + 1
            }
            k += 1
        }
        return end
    }

    /// An organization, outlet or place named by its head word.
    mutating func readHeadedName(_ run: Range<Int>) -> Int {
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
        if tokens[at].isCapitalized, let headEnd = headedNameEnd(from: at) { return (text(at..<headEnd).0, headEnd) }
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
    /// or an outlet word follows ("Kommersant daily").
    func organizationKind(_ run: Range<Int>) -> EntityKind? {
        // A head word alone ("Government", "Office") is a common noun with a capital.
        guard run.count >= 2 else {
            if let next = word(run.upperBound), SentenceState.mediaWords.contains(next.key), !index.organizationHeads.contains(tokens[run.lowerBound].key) {
                return .media
            }
            return nil
        }
        let lastKey = tokens[run.upperBound - 1].key
        if index.mediaHeads.contains(lastKey) { return .media }
        if tokens[run].contains(where: { index.organizationHeads.contains($0.key) }) { return .organization }
        if let next = word(run.upperBound), SentenceState.mediaWords.contains(next.key) { return .media }
        return nil
    }

    /// "Ministry of Foreign Affairs": connectors followed by capitalized words stay in the name.
    func extendOrganization(_ end: Int) -> Int {
        var end = end
        while let connector = word(end), SentenceState.connectors.contains(connector.key),
            let next = word(end + 1), next.isCapitalized, !index.commonWords.contains(next.key)
        {
            end += 1
            while let next = word(end), next.isCapitalized, !index.commonWords.contains(next.key) { end += 1 }
        }
        return end
    }

    /// Why the run `start..<end` is a person, with the role and gender that come with it.
    func personEvidence(_ start: Int, _ end: Int) -> (RecognizedName.Evidence, Role?, Gender?)? {
        // "Officials said", "General Electric": a lone word the article also writes in lower
        // case is no name.
        if end - start == 1, lowercaseWords.contains(tokens[start].key) { return nil }
        // "Therefore, ...", "Subsequently, Attorney General ...", a headline's "Major Way": a lone
        // word whose capital may be grammar (a first word before a comma, a headline word) must
        // be capitalized inside some sentence too.
        let unsure = end - start == 1 && ((start == firstWord && word(end)?.text == ",") || isTitleCase)
        if unsure, let innerCapitals, !innerCapitals.contains(tokens[start].key) { return nil }
        if let title = pendingTitle, title.tokens.upperBound == start, !(title.isWeak && end - start == 1) {
            // "Dr. Ana Ruiz, medical superintendent at ...": an honorific gives no role; the
            // apposition may.
            if title.role == nil, let (role, gender) = apposition(after: end) { return (.title, role, gender ?? title.gender) }
            return (.title, title.role, title.gender)
        }
        // "the Vatican spokesman, Ana Ruiz,": a title, a comma, then the name.
        if let title = pendingTitle, title.role != nil, title.tokens.upperBound == start - 1, word(start - 1)?.text == ",",
            let after = word(end), [",", ".", ";"].contains(after.text)
        {
            return (.title, title.role, title.gender)
        }
        if let (role, gender) = apposition(after: end) { return (.title, role, gender) }
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
        // "Ann Lee, who ...": people are "who", things "which".
        if word(end)?.text == ",", word(end + 1)?.key == "who" { return (.context, nil, nil) }
        // "Stacy Baker of Tulsa, ...": a name from a place.
        if end - start >= 2, word(end)?.key == "of", end + 1 < tokens.count, let place = index.longestMatch(in: tokens, at: end + 1),
            isPlaceLike(place.entry.meaning), let after = word(place.tokens.upperBound), [",", "."].contains(after.text)
        {
            return (.context, nil, nil)
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
            if previous.key == "with" || previous.key == "to", let verb = word(start - 2),
                SentenceState.contactVerbs.contains(verb.key)
            {
                return (.context, nil, nil)
            }
        }
        return nil
    }

    /// ", a spokeswoman for ...", ", the Russian president,", ", 45,": a person described after the name.
    func apposition(after end: Int) -> (Role?, Gender?)? {
        guard word(end)?.text == "," else { return nil }
        var k = end + 1
        if let age = word(k), age.text.allSatisfy(\.isNumber), word(k + 1)?.text == "," { return (nil, nil) }
        // ", who served as U.S. ambassador to Burma", ", who is now a consultant".
        if word(k)?.key == "who", let verb = word(k + 1), ["is", "was", "served", "serves", "became", "had", "has"].contains(verb.key) {
            k += 2
            while let w = word(k), ["as", "been", "now", "also", "once", "later"].contains(w.key) { k += 1 }
        }
        if let article = word(k), ["a", "an", "the"].contains(article.key) { k += 1 }
        var modifier: String?
        if let m = word(k), SentenceState.titleModifiers.contains(m.key) {
            modifier = m.key
            k += 1
        }
        var affiliationName: String?
        if k < tokens.count, let match = index.longestMatch(in: tokens, at: k),
            case .organizationAdjective(let party) = match.entry.meaning,
            let after = word(match.tokens.upperBound), [",", ".", "who", "whose", "from", "of"].contains(after.key)
        {
            // "Ann Lee, a Democrat, ...".
            return (Role(title: "member", affiliation: party), nil)
        }
        // "a longtime political strategist", "the U.N.'s special adviser": adjectives and an
        // affiliation, in either order, before the title.
        var steps = 0
        while steps < 5, k < tokens.count {
            steps += 1
            if let match = index.longestMatch(in: tokens, at: k) {
                switch match.entry.meaning {
                case .country(let name), .demonym(let name), .organization(let name, _), .organizationAdjective(let name),
                    .media(let name):
                    affiliationName = name
                    k = match.tokens.upperBound
                    if word(k)?.kind == .possessive { k += 1 }
                    continue
                default: break
                }
                break
            }
            guard let adjective = word(k), adjective.kind == .word, !SentenceState.functionWords.contains(adjective.key)
            else { break }
            // "a former Clinton aide": a capitalized word there is whose the title is.
            if adjective.isCapitalized { affiliationName = adjective.text }
            k += 1
        }
        guard k < tokens.count, let match = index.longestMatch(in: tokens, at: k),
            case .title(let title, let gender, _) = match.entry.meaning
        else { return nil }
        let affiliation = affiliationName ?? trailingAffiliation(after: match.tokens.upperBound)?.name
        return (Role(title: modifier.map { "\($0) \(title)" } ?? title, affiliation: affiliation), gender)
    }
}
