/// Interview transcripts: a paragraph that opens with a speaker label in capitals and a colon
/// (`KOVACS: We will not ...`) is a direct quote by the person whose surname the label is.
/// Labels that name no person of the article (`Q:`, `A:`, `UPDATE:`) give no quote.
///
/// ```swift
/// TranscriptTurnFinder().find(article, entities: table).first?.speakerText  // "Kovacs"
/// ```
public struct TranscriptTurnFinder: Sendable {
    public init() {}

    public func find(_ article: Article, entities: EntityTable) -> [Quote] {
        var quotes: [Quote] = []
        for paragraph in article.paragraphs {
            guard let (label, textStart) = Self.label(paragraph.text),
                let speaker = person(labelled: label, in: entities),
                let sentence = article.sentences.first(where: { paragraph.range.contains($0.range.lowerBound) })
            else { continue }
            let scalars = Array(paragraph.text.unicodeScalars)
            var end = scalars.count
            // The closing mark of a turn written inside quotation marks.
            if end > textStart, "\"”".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
            let text = String(String.UnicodeScalarView(scalars[textStart..<end]))
            guard !text.isEmpty else { continue }
            let range = (paragraph.range.lowerBound + textStart)..<(paragraph.range.lowerBound + end)
            quotes.append(Quote(
                text: text, speaker: speaker, speakerText: entities.entities[speaker].name, cue: ":", isDirect: true,
                evidence: Evidence(
                    article: article.id, sentence: sentence.number, text: sentence.text,
                    range: range.clamped(to: sentence.range).relative(to: sentence.range.lowerBound)),
                range: range))
        }
        return quotes
    }

    /// The label's words and where the turn's text starts: one to three capitalized words of two
    /// letters or more, all in capitals, then `:` and a space.
    static func label(_ text: String) -> (words: [String], textStart: Int)? {
        let scalars = Array(text.unicodeScalars.prefix(60))
        var k = 0
        // A turn may open inside quotation marks (`"KOVACS: ...`).
        while k < scalars.count, "\"“'‘".unicodeScalars.contains(scalars[k]) { k += 1 }
        var words: [String] = []
        var word = ""
        while k < scalars.count {
            let scalar = scalars[k]
            if (scalar.value >= 65 && scalar.value <= 90) || (!word.isEmpty && (scalar == "'" || scalar == "-" || scalar == ".")) {
                word.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == ":" {
                if !word.isEmpty { words.append(word) }
                word = ""
                if scalar == ":" { break }
            } else {
                return nil
            }
            k += 1
        }
        guard k < scalars.count, scalars[k] == ":", !words.isEmpty, words.count <= 3,
            words.allSatisfy({ $0.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 2 })
        else { return nil }
        var start = k + 1
        guard start < scalars.count, scalars[start] == " " else { return nil }
        while start < scalars.count, scalars[start] == " " { start += 1 }
        return (words, start)
    }

    /// The one person whose last name word is the label's last word (case folded).
    func person(labelled label: [String], in entities: EntityTable) -> Int? {
        guard let last = label.last?.lowercased() else { return nil }
        let matches = entities.entities.filter { entity in
            entity.kind == .person && entity.name.split(separator: " ").last.map { $0.lowercased() == last } == true
        }
        return matches.count == 1 ? matches[0].id : nil
    }
}
