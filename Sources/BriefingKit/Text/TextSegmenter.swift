/// Splits paragraphs into sentences and finds quotation spans: the entry point of the text layer.
///
/// ```swift
/// let article = TextSegmenter().segment(id: "a", title: "T", paragraphs: ["One. Two."])
/// article.sentences.map(\.text)  // ["One.", "Two."]
/// ```
public struct TextSegmenter: Sendable {
    public let splitter: SentenceSplitter
    public let quotationFinder: QuotationFinder

    public init(splitter: SentenceSplitter = SentenceSplitter(), quotationFinder: QuotationFinder = QuotationFinder()) {
        self.splitter = splitter
        self.quotationFinder = quotationFinder
    }

    /// An article whose body is `paragraphs` joined by blank lines, split into sentences, with
    /// its quotation spans. Sentence and span ranges are scalar offsets in that body.
    public func segment(
        id: String, title: String, paragraphs texts: [String], path: String = "",
        date: String? = nil, source: String? = nil, highlights: [String] = []
    ) -> Article {
        var article = Article(
            id: id, title: title, date: date, source: source, path: path, highlights: highlights)
        var offset = 0
        var scalarTexts: [ScalarText] = []
        var paragraphTokens: [[TokenSpan]] = []
        scalarTexts.reserveCapacity(texts.count)
        paragraphTokens.reserveCapacity(texts.count)
        article.paragraphs.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() {
            let scalars = ScalarText(text)
            let first = article.sentences.count + 1
            let tokens = splitter.tokenizer.spans(scalars)
            for range in splitter.sentences(in: scalars, spans: tokens) {
                article.sentences.append(
                    Sentence(
                        number: article.sentences.count + 1, paragraph: index, text: scalars.string(range),
                        range: (offset + range.lowerBound)..<(offset + range.upperBound)))
            }
            article.paragraphs.append(
                Paragraph(
                    index: index, text: text, range: offset..<(offset + scalars.count),
                    sentenceNumbers: first..<(article.sentences.count + 1)))
            scalarTexts.append(scalars)
            paragraphTokens.append(tokens)
            offset += scalars.count + 2
        }
        article.body = texts.joined(separator: "\n\n")
        article.quotations = quotationFinder.quotations(
            in: scalarTexts, marks: paragraphTokens.map { $0.compactMap { $0.kind == .quote ? $0.range : nil } }, paragraphs: article.paragraphs, sentences: article.sentences)
        if article.source == nil, let first = scalarTexts.first {
            article.source = Dateline.find(in: first)?.outlet
        }
        return article
    }
}
