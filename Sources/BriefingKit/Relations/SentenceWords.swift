/// A sentence cut into words and punctuation marks, with scalar ranges: what the relation,
/// quote and number rules walk over.
///
/// Words keep inner apostrophes, hyphens, dots and digit commas (`U.S.`, `1,400`, `Moscow-led`),
/// an initial its dot before a name (`W.` in `George W. Bush`), a bracketed tag its last dot
/// (`(D-Wis.)`);
/// a possessive `'s` is its own token.
///
/// ```swift
/// let words = SentenceWords("Putin's call with Macron.")
/// words.tokens.map(\.text)  // ["Putin", "'s", "call", "with", "Macron", "."]
/// ```
public struct SentenceWords: Sendable {
    public struct Token: Sendable, Equatable {
        public var text: String
        public var lower: String
        /// Scalar offsets within the sentence.
        public var range: Range<Int>
        public var isWord: Bool
        public var isCapitalized: Bool
    }

    public var tokens: [Token]

    public init(_ text: String) {
        // Hot path (every relation, quote and number rule reads it): scalars with their UTF-8
        // offsets, so token strings are cut from bytes; ASCII answers properties directly.
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(bytes.count)
        offsets.reserveCapacity(bytes.count + 1)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        func slice(_ start: Int, _ end: Int) -> String {
            String(decoding: bytes[offsets[start]..<offsets[end]], as: UTF8.self)
        }
        func add(_ start: Int, _ end: Int) {
            let text = slice(start, end)
            let first = scalars[start]
            tokens.append(
                Token(
                    text: text, lower: Self.lowercased(text, bytes[offsets[start]..<offsets[end]]), range: start..<end,
                    isWord: Self.isWordScalar(first) || (end - start > 1 && Self.isCurrencySign(first)),
                    isCapitalized: Self.isUppercase(first)))
        }
        while i < scalars.count {
            let s = scalars[i]
            if Self.isWhitespace(s) { i += 1; continue }
            if Self.isWordScalar(s) || (Self.isCurrencySign(s) && i + 1 < scalars.count && Self.isDigit(scalars[i + 1])) {
                let start = i
                i += 1
                while i < scalars.count {
                    let c = scalars[i]
                    if Self.isWordScalar(c) { i += 1; continue }
                    // Inner joiners: U.S., 1,400, 9/11, Moscow-led, don't (but not a possessive 's).
                    if c == "-" || c == "." || c == "," || c == "/" || c == "'" || c == "’", i + 1 < scalars.count,
                        Self.isWordScalar(scalars[i + 1])
                    {
                        if c == "," || c == "/", !(Self.isDigit(scalars[i - 1]) && Self.isDigit(scalars[i + 1])) { break }
                        if c == ".", !(Self.isUppercase(scalars[i - 1]) || Self.isDigit(scalars[i - 1])) { break }
                        if (c == "'" || c == "’"), (scalars[i + 1] == "s" || scalars[i + 1] == "S"),
                            i + 2 >= scalars.count || !Self.isWordScalar(scalars[i + 2])
                        { break }
                        i += 2
                        continue
                    }
                    break
                }
                // Abbreviation dots: "U.S." and "Mr." keep their last dot.
                if i < scalars.count, scalars[i] == "." {
                    if (i - start >= 2 && scalars[i - 2] == "." && Self.isUppercase(scalars[i - 1]))
                        || AbbreviationLexicon.standard.kind(of: slice(start, i + 1)) != nil
                        // A middle initial before a name: `George W. Bush`.
                        || (i - start == 1 && Self.isUppercase(scalars[start]) && i + 2 < scalars.count
                            && Self.isWhitespace(scalars[i + 1]) && Self.isUppercase(scalars[i + 2]))
                        // A party tag's state: `(D-Wis.)`.
                        || (i + 1 < scalars.count && scalars[i + 1] == ")" && Self.isUppercase(scalars[start]))
                    { i += 1 }
                }
                add(start, i)
            } else if s == "'", i + 1 < scalars.count, scalars[i + 1] == "'" {
                // `''`: NYT's quotation mark, one token.
                add(i, i + 2)
                i += 2
            } else if (s == "'" || s == "’"), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 >= scalars.count || !Self.isWordScalar(scalars[i + 2]), !tokens.isEmpty,
                tokens.last!.range.upperBound == i
            {
                add(i, i + 2)
                i += 2
            } else {
                add(i, i + 1)
                i += 1
            }
        }
        self.tokens = tokens
    }

