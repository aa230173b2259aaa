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
    /// Lower-cased text, curly apostrophes straightened: the key lexicons are matched on.
    public let key: String
    /// Starts with an upper-case letter.
    public let isCapitalized: Bool
    /// Every letter upper case and at least two letters: `US`, `CSTO`, `U.S.`.
    public let isAcronym: Bool

    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
        key = WordToken.key(text)
        guard kind == .word, let first = text.unicodeScalars.first else {
            isCapitalized = false
            isAcronym = false
            return
        }
        isCapitalized = (first.isASCII ? (first >= "A" && first <= "Z") : first.properties.isUppercase)
            || WordToken.hasArabicArticle(text)
        guard isCapitalized else {
            isAcronym = false
            return
        }
        var letters = 0
        var allUpper = true
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar >= "A" && scalar <= "Z" { letters += 1 } else if scalar >= "a" && scalar <= "z" { allUpper = false; break }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if !scalar.properties.isUppercase { allUpper = false; break }
            }
        }
        isAcronym = allUpper && letters >= 2
    }

    public var isWord: Bool { kind == .word }

    /// "al-Jubeir", "el-Sisi": a lower-case article joined to a capitalized name.
    static func hasArabicArticle(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(5))
        guard let hyphen = scalars.firstIndex(of: "-"), hyphen == 2 || hyphen == 3, hyphen + 1 < scalars.count,
            scalars[0] == "a" || scalars[0] == "e"
        else { return false }
        let next = scalars[hyphen + 1]
        return next >= "A" && next <= "Z"
    }

    static func key(_ text: String) -> String {
        var ascii = true
        for scalar in text.unicodeScalars where !scalar.isASCII {
            ascii = false
            break
        }
        if ascii { return text.lowercased() }
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars { out.append(scalar == "’" ? "'" : scalar) }
        return String(out)
    }
}
