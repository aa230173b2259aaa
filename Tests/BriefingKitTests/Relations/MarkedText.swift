import Testing
@testable import BriefingKit

/// Example paragraphs with their names marked, so relation tests do not depend on the entity
/// layer: `[Lena Frost]` is a mention of the entity "Lena Frost"; `[Frost=Lena Frost]` names
/// it differently; `[he=Sam Okafor]` is a pronoun; `[Norland:country]` gives a kind.
/// `roles` gives named people a role, as the entity layer would (`["Ivan Sokol": Role(title: "Spokesman")]`).
func analyzed(_ paragraphs: [String], roles: [String: Role] = [:]) -> ArticleModel {
    var plain: [String] = []
    var marks: [(paragraph: Int, range: Range<Int>, text: String, name: String, kind: EntityKind)] = []
    for (p, paragraph) in paragraphs.enumerated() {
        var out = String.UnicodeScalarView()
        var scalars = paragraph.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "[") {
            out.append(contentsOf: scalars[..<open])
            let close = scalars[open...].firstIndex(of: "]")!
            let inner = String(String.UnicodeScalarView(scalars[scalars.index(after: open)..<close]))
            var spec = inner.split(separator: ":").map(String.init)
            let kind = spec.count > 1 ? EntityKind(rawValue: spec[1]) ?? .person : .person
            spec = spec[0].split(separator: "=").map(String.init)
            let text = spec[0]
            let start = out.count
            out.append(contentsOf: text.unicodeScalars)
            marks.append((p, start..<out.count, text, spec.count > 1 ? spec[1] : text, kind))
            scalars = scalars[scalars.index(after: close)...]
        }
        out.append(contentsOf: scalars)
        plain.append(String(out))
    }
    let article = TextSegmenter().segment(id: "t", title: "Test", paragraphs: plain)
    var entities: [Entity] = []
    var mentions: [Mention] = []
    let pronouns: Set<String> = ["he", "she", "him", "her", "his", "they", "it"]
    for mark in marks {
        let id = entities.firstIndex { $0.name == mark.name } ?? {
            entities.append(Entity(id: entities.count, kind: mark.kind, name: mark.name, roles: roles[mark.name].map { [$0] } ?? []))
            return entities.count - 1
        }()
        let offset = article.paragraphs[mark.paragraph].range.lowerBound
        let body = (offset + mark.range.lowerBound)..<(offset + mark.range.upperBound)
        guard let sentence = article.sentences.first(where: { $0.range.contains(body.lowerBound) }) else { continue }
        let form: MentionForm = pronouns.contains(mark.text.lowercased()) ? .pronoun : (mark.text == mark.name ? .name : .alias)
        mentions.append(Mention(
            entity: id, sentence: sentence.number,
            range: (body.lowerBound - sentence.range.lowerBound)..<(body.upperBound - sentence.range.lowerBound),
            text: mark.text, form: form))
    }
    let table = EntityTable(entities: entities, mentions: mentions)
    return ArticleAnalyzer().model(of: article, entities: table)
}

@Suite struct MarkedTextTests {
    @Test func marksBecomeMentions() {
        let model = analyzed(["[Lena Frost] met [Frost=Lena Frost] and [he=Sam Okafor] left [Norland:country]."])
        #expect(model.article.sentences[0].text == "Lena Frost met Frost and he left Norland.")
        #expect(model.entities.entities.map(\.name) == ["Lena Frost", "Sam Okafor", "Norland"])
        #expect(model.entities.mentions.map(\.text) == ["Lena Frost", "Frost", "he", "Norland"])
        #expect(model.entities.mentions.map(\.form) == [.name, .alias, .pronoun, .name])
    }
}
