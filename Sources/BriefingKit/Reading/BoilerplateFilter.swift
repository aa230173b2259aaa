/// Drops page furniture from paragraphs, using the patterns of a ``BoilerplateLexicon``.
///
/// A paragraph goes when a pattern matches all of it, or when it has no letters or digits
/// (`___`, `* * *`). Residue at the end of a paragraph ("... he said.  Watch the speech »")
/// is cut off and the rest kept. A paragraph repeating an earlier one (a standfirst repeated in the
/// body, the headline repeated as the first line) is kept once, where it first appears.
/// Matching works on UTF-8 bytes: it runs on every paragraph of every file read.
///
/// ```swift
/// BoilerplateFilter().clean(["Talks resumed.  Watch the talks »", "Leave a Comment"], title: "Talks")
/// // ["Talks resumed."]
/// ```
public struct BoilerplateFilter: Sendable {
    private let patterns: [[UInt8]]

    public init(lexicon: BoilerplateLexicon = .standard) {
        patterns = lexicon.patterns.map { Self.normalized(Array($0.utf8)) }
    }

    /// The news paragraphs of `paragraphs`, in order.
    public func clean(_ paragraphs: [String], title: String = "") -> [String] {
        var seen: Set<[UInt8]> = [Self.normalized(Array(title.utf8))]
        var kept: [String] = []
        for paragraph in paragraphs {
            let bytes = Array(paragraph.utf8)
            let end = strippedEnd(bytes)
            guard end > 0 else { continue }
            let key = Self.normalized(bytes[..<end])
            guard hasWordCharacters(key), !matchesPattern(key), seen.insert(key).inserted else { continue }
            kept.append(end == bytes.count ? paragraph : String(decoding: bytes[..<end], as: UTF8.self))
        }
        return kept
    }

    /// True when a pattern matches all of `text`.
    public func isBoilerplate(_ text: String) -> Bool {
        matchesPattern(Self.normalized(Array(text.utf8)))
    }

    /// The paragraph without boilerplate after its last sentence, repeatedly.
    func strippingTail(_ paragraph: String) -> String {
        let bytes = Array(paragraph.utf8)
        return String(decoding: bytes[..<strippedEnd(bytes)], as: UTF8.self)
    }

    /// Where the paragraph ends once trailing boilerplate sentences are cut off.
    private func strippedEnd(_ bytes: [UInt8]) -> Int {
        var end = bytes.count
        while var boundary = lastSentenceBoundary(in: bytes, before: end) {
            guard matchesPattern(Self.normalized(bytes[boundary.upperBound..<end])) else { break }
            // "CNN's Ann E. Lee contributed ...": the tail starts before the name's initial.
            while Self.endsWithAbbreviation(bytes, at: boundary.lowerBound),
                let earlier = lastSentenceBoundary(in: bytes, before: boundary.lowerBound),
                matchesPattern(Self.normalized(bytes[earlier.upperBound..<end]))
            {
                boundary = earlier
            }
            end = boundary.lowerBound
        }
        return end
    }

    /// Whether the text before `index` ends in a middle initial (`Ann E.`): a capitalized word,
    /// a space, one capital letter and a period. Only initials: a tail pattern starting with `*`
    /// would match any longer tail, so the tail grows back only over a name.
    private static func endsWithAbbreviation(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 4, bytes[index - 1] == 0x2E, (0x41...0x5A).contains(bytes[index - 2]), bytes[index - 3] == 0x20
        else { return false }
        var start = index - 3
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        return start < index - 3 && (0x41...0x5A).contains(bytes[start])
    }

    /// The last run of spaces before `end` that follows sentence-final punctuation (or `»`).
    private func lastSentenceBoundary(in bytes: [UInt8], before end: Int) -> Range<Int>? {
        var index = end - 1
        while index > 0 {
            guard bytes[index] == 0x20 else { index -= 1; continue }
            let spacesEnd = index + 1
            while index > 0, bytes[index - 1] == 0x20 { index -= 1 }
            if index > 0, Self.endsSentence(bytes, at: index) { return index..<spacesEnd }
            index -= 1
        }
        return nil
    }

    /// Whether the text before `index` ends in `. ? ! " ' )` or `” ’ »`.
    private static func endsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index - 1] {
        case 0x2E, 0x3F, 0x21, 0x22, 0x27, 0x29: return true
        case 0x9D, 0x99: return index >= 3 && bytes[index - 3] == 0xE2 && bytes[index - 2] == 0x80
        case 0xBB: return index >= 2 && bytes[index - 2] == 0xC2
        default: return false
        }
    }

    private func matchesPattern(_ text: [UInt8]) -> Bool {
        patterns.contains { Self.glob($0, text) }
    }

    private func hasWordCharacters(_ text: [UInt8]) -> Bool {
        // Any non-ASCII byte may be a letter; ASCII needs a letter or digit.
        text.contains { $0 >= 0x80 || ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x7A) }
    }

    /// Lower-cased, straight quotes, single spaces, trimmed.
    static func normalized<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        if bytes.contains(where: { $0 >= 0x80 }) {
            let lowered = String(decoding: bytes, as: UTF8.self).lowercased()
            return normalizedASCIIFolded(Array(lowered.utf8))
        }
        return normalizedASCIIFolded(bytes)
    }

    private static func normalizedASCIIFolded<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var lastWasSpace = true
        var iterator = bytes.makeIterator()
        var pending: UInt8? = nil
        while let byte = pending ?? iterator.next() {
            pending = nil
            var mapped = byte
            switch byte {
            case 0x41...0x5A: mapped = byte + 0x20
            case 0x09, 0x0A, 0x0D: mapped = 0x20
            case 0xC2:
                // U+00A0 no-break space
                let next = iterator.next()
                if next == 0xA0 { mapped = 0x20 } else { out.append(byte); lastWasSpace = false; pending = next; continue }
            case 0xE2:
                // U+2018/2019 → ', U+201C/201D → "
                let second = iterator.next(), third = second == 0x80 ? iterator.next() : nil
                switch (second, third) {
                case (0x80, 0x98), (0x80, 0x99): mapped = 0x27
                case (0x80, 0x9C), (0x80, 0x9D): mapped = 0x22
                default:
                    out.append(byte)
                    if let second { out.append(second) }
                    if let third { out.append(third) }
                    lastWasSpace = false
                    continue
                }
            default: break
            }
            if mapped == 0x20 {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            out.append(mapped)
        }
        if out.last == 0x20 { out.removeLast() }
        return out
    }

    /// `*` (0x2A) matches any run of bytes; everything else matches itself. Iterative, with one
    /// backtracking point per star, so a miss costs little.
    static func glob(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0, t = 0
        var star = -1, resume = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == 0x2A {
                star = p
                resume = t
                p += 1
            } else if p < pattern.count, pattern[p] == text[t] {
                p += 1
                t += 1
            } else if star >= 0 {
                p = star + 1
                resume += 1
                t = resume
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == 0x2A { p += 1 }
        return p == pattern.count
    }
}
