/// Where an answer comes from: a sentence of an article, cited `[article:sentence]`.
public struct Evidence: Sendable, Hashable {
    public var article: String
    /// 1-based sentence number.
    public var sentence: Int
    public var text: String
    /// Scalar offsets within the sentence of the part that supports the answer, when known.
    public var range: Range<Int>?

    public init(article: String, sentence: Int, text: String, range: Range<Int>? = nil) {
        self.article = article
        self.sentence = sentence
        self.text = text
        self.range = range
    }

    /// `[armenia:4]`
    public var citation: String { "[\(article):\(sentence)]" }
}
