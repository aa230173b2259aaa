/// Runs the pipeline on one article: entities, then quotes, relations and numbers.
///
/// ```swift
/// let model = ArticleAnalyzer().analyze(article)
/// model.quotes.first?.speakerText
/// ```
public struct ArticleAnalyzer: Sendable {
    public init() {}

    public func analyze(_ article: Article) -> ArticleModel {
        var article = article
        if article.quotations.isEmpty { article.quotations = FallbackQuotationScanner().scan(article) }
        let entities = FallbackEntityLinker().link(article)
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
