/// A stand-in for the entity layer until it lands: capitalized word runs become entities
/// (keyed by their last word), leading title words are dropped, and he/she/his/her point to
/// the latest multi-word name. Used only when the analyzer has no entity table.
///
/// ```swift
/// FallbackEntityLinker().link(article).entities.map(\.name)
/// ```
struct FallbackEntityLinker: Sendable {
    static let titleWords = LexiconLines.words("""
        president prime minister secretary state speaker foreign chancellor king queen senator
        governor mayor general spokesman spokeswoman leader chairman ambassador envoy official
        deputy vice representative rep. sen. gov. mr. mrs. ms. dr. house representatives
        """)
    static let sentenceOpeners = LexiconLines.words("""
        the a an he she it they we i in on at for with by from to of this that there what but and
        when after before while as if so yet or also both some many most one two its his her their
        """)

    func link(_ article: Article) -> EntityTable {
        var entities: [Entity] = []
        var byKey: [String: Int] = [:]
        var mentions: [Mention] = []
        var lastPerson: Int?
        for sentence in article.sentences {
            // A pronoun most often points to the subject of an earlier sentence: its first person.
            var firstPerson: Int?
            defer { if let firstPerson { lastPerson = firstPerson } }
            let words = SentenceWords(sentence.text)
            var i = 0
            while i < words.tokens.count {
                let t = words.tokens[i]
                if ["he", "she", "his", "her", "him"].contains(t.lower), let person = lastPerson {
                    mentions.append(Mention(entity: person, sentence: sentence.number, range: t.range, text: t.text, form: .pronoun))
                    i += 1
                    continue
                }
                guard t.isWord, t.isCapitalized, !(i == 0 && Self.sentenceOpeners.contains(t.lower)) else { i += 1; continue }
                var end = i + 1
                while end < words.tokens.count {
                    let n = words.tokens[end]
                    if n.isWord, n.isCapitalized { end += 1; continue }
                    if n.lower == "of", end + 1 < words.tokens.count, words.tokens[end + 1].isCapitalized { end += 1; continue }
                    break
                }
                var start = i
                for k in i..<end where Self.titleWords.contains(words.tokens[k].lower) { start = k + 1 }
                if start < end {
                    let range = words.tokens[start].range.lowerBound..<words.tokens[end - 1].range.upperBound
                    let name = words.tokens[start..<end].map(\.text).joined(separator: " ")
                    let key = words.tokens[end - 1].lower
                    let id: Int
                    if let known = byKey[key] {
                        id = known
                        if name.count > entities[id].name.count { entities[id].name = name }
                    } else {
                        id = entities.count
                        byKey[key] = id
                        entities.append(Entity(id: id, kind: end - start > 1 ? .person : .place, name: name))
                    }
                    if entities[id].kind == .person, firstPerson == nil { firstPerson = id }
                    mentions.append(Mention(entity: id, sentence: sentence.number, range: range, text: name, form: .name))
                }
                i = end
            }
        }
        return EntityTable(entities: entities, mentions: mentions)
    }
}
