import Foundation

/// Every lexicon the entity stage reads, parsed once.
///
/// Each lexicon is a list in its own file (`CountryList`, `TitleList`, ...), one entry a line
/// (format: ``LexiconTable``). A user file extends them: each line starts with a section name
/// (`country`, `title`, `organization`, `media`, `place`, `givenname`, `commonword`, `namecue`)
/// and a colon. `BRIEFING_LEXICON=/path/file` makes ``current`` include such a file.
///
/// ```swift
/// let lexicons = try Lexicons.standard.extended(withFile: "my-lexicon.txt")
/// // my-lexicon.txt:  country: Wakanda | Wakandan | Birnin Zana
/// ```
public struct Lexicons: Sendable, Equatable {
    /// `Name | demonyms and adjectives | capitals | other names`
    public var countries: LexiconTable
    /// `Title | variants | gender (m/f) | kind (honorific, head, nominal)`
    public var titles: LexiconTable
    /// `Name | acronyms and other names | adjectives | kind (national: takes a country prefix)`
    public var organizations: LexiconTable
    /// `Name | other names`
    public var media: LexiconTable
    /// `Name | other names | country or region it lies in`
    public var places: LexiconTable
    /// `Name | m/f`
    public var givenNames: LexiconTable
    /// `Word`: capitalized words that name nothing (sentence starts, days, months).
    public var commonWords: LexiconTable
    /// `word | kind` where kind is `verb` (a person does it: said, told), `possessed` (a person
    /// has it: office, wife), or `organization` / `media` / `place` (the last word of such a name).
    public var nameCues: LexiconTable

    /// The lexicons shipped in the binary.
    public static let standard = Lexicons(
        countries: LexiconTable(parsing: CountryList.text),
        titles: LexiconTable(parsing: TitleList.text),
        organizations: LexiconTable(parsing: OrganizationList.text),
        media: LexiconTable(parsing: MediaList.text),
        places: LexiconTable(parsing: PlaceList.text),
        givenNames: LexiconTable(parsing: GivenNameList.text),
        commonWords: LexiconTable(parsing: CommonWordList.text),
        nameCues: LexiconTable(parsing: NameCueList.text))

    /// The standard lexicons, extended by the file `BRIEFING_LEXICON` names (when readable).
    public static let current: Lexicons = {
        guard let path = ProcessInfo.processInfo.environment["BRIEFING_LEXICON"], !path.isEmpty,
            let extended = try? standard.extended(withFile: path)
        else { return standard }
        return extended
    }()

    /// These lexicons plus the sectioned lines of the file at `path`.
    public func extended(withFile path: String) throws -> Lexicons {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw CommandError("cannot read lexicon file '\(path)'") }
        return try extended(withText: text)
    }

    /// These lexicons plus sectioned lines (`country: Wakanda | Wakandan`).
    public func extended(withText text: String) throws -> Lexicons {
        var copy = self
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            guard let colon = trimmed.firstIndex(of: ":"),
                let row = LexiconTable.row(trimmed[trimmed.index(after: colon)...])
            else { throw CommandError("lexicon line needs 'section: entry': \(trimmed)") }
            let section = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let extra = LexiconTable(rows: [row])
            switch section {
            case "country": copy.countries = copy.countries.appending(extra)
            case "title": copy.titles = copy.titles.appending(extra)
            case "organization": copy.organizations = copy.organizations.appending(extra)
            case "media": copy.media = copy.media.appending(extra)
            case "place": copy.places = copy.places.appending(extra)
            case "givenname": copy.givenNames = copy.givenNames.appending(extra)
            case "commonword": copy.commonWords = copy.commonWords.appending(extra)
            case "namecue": copy.nameCues = copy.nameCues.appending(extra)
            default: throw CommandError("unknown lexicon section '\(section)'")
            }
        }
        return copy
    }
}
