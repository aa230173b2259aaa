/// Splits paragraphs into sentences and finds quotation spans.
///
/// ```swift
/// let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["One. Two."])
/// article.sentences.map(\.text)  // ["One.", "Two."]
/// ```
public struct TextSegmenter: Sendable {
    public init() {}

    public func segment(
        id: String, title: String, paragraphs texts: [String], path: String = "",
        date: String? = nil, source: String? = nil, highlights: [String] = []
    ) -> Article {
        var article = Article(
            id: id, title: title, date: date, source: source, path: path, highlights: highlights)
        var offset = 0
        var body: [String] = []
        for (index, text) in texts.enumerated() {
            let first = article.sentences.count + 1
            var start = 0
            for piece in SentenceSplitter().split(text) {
                let count = piece.text.unicodeScalars.count
                article.sentences.append(
                    Sentence(
                        number: article.sentences.count + 1, paragraph: index, text: piece.text,
                        range: (offset + piece.start)..<(offset + piece.start + count)))
                start = piece.start + count
            }
            _ = start
            let length = text.unicodeScalars.count
            article.paragraphs.append(
                Paragraph(
                    index: index, text: text, range: offset..<(offset + length),
                    sentenceNumbers: first..<(article.sentences.count + 1)))
            body.append(text)
            offset += length + 2
        }
        article.body = body.joined(separator: "\n\n")
        return article
    }
}
