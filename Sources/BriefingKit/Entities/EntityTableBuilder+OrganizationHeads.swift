/// "The Charity Commission opened an inquiry ... The commission said": `the` and the head word
/// of the one organization of the article with that head stand for it.
extension EntityTableBuilder {
    /// `tokens`: each sentence's words, by sentence number.
    mutating func addOrganizationHeads(tokens: [Int: [WordToken]]) {
        var heads: [String: [Int]] = [:]
        for entity in entities where entity.kind == .organization {
            let words = entity.name.split(separator: " ")
            guard words.count >= 2, let head = words.last else { continue }
            heads[WordToken(text: String(head), range: 0..<1, kind: .word).key, default: []].append(entity.id)
        }
        guard !heads.isEmpty else { return }
        for (sentence, words) in tokens.sorted(by: { $0.key < $1.key }) {
            for i in words.indices.dropLast() where words[i].key == "the" {
                let head = words[i + 1]
                // (`the Commission President`: a capitalized word after the head names someone else.)
                guard head.kind == .word, let ids = heads[head.key], ids.count == 1,
                    i + 2 >= words.count || !(words[i + 2].kind == .word && words[i + 2].isCapitalized),
                    !mentions.contains(where: { $0.sentence == sentence && $0.range.overlaps(words[i].range.lowerBound..<head.range.upperBound) })
                else { continue }
                let range = words[i].range.lowerBound..<head.range.upperBound
                mentions.append(Mention(entity: ids[0], sentence: sentence, range: range, text: "\(words[i].text) \(head.text)", form: .nominal))
            }
        }
    }
}
