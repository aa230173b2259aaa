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
        let entities = linker.link(article)
        let direct = QuoteAttributor().attribute(article, entities: entities)
        let reported = ReportedSpeechFinder().find(article, entities: entities, direct: direct)
        let quotes = (direct + reported).sorted {
            ($0.range?.lowerBound ?? 0, $0.isDirect ? 0 : 1) < ($1.range?.lowerBound ?? 0, $1.isDirect ? 0 : 1)
        }
        return ArticleModel(
            article: article, entities: entities,
            relations: ContactExtractor().extract(article, entities: entities),
            quotes: quotes,
            quantities: QuantityExtractor().extract(article))
    }
}
