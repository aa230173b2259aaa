/// Everything the pipeline knows about one article.
public struct ArticleModel: Sendable, Equatable {
    public var article: Article
    public var entities: EntityTable
    public var relations: [Relation]
    public var quotes: [Quote]
    public var quantities: [Quantity]

    public init(
        article: Article, entities: EntityTable = EntityTable(), relations: [Relation] = [],
        quotes: [Quote] = [], quantities: [Quantity] = []
    ) {
        self.article = article
        self.entities = entities
        self.relations = relations
        self.quotes = quotes
        self.quantities = quantities
    }
}
