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
            // "Riad al-Malki": an Arabic article joined to the next name.
            if isParticleName(last + 1) {
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
        // "Incumbent Ade Bako conceded": an adjective that only starts the sentence (or follows
        // a dateline's "(CNN)").
        if start == firstWord || word(start - 1)?.text == ")", end - start >= 3, !givenStart,
            ["ent", "ant", "ed", "ing", "ive", "ous", "ful", "able", "ible"].contains(where: { tokens[start].key.hasSuffix($0) }),
            index.longestMatch(in: tokens, at: start) == nil
        {
            return readRun(from: start + 1)
        }
        if end - start == 1, index.organizationHeads.contains(tokens[start].key) {
            return readOwnedOffice(start)
        }
        // "Plumber Jonas Brekk said": a job noun that starts the sentence is no part of the name.
        if start == firstWord, end - start >= 3, !givenStart, index.isGivenName(tokens[start + 1]), isJobNoun(start) {
            return readRun(from: start + 1)
        }
        if let organization = organizationKind(start..<end) {
            end = extendOrganization(end)
            let name = text(start..<end).0
            return readOrganization(organization, name: name, tokens: start..<end, nameStart: start, form: .name)
        }
        let runText = text(start..<end).0
        // "the Liberal party": a party written with a small head word.
        if let head = word(end), head.key == "party", !head.isCapitalized, personEvidence(start, end) == nil {
            return readOrganization(.organization, name: text(start..<(end + 1)).0, tokens: start..<(end + 1), nameStart: start, form: .name)
        }
        if end - start >= 2, index.placeHeads.contains(tokens[end - 1].key) {
            emit(.place, .headWord, name: runText, tokens: start..<end)
            return end
        }
        if word(end)?.text == "(", let acronym = word(end + 1), acronym.isAcronym, word(end + 2)?.text == ")",
            personEvidence(start, end) == nil
        {
            return readOrganization(.organization, name: runText, tokens: start..<end, nameStart: start, form: .name)
        }
        var words = tokens[start..<end].filter { $0.kind == .word && !["jr", "sr", "ii", "iii", "iv"].contains($0.key) }.map(\.text)
        // "the North East": a name made only of compass words is a region.
        if tokens[start..<end].allSatisfy({ index.regionWords.contains($0.key) }) {
            emit(.place, .headWord, name: runText, tokens: start..<end)
            return end
        }
        // "Ann and Bo Lee": a given name coordinated with a full name shares its surname.
        var sharedName = runText
        if let surname = sharedSurname(after: start, end) {
            sharedName = "\(runText) \(surname)"
            words.append(surname)
        }
        if end - start == 1, isNumberedAcronym(start) {
            // "MI6 said", "worked for MI6.": letters then digits name an agency or a company.
            return readOrganization(.organization, name: runText, tokens: start..<end, nameStart: start, form: .name)
        }
        if end - start == 1, tokens[start].isAcronym {
            // "NTB said": an acronym that acts is an organization, never a person; one that
            // does not ("an MRI scan") is an alias at most.
            let acts = verbFollows(end) || word(end)?.kind == .possessive
            emit(acts ? .organization : nil, acts ? .headWord : .capitalization, name: runText, tokens: start..<end, words: words)
            // "PCS leader Mark Serwotka": an acronym before a title is what the title is of.
            if end < tokens.count, let match = index.longestMatch(in: tokens, at: end), isTitle(match.entry.meaning) {
                affiliation = (runText, end, start)
            }
        } else if isPlaceContext(start, end) {
            emit(.place, .locative, name: runText, tokens: start..<end, words: words)
        } else if let (evidence, role, gender) = personEvidence(start, end)
            ?? (sharedName != runText ? (.givenName, nil, nil) : nil)
        {
            emit(.person, evidence, name: sharedName, tokens: start..<end, role: role ?? (end - start >= 2 ? jobNoun(before: start) : nil),
                 gender: gender ?? (givenStart ? index.gender(ofGivenName: tokens[start]) : nil), words: words)
            // "Judge Ann Lee, a vice president of the court": the apposition adds a role.
            if let described = apposition(after: end)?.role, described != role {
                names[names.count - 1].moreRoles.append(described)
            }
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
        return readOrganization(.organization, name: text(from..<(start + 1)).0, tokens: from..<(start + 1), nameStart: from, form: .name)
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
            if title.role == nil, let described = apposition(after: end) {
                return (.title, described.role, described.gender ?? title.gender)
            }
            return (.title, title.role, title.gender)
        }
        // "the Vatican spokesman, Ana Ruiz,": a title, a comma, then the name.
        if let title = pendingTitle, title.role != nil, title.tokens.upperBound == start - 1, word(start - 1)?.text == ",",
            let after = word(end), [",", ".", ";"].contains(after.text)
        {
            return (.title, title.role, title.gender)
        }
        if let described = apposition(after: end), described.strong { return (.title, described.role, described.gender) }
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
            // "killing Ann Lee", "the tomb of Ann Lee".
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
    func apposition(after end: Int) -> (role: Role?, gender: Gender?, strong: Bool)? {
        guard word(end)?.text == "," else { return nil }
        let words = RoleWords.standard
        var k = end + 1
        if let age = word(k), age.text.allSatisfy(\.isNumber), word(k + 1)?.text == "," { return (nil, nil, true) }
        // ", who served as Asia director for ...", ", who is now a consultant on ...".
        var introduced = false
        if word(k)?.key == "who", let verb = word(k + 1), words.clauseVerbs.contains(verb.key) {
            introduced = true
            k += 2
            while let adverb = word(k), ["now", "also", "currently", "previously", "once", "later", "as"].contains(adverb.key) { k += 1 }
        }
        if let article = word(k), ["a", "an", "the"].contains(article.key) {
            introduced = true
            k += 1
        }
        let phraseStart = k
        var affiliationName: String?
        var head: (end: Int, title: String?, gender: Gender?)?
        var steps = 0
        while k < tokens.count, steps < 7 {
            let token = tokens[k]
            steps += 1
            if token.kind == .possessive {
                k += 1
                continue
            }
            guard token.kind == .word else { break }
            if let match = index.longestMatch(in: tokens, at: k) {
                switch match.entry.meaning {
                case .title(let title, let gender, _):
                    head = (match.tokens.upperBound, title, gender)
                case .organizationAdjective(let party):
                    // "a Democrat,", "the top Democrat on ...": the party word is the head.
                    affiliationName = affiliationName ?? party
                    head = (match.tokens.upperBound, "member", nil)
                case .country(let name), .demonym(let name), .organization(let name, _), .media(let name):
                    affiliationName = affiliationName ?? name
                default: break
                }
                k = match.tokens.upperBound
                continue
            }
            if words.tailStops.contains(token.key) || words.tailPrepositions.contains(token.key)
                || words.qualifierStops.contains(token.key) || index.personVerbs.contains(token.key)
            {
                break
            }
            if !token.isCapitalized, introduced, !SentenceState.titleModifiers.contains(token.key),
                !token.key.hasSuffix("ed"), !token.key.hasSuffix("ing"), !token.key.hasSuffix("ly"),
                token.key.first?.isLetter ?? false
            {
                // "an expert", "a researcher": after an article, a noun heads the phrase.
                head = (k + 1, nil, nil)
            }
            k += 1
        }
        guard let head, head.end > phraseStart else { return nil }
        var phraseEnd = head.end
        // "... on Russia at the Woodrow Wilson Center": prepositional phrases stay in the role.
        if let preposition = word(phraseEnd), words.tailPrepositions.contains(preposition.key) {
            var t = phraseEnd
            var tailAffiliation: String?
            while t < tokens.count, t - phraseEnd < 12 {
                let token = tokens[t]
                if token.kind == .punctuation || (token.kind == .word && t > phraseEnd && words.tailStops.contains(token.key)) { break }
                if token.kind == .word, index.personVerbs.contains(token.key) { break }
                if tailAffiliation == nil, token.kind == .word, token.isCapitalized {
                    if let match = index.longestMatch(in: tokens, at: t) {
                        switch match.entry.meaning {
                        case .country(let name), .demonym(let name), .organization(let name, _), .media(let name),
                            .organizationAdjective(let name), .place(let name, _), .capital(let name, _):
                            tailAffiliation = name
                        default: break
                        }
                    }
                    if tailAffiliation == nil {
                        var e = t + 1
                        while let next = word(e), next.isCapitalized || (SentenceState.connectors.contains(next.key) && (word(e + 1)?.isCapitalized ?? false)) { e += 1 }
                        tailAffiliation = text(t..<e).0
                    }
                }
                t += 1
            }
            if t > phraseEnd + 1 {
                phraseEnd = t
                affiliationName = affiliationName ?? tailAffiliation
            }
        }
        let wording = text(phraseStart..<phraseEnd).0
        return (Role(title: wording, affiliation: affiliationName, canonical: head.title), head.gender, head.title != nil)
    }
}
