/// One phrase a lexicon knows, ready to match against tokens.
///
/// ```swift
/// // "Yerevan" in CountryList:
/// LexiconEntry(words: ["yerevan"], shapes: [.capitalized], meaning: .capital(country: "Armenia"))
/// ```
public struct LexiconEntry: Sendable, Equatable {
    /// What a matched phrase names.
    public enum Meaning: Sendable, Equatable {
        case country(String)
        /// `Armenian`: the adjective or people of a country.
        case demonym(country: String)
        case capital(city: String, country: String)
        case place(String, country: String?)
        /// `national`: a body every country has (`Parliament`), taking a country prefix.
        case organization(String, national: Bool)
        /// `Republican`: an adjective or member of an organization.
        case organizationAdjective(String)
        case media(String)
        case title(String, gender: Gender?, isLeader: Bool)
        case honorific(String, gender: Gender?)

        /// A country, capital or place: what a surname may also be (`Mr Denver`).
        public var isPlaceName: Bool {
            switch self {
            case .country, .capital, .place: true
            default: false
            }
        }
    }

    /// How a word of the phrase must be written in the text.
    public enum Shape: Sendable, Equatable {
        /// Any case: `president`, `President`.
        case any
        /// Starts with a capital: `Yerevan`.
        case capitalized
        /// Exactly as listed: acronyms like `US` (so "us" is not the country).
        case exact(String)
    }

    /// Lower-cased words (``WordToken/key``).
    public var words: [String]
    public var shapes: [Shape]
    public var meaning: Meaning

    public init(words: [String], shapes: [Shape], meaning: Meaning) {
        self.words = words
        self.shapes = shapes
        self.meaning = meaning
    }

    /// Whether this entry is a title or honorific (matched in any case).
    public var isTitle: Bool {
        switch meaning {
        case .title, .honorific: return true
        default: return false
        }
    }
}
