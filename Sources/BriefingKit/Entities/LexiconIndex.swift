/// Every lexicon phrase, indexed by its first word, for longest-match lookup over tokens.
///
/// ```swift
/// let index = LexiconIndex(Lexicons.standard)
/// let tokens = WordScanner().scan("US Secretary of State")
/// index.longestMatch(in: tokens, at: 1)?.entry.meaning  // .title("Secretary of State", ...)
/// ```
public struct LexiconIndex: Sendable {
    private var byFirstWord: [String: [LexiconEntry]] = [:]
    /// Given names (lower-cased) and their usual gender, nil when used for both.
    public private(set) var givenNames: [String: Gender?] = [:]
    /// Lower-cased capitalized words that name nothing.
    public private(set) var commonWords: Set<String> = []
    /// Verbs a person does right after their name ("said").
    public private(set) var personVerbs: Set<String> = []
    /// Nouns a person has ("office" in "Macron’s office").
    public private(set) var possessedNouns: Set<String> = []
    /// Last words of organization names ("Council"), lower-cased.
    public private(set) var organizationHeads: Set<String> = []
    /// Last words of media names ("Times"), lower-cased.
    public private(set) var mediaHeads: Set<String> = []
    /// Last words of place names ("Stadium"), lower-cased.
    public private(set) var placeHeads: Set<String> = []
    /// "Day", "Week": the last word of an occasion's name.
    public private(set) var eventHeads: Set<String> = []
    /// "north", "east": words a region's name is made of.
    public private(set) var regionWords: Set<String> = []
    /// "sold", "acquired": what a company does after its name.
    public private(set) var companyVerbs: Set<String> = []
    /// "sales", "shares": what a company has.
    public private(set) var companyNouns: Set<String> = []
    /// "firm", "giant": a lower-case noun for a company right before its name.
    public private(set) var companyKinds: Set<String> = []
    /// "subsidiary", "bosses": a lower-case noun right after a company's name ("Acme bosses").
    public private(set) var companyFollowers: Set<String> = []
    /// "owners", "takeover": a noun whose "of" takes a company ("the owners of Acme").
    public private(set) var companyOfNouns: Set<String> = []
    /// "jobs", "stake": a noun whose "at" or "in" takes a company ("jobs at Acme").
    public private(set) var companyAtNouns: Set<String> = []
    /// Titles that are also common words ("General"), lower-cased: written out, they mark
    /// only names of two words or more.
    public private(set) var weakTitles: Set<String> = []
    /// Names that are a country and also a place elsewhere ("Georgia": a US state too),
    /// folded name → (place, the country it lies in).
    public private(set) var countryHomonyms: [String: (place: String, country: String)] = [:]
    /// Each country's first demonym ("Palestine" → "Palestinian").
    public private(set) var demonyms: [String: String] = [:]
    /// Titles of heads of state or government (what "the leader" may stand for).
    public private(set) var leaderTitles: Set<String> = []
    /// Plurals of one-word titles ("moderators" → the entry of "Moderator"): read as a title only
    /// right before a name, which a list of names then shares.
    private var pluralTitles: [String: LexiconEntry] = [:]
    /// Titles of members of a legislature (what "the lawmaker" may stand for).
    public private(set) var legislatorTitles: Set<String> = []

    /// The index of ``Lexicons/current``, built once.
    public static let current = LexiconIndex(Lexicons.current)

