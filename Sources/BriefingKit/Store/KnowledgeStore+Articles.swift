extension KnowledgeStore {
    /// The article a command names, or the only one loaded when it names none.
    public func resolveArticle(_ name: String?) throws -> Article {
        guard let name else {
            if articles.count == 1 { return articles[0] }
            throw CommandError(
                articles.isEmpty
                    ? "no articles loaded (try 'load PATH')"
                    : "name an article: \(articles.map(\.id).joined(separator: ", "))")
        }
        guard let model = model(id: name) else {
            throw CommandError("no article '\(name)' (try 'articles')")
        }
        return model.article
    }
}
