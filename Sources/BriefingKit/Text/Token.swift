/// One token of news text: a word, number, abbreviation, mark or symbol, with its place.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Macron’s £1.2bn plan")
/// tokens.map(\.text)   // ["Macron’s", "£1.2bn", "plan"]
/// tokens[1].kind       // .number
/// tokens[1].range      // 9..<15 (scalar offsets in the tokenized text)
/// ```
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters, with inner apostrophes and hyphens: `Macron’s`, `Nagorno-Karabakh`.
        case word
        /// Digits with separators, units, currency and suffixes: `1,400`, `£1.2bn`, `200-strong`, `’90s`.
        case number
        /// A word with its period(s): `U.S.`, `Gov.`, `J.K.`, `a.m.`
        case abbreviation
        /// A quotation mark or apostrophe standing alone: `“`, `’`, `"`, NYT's `''`.
        case quote
        /// `—`, `–`, `--` and a hyphen between spaces.
        case dash
        /// `...` or `…`
        case ellipsis
        /// `.`, `,`, `;`, `:`, `?`, `!`, brackets.
        case punctuation
        /// A web address or e-mail address: `https://example.org/a`, `www.bbc.co.uk`, `desk@example.org`.
        case url
        /// A social media handle: `@newsdesk`.
        case handle
        /// A hashtag: `#election2016`.
        case hashtag
        /// Anything else that prints: `%`, `&`, `@`, emoji, stray currency signs.
        case symbol
    }

    public var text: String
    /// Scalar offsets in the text that was tokenized.
    public var range: Range<Int>
    public var kind: Kind

    public init(text: String, range: Range<Int>, kind: Kind) {
        self.text = text
        self.range = range
        self.kind = kind
    }

    /// True when the first letter is a capital: `Macron`, `U.S.`, `Gov.`
    public var isCapitalized: Bool {
        text.unicodeScalars.first(where: { $0.isLetter })?.isUppercaseLetter ?? false
    }
}
