/// Where each sentence of an article lies inside quotation marks.
///
/// Curly marks open and close; a straight `"` toggles. A quote left open at a sentence end
/// carries into the next sentence of the same paragraph.
///
/// ```swift
/// QuotedRanges.of(article)[2]  // [0..<41]: sentence 2 starts inside a quotation
/// ```
public enum QuotedRanges {
    public static func of(_ article: Article) -> [Int: [Range<Int>]] {
        var result: [Int: [Range<Int>]] = [:]
        var open = false
        var paragraph = -1
        for sentence in article.sentences {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph
                open = false
            }
            var ranges: [Range<Int>] = []
            var start: Int? = open ? 0 : nil
            var offset = 0
            for scalar in sentence.text.unicodeScalars {
                switch scalar {
                case "“", "«", "„":
                    if start == nil { start = offset + 1 }
                case "”", "»":
                    if let s = start { ranges.append(s..<offset); start = nil }
                case "\"":
                    if let s = start { ranges.append(s..<offset); start = nil } else { start = offset + 1 }
                default: break
                }
                offset += 1
            }
            if let s = start { ranges.append(s..<offset) }
            open = start != nil
            result[sentence.number] = ranges
        }
        return result
    }
}