    public init(_ lexicons: Lexicons) {
        let scanner = WordScanner()
        func add(_ phrase: String, _ meaning: LexiconEntry.Meaning) {
            let tokens = scanner.scan(phrase)
            guard !tokens.isEmpty else { return }
            let isTitle = { if case .title = meaning { return true }; if case .honorific = meaning { return true }; return false }()
            let shapes: [LexiconEntry.Shape] = tokens.map { token in
                if token.isAcronym || (token.text.count == 1 && token.isCapitalized) { return .exact(token.text) }
                if isTitle || !token.isCapitalized { return .any }
                return .capitalized
            }
            let entry = LexiconEntry(words: tokens.map(\.key), shapes: shapes, meaning: meaning)
            byFirstWord[entry.words[0], default: []].append(entry)
        }
        for row in lexicons.countries.rows {
            let country = row.key
            add(country, .country(country))
            for demonym in row.field(1) { add(demonym, .demonym(country: country)) }
            if let demonym = row.field(1).first { demonyms[country] = demonym }
            for capital in row.field(2) { add(capital, .capital(city: capital, country: country)) }
            for other in row.field(3) { add(other, .country(country)) }
        }
        let countryNames = Set(lexicons.countries.rows.map { NameFolding.fold($0.key) })
        for row in lexicons.places.rows {
            if countryNames.contains(NameFolding.fold(row.key)), let country = row.field(2).first {
                countryHomonyms[NameFolding.fold(row.key)] = (row.key, country)
            }
            let meaning = LexiconEntry.Meaning.place(row.key, country: row.field(2).first)
            add(row.key, meaning)
            for other in row.field(1) { add(other, meaning) }
        }
        for row in lexicons.organizations.rows {
            let national = row.field(3).contains("national")
            add(row.key, .organization(row.key, national: national))
            for other in row.field(1) { add(other, .organization(row.key, national: national)) }
            for adjective in row.field(2) { add(adjective, .organizationAdjective(row.key)) }
        }
        for row in lexicons.media.rows {
            add(row.key, .media(row.key))
            for other in row.field(1) { add(other, .media(row.key)) }
        }
        for row in lexicons.titles.rows {
            let gender = LexiconIndex.gender(row.field(2).first)
            let kind = row.field(3).first
            let meaning: LexiconEntry.Meaning =
                kind == "honorific"
                ? .honorific(row.key, gender: gender) : .title(row.key, gender: gender, isLeader: kind == "leader")
            add(row.key, meaning)
            for variant in row.field(1) { add(variant, meaning) }
            // "co-chairman", "co-pilot": a one-word title shared with someone is the same title.
            if kind != "honorific" {
                for phrase in [row.key] + row.field(1) where !phrase.contains(" ") && !phrase.contains(".") && !phrase.contains("-") {
                    add("co-" + phrase, meaning)
                }
            }
            if kind == "leader" { leaderTitles.insert(row.key.lowercased()) }
            if kind == "legislator" { legislatorTitles.insert(row.key.lowercased()) }
            if kind == "weak" { weakTitles.insert(row.key.lowercased()) }
        }
        for row in lexicons.givenNames.rows {
            givenNames[WordToken.key(row.key)] = LexiconIndex.gender(row.field(1).first)
        }
        commonWords = Set(lexicons.commonWords.rows.map { WordToken.key($0.key) })
        for row in lexicons.nameCues.rows {
            let word = WordToken.key(row.key)
            switch row.field(1).first {
            case "verb": personVerbs.insert(word)
            case "possessed": possessedNouns.insert(word)
            case "organization": organizationHeads.insert(word)
            case "media": mediaHeads.insert(word)
            case "place": placeHeads.insert(word)
            case "event": eventHeads.insert(word)
            case "region": regionWords.insert(word)
            case "companyverb": companyVerbs.insert(word)
            case "companyowned": companyNouns.insert(word)
            case "companynoun": companyKinds.insert(word)
            case "companyafter": companyFollowers.insert(word)
            case "companyof": companyOfNouns.insert(word)
            case "companyat": companyAtNouns.insert(word)
            default: break
            }
        }
        for entries in byFirstWord.values {
            for entry in entries where entry.words.count == 1 {
                guard case .title = entry.meaning else { continue }
                let plural = LexiconIndex.plural(of: entry.words[0])
                if byFirstWord[plural] == nil, pluralTitles[plural] == nil { pluralTitles[plural] = entry }
            }
        }
        // Longest phrases first; at equal length, names before titles ("General Assembly").
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { a, b in
                a.words.count != b.words.count ? a.words.count > b.words.count : (!a.isTitle && b.isTitle)
            }
        }
    }

    private static func gender(_ code: String?) -> Gender? {
        switch code {
        case "m": return .male
        case "f": return .female
        default: return nil
        }
    }

    /// A phrase matched at a token position: the entry and the token range it covers.
    public struct Match: Sendable, Equatable {
        public var entry: LexiconEntry
        public var tokens: Range<Int>
    }

    /// The longest lexicon phrase starting at token `start`, if any.
    public func longestMatch(in tokens: [WordToken], at start: Int) -> Match? {
        guard tokens[start].kind == .word, let candidates = byFirstWord[tokens[start].key] else { return nil }
        for entry in candidates where start + entry.words.count <= tokens.count {
            var fits = true
            for (offset, word) in entry.words.enumerated() {
                let token = tokens[start + offset]
                guard token.key == word, token.kind != .possessive else { fits = false; break }
                switch entry.shapes[offset] {
                case .any: fits = !(token.isAcronym && token.text.count > 3)  // "MAJOR" in a shouted headline
                case .capitalized: fits = token.isCapitalized
                case .exact(let text): fits = token.text == text
                }
                if !fits { break }
            }
            if fits {
                let match = Match(entry: entry, tokens: start..<(start + entry.words.count))
                return titleBeforeName(instead: match, among: candidates, in: tokens) ?? match
            }
        }
        return nil
    }

    /// `Del. Ann Lee`: an abbreviation that is a place and a title (Delaware, Delegate) is the
    /// title right before a name (not before another title: `Del. Gov. Ann Lee`).
    func titleBeforeName(instead match: Match, among candidates: [LexiconEntry], in tokens: [WordToken]) -> Match? {
        guard match.tokens.count <= 2, !match.entry.isTitle, tokens[match.tokens.upperBound - 1].text.hasSuffix("."),
            case .place = match.entry.meaning, match.tokens.upperBound < tokens.count,
            case let next = tokens[match.tokens.upperBound], next.kind == .word, next.isCapitalized,
            !(byFirstWord[next.key] ?? []).contains(where: \.isTitle),
            let title = candidates.first(where: { $0.isTitle && $0.words == match.entry.words })
        else { return nil }
        return Match(entry: title, tokens: match.tokens)
    }

    /// "moderators Ann Lee and ...": a one-word title's plural right before a capitalized word.
    public func pluralTitleMatch(in tokens: [WordToken], at start: Int) -> Match? {
        guard tokens[start].kind == .word, let entry = pluralTitles[tokens[start].key], start + 1 < tokens.count,
            tokens[start + 1].kind == .word, tokens[start + 1].isCapitalized
        else { return nil }
        return Match(entry: entry, tokens: start..<(start + 1))
    }

    /// The regular English plural of a lower-case noun: "moderators", "chairmen", "deputies".
    public static func plural(of noun: String) -> String {
        if noun.hasSuffix("man") { return noun.dropLast(3) + "men" }
        if noun.hasSuffix("y"), let before = noun.dropLast().last, !"aeiou".contains(before) { return noun.dropLast() + "ies" }
        if ["s", "sh", "ch", "x"].contains(where: { noun.hasSuffix($0) }) { return noun + "es" }
        return noun + "s"
    }

    /// Whether `token` starts with a capital and is a known given name.
    public func isGivenName(_ token: WordToken) -> Bool {
        token.isCapitalized && givenNameEntry(token) != nil
    }

    /// The usual gender of a given name.
    public func gender(ofGivenName token: WordToken) -> Gender? {
        givenNameEntry(token) ?? nil
    }

    /// The lexicon's entry for a given name, accents folded ("José" is "Jose").
    func givenNameEntry(_ token: WordToken) -> Gender?? {
        if let entry = givenNames[token.key] { return entry }
        guard token.key.unicodeScalars.contains(where: { !$0.isASCII }) else { return nil }
        return givenNames[NameFolding.fold(token.key)]
    }
}
