/// A sentence cut into words and punctuation marks, with scalar ranges: what the relation,
/// quote and number rules walk over.
///
/// Words keep inner apostrophes, hyphens, dots and digit commas (`U.S.`, `1,400`, `Moscow-led`);
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
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var i = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.isWordFast }
        func add(_ start: Int, _ end: Int) {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            let text = String(view)
            let first = scalars[start]
            tokens.append(
                Token(
                    text: text, lower: text.lowercased(), range: start..<end,
                    isWord: isWordScalar(first) || (end - start > 1 && "£$€¥".unicodeScalars.contains(first)),
                    isCapitalized: first.isUppercaseFast))
        }
        while i < scalars.count {
            let s = scalars[i]
            if s.isWhitespaceFast { i += 1; continue }
            if isWordScalar(s) || ("£$€¥".unicodeScalars.contains(s) && i + 1 < scalars.count
                && ("0"..."9").contains(scalars[i + 1]))
            {
                let start = i
                i += 1
                while i < scalars.count {
                    let c = scalars[i]
                    if isWordScalar(c) { i += 1; continue }
                    // Inner joiners: U.S., 1,400, Moscow-led, don't (but not a possessive 's).
                    if "-.,'’".unicodeScalars.contains(c), i + 1 < scalars.count, isWordScalar(scalars[i + 1]) {
                        if c == ",", !(("0"..."9").contains(scalars[i - 1]) && ("0"..."9").contains(scalars[i + 1])) { break }
                        if c == ".", !(scalars[i - 1].isUppercaseFast || ("0"..."9").contains(scalars[i - 1])) { break }
                        if (c == "'" || c == "’"), (scalars[i + 1] == "s" || scalars[i + 1] == "S"),
                            i + 2 >= scalars.count || !isWordScalar(scalars[i + 2])
                        { break }
                        i += 2
                        continue
                    }
                    break
                }
                // Abbreviation dots: "U.S." and "Mr." keep their last dot.
                if i < scalars.count, scalars[i] == "." {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start...i])
                    if (i - start >= 2 && scalars[i - 2] == "." && scalars[i - 1].isUppercaseFast)
                        || AbbreviationLexicon.standard.kind(of: String(view)) != nil
                    { i += 1 }
                }
                add(start, i)
            } else if (s == "'" || s == "’"), i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]), !tokens.isEmpty,
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

    /// Whether the token is a possessive `'s` / `’s`.
    public func isPossessive(_ index: Int) -> Bool {
        tokens.indices.contains(index) && (tokens[index].lower == "'s" || tokens[index].lower == "’s")
    }
}

import Foundation

extension Unicode.Scalar {
    // ASCII first: Unicode property lookups are slow in a hot loop.
    var isWordFast: Bool {
        if value < 128 {
            return (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57)
        }
        return properties.isAlphabetic
    }

    var isUppercaseFast: Bool {
        value < 128 ? value >= 65 && value <= 90 : properties.isUppercase
    }

    var isWhitespaceFast: Bool {
        value < 128 ? value == 32 || (value >= 9 && value <= 13) : properties.isWhitespace
    }
}
