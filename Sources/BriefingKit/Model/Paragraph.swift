/// A body paragraph: its text and the sentences it holds.
public struct Paragraph: Sendable, Equatable {
    /// 0-based position in the article.
    public var index: Int
    public var text: String
    /// Scalar offsets of the paragraph in ``Article/body``.
    public var range: Range<Int>
    /// 1-based numbers of its sentences (`first..<last+1`).
    public var sentenceNumbers: Range<Int>

    public init(index: Int, text: String, range: Range<Int>, sentenceNumbers: Range<Int>) {
        self.index = index
        self.text = text
        self.range = range
        self.sentenceNumbers = sentenceNumbers
    }
}