    /// `text.lowercased()`, without the call when the bytes are ASCII with no capital.
    private static func lowercased(_ text: String, _ bytes: ArraySlice<UInt8>) -> String {
        var ascii = true
        var upper = false
        for b in bytes {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        if ascii && !upper { return text }
        if ascii { return String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self) }
        return text.lowercased()
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    private static func isCurrencySign(_ s: Unicode.Scalar) -> Bool {
        s == "£" || s == "$" || s == "€" || s == "¥"
    }

    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value | 0x20
            return (v >= 0x61 && v <= 0x7A) || isDigit(s)
        }
        return isAlphabetic(s)
    }

    private static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return propertyIsWhitespace(s)
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return UnicodeLookup.isUppercase(s)
    }

    // Property lookups stay out of line (see `UnicodeLookup`).
    @inline(never) private static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
    @inline(never) private static func propertyIsWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }

    /// The index of the first token whose range ends after `offset`.
    public func index(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.range.upperBound > offset } ?? tokens.count
    }

    /// Whether the tokens from `start` spell `words` (lowercased).
    public func matches(_ words: [String], at start: Int) -> Bool {
        guard start >= 0, start + words.count <= tokens.count else { return false }
        for (k, word) in words.enumerated() where tokens[start + k].lower != word { return false }
        return true
    }

    /// The tokens at `indices` as written: a space only where the sentence has one
    /// (`Falcao's mother`, not `Falcao 's mother`).
    public func text(_ indices: Range<Int>) -> String {
        var text = ""
        for i in indices {
            if i > indices.lowerBound, tokens[i].range.lowerBound > tokens[i - 1].range.upperBound { text += " " }
            text += tokens[i].text
        }
        return text
    }

    /// `end` moved back over trailing punctuation, but not over a closing quote mark
    /// (`called it "weak".` ends after the mark), and never below `floor`.
    public func clauseEnd(_ end: Int, floor: Int = 0) -> Int {
        var end = end
        while end > floor, !tokens[end - 1].isWord, !Self.closingMarks.contains(tokens[end - 1].text) { end -= 1 }
        return end
    }

    /// The quotation mark still open before token `index`, if one is (`“` opens, `”` closes,
    /// `"` and `''` open or close).
    public func openQuote(before index: Int) -> Int? {
        var open: Int?
        for k in 0..<index {
            switch tokens[k].text {
            case "“": open = k
            case "”": open = nil
            case "\"", "''": open = open == nil ? k : nil
            default: break
            }
        }
        return open
    }

    /// Whether a comma stands right before token `index`, or before the closing quotation
    /// mark right before it (`"unfit," said`).
    public func isAfterComma(_ index: Int) -> Bool {
        guard index <= tokens.count else { return false }
        var k = index - 1
        while k >= 0, index - k <= 2, Self.closingMarks.contains(tokens[k].text) { k -= 1 }
        return k >= 0 && tokens[k].text == ","
    }

    /// Marks that can close a quotation.
    public static let closingMarks: Set<String> = ["”", "\"", "''", "’"]
    /// Marks that can open a quotation (single curly ones too: `‘Ready’` in a headline).
    public static let openingMarks: Set<String> = ["“", "\"", "‘", "''"]

    /// Whether the token is a possessive `'s` / `’s`.
    public func isPossessive(_ index: Int) -> Bool {
        tokens.indices.contains(index) && (tokens[index].lower == "'s" || tokens[index].lower == "’s")
    }

    /// `He’s claiming`, `it’s said`: an `’s` after a subject pronoun is `is` or `has`.
    public func isVerbContraction(_ index: Int) -> Bool {
        isPossessive(index) && index > 0 && ["he", "she", "it", "that", "there", "who", "what"].contains(tokens[index - 1].lower)
    }
}

import Foundation
