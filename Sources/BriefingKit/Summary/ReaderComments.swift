/// Paragraphs a reader wrote, not the reporter: BBC pages print readers' comments after the
/// story ("I got a part time job at 16 ...", "We must remember that ..."). A paragraph with a
/// first-person word outside quotation marks is someone's comment; none of its sentences is
/// fit for the briefing ("The increase is a good thing." opens one such comment). A story whose
/// first paragraphs speak so is a column, and has none.
///
/// ```swift
/// ReaderComments(article: article).contains(article.sentences[7])  // true
/// ```
struct ReaderComments {
    /// Paragraph indexes of the comments.
    let paragraphs: Set<Int>

    init(article: Article, words: Set<String> = SummaryWords.standard.firstPerson) {
        let quoted = article.quotations.map(\.range)
        var found = Set<Int>()
        for sentence in article.sentences where !found.contains(sentence.paragraph) {
            let text = sentence.text.replacingOccurrences(of: "’", with: "'")
            for match in text.matches(of: /[A-Za-z']+/) where words.contains(match.output.lowercased()) {
                let offset = sentence.range.lowerBound + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: match.range.lowerBound)
                if !quoted.contains(where: { $0.contains(offset) }) {
                    found.insert(sentence.paragraph)
                    break
                }
            }
        }
        // A writer who speaks for themselves from the start writes a column: their voice is the story.
        let opening = Set(article.sentences.map(\.paragraph)).sorted().prefix(2)
        paragraphs = opening.contains(where: found.contains) ? [] : found
    }

    func contains(_ sentence: Sentence) -> Bool {
        paragraphs.contains(sentence.paragraph)
    }
}
