/// Drops page furniture from paragraphs, using the patterns of a ``BoilerplateLexicon``.
///
/// A paragraph goes when a pattern matches all of it, or when it has no letters or digits
/// (`___`, `* * *`). Residue at the end of a paragraph ("... he said.  Watch the speech »")
/// is cut off and the rest kept. A paragraph repeating an earlier one (a standfirst repeated in the
/// body, the headline repeated as the first line) is kept once, where it first appears.
///
/// ```swift
/// BoilerplateFilter().clean(["Talks resumed.  Watch the talks »", "Leave a Comment"], title: "Talks")
/// // ["Talks resumed."]
/// ```
public struct BoilerplateFilter: Sendable {
    private let patterns: [[Unicode.Scalar]]

    public init(lexicon: BoilerplateLexicon = .standard) {
        patterns = lexicon.patterns.map { Array(Self.normalized($0).unicodeScalars) }
    }

    /// The news paragraphs of `paragraphs`, in order.
    public func clean(_ paragraphs: [String], title: String = "") -> [String] {
        var seen: Set<String> = [Self.normalized(title)]
        var kept: [String] = []
        for paragraph in paragraphs {
            let text = strippingTail(paragraph)
            let key = Self.normalized(text)
            guard !text.isEmpty, hasWordCharacters(text), !isBoilerplate(key), seen.insert(key).inserted else { continue }
            kept.append(text)
        }
        return kept
    }

    /// True when a pattern matches all of `text`.
    public func isBoilerplate(_ text: String) -> Bool {
        let scalars = Array(Self.normalized(text).unicodeScalars)
        return patterns.contains { Self.glob($0[...], scalars[...]) }
    }

    /// The paragraph without boilerplate after its last sentence, repeatedly.
    func strippingTail(_ paragraph: String) -> String {
        var text = paragraph
        while let boundary = lastSentenceBoundary(in: text) {
            let tail = String(text[boundary.upperBound...])
            guard isBoilerplate(tail) else { break }
            text = String(text[..<boundary.lowerBound])
        }
        return text
    }

    /// The last run of spaces that follows sentence-final punctuation (or `»`), if any.
    private func lastSentenceBoundary(in text: String) -> Range<String.Index>? {
        var end = text.endIndex
        while let space = text[..<end].lastIndex(of: " ") {
            var start = space
            while start > text.startIndex, text[text.index(before: start)] == " " { start = text.index(before: start) }
            if start > text.startIndex, ".?!\"'\u{201D}\u{2019})\u{00BB}".contains(text[text.index(before: start)]) {
                return start..<text.index(after: space)
            }
            end = start
        }
        return nil
    }

    private func hasWordCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// Lower-cased, straight quotes, single spaces.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}": mapped = "'"
            case "\u{201C}", "\u{201D}": mapped = "\""
            case " ", "\t", "\u{00A0}": mapped = " "
            default: mapped = scalar
            }
            if mapped == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            out.append(mapped)
        }
        if out.last == " " { out.removeLast() }
        return String(out)
    }

    /// `*` matches any run of scalars; everything else matches itself.
    static func glob(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var start = text.startIndex
            while start <= text.endIndex {
                if glob(rest, text[start...]) { return true }
                start += 1
            }
            return false
        }
        guard let head = text.first, head == first else { return false }
        return glob(pattern.dropFirst(), text.dropFirst())
    }
}
