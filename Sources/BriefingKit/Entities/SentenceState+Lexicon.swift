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

    /// A title: remembered for the name that follows, or a nominal mention ("the president").
    /// The role keeps the article's words, with the words before the title that say whose
    /// title it is ("Liberal leader", "Iran's Supreme Leader", "BBC labour affairs correspondent").
    /// Returns the token to go on from: past the title, or past an office's words after it.
    mutating func readTitle(_ title: String, gender: Gender?, isLeader: Bool, tokens range: Range<Int>) -> Int {
        // "Supreme Leader Ayatollah Ali Khamenei": a second title right after the first one
        // belongs to the same name; the first says more.
        if let pending = pendingTitle, pending.role != nil, pending.tokens.upperBound == range.lowerBound {
            // "general director": a lower-case title right before another is one compound
            // title whose head is the later word.
            // ("Deputy leader" opening a sentence too: its capital is only grammar.)
            if var role = pending.role, !tokens[range.lowerBound - 1].isCapitalized || range.lowerBound - 1 == firstWord,
                !tokens[range.lowerBound].isCapitalized
            {
                role.title += " " + text(range).0
                role.canonical = title
                pendingTitle?.role = role
                pendingTitle?.isWeak = false
                if let last = names.last, last.form == .nominal, last.range.upperBound == tokens[range.lowerBound - 1].range.upperBound {
                    names.removeLast()
                    if let nominalStart = pending.nominalStart, !(word(range.upperBound)?.isCapitalized ?? false) {
                        emit(.person, .title, name: title, tokens: nominalStart..<range.upperBound, form: .nominal, role: role, gender: gender)
                    }
                }
            }
            pendingTitle?.tokens = pending.tokens.lowerBound..<range.upperBound
            if pending.gender == nil { pendingTitle?.gender = gender }
            return range.upperBound
        }
        var start = qualifierStart(before: range.lowerBound)
        var affiliationName: String?
        if let affiliation, affiliation.end <= range.lowerBound, affiliation.end >= start {
            affiliationName = affiliation.name
            start = min(start, affiliation.start)
        } else if let affiliation, start >= 1, word(start - 1)?.key == "its", affiliation.end <= start - 1,
            start - 1 - affiliation.end <= 3
        {
            // "Chile under its new president": "its" is the country or body just named.
            affiliationName = affiliation.name
        }
        var titleEnd = range.upperBound
        var next = range.upperBound
        // "President of Azerbaijan", "spokesman for the Taliban", "researcher at the X Institute".
        if affiliationName == nil, let trailing = trailingAffiliation(after: titleEnd) {
            affiliationName = trailing.name
            titleEnd = trailing.end
        }
        // "High Commissioner for Human Rights Zeid ...": the office's ordinary nouns (common words
        // or words the article also writes in lower case) stay in the title, the name follows.
        if titleEnd == range.upperBound, let preposition = word(titleEnd), ["for", "of"].contains(preposition.key) {
            var k = titleEnd + 1
            while let next = word(k), next.isCapitalized, index.commonWords.contains(next.key) || lowercaseWords.contains(next.key) {
                k += 1
            }
            if k > titleEnd + 1, word(k)?.isCapitalized ?? false {
                titleEnd = k
                next = k
            }
        }
        let role = Role(
            title: wording(start..<titleEnd, title: range, canonical: title), affiliation: affiliationName,
            canonical: title)
        let nominalStart = word(start - 1)?.key == "the" ? start - 1 : nil
        pendingTitle = MentionRecognizer.PendingTitle(
            role: role, gender: gender, tokens: start..<titleEnd, nominalStart: nominalStart, isLeader: isLeader,
            isWeak: index.weakTitles.contains(title.lowercased()) && !tokens[range].contains { $0.text == "." })
        if let nominalStart, !(word(titleEnd)?.isCapitalized ?? false) {
            emit(.person, .title, name: title, tokens: nominalStart..<titleEnd, form: .nominal, role: role, gender: gender)
        } else if start >= 1, start - 1 == firstWord, ["a", "an"].contains(word(start - 1)?.key ?? ""),
            let verb = word(titleEnd), verb.kind == .word, !verb.isCapitalized,
            ["has", "have", "is", "was", "will", "had"].contains(verb.key) || verb.key.hasSuffix("ed") || index.personVerbs.contains(verb.key),
            !RoleWords.standard.anonymousRoles.contains(title.lowercased())
        {
            // "A Labour peer has withdrawn ...": an unnamed subject the story names later (not
            // "A spokesman has said", whose speaker seldom gets a name).
            emit(.person, .title, name: title, tokens: (start - 1)..<titleEnd, form: .nominal, role: role, gender: gender)
            names[names.count - 1].isIndefinite = true
        }
        return next
    }

    /// The first token of the words before a title that qualify it: adjectives and nouns
    /// ("labour affairs", "presidential"), capitalized names ("PCS", "New Jersey") and a
    /// possessive ("Iran's"); never a function word, verb or a person's name.
    func qualifierStart(before titleStart: Int) -> Int {
        let stops = RoleWords.standard.qualifierStops
        var k = titleStart - 1
        var lowercase = 0
        while k >= 0, titleStart - k <= 6 {
            let token = tokens[k]
            if token.kind == .possessive {
                guard k > 0, tokens[k - 1].isCapitalized else { break }
                // "Kim Jong Un's father": the whole owner's name is part of the role.
                if let owner = names.last(where: { $0.kind == .person && $0.form == .name && $0.range.upperBound == tokens[k - 1].range.upperBound }),
                    let first = tokens.firstIndex(where: { $0.range.lowerBound == owner.range.lowerBound })
                {
                    return first
                }
                k -= 1
                continue
            }
            // "Tulsa, Okla., police officer": a city and its state's abbreviation set off by commas.
            if token.text == ",", k >= 4, tokens[k - 1].text == ".", tokens[k - 2].isCapitalized,
                tokens[k - 2].text.unicodeScalars.count <= 5, tokens[k - 3].text == ",", tokens[k - 4].isCapitalized,
                !isPersonName(k - 4)
            {
                k -= 5
                continue
            }
            guard token.kind == .word, !isPersonName(k), isQuoted(token.range) == isQuoted(tokens[titleStart].range) else { break }
            if SentenceState.titleModifiers.contains(token.key) {
                k -= 1
                continue
            }
            if token.isCapitalized {
                // "Yes campaign chairman": a capitalized common word stays when lower-case
                // qualifiers follow it.
                if index.commonWords.contains(token.key), index.longestMatch(in: tokens, at: k) == nil,
                    stops.contains(token.key) || tokens[k + 1].isCapitalized || tokens[k + 1].kind != .word
                {
                    break
                }
            } else {
                lowercase += 1
                guard lowercase <= 3, !stops.contains(token.key), token.key.first?.isLetter ?? false,
                    !index.personVerbs.contains(token.key), !token.key.hasSuffix("ed"), !token.key.hasSuffix("ing"),
                    !token.key.hasSuffix("ly")
                else { break }
            }
            k -= 1
        }
        return k + 1
    }

    /// Whether token `k` lies in a person's name or pronoun already read.
    func isPersonName(_ k: Int) -> Bool {
        let range = tokens[k].range
        return names.contains { $0.kind == .person && $0.form != .nominal && $0.range.overlaps(range) }
    }

    /// The article's words for a title and its qualifiers, an abbreviated title ("Gov.", "PM")
    /// spelled out as the lexicon has it.
    func wording(_ span: Range<Int>, title: Range<Int>, canonical: String) -> String {
        let titleText = text(title).0
        let abbreviated = titleText.contains(".") || tokens[title].contains { $0.isAcronym }
            || tokens[title].contains { $0.text.unicodeScalars.count <= 3 && $0.isCapitalized }
        var parts: [String] = []
        if span.lowerBound < title.lowerBound { parts.append(text(span.lowerBound..<title.lowerBound).0) }
        parts.append(abbreviated ? canonical : titleText)
        if title.upperBound < span.upperBound { parts.append(text(title.upperBound..<span.upperBound).0) }
        return parts.joined(separator: " ").replacingOccurrences(of: " ’s", with: "’s")
            .replacingOccurrences(of: " 's", with: "'s")
    }
}
