/// Groups text lines into paragraphs: blank lines separate paragraphs, and lines within a block
/// are joined with a space.
///
/// Plain text comes both hard-wrapped (one sentence over several lines) and one paragraph a line
/// with no blank lines between; with `breaksAfterSentences`, a line that ends a sentence also
/// ends its paragraph, which reads both kinds right.
///
/// ```swift
/// ParagraphJoiner(breaksAfterSentences: true).paragraphs(["One sentence", "wrapped.", "Next."])
/// // ["One sentence wrapped.", "Next."]
/// ```
public struct ParagraphJoiner: Sendable {
    public var breaksAfterSentences: Bool

    public init(breaksAfterSentences: Bool) {
        self.breaksAfterSentences = breaksAfterSentences
    }

    /// Paragraphs of `lines` (already trimmed), in order.
    public func paragraphs<Lines: Sequence<String>>(_ lines: Lines) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                flush(&current, into: &paragraphs)
                continue
            }
            current += current.isEmpty ? line : " " + line
            if breaksAfterSentences, endsSentence(line) || endsWithSignature(line) { flush(&current, into: &paragraphs) }
        }
        flush(&current, into: &paragraphs)
        return paragraphs
    }

    private func flush(_ current: inout String, into paragraphs: inout [String]) {
        if !current.isEmpty { paragraphs.append(current) }
        current = ""
    }

    /// Ends in `.`, `?`, `!`, `:` or a closing quote or bracket after one of them.
    func endsSentence(_ line: String) -> Bool {
        for scalar in line.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}": continue
            case ".", "?", "!", ":", "\u{2026}": return true
            default: return false
            }
        }
        return false
    }

    /// `“...” ― Marta Quell`: a quotation signed after a dash, which ends its paragraph though no
    /// stop ends the line (up to six capitalized words after the dash, initials allowed).
    func endsWithSignature(_ line: String) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard let close = scalars.lastIndex(where: { $0 == "\u{201D}" || $0 == "\"" }) else { return false }
        let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}", "\u{2015}"]
        var k = close + 1
        while k < scalars.count, scalars[k].properties.isWhitespace { k += 1 }
        guard k < scalars.count, dashes.contains(scalars[k]) else { return false }
        while k < scalars.count, dashes.contains(scalars[k]) || scalars[k].properties.isWhitespace { k += 1 }
        let words = String(String.UnicodeScalarView(scalars[k...])).split(whereSeparator: { $0.isWhitespace })
        return (1...6).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }
}
