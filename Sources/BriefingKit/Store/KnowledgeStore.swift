/// All loaded articles and what was learned from them.
///
/// ```swift
/// var store = KnowledgeStore()
/// store.add(ArticleAnalyzer().analyze(article))
/// store.article(named: "armenia")
/// ```
public struct KnowledgeStore: Sendable {
    public private(set) var models: [ArticleModel] = []
    /// Every entity across the articles, merged by name (see ``findEntity(_:kinds:)``).
    public private(set) var entities = EntityDirectory()
    /// Ids in use, so adding stays O(1) with thousands of articles.
    private var articleIDs: Set<String> = []

    public init() {}

    public var articles: [Article] { models.map(\.article) }

    /// Adds a model, renaming its article id if another article already has it.
    @discardableResult
    public mutating func add(_ model: ArticleModel) -> ArticleModel {
        var model = model
        if articleIDs.contains(model.article.id) {
            var n = 2
            while articleIDs.contains("\(model.article.id)-\(n)") { n += 1 }
            model.article.id = "\(model.article.id)-\(n)"
        }
        articleIDs.insert(model.article.id)
        models.append(model)
        entities.add(model)
        return model
    }

    /// The model of the article with id `id` (exact, then unique prefix).
    public func model(id: String) -> ArticleModel? {
        if let exact = models.first(where: { $0.article.id == id }) { return exact }
        let prefixed = models.filter { $0.article.id.hasPrefix(id) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }
}
