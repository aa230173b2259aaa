/// Titles before names: the role in the article's words, with the qualifiers and affiliation
/// that say whose title it is, or a nominal mention standing for a person ("the president").
extension SentenceState {
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
            // "Deputy Attorney General": a title that only modifies another joins it, capitals or not.
            let modifiesNext = pending.role.map { role in
                role.title.split(separator: " ").allSatisfy { SentenceState.titleModifiers.contains($0.lowercased()) }
            } ?? false
            var titleEnd = range.upperBound
            if var role = pending.role,
                modifiesNext || (!tokens[range.lowerBound - 1].isCapitalized || range.lowerBound - 1 == firstWord)
                    && !tokens[range.lowerBound].isCapitalized
            {
                role.title += " " + text(range).0
                role.canonical = title
                // "the deputy chairman of the Dock Union, Owen Pritchard,": what the compound is of.
                if role.affiliation == nil, let trailing = trailingAffiliation(after: range.upperBound) {
                    role.title += " " + text(range.upperBound..<trailing.end).0
                    role.affiliation = trailing.name
                    titleEnd = trailing.end
                }
                pendingTitle?.role = role
                pendingTitle?.isWeak = false
                if let last = names.last, last.form == .nominal, last.range.upperBound == tokens[range.lowerBound - 1].range.upperBound {
                    names.removeLast()
                    if let nominalStart = pending.nominalStart, !(word(range.upperBound)?.isCapitalized ?? false) {
                        emit(.person, .title, name: title, tokens: nominalStart..<range.upperBound, form: .nominal, role: role, gender: gender)
                    }
                }
            }
            pendingTitle?.tokens = pending.tokens.lowerBound..<titleEnd
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
        // "moderators", "Sens.": a plural (not an abbreviation of the singular, as "Pres." is).
        var written = text(range).0.lowercased()
        if written.hasSuffix(".") { written.removeLast() }
        let isPlural = (range.count == 1 || (range.count == 2 && tokens[range.upperBound - 1].text == ".")) && written.hasSuffix("s") && !title.lowercased().hasSuffix("s")
            && !title.lowercased().hasPrefix(written)
        var wording = wording(start..<titleEnd, title: range, canonical: title)
        if isPlural, written == LexiconIndex.plural(of: title.lowercased()), let found = wording.range(of: text(range).0) {
            let capitalized = text(range).0.first?.isUppercase ?? false
            wording.replaceSubrange(found, with: capitalized ? title : title.lowercased())
        }
        let role = Role(title: wording, affiliation: affiliationName, canonical: title)
        let nominalStart = word(start - 1)?.key == "the" ? start - 1 : nil
        let coordinated = coordinatedTitle(before: start)
        pendingTitle = MentionRecognizer.PendingTitle(
            role: role, gender: gender, tokens: start..<titleEnd, nominalStart: nominalStart, isLeader: isLeader,
            isWeak: index.weakTitles.contains(title.lowercased()) && !tokens[range].contains { $0.text == "." },
            coordinated: coordinated, isPlural: isPlural)
        if let nominalStart, !(word(titleEnd)?.isCapitalized ?? false) {
            emit(.person, .title, name: title, tokens: nominalStart..<titleEnd, form: .nominal, role: role, gender: gender)
        } else if affiliationName != nil, tokens[start..<range.lowerBound].contains(where: { $0.kind == .possessive }),
            let verb = word(titleEnd), verb.kind == .word, !verb.isCapitalized
        {
            // "Chile's president told CNN": a country's title standing for its holder.
            emit(.person, .title, name: title, tokens: start..<titleEnd, form: .nominal, role: role, gender: gender)
        } else if start >= 1, start - 1 == firstWord, ["a", "an"].contains(word(start - 1)?.key ?? ""),
            let verb = word(titleEnd), verb.kind == .word, !verb.isCapitalized,
            ["has", "have", "is", "was", "will", "had", "held"].contains(verb.key) || verb.key.hasSuffix("ed") || index.personVerbs.contains(verb.key),
            !RoleWords.standard.anonymousRoles.contains(title.lowercased())
        {
            // "A Labour peer has withdrawn ...", "A terror suspect held in ...": an unnamed subject
            // the story names later (not "A spokesman has said", whose speaker seldom gets a name).
            emit(.person, .title, name: title, tokens: (start - 1)..<titleEnd, form: .nominal, role: role, gender: gender)
            names[names.count - 1].isIndefinite = true
        }
        return next
    }

    /// "billionaire and Varga critic": the role of a title joined by "and" to the one starting
    /// at `start`, only capitalized words (whose critic) between them.
    func coordinatedTitle(before start: Int) -> Role? {
        guard let pending = pendingTitle, let role = pending.role, word(pending.tokens.upperBound)?.key == "and",
            pending.tokens.upperBound < start, start - pending.tokens.upperBound <= 4,
            tokens[(pending.tokens.upperBound + 1)..<start].allSatisfy({ $0.kind == .word && $0.isCapitalized })
        else { return nil }
        return role
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
