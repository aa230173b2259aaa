/// A stretch of text between quotation marks, as found by the text layer.
///
/// Speakers are attributed later (see `Quote`); a span only knows where it is.
public struct QuotationSpan: Sendable, Equatable {
    /// The quoted words, without the marks.
    public var text: String
    /// Scalar offsets of the quoted words (inside the marks) in ``Article/body``.
    public var range: Range<Int>
    /// 0-based paragraph where the quotation opens.
    public var paragraph: Int
    /// 1-based numbers of the sentences it touches.
    public var sentenceNumbers: ClosedRange<Int>
    /// One or two words in quotes (`so-called "reforms"`): not speech.
    public var isScareQuote: Bool
    /// False when the closing mark is missing (the span stops at the paragraph end).
    public var isClosed: Bool

    public init(
        text: String, range: Range<Int>, paragraph: Int, sentenceNumbers: ClosedRange<Int>,
        isScareQuote: Bool = false, isClosed: Bool = true
    ) {
        self.text = text
        self.range = range
        self.paragraph = paragraph
        self.sentenceNumbers = sentenceNumbers
        self.isScareQuote = isScareQuote
        self.isClosed = isClosed
    }
}
