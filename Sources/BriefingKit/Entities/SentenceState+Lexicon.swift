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
    }

    /// Reads a lexicon match; returns the token index to go on from.
    mutating func readLexicon(_ match: LexiconIndex.Match) -> Int {
        let start = match.tokens.lowerBound
        var end = match.tokens.upperBound
        let text = self.text(match.tokens).0
        switch match.entry.meaning {
        case .title(let title, let gender, let isLeader):
            readTitle(title, gender: gender, isLeader: isLeader, tokens: match.tokens)
        case .honorific(_, let gender):
            // "former prime minister Sir Edward Heath": an honorific after a title keeps the role.
            if let title = pendingTitle, title.tokens.upperBound == start, title.role != nil {
                pendingTitle = MentionRecognizer.PendingTitle(
                    role: title.role, gender: gender ?? title.gender, tokens: title.tokens.lowerBound..<end,
                    nominalStart: nil, isLeader: title.isLeader)
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
            guard SentenceState.skippedBeforeVerb.contains(next.key) else { return false }
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
        if word(end)?.text == "(", let acronym = word(end + 1), acronym.isAcronym, word(end + 2)?.text == ")" {
            alias = acronym.text
        }
        emit(kind, .lexicon, name: name, tokens: nameStart..<range.upperBound, form: form, role: role, alias: alias)
        if let alias {
            emit(kind, .lexicon, name: name, tokens: (end + 1)..<(end + 2), form: .alias, alias: alias)
            end += 3
        }
        affiliation = (name, end, nameStart)
        return end
    }

    static let affiliationLinks: Set<String> = ["of", "for", "at", "with", "to"]

    /// A title: remembered for the name that follows, or a nominal mention ("the president").
    mutating func readTitle(_ title: String, gender: Gender?, isLeader: Bool, tokens range: Range<Int>) {
        var start = range.lowerBound
        var affiliationName: String?
        // "BBC political editor", "Nigeria’s President", "U.N. special adviser": an affiliation,
        // maybe a possessive and up to two lower-case words, then the title.
        var k = start
        var adjectives: [String] = []
        while adjectives.count < 2, let w = word(k - 1), w.kind == .word, !w.isCapitalized,
            !SentenceState.titleModifiers.contains(w.key), !SentenceState.functionWords.contains(w.key),
            index.longestMatch(in: tokens, at: k - 1) == nil
        {
            adjectives.insert(w.text, at: 0)
            k -= 1
        }
        var affiliationEnd = k
        if word(k - 1)?.kind == .possessive { affiliationEnd = k - 1 }
        if let affiliation, affiliation.end == affiliationEnd {
            affiliationName = affiliation.name
            start = affiliation.start
        } else {
            adjectives = []
        }
        var chain: [String] = []
        if let chainStart, let affiliation, affiliationName != nil, chainStart < affiliation.start {
            chain = [text(chainStart..<affiliation.start).0, text(affiliation.start..<affiliation.end).0]
            start = chainStart
        }
        var titleText = (chain + adjectives + [title]).joined(separator: " ")
        if let modifier = word(start - 1), SentenceState.titleModifiers.contains(modifier.key) {
            titleText = "\(modifier.key) \(titleText)"
            start -= 1
        }
        var titleEnd = range.upperBound
        // "President of Azerbaijan", "spokesman for the Taliban", "researcher at the X Institute".
        if affiliationName == nil, let trailing = trailingAffiliation(after: titleEnd) {
            affiliationName = trailing.name
            titleEnd = trailing.end
        }
        var role = Role(title: titleText, affiliation: affiliationName)
        var first = start
        // "Supreme Leader Ayatollah Ali Khamenei": a title stacked on another keeps the first.
        if let stacked = pendingTitle, stacked.tokens.upperBound == range.lowerBound, let earlier = stacked.role,
            affiliationName == nil
        {
            role = earlier
            first = stacked.tokens.lowerBound
        }
        let nominalStart = word(first - 1)?.key == "the" ? first - 1 : nil
        pendingTitle = MentionRecognizer.PendingTitle(
            role: role, gender: gender, tokens: first..<titleEnd, nominalStart: nominalStart, isLeader: isLeader,
            isWeak: index.weakTitles.contains(title.lowercased()) && !tokens[range].contains { $0.text == "." })
        if let nominalStart, !(word(titleEnd)?.isCapitalized ?? false) {
            emit(.person, .title, name: title, tokens: nominalStart..<titleEnd, form: .nominal, role: role, gender: gender)
        }
    }
}
