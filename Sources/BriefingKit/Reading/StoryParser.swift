/// CNN `.story` files: body paragraphs, then `@highlight` blocks.
///
/// Highlights are the story's reference summary, not body text: they go to
/// ``ArticleDraft/highlights``. A story has no headline line, so the title is taken from the
/// lead (without its dateline); the dateline itself stays in the body for the text layer.
///
/// ```swift
/// let lines = ["LIMA, Peru (CNN) -- Talks resumed. Envoys met.", "", "@highlight", "", "Talks resume"]
/// let draft = try StoryParser().parse(lines, path: "x.story")
/// draft.highlights  // ["Talks resume"]
/// draft.title       // "Talks resumed."
/// ```
public struct StoryParser: Sendable {
    /// Longest title taken from a lead, in characters.
    public var maximumTitleLength = 90

    public init() {}

    public func parse(_ lines: [String], path: String) throws -> ArticleDraft {
        let marker = lines.firstIndex { $0.lowercased() == "@highlight" } ?? lines.endIndex
        let paragraphs = ParagraphJoiner(breaksAfterSentences: false).paragraphs(lines[..<marker])
        var highlights: [String] = []
        var startsHighlight = false
        for line in lines[marker...] {
            if line.lowercased() == "@highlight" {
                startsHighlight = true
            } else if !line.isEmpty {
                if startsHighlight { highlights.append(line) } else { highlights[highlights.count - 1] += " " + line }
                startsHighlight = false
            }
        }
        guard let lead = paragraphs.first else {
            throw ReadError(path: path, line: marker < lines.endIndex ? marker + 1 : nil, reason: "no story text before the highlights")
        }
        return ArticleDraft(title: title(fromLead: lead), paragraphs: paragraphs, highlights: highlights)
    }

    /// The lead's first sentence without a dateline such as `WASHINGTON (CNN) -- `, shortened at a word.
    func title(fromLead lead: String) -> String {
        var text = Substring(lead)
        if let close = text.prefix(60).firstIndex(of: ")"), text[..<close].contains("(") {
            text = text[text.index(after: close)...].drop { $0 == " " || $0 == "-" || $0 == "\u{2014}" }
        }
        if let end = firstSentenceEnd(in: text) { text = text[..<end] }
        guard text.count > maximumTitleLength else { return String(text) }
        let cut = text.prefix(maximumTitleLength)
        let words = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return words + "\u{2026}"
    }

    /// The index just after the first `. ` / `? ` / `! ` followed by an upper-case letter.
    private func firstSentenceEnd(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next < text.endIndex, text[next] == " ", !endsAbbreviation(text[..<index]) {
                let after = text.index(after: next)
                if after < text.endIndex, text[after].isUppercase { return next }
            }
            index = next
        }
        return nil
    }

    /// "Mr", "Gen", "U.S": a short capitalized word before a period is likely an abbreviation.
    private func endsAbbreviation(_ text: Substring) -> Bool {
        let word = text.reversed().prefix { $0 != " " }
        guard let first = word.last else { return false }
        return word.count <= 3 && first.isUppercase
    }
}
