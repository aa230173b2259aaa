/// Derives gold sentences from a BBC extractive summary (see ``SentencesBenchmark``).
enum GoldSentences {
    static func derive(summary: String, body: String) -> [String] {
        let s = Array(summary.utf8)
        let a = Array(body.utf8)
        var gold: [String] = []
        var p = 0
        while p < s.count {
            // Longest stretch of the summary from p found in the article at a word start.
            var best = 0
            var bestEnd = 0
            for start in a.indices where a[start] == s[p] && (start == 0 || isSpace(a[start - 1])) {
                var k = 0
                while p + k < s.count, start + k < a.count, s[p + k] == a[start + k] { k += 1 }
                if k > best { best = k; bestEnd = start + k }
            }
            let end = p + best
            if best > 0, bestEnd == a.count || isSpace(a[bestEnd]), endsWithStop(s[p..<end]) {
                gold.append(String(decoding: s[p..<end], as: UTF8.self))
                p = end
            } else {
                p = nextStart(s, after: max(p + 1, end))
            }
        }
        return gold
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }

    /// Ends with `.`, `?` or `!`, then any closing quotes or brackets.
    static func endsWithStop(_ bytes: ArraySlice<UInt8>) -> Bool {
        var i = bytes.endIndex
        while i > bytes.startIndex, closers.contains(bytes[i - 1]) || isCurlyClose(bytes, i) {
            i -= isCurlyClose(bytes, i) ? 3 : 1
        }
        guard i > bytes.startIndex else { return false }
        return bytes[i - 1] == UInt8(ascii: ".") || bytes[i - 1] == UInt8(ascii: "?") || bytes[i - 1] == UInt8(ascii: "!")
    }

    static let closers: Set<UInt8> = [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]")]

    /// `”` or `’` (E2 80 9D / E2 80 99) ends at `i`.
    static func isCurlyClose(_ b: ArraySlice<UInt8>, _ i: Int) -> Bool {
        i - 3 >= b.startIndex && b[i - 3] == 0xE2 && b[i - 2] == 0x80 && (b[i - 1] == 0x9D || b[i - 1] == 0x99)
    }

    /// The position after the next sentence stop (and its closers) at or after `from`.
    static func nextStart(_ s: [UInt8], after from: Int) -> Int {
        var i = from
        while i < s.count {
            if s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: "?") || s[i] == UInt8(ascii: "!") {
                i += 1
                while i < s.count, closers.contains(s[i]) { i += 1 }
                return i
            }
            i += 1
        }
        return s.count
    }
}
