/// One news article after reading and segmentation.
///
/// The body is the article's text without headline, boilerplate or reference highlights;
/// every range in the model is counted in Unicode scalars from the start of a sentence
/// (``Sentence/range`` gives the sentence's own place in ``body``).
///
/// ```swift
/// let article = try ArticleReader().read(path: "Briefings/armenia-azerbaijan.txt")
/// print(article.id, article.sentences.count)
/// ```
public struct Article: Sendable, Equatable {
    /// Short readable id, unique within a store (from the file name).
    public var id: String
    public var title: String
    /// ISO date (`2016-09-12`) when the file gives one.
    public var date: String?
    /// Publisher or outlet when the file gives one.
    public var source: String?
    /// Where the article was read from.
    public var path: String
    /// Body paragraphs joined by a blank line.
    public var body: String
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// Quotation spans found by the text layer, in order.
    public var quotations: [QuotationSpan]
    /// Reference highlights (CNN `@highlight` blocks): not body text.
    public var highlights: [String]

    public init(
        id: String, title: String, date: String? = nil, source: String? = nil, path: String = "",
        body: String = "", paragraphs: [Paragraph] = [], sentences: [Sentence] = [],
        quotations: [QuotationSpan] = [], highlights: [String] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.path = path
        self.body = body
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotations = quotations
        self.highlights = highlights
    }

    /// The sentence with 1-based number `number`, if any.
    public func sentence(_ number: Int) -> Sentence? {
        sentences.indices.contains(number - 1) ? sentences[number - 1] : nil
    }
}
