/// The state a session works on: the knowledge store and how articles get into it.
///
/// ```swift
/// var workspace = Workspace()
/// let report = try workspace.load(paths: ["Briefings/"])
/// ```
public struct Workspace: Sendable {
    public var store: KnowledgeStore
    public var analyzer: ArticleAnalyzer

    public init(store: KnowledgeStore = KnowledgeStore(), analyzer: ArticleAnalyzer = ArticleAnalyzer()) {
        self.store = store
        self.analyzer = analyzer
    }

    /// Reads, analyzes and stores every article under `paths`.
    /// Files that cannot be read are reported in the result; the rest still load.
    public mutating func load(paths: [String]) -> LoadReport {
        var report = LoadReport()
        for path in paths {
            let outcome = ArticleReader().readAll(at: path)
            report.failures += outcome.failures
            for article in outcome.articles {
                let stored = store.add(analyzer.analyze(article))
                report.articles.append(stored.article.id)
                report.sentences += stored.article.sentences.count
            }
        }
        return report
    }
}

/// What a load read, and what it could not.
public struct LoadReport: Sendable, Equatable {
    public var articles: [String] = []
    public var sentences = 0
    public var failures: [ReadError] = []

    public init() {}

    /// "3 articles, 214 sentences"
    public var summary: String {
        let a = articles.count == 1 ? "1 article" : "\(articles.count) articles"
        let s = sentences == 1 ? "1 sentence" : "\(sentences) sentences"
        return "\(a), \(s)"
    }
}
