extension KnowledgeStore {
    /// Every entity name and alias across the loaded articles, sorted and without repeats:
    /// what Tab offers after a command's words.
    ///
    /// ```swift
    /// store.entityNames()  // ["Aliyev", "Armenia", "Ilham Aliyev", ...]
    /// ```
    public func entityNames() -> [String] {
        var names = Set<String>()
        for model in models {
            for entity in model.entities.entities {
                names.insert(entity.name)
                names.formUnion(entity.aliases)
            }
        }
        return names.filter { !$0.isEmpty }.sorted()
    }
}
