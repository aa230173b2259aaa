/// A word or punctuation mark of a sentence, with its scalar range in the sentence text.
///
/// ```swift
/// let tokens = WordScanner().scan("Macron’s office said")
/// tokens.map(\.text)  // ["Macron", "’s", "office", "said"]
/// ```
public struct WordToken: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters, digits, inner apostrophes, hyphens and dots (`U.S.`, `O’Malley`).
        case word
        /// A possessive ending split off a word: `’s`, `'s`, or a lone `’` after a plural.
        case possessive
        /// The `-led`, `-backed`, `-based`, `-style` ... ending split off `Moscow-led`.
        case ledSuffix
        /// Anything else: one scalar of punctuation.
        case punctuation
    }

    public var text: String
    /// Scalar offsets in the sentence.
    public var range: Range<Int>
    public var kind: Kind

    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }

    /// Starts with an upper-case letter.
    public var isCapitalized: Bool {
        kind == .word && (text.unicodeScalars.first?.properties.isUppercase ?? false)
    }

    /// Every letter upper case and at least two letters: `US`, `CSTO`, `U.S.`.
    public var isAcronym: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return kind == .word && letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    public var isWord: Bool { kind == .word }

    /// Lower-cased text, curly apostrophes straightened: the key lexicons are matched on.
    public var key: String { WordToken.key(text) }

    static func key(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "’", with: "'")
    }
}
