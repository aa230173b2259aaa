/// A stand-in for the text layer's quotation finder until it lands: pairs of curly or straight
/// double quotes within a paragraph.
struct FallbackQuotationScanner: Sendable {
    func scan(_ article: Article) -> [QuotationSpan] {
        var spans: [QuotationSpan] = []
        for paragraph in article.paragraphs {
            let scalars = Array(paragraph.text.unicodeScalars)
            var open: Int?
            var i = 0
            while i < scalars.count {
                let s = scalars[i]
                // NYT writes quotes as two apostrophes.
                let double = s == "'" && i + 1 < scalars.count && scalars[i + 1] == "'"
                let width = double ? 2 : 1
                let isOpen = s == "“" || ((s == "\"" || double) && open == nil)
                let isClose = s == "”" || ((s == "\"" || double) && open != nil)
                if let start = open, isClose {
                    spans.append(span(scalars, start, i, paragraph, article, closed: true))
                    open = nil
                } else if isOpen, open == nil {
                    open = i + width
                }
                i += width
            }
            if let start = open { spans.append(span(scalars, start, scalars.count, paragraph, article, closed: false)) }
        }
        return spans
    }

    func span(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ paragraph: Paragraph, _ article: Article, closed: Bool) -> QuotationSpan {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<max(start, end)])
        let text = String(view)
        let range = (paragraph.range.lowerBound + start)..<(paragraph.range.lowerBound + max(start, end))
        let touched = article.sentences.filter { $0.range.overlaps(range) || $0.range.contains(range.lowerBound) }.map(\.number)
        let first = touched.first ?? paragraph.sentenceNumbers.lowerBound
        return QuotationSpan(
            text: text, range: range, paragraph: paragraph.index, sentenceNumbers: first...(touched.last ?? first),
            isScareQuote: text.split(separator: " ").count <= 2, isClosed: closed)
    }
}
