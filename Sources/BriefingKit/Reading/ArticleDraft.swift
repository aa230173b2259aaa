/// An article as a file format gives it, before boilerplate is dropped and text is segmented.
///
/// ```swift
/// let draft = ArticleDraft(title: "Talks resume", paragraphs: ["Envoys met on Monday."])
/// ```
public struct ArticleDraft: Sendable, Equatable {
    public var title: String
    public var date: String?
    public var source: String?
    public var paragraphs: [String]
    /// Reference highlights (CNN `@highlight` blocks).
    public var highlights: [String]

    public init(
        title: String, date: String? = nil, source: String? = nil, paragraphs: [String] = [],
        highlights: [String] = []
    ) {
        self.title = title
        self.date = date
        self.source = source
        self.paragraphs = paragraphs
        self.highlights = highlights
    }
}
