/// One sentence of an article body.
///
/// ```swift
/// let s = article.sentences[0]
/// print("[\(article.id):\(s.number)] \(s.text)")
/// ```
public struct Sentence: Sendable, Equatable {
    /// 1-based number within the article, as cited: `[armenia:4]`.
    public var number: Int
    /// 0-based paragraph index.
    public var paragraph: Int
    public var text: String
    /// Scalar offsets of the sentence in ``Article/body``.
    public var range: Range<Int>

    public init(number: Int, paragraph: Int, text: String, range: Range<Int>) {
        self.number = number
        self.paragraph = paragraph
        self.text = text
        self.range = range
    }
}
