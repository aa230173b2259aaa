/// Splits a sentence into ``WordToken``s by walking its Unicode scalars once.
///
/// ```swift
/// WordScanner().scan("the Moscow-led U.S. team").map(\.text)
/// // ["the", "Moscow", "-led", "U.S.", "team"]
/// ```
public struct WordScanner: Sendable {
    /// Endings split off hyphenated words: `Moscow-led` names Moscow and says it leads.
    static let ledSuffixes: Set<String> = [
        "led", "backed", "allied", "controlled", "supported", "sponsored", "run", "brokered", "funded", "aligned",
        "friendly", "based", "style", "era", "like", "esque", "linked", "related", "owned", "appointed",
        "nominated", "endorsed", "inspired", "born", "made", "bound",
    ]
    /// Of those, the ones that say who leads: "Moscow-led" ties what follows to Russia.
    public static let leadingSuffixes: Set<String> = ["led", "backed", "controlled", "run", "sponsored", "funded", "dominated"]

    public init() {}

    public func scan(_ text: String) -> [WordToken] {
        let view = text.unicodeScalars
        let scalars = Array(view)
        // String indices of every scalar (and the end), so token texts are sliced, not rebuilt.
        var indices = Array(view.indices)
        indices.append(view.endIndex)
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 4)
        var i = 0
        func isLetterOrDigit(_ index: Int) -> Bool {
            guard index < scalars.count else { return false }
            let s = scalars[index]
            if s.isASCII {
                let v = s.value
                return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
            }
            return s.properties.isAlphabetic || s.properties.numericType != nil
        }
        func emit(_ start: Int, _ end: Int, _ kind: WordToken.Kind) {
            tokens.append(WordToken(text: String(view[indices[start]..<indices[end]]), range: start..<end, kind: kind))
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == " " || (!c.isASCII || c.value < 0x20) && c.properties.isWhitespace { i += 1; continue }
            guard isLetterOrDigit(i) else {
                emit(i, i + 1, .punctuation)
                i += 1
                continue
            }
            let start = i
            var end = i
            while end < scalars.count {
                if isLetterOrDigit(end) { end += 1; continue }
                let s = scalars[end]
                // Inner joiners: O’Malley, Nagorno-Karabakh, 3.5, 1,000, U.S.
                if isLetterOrDigit(end + 1) {
                    // Properties only for the joiners that need them: this runs at every word gap.
                    let previous = scalars[end - 1]
                    var digits: Bool { Self.isNumeric(previous) && Self.isNumeric(scalars[end + 1]) }
                    var acronym: Bool { Self.isUppercase(previous) && (end - 1 == start || scalars[end - 2] == ".") }
                    switch s {
                    case "-", "’", "'": end += 1; continue
                    case ".": if digits || acronym { end += 1; continue }
                    case ",": if digits { end += 1; continue }
                    default: break
                    }
                }
                break
            }
            // A dotted acronym keeps its final dot: "U.S." (letters alternate with dots).
            if end < scalars.count, scalars[end] == ".", end - start >= 3, scalars[end - 2] == "." {
                end += 1
                // "the U.N.'s envoy": the possessive after the final dot.
                if end + 1 < scalars.count, Self.isApostrophe(scalars[end]), scalars[end + 1] == "s" || scalars[end + 1] == "S",
                    end + 2 >= scalars.count || !isLetterOrDigit(end + 2)
                {
                    emit(start, end, .word)
                    emit(end, end + 2, .possessive)
                    i = end + 2
                    continue
                }
            }
            i = splitWord(start, end, scalars, emit)
        }
        return tokens
    }

    /// Emits a word, splitting off a possessive ending or a `-led` suffix.
    /// Returns where scanning goes on.
    private func splitWord(
        _ start: Int, _ end: Int, _ scalars: [Unicode.Scalar], _ emit: (Int, Int, WordToken.Kind) -> Void
    ) -> Int {
        // "Macron’s": possessive (only when the word before it is longer than one letter: not "O’s").
        if end - start >= 3, Self.isApostrophe(scalars[end - 2]), scalars[end - 1] == "s" || scalars[end - 1] == "S" {
            emit(start, end - 2, .word)
            emit(end - 2, end, .possessive)
            return end
        }
        if let hyphen = (start..<end).last(where: { scalars[$0] == "-" }), hyphen > start {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(hyphen + 1)..<end])
            if WordScanner.ledSuffixes.contains(String(view).lowercased()) {
                emit(start, hyphen, .word)
                emit(hyphen, end, .ledSuffix)
                return end
            }
        }
        emit(start, end, .word)
        // "Reynolds’ plan": a lone apostrophe after a plural is a possessive.
        if end < scalars.count, Self.isApostrophe(scalars[end]), scalars[end - 1] == "s",
            end + 1 >= scalars.count || !scalars[end + 1].properties.isAlphabetic
        {
            emit(end, end + 1, .possessive)
            return end + 1
        }
        return end
    }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "’" || s == "'" }

    private static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s >= "0" && s <= "9" : s.properties.numericType != nil
    }

    private static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s >= "A" && s <= "Z" : s.properties.isUppercase
    }
}
