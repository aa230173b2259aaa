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
            if EntityTableBuilder.generationalSuffixes.contains(next.key) {
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
                    // "Hassan Sheikh Mahad": a one-word title between a given name and a surname
                    // is a word of the name.
                    let inside = word(last + 2).map { $0.kind == .word && $0.isCapitalized && !index.commonWords.contains($0.key) } ?? false
                        && index.longestMatch(in: tokens, at: last + 2) == nil
                    guard last == start, givenStart, match.tokens.count == 1,
                        isPlaceLike(match.entry.meaning) || isMedia(match.entry.meaning)
                            || (isTitle(match.entry.meaning) && (!(word(last + 2)?.isCapitalized ?? false) || inside))
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
            // "the Council on Ocean Affairs": a head word first, its name after a connector.
            let named = extendOrganization(end, lexiconAfter: false)
            if named > end, word(start - 1)?.kind != .possessive {
                return readOrganization(.organization, name: text(start..<named).0, tokens: start..<named, nameStart: start, form: .name)
            }
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
        // "the Liberal party", "the Unite union": a body written with a small head word.
        if let head = word(end), SentenceState.lowercaseOrganizationHeads.contains(head.key), !head.isCapitalized,
            personEvidence(start, end) == nil
        {
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
        // `called "The Hour," or "Al Saa"`: a name the quotation marks wrap exactly, after a
        // naming word, is a work's title.
        let marks: Set<String> = ["\"", "“", "”", "‘", "’"]
        if start >= 2, marks.contains(tokens[start - 1].text),
            ["called", "named", "titled", "entitled", "dubbed", "or"].contains(tokens[start - 2].key),
            let close = word(end)?.text == "," ? word(end + 1) : word(end), marks.contains(close.text)
        {
            emit(nil, .capitalization, name: runText, tokens: start..<end)
            return end
        }
        var words = tokens[start..<end].filter { $0.kind == .word && !EntityTableBuilder.generationalSuffixes.contains($0.key) }.map(\.text)
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
            // ("ZTX pioneered the market": a past verb after an acronym opening its clause.)
            let opensClause = word(start - 1).map { $0.kind != .word || ClauseWords.standard.joiners.contains($0.key) } ?? true
            let pastVerb = word(end).map { $0.kind == .word && !$0.isCapitalized && $0.key.hasSuffix("ed") && $0.key.count > 4 } ?? false
            // ("the NAACP", "Norway's NSK": letters after "the" or an owner are an organization's,
            // as the ones listed are.)
            let named = (word(start - 1)?.key == "the" || word(start - 1)?.kind == .possessive)
                && tokens[start].text.count >= 3 && !index.commonWords.contains(tokens[start].key)
                && (word(end).map { $0.kind != .word || ClauseWords.standard.auxiliaries.contains($0.key) } ?? true)
            let acts = verbFollows(end) || word(end)?.kind == .possessive || (opensClause && pastVerb) || named
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
            // "Sens. Ann Lee, Bo Park and ...": a plural title is every listed name's.
            let listed = lastPersonEnd == start - 1 && [",", "and"].contains(word(start - 1)?.key ?? "") ? listRole : nil
            emit(.person, evidence, name: sharedName, tokens: start..<end, role: role ?? (end - start >= 2 ? jobNoun(before: start) : nil) ?? setOffJobNoun(start, end) ?? kinOfRole(start, end) ?? ownerRole(before: start) ?? listed
                ?? organizationRole(after: end),
                 gender: gender ?? (givenStart ? index.gender(ofGivenName: tokens[start]) : nil), words: words)
            if let title = pendingTitle, title.tokens.upperBound == start, title.isPlural {
                listRole = title.role
            } else if listed == nil {
                listRole = nil
            }
            // "Judge Ann Lee, a vice president of the court": the apposition adds a role.
            // ("According to Ann Lee, the money will ...": a clause, no apposition, when a weak
            // phrase runs on into a verb.)
            if let described = apposition(after: end, nameStart: start), described.strong || described.closed
                || (start == firstWord && described.role?.canonical != nil), let described = described.role,
                described != role
            {
                names[names.count - 1].moreRoles.append(described)
            }
            if let party = partyTag(after: end) { names[names.count - 1].moreRoles.append(party) }
            if let described = appositionClauseRole(after: end), described != role {
                names[names.count - 1].moreRoles.append(described)
            }
            if let title = pendingTitle, title.tokens.upperBound == start, let other = title.coordinated, other != role {
                names[names.count - 1].moreRoles.append(other)
            }
            if let described = copulaRole(after: end), described != role {
                names[names.count - 1].moreRoles.append(described)
            }
            lastPersonEnd = end
        } else if let previous = word(start - 1), SentenceState.locatives.contains(previous.key),
            !(end - start == 1 && lowercaseWords.contains(tokens[start].key)), word(end)?.kind != .possessive
        {
            emit(.place, .locative, name: runText, tokens: start..<end, words: words)
        } else if word(start - 1)?.key == "the", tokens[start..<end].allSatisfy({ $0.isAcronym && $0.text.count >= 2 }),
            tokens[end - 1].text.count >= 3
        {
            // "the NC NAACP": letters after "the" are an organization's.
            emit(.organization, .headWord, name: runText, tokens: start..<end, words: words)
        } else {
            // "Clean Rivers Wales", "Harbour Trust Scotland": a country or region ending an unknown
            // name of two words or more is part of it.
            if end - start >= 2, !givenStart, end < tokens.count, let place = index.longestMatch(in: tokens, at: end), place.tokens.count == 1,
                isPlaceLike(place.entry.meaning), !(word(end + 1)?.isCapitalized ?? false), word(end + 1)?.kind != .possessive
            {
                let whole = start..<(end + 1)
                emit(nil, .capitalization, name: text(whole).0, tokens: whole, words: words + [tokens[end].text])
                return end + 1
            }
            // "Kora Tandu, the Mali-based militant group,": a description a body heads.
            if isBodyApposition(after: end) {
                return readOrganization(.organization, name: runText, tokens: start..<end, nameStart: start, form: .name)
            }
            emit(nil, .capitalization, name: runText, tokens: start..<end, words: words)
            // "Lee is a lawyer": an unknown name that may prove a person's keeps the role stated.
            if let described = copulaRole(after: end) {
                names[names.count - 1].moreRoles.append(described)
            } else if let described = apposition(after: end), described.closed, let role = described.role {
                // "Lang, the ranking member of the committee,": so does a description set off by commas.
                names[names.count - 1].moreRoles.append(role)
            }
            // "Aden Gov. AbdulAziz Hobtour": a name before a title is what the title is of.
            if end < tokens.count, let match = index.longestMatch(in: tokens, at: end), isTitle(match.entry.meaning) {
                affiliation = (runText, end, start)
            }
        }
        return end
    }

    /// ", the Mali-based militant group,", ", a Texas oil company.": a description set off after
    /// a name whose head noun is a body (group, party, company ...), closed by a comma or stop.
    func isBodyApposition(after end: Int) -> Bool {
        guard word(end)?.text == ",", let article = word(end + 1), ["the", "a", "an"].contains(article.key) else { return false }
        var k = end + 2
        while let next = word(k), k - end <= 6 {
            if next.kind != .word && next.kind != .ledSuffix { return false }
            let isHead = !next.isCapitalized && (SentenceState.bodyNouns.contains(next.key) || index.companyKinds.contains(next.key))
            if isHead { return [",", "."].contains(word(k + 1)?.text ?? ".") }
            k += 1
        }
        return false
    }
}
