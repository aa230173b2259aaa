/// Runs the pipeline on one article: entities, then quotes, relations and numbers.
///
/// ```swift
/// let model = ArticleAnalyzer().analyze(article)
/// model.quotes.first?.speakerText
/// ```
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> ArticleModel {
        ArticleModel(article: article)
    }
}
