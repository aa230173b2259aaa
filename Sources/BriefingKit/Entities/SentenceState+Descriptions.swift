/// What a sentence says a person is, after the name: a described phrase (`, a spokeswoman for
/// ...`, `, who served as ...`), or a group of people (`one of the suspects`).
extension SentenceState {
    /// "the Chechens", "three suspects", "the victims": a group of people (a plural demonym or
    /// a plural people noun within a few words).
    func isPeopleGroup(from k: Int) -> Bool {
        var i = k
        while let token = word(i), token.kind == .word, i - k < 3 {
            if let match = index.longestMatch(in: tokens, at: i), case .demonym = match.entry.meaning,
                token.key.hasSuffix("s")
            {
                return true
            }
            if RoleWords.standard.personNouns.contains(token.key) { return true }
            // "the dockers charged", "three miners": the plural of a job noun.
            let words = RoleWords.standard
            if !token.isCapitalized, token.key.hasSuffix("s"), token.key.count >= 6,
                words.jobNounEndings.contains(where: { token.key.dropLast().hasSuffix($0) }),
                !words.notJobNouns.contains(String(token.key.dropLast()))
            {
                return true
            }
            // "the Chechens charged": a capitalized plural names a people.
            if token.isCapitalized, token.key.hasSuffix("s"), !token.key.hasSuffix("ss"), word(i + 1)?.isCapitalized != true,
                index.longestMatch(in: tokens, at: i) == nil
            {
                return true
            }
            i += 1
        }
        return false
    }

    /// The role a relative clause gives: "who has served as Norway's envoy", "who's been serving
    /// as ambassador"; nil when `k` starts no such clause.
    func relativeClauseRole(at k: Int) -> Role? {
        guard let who = word(k), ["who", "who's"].contains(who.key) else { return nil }
        return describedPhrase(from: k)?.role
    }

    /// One to four lower-case nouns, then `for`/`at`/`of`/`with` and a capitalized name
    /// (`financial policy advocate for Public Watch`).
    func nounsBeforeAffiliation(from k: Int) -> Bool {
        var t = k
        while let token = word(t), token.kind == .word, !token.isCapitalized, t - k < 4,
            !["for", "at", "of", "with"].contains(token.key), !token.key.hasSuffix("ed"), !token.key.hasSuffix("ing"),
            !token.key.hasSuffix("ly"), !index.personVerbs.contains(token.key), !SentenceState.quantifiers.contains(token.key)
        { t += 1 }
        guard t > k, let preposition = word(t), ["for", "at", "of", "with"].contains(preposition.key) else { return false }
        return word(t + 1)?.isCapitalized ?? false
    }

