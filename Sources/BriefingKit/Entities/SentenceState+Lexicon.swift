/// Lexicon phrases: countries, capitals, places, organizations, media and titles.
extension SentenceState {
    static let titleModifiers: Set<String> = ["former", "acting", "then", "outgoing", "interim", "incoming", "late", "ex", "shadow", "deputy", "incumbent"]
    static let functionWords: Set<String> = [
        "the", "a", "an", "of", "and", "or", "to", "for", "with", "at", "in", "on", "by", "from", "as", "his", "her",
        "their", "its", "our", "my", "your", "this", "that", "said", "says", "told", "who", "which", "is", "was",
    ]

    mutating func emit(
        _ kind: EntityKind?, _ evidence: RecognizedName.Evidence, name: String, tokens range: Range<Int>,
        form: MentionForm = .name, role: Role? = nil, gender: Gender? = nil, words: [String] = [], alias: String? = nil
    ) {
        let (text, scalars) = text(range)
        names.append(
            RecognizedName(
                kind: kind, evidence: evidence, name: name, words: words, range: scalars, text: text, form: form,
                role: role, gender: gender, alias: alias, isSentenceStart: range.lowerBound == firstWord,
                isQuoted: isQuoted(scalars)))
        // `“...,” the candidate said`: a title speaking right after a quotation.
        if form == .nominal, let verb = word(range.upperBound), verb.kind == .word, !verb.isCapitalized {
            names[names.count - 1].speaksAfterQuotation = quoted.contains { (0...4).contains(scalars.lowerBound - $0.upperBound) }
        }
        if kind == .person, form == .name {
            names[names.count - 1].isObject = followsPreposition(range.lowerBound)
            names[names.count - 1].isAside = word(range.lowerBound - 1)?.text == ","
                && ["said", "says", "told", "added"].contains(word(range.upperBound)?.key ?? "") && word(range.upperBound + 1)?.text == ","
        }
    }

    /// Whether the name starting at token `start` is a preposition's object, titles and
    /// honorifics before it skipped ("with Mr Blair", "to Foreign Minister Ana Ruiz").
    func followsPreposition(_ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, tokens[k].isCapitalized || tokens[k].text == "." || index.longestMatch(in: tokens, at: k).map({ $0.entry.isTitle }) == true {
            k -= 1
        }
        guard k >= 0, tokens[k].kind == .word else { return false }
        return ClauseWords.standard.prepositions.contains(tokens[k].key)
    }

    /// Reads a lexicon match; returns the token index to go on from.
    mutating func readLexicon(_ match: LexiconIndex.Match) -> Int {
        let start = match.tokens.lowerBound
        var end = match.tokens.upperBound
        let text = self.text(match.tokens).0
        switch match.entry.meaning {
        case .title(let title, let gender, let isLeader):
            end = readTitle(title, gender: gender, isLeader: isLeader, tokens: match.tokens)
        case .honorific(_, let gender):
            // "former prime minister Sir Edward Heath": an honorific after a title keeps the role.
            // "The Home Secretary, Lady Ashworth,", "the Bishop of Dorset, the Rt Rev Ann Lowe,":
            // a role set off by commas before an honorific, kept when a comma closes the name.
            let setOff = pendingTitle.map { $0.tokens.upperBound == start - 1 || ($0.tokens.upperBound == start - 2 && word(start - 1)?.key == "the") } == true
                && word(pendingTitle?.tokens.upperBound ?? 0)?.text == ","
            if let title = pendingTitle, title.tokens.upperBound == start || setOff, title.role != nil {
                pendingTitle = MentionRecognizer.PendingTitle(
                    role: title.role, gender: gender ?? title.gender, tokens: title.tokens.lowerBound..<end,
                    nominalStart: nil, isLeader: title.isLeader, needsClosingComma: setOff)
            } else {
                pendingTitle = MentionRecognizer.PendingTitle(
                    role: nil, gender: gender, tokens: match.tokens, nominalStart: nil, isLeader: false)
            }
        case .country(let country):
            emit(.country, .lexicon, name: country, tokens: match.tokens, form: text == country ? .name : .alias)
            end = noteAffiliation(country, start: start, end: end)
        case .demonym(let country):
            let plural = text.hasSuffix("s") && !text.hasSuffix("ss")
            if plural, word(end)?.kind != .ledSuffix {
                emit(.group, .lexicon, name: text, tokens: match.tokens)
            } else {
                emit(.country, .lexicon, name: country, tokens: match.tokens, form: .demonym)
            }
            end = noteAffiliation(country, start: start, end: end)
        case .capital(let city, let country):
            // "Yerevan said": the capital stands for the government (a metonym), never a person.
            let metonym = standsForGovernment(after: end)
            emit(.place, .lexicon, name: city, tokens: match.tokens, form: metonym ? .metonym : .name,
                 role: Role(title: "capital", affiliation: country))
            if metonym { end = noteAffiliation(country, start: start, end: end) } else { affiliation = (city, end, start) }
        case .place(let place, let country):
            emit(.place, .lexicon, name: place, tokens: match.tokens, form: text == place ? .name : .alias,
                 role: country.map { Role(title: "located in", affiliation: $0) })
            // "New Jersey Gov. Chris Christie".
            affiliation = (place, end, start)
        case .organization(let organization, let national):
            var name = organization
            var first = start
            if national, let affiliation, affiliation.end == start {
                first = affiliation.start
                name = self.text(affiliation.start..<end).0
            }
            return readOrganization(.organization, name: name, tokens: match.tokens, nameStart: first,
                                    form: text == organization ? .name : .alias)
        case .organizationAdjective(let organization):
            emit(.organization, .lexicon, name: organization, tokens: match.tokens, form: .demonym)
            // "Senate Republican leader": the chain's first word stays in the title.
            if let chained = affiliation, chained.end == start {
                chainStart = chained.start
            } else {
                chainStart = nil
            }
            affiliation = (organization, end, start)
        case .media(let media):
            return readOrganization(.media, name: media, tokens: match.tokens, nameStart: start,
                                    form: text == media ? .name : .alias)
        }
        return end
    }

