/// The sentences a `summary of X` may use: those that mention the person, country or
/// organization X (by name, title or pronoun, as the entity layer linked them), or name it.
///
/// ```swift
/// let focus = try SummaryFocus(query: "Putin", models: [model])
/// focus.sentences(in: 0)  // [1, 3, 7, 8]
/// ```
public struct SummaryFocus: Sendable {
    public let query: String
    /// Per model: entity ids that match.
    public let entities: [Set<Int>]
    private let sentenceSets: [Set<Int>]

    public init(query: String, models: [ArticleModel], occurrences: Set<EntityRef.Occurrence> = []) throws {
        self.query = query
        let key = query.lowercased().trimmingCharacters(in: .whitespaces)
        var entities: [Set<Int>] = []
        var sentenceSets: [Set<Int>] = []
        for model in models {
            let matching = Set(
                model.entities.entities.filter {
                    SummaryFocus.matches($0, key) || occurrences.contains(.init(article: model.article.id, entity: $0.id))
                }.map(\.id))
            var numbers = Set(model.entities.mentions.filter { matching.contains($0.entity) }.map(\.sentence))
            for sentence in model.article.sentences where SummaryFocus.containsWord(sentence.text.lowercased(), key) {
                numbers.insert(sentence.number)
            }
            entities.append(matching)
            sentenceSets.append(numbers)
        }
        guard sentenceSets.contains(where: { !$0.isEmpty }) else {
            throw CommandError("nothing about '\(query)' in the loaded articles")
        }
        self.entities = entities
        self.sentenceSets = sentenceSets
    }

    public func sentences(in model: Int) -> Set<Int> {
        sentenceSets.indices.contains(model) ? sentenceSets[model] : []
    }

    /// Forgiving: the full name, an alias, or the surname; case does not matter.
    static func matches(_ entity: Entity, _ key: String) -> Bool {
        let names = ([entity.name] + entity.aliases).map { $0.lowercased() }
        if names.contains(key) { return true }
        let last = key.split(separator: " ").last.map(String.init) ?? key
        return entity.kind == .person && names.contains { $0.split(separator: " ").last.map(String.init) == last }
    }

    static func containsWord(_ text: String, _ key: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: key, range: searchRange) {
            let before = found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter
            let after = found.upperBound == text.endIndex || !text[found.upperBound].isLetter
            if before && after { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}

import Foundation
