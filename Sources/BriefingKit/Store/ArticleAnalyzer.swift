/// Runs the pipeline on one article: entities, then quotes, relations and numbers.
///
/// ```swift
/// let model = ArticleAnalyzer().analyze(article)
/// model.entities.entities.map(\.name)
/// ```
public struct ArticleAnalyzer: Sendable {
    public var linker: EntityLinker

    public init(linker: EntityLinker = EntityLinker()) {
        self.linker = linker
    }

    public func analyze(_ article: Article) -> ArticleModel {
        ArticleModel(article: article, entities: linker.link(article))
    }
}
