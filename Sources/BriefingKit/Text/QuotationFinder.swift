/// Finds quotation spans in an article's paragraphs.
///
/// Knows straight, curly, `« »`, `„ “` and NYT `'' ''` marks, single quotes nested in double, and
/// quotations that run over paragraphs (a paragraph ends inside the quote and the next opens
/// again: one span). Apostrophes (`Macron’s`, `’90s`, `dancin’`) are not marks. An unbalanced mark
/// never reaches past its paragraph; one or two quoted words are marked ``QuotationSpan/isScareQuote``.
///
/// ```swift
/// let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["“It will hold,” he said of the “truce”."])
/// article.quotations.map(\.text)          // ["It will hold,", "truce"]
/// article.quotations.map(\.isScareQuote)  // [false, true]
/// ```
public struct QuotationFinder: Sendable {
    public init() {}

    /// Spans in `paragraphs` (scalars of each paragraph, in order), with ranges in the article body
    /// given by `layout` (each paragraph's range) and sentence numbers from `sentences`.
    /// `marks`, when given, are each paragraph's quotation-mark token ranges: only those scalars
    /// are looked at.
    public func quotations(
        in texts: [ScalarText], marks: [[Range<Int>]]? = nil, paragraphs layout: [Paragraph], sentences: [Sentence]
    ) -> [QuotationSpan] {
        var scan = QuotationScan(sentences: sentences)
        for (index, text) in texts.enumerated() {
            scan.paragraph(text, marks: marks?[index], index: index, offset: layout[index].range.lowerBound)
        }
        scan.finishPending()
        return scan.spans
    }

    /// Spans in a single paragraph of text: ranges are scalar offsets in `text`.
    public func quotations(in text: String) -> [QuotationSpan] {
        let scalars = ScalarText(text)
        let layout = [Paragraph(index: 0, text: text, range: 0..<scalars.count, sentenceNumbers: 1..<2)]
        let sentence = Sentence(number: 1, paragraph: 0, text: text, range: 0..<scalars.count)
        return quotations(in: [scalars], paragraphs: layout, sentences: [sentence])
    }
}
