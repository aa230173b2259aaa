/// The left-to-right walk of ``MentionRecognizer`` over one sentence's tokens.
struct SentenceState {
    let tokens: [WordToken]
    let quoted: [Range<Int>]
    let lowercaseWords: Set<String>
    let index: LexiconIndex
    var names: [RecognizedName] = []
    /// The last country or organization phrase and the token after it (for "US Secretary of State").
    var affiliation: (name: String, end: Int, start: Int)?
    var pendingTitle: MentionRecognizer.PendingTitle?
    /// The role of a plural title the names of a list share ("Sens. Ann Lee, Bo Park and ...").
    var listRole: Role?
    /// Where a chain of affiliations began ("Senate" in "Senate Republican leader").
    var chainStart: Int?
    /// A country that leads something: "Moscow-led" (the token after the suffix).
    var leader: (country: String, end: Int)?
    let firstWord: Int?
    /// A headline written in title case: capitals there say little.
    let isTitleCase: Bool
    /// Words the article capitalizes inside sentences (nil: unknown).
    var innerCapitals: Set<String>?
    /// The token after the last person name read ("Ann Lee and Bo Park": a list of people).
    var lastPersonEnd: Int?

    static let nameParticles: Set<String> = ["de", "van", "von", "der", "bin", "ibn", "al", "el", "da", "di", "del", "la", "le", "dos", "du", "ben"]
    static let skippedBeforeVerb: Set<String> = [
        "also", "later", "then", "previously", "reportedly", "has", "had", "have", "will", "would", "was", "is",
        "recently", "further", "again", "once", "repeatedly", "publicly", "privately", "quickly", "immediately",
        "never", "not", "too", "himself", "herself", "has", "did", "does", "could", "may", "might", "should",
        "on", "in", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "today",
        "yesterday", "earlier", "last", "this", "week", "in",
    ]
    static let ownedWithoutApostrophe: Set<String> = [
        "campaign", "administration", "aides", "aide", "spokesman", "spokeswoman", "spokesperson", "presidency",
        "allies", "supporters", "adviser", "advisers",
    ]
    /// Days and months: "Monday Congress voted" names no "Monday Congress".
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]
    /// "Many Labour Party members": a quantifier before a name is no part of it.
    static let quantifiers: Set<String> = [
        "many", "most", "several", "few", "other", "another", "more", "such", "some", "any", "each", "every", "no",
        "this", "that", "these", "those",
    ]
    static let locatives: Set<String> = ["in", "near", "across", "into", "outside", "inside", "throughout"]
    /// Head words an organization's name may take in lower case after it ("the Unite union").
    static let lowercaseOrganizationHeads: Set<String> = ["union", "party", "movement", "coalition"]
    /// Nouns for a body that head a description after its name (", the militant group,").
    static let bodyNouns: Set<String> = lowercaseOrganizationHeads.union(["group", "organization", "organisation", "militia", "network", "faction"])
    static let mediaWords: Set<String> = ["news", "newspaper", "daily", "television", "broadcaster", "channel", "magazine", "agency", "outlet", "website", "tv"]
    static let pronouns: [String: Gender] = [
        "he": .male, "him": .male, "his": .male, "himself": .male,
        "she": .female, "her": .female, "hers": .female, "herself": .female,
    ]

    init(tokens: [WordToken], quoted: [Range<Int>], lowercaseWords: Set<String>, index: LexiconIndex) {
        self.tokens = tokens
        self.quoted = quoted
        self.lowercaseWords = lowercaseWords
        self.index = index
        firstWord = tokens.firstIndex { $0.kind == .word }
        isTitleCase = SentenceState.isTitleCase(tokens)
    }

    /// Every word of four letters or more capitalized: "Senator Wins Big In Ohio".
    static func isTitleCase(_ tokens: [WordToken]) -> Bool {
        var long = 0
        for token in tokens where token.kind == .word && token.range.count >= 4 {
            if !token.isCapitalized, !isNumeric(token.text.unicodeScalars.first) { return false }
            long += 1
        }
        return long >= 3
    }

    /// ASCII first: the property lookup is slow, and every sentence asks.
    private static func isNumeric(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        if scalar.isASCII { return scalar >= "0" && scalar <= "9" }
        return scalar.properties.numericType != nil
    }

    func word(_ i: Int) -> WordToken? {
        tokens.indices.contains(i) ? tokens[i] : nil
    }

    func isQuoted(_ range: Range<Int>) -> Bool {
        quoted.contains { $0.contains(range.lowerBound) }
    }

    func text(_ tokens: Range<Int>) -> (String, Range<Int>) {
        let range = self.tokens[tokens.lowerBound].range.lowerBound..<self.tokens[tokens.upperBound - 1].range.upperBound
        var words = ""
        var last: Int?
        for t in self.tokens[tokens] {
            if let last, t.range.lowerBound > last { words += " " }
            words += t.text
            last = t.range.upperBound
        }
        return (words, range)
    }

    /// A capitalized word that names nothing by itself ("The", "Friday").
    func isCommon(_ i: Int) -> Bool {
        let token = tokens[i]
        if index.commonWords.contains(token.key) { return true }
        if isTitleCase, lowercaseWords.contains(token.key) { return true }
        // "R-Texas", "D-Calif.": a party and state tag after a politician's name.
        if token.text.count <= 10, let first = token.text.first, "RDI".contains(first), token.text.dropFirst().first == "-" {
            return true
        }
        // "I’ve", "We’re", "Don’t": a contraction names nobody.
        if let apostrophe = token.key.lastIndex(of: "'"),
            ["ve", "m", "d", "ll", "re", "t"].contains(token.key[token.key.index(after: apostrophe)...])
        {
            return true
        }
        // "Officials said": a capital that only starts the sentence, where the article also
        // writes the word in lower case.
        return i == firstWord && lowercaseWords.contains(token.key)
    }

    mutating func run() {
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard token.kind == .word else { i += 1; continue }
            if let gender = SentenceState.pronouns[token.key] {
                addPronoun(i, gender)
                i += 1
                continue
            }
            // "St. Mark's Basilica", "Saint Anne's": a saint's name and what is named after it.
            if let end = saintNameEnd(from: i), index.longestMatch(in: tokens, at: i) == nil {
                emit(.place, .capitalization, name: text(i..<end).0, tokens: i..<end)
                i = end
                continue
            }
            // "World Book Day", "Victory Day": an occasion's name names no one.
            if let end = eventNameEnd(from: i) {
                i = end
                continue
            }
            if startsGivenName(i) {
                i = readRun(from: i)
                continue
            }
            if let end = readQualifiedHeadedName(at: i) {
                i = end
                continue
            }
            if let match = index.longestMatch(in: tokens, at: i) ?? index.pluralTitleMatch(in: tokens, at: i),
                !isPlaceWordOpeningAName(match)
            {
                // "Mr Denver", "Ms Jordan": after a courtesy title a place's name is a surname.
                if match.entry.meaning.isPlaceName, pendingTitle.map({ $0.tokens.upperBound == i && $0.role == nil }) == true {
                    i = readRun(from: i)
                    continue
                }
                i = readLexicon(match)
                continue
            }
            if (token.isCapitalized && !isCommon(i)) || isParticleName(i) {
                i = readRun(from: i)
                continue
            }
            i += 1
        }
    }

    /// The end of "St. Mark's Basilica", "St Paul's", "Saint Anne": `St`, `St.` or `Saint`, a
    /// capitalized name, and the capitalized words after its possessive; nil when none starts at `i`.
    func saintNameEnd(from i: Int) -> Int? {
        guard ["st", "st.", "saint"].contains(tokens[i].key), tokens[i].isCapitalized else { return nil }
        var k = i + 1
        if word(k)?.text == "." { k += 1 }
        guard let name = word(k), name.kind == .word, name.isCapitalized, !isCommon(k) else { return nil }
        k += 1
        guard word(k)?.kind == .possessive else { return k }
        k += 1
        while let next = word(k), next.kind == .word, next.isCapitalized, !isCommon(k) { k += 1 }
        return k
    }

    /// The end of a capitalized run of two to five words that ends in an occasion's head word
    /// ("World Book Day"); nil when no such name starts at `i`.
    func eventNameEnd(from i: Int) -> Int? {
        guard tokens[i].isCapitalized, !SentenceState.quantifiers.contains(tokens[i].key),
            !ClauseWords.standard.determiners.contains(tokens[i].key), !SentenceState.calendarWords.contains(tokens[i].key)
        else { return nil }
        var k = i
        while let token = word(k), token.kind == .word, token.isCapitalized, k - i < 5 {
            if k > i, index.eventHeads.contains(token.key) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// "the sailor Florence Maddox": a one-word place after a title or job noun, before a
    /// capitalized word outside the lexicons, is a given name.
    func isPlaceWordOpeningAName(_ match: LexiconIndex.Match) -> Bool {
        let i = match.tokens.lowerBound
        // A town's name only ("Norland Telecom", "Georgia Power" are companies), and no title
        // after the pair ("billionaire Dallas Hornets owner ...": the team).
        let isTown = { switch match.entry.meaning { case .place, .capital: return true; default: return false } }()
        guard match.tokens.count == 1, isTown, let next = word(i + 1), next.kind == .word,
            next.isCapitalized, !index.commonWords.contains(next.key), index.longestMatch(in: tokens, at: i + 1) == nil,
            !(i + 2 < tokens.count && index.longestMatch(in: tokens, at: i + 2).map { isTitle($0.entry.meaning) } == true)
        else { return false }
        return pendingTitle?.tokens.upperBound == i || isJobNoun(i - 1)
    }

    /// A given name before a capitalized word outside the lexicons: "Jordan Peterson" (not
    /// "Abu Dhabi", a listed name of its own).
    func startsGivenName(_ i: Int) -> Bool {
        guard index.isGivenName(tokens[i]), let next = word(i + 1), next.isCapitalized,
            !index.commonWords.contains(next.key)
        else { return false }
        // "Abu Dhabi", "San Jose": a listed name that opens with a given name.
        if let match = index.longestMatch(in: tokens, at: i), match.tokens.count > 1 { return false }
        return index.longestMatch(in: tokens, at: i + 1) == nil
    }

    mutating func addPronoun(_ i: Int, _ gender: Gender) {
        let token = tokens[i]
        names.append(
            RecognizedName(
                kind: .person, evidence: .pronoun, name: token.text, range: token.range, text: token.text,
                form: .pronoun, gender: gender, isSentenceStart: i == firstWord, isQuoted: isQuoted(token.range)))
        // "In his statement, ...": a possessive or object pronoun is no clause subject, so a
        // later "he" looks past it to the subject.
        names[names.count - 1].isObject = ["his", "him", "her", "hers", "himself", "herself"].contains(token.key)
    }
}