    /// Remembers a country for a title that follows; consumes a `-led` suffix.
    mutating func noteAffiliation(_ country: String, start: Int, end: Int) -> Int {
        affiliation = (country, end, start)
        if let suffix = word(end), suffix.kind == .ledSuffix {
            if WordScanner.leadingSuffixes.contains(String(suffix.key.dropFirst())) { leader = (country, end + 1) }
            return end + 1
        }
        return end
    }

    /// A capital that acts or owns: "Yerevan said", "Yerevan’s request", "Moscow-led".
    func standsForGovernment(after end: Int) -> Bool {
        guard let next = word(end) else { return false }
        if next.kind == .possessive { return true }
        if next.kind == .ledSuffix { return WordScanner.leadingSuffixes.contains(String(next.key.dropFirst())) }
        return verbFollows(end)
    }

    /// Whether a person verb comes at `end`, skipping adverbs and auxiliaries.
    func verbFollows(_ end: Int) -> Bool {
        var k = end
        var skipped = 0
        while let next = word(k), next.kind == .word, skipped <= 3 {
            if index.personVerbs.contains(next.key) { return true }
            // (`Cruz openly admitted`: an adverb in -ly between.)
            guard SentenceState.skippedBeforeVerb.contains(next.key) || (next.key.hasSuffix("ly") && next.key.count > 4 && !next.isCapitalized)
            else { return false }
            k += 1
            skipped += 1
        }
        return false
    }

    /// An organization or outlet, with an acronym given in brackets after it.
    mutating func readOrganization(
        _ kind: EntityKind, name: String, tokens range: Range<Int>, nameStart: Int, form: MentionForm
    ) -> Int {
        var role: Role?
        if let leader, nameStart - leader.end <= 3, nameStart >= leader.end {
            role = Role(title: "led by", affiliation: leader.country)
        }
        var end = range.upperBound
        var alias: String?
        var aliasAt: Int?
        if word(end)?.text == "(", let acronym = word(end + 1), acronym.isAcronym, word(end + 2)?.text == ")" {
            alias = acronym.text
            aliasAt = end + 1
        } else if word(end)?.text == ",", word(end + 1)?.key == "known", word(end + 2)?.key == "as" {
            // ", known as the DHKP-C,": an acronym the name goes by.
            let at = word(end + 3)?.key == "the" ? end + 4 : end + 3
            if let acronym = word(at), acronym.isAcronym {
                alias = acronym.text
                aliasAt = at
            }
        }
        emit(kind, .lexicon, name: name, tokens: nameStart..<range.upperBound, form: form, role: role, alias: alias)
        if let alias, let aliasAt {
            emit(kind, .lexicon, name: name, tokens: aliasAt..<(aliasAt + 1), form: .alias, alias: alias)
            end = aliasAt + (aliasAt == end + 1 ? 2 : 1)
        }
        affiliation = (name, end, nameStart)
        return end
    }

    static let affiliationLinks: Set<String> = ["of", "for", "at", "with", "to"]
}