    /// The description that starts at token `k` (after an apposition's comma, or at "who"), and
    /// the token where it ends.
    func describedPhrase(from start: Int) -> (role: Role?, gender: Gender?, strong: Bool, end: Int)? {
        let words = RoleWords.standard
        var k = start
        if let age = word(k), age.text.allSatisfy(\.isNumber), word(k + 1)?.text == "," { return (nil, nil, true, k + 1) }
        // ", one of the Chechens charged", ", one of three suspects": one of a group of people.
        if word(k)?.key == "one", word(k + 1)?.key == "of", isPeopleGroup(from: k + 2) { return (nil, nil, true, k + 2) }
        // ", who served as Asia director for ...", ", who is now a consultant on ...", "who has
        // been serving as ...".
        var introduced = false
        // ", who chairs the transport committee": the verb is the job, the words from it the role.
        var jobVerbStart: Int?
        if let who = word(k), ["who", "who's"].contains(who.key) {
            var v = k + 1
            while let auxiliary = word(v), ["has", "have", "had", "been", "'s", "’s"].contains(auxiliary.key) { v += 1 }
            if let copula = word(v), ["is", "was", "been"].contains(copula.key), let verb = word(v + 1), words.jobVerbs.contains(verb.key) {
                v += 1
            }
            if let verb = word(v), words.jobVerbs.contains(verb.key) {
                jobVerbStart = v
                introduced = true
                k = v + 1
            } else if let verb = word(v), words.clauseVerbs.contains(verb.key) {
                introduced = true
                k = v + 1
                while let adverb = word(k), ["now", "also", "currently", "previously", "once", "later", "as"].contains(adverb.key) { k += 1 }
            }
        }
        // ", now the President-elect,": a time adverb before the article.
        if !introduced, let adverb = word(k), ["now", "currently", "then", "still"].contains(adverb.key),
            let article = word(k + 1), ["a", "an", "the"].contains(article.key)
        {
            k += 1
        }
        // "Tom Hale, his finance spokesman,": a possessive determiner opens the phrase like an
        // article, when a title heads it ("Tom Hale, his voice shaking," gives none).
        // (`the Oslo Stock Exchange, its chief has said`: `its` speaks of a thing, not a person.)
        let possessiveOpening = ["his", "her", "their"].contains(word(k)?.key ?? "")
        if let article = word(k), ["a", "an", "the"].contains(article.key) || possessiveOpening {
            introduced = true
            k += 1
        } else if !introduced, jobVerbStart == nil, nounsBeforeAffiliation(from: k) {
            // `, financial policy advocate for Public Watch`: no article, but a body named after it.
            introduced = true
        }
        let phraseStart = jobVerbStart ?? k
        var affiliationName: String?
        var head: (end: Int, title: String?, gender: Gender?)?
        var demonymEnd: Int?
        // "a 15-year-old boy": a noun only people are.
        var personHead = false
        var steps = 0
        while k < tokens.count, steps < 9 {
            let token = tokens[k]
            steps += 1
            // "the Berlin-based co-chairman": a `-based` ending qualifies the head that follows.
            if token.kind == .possessive || token.kind == .ledSuffix {
                // (`President Ada Lund's former chief campaign strategist`: a possessive opens the
                // noun phrase like an article, so nouns after the title still belong to it.)
                if token.kind == .possessive { introduced = true }
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
                case .demonym(let name):
                    affiliationName = affiliationName ?? name
                    demonymEnd = match.tokens.upperBound
                case .country(let name), .organization(let name, _), .media(let name):
                    affiliationName = affiliationName ?? name
                    if jobVerbStart != nil { head = (match.tokens.upperBound, nil, nil) }
                default: break
                }
                k = match.tokens.upperBound
                continue
            }
            // "his transport and environment spokesman": "and" between the words before the head.
            if token.key == "and", head?.title == nil, introduced, (k + 2..<min(k + 4, tokens.count)).contains(where: { t in
                index.longestMatch(in: tokens, at: t).map { isTitle($0.entry.meaning) } ?? false
            }), tokens[(k + 1)...].prefix(2).allSatisfy({ $0.kind == .word && !$0.isCapitalized }) {
                k += 1
                continue
            }
            // "president and CEO of ...": a second title joined by "and" extends the head.
            if token.key == "and", let head, head.end == k, let next = index.longestMatch(in: tokens, at: k + 1), isTitle(next.entry.meaning) {
                k += 1
                continue
            }
            // "Norway's most famous comedian": a superlative's adverb qualifies the adjective after it.
            if ["most", "least"].contains(token.key), let adjective = word(k + 1), adjective.kind == .word, !adjective.isCapitalized {
                k += 1
                continue
            }
            if words.tailStops.contains(token.key) || words.tailPrepositions.contains(token.key)
                || words.qualifierStops.contains(token.key) || index.personVerbs.contains(token.key)
            {
                break
            }
            if token.isCapitalized, jobVerbStart != nil {
                // "who led the Port Authority": the body's name heads what the job verb takes.
                head = (k + 1, nil, nil)
            } else if !token.isCapitalized, introduced, !SentenceState.titleModifiers.contains(token.key),
                !token.key.hasSuffix("ed"), !token.key.hasSuffix("ing"), !token.key.hasSuffix("ly"),
                token.key.first?.isLetter ?? false
            {
                // "an expert", "a researcher": after an article, a noun heads the phrase (after a
                // title, "chief campaign strategist", the title still says what kind of role).
                head = (k + 1, head?.title, head?.gender)
                personHead = personHead || words.personNouns.contains(token.key)
            }
            k += 1
        }
        // "a Canadian from Calgary": a demonym that ends the phrase is its head, a person.
        if head == nil, introduced, let demonymEnd, demonymEnd == k {
            head = (demonymEnd, nil, nil)
            personHead = true
        }
        guard let head, head.end > phraseStart, !possessiveOpening || head.title != nil || personHead else { return nil }
        var phraseEnd = head.end
        // "... on Russia at the Woodrow Wilson Center": prepositional phrases stay in the role.
        if let preposition = word(phraseEnd), words.tailPrepositions.contains(preposition.key) {
            var t = phraseEnd
            var tailAffiliation: String?
            while t < tokens.count, t - phraseEnd < 12 {
                let token = tokens[t]
                // "spokesman for North East Says No": a capitalized verb inside a name is part of it.
                let insideName = token.isCapitalized && !isTitleCase && t > phraseEnd + 1 && tokens[t - 1].kind == .word
                    && tokens[t - 1].isCapitalized
                if token.kind == .punctuation || (token.kind == .word && t > phraseEnd && words.tailStops.contains(token.key) && !insideName) { break }
                if token.kind == .word, index.personVerbs.contains(token.key), !insideName { break }
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
                // "head of the agency": the agency the sentence named before.
                tailAffiliation = tailAffiliation ?? organizationNamed(by: phraseEnd..<t)
                phraseEnd = t
                affiliationName = affiliationName ?? tailAffiliation
            }
        }
        let wording = text(phraseStart..<phraseEnd).0
        return (Role(title: wording, affiliation: affiliationName, canonical: head.title), head.gender, head.title != nil || personHead || jobVerbStart != nil, phraseEnd)
    }
}
