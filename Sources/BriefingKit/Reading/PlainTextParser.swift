/// Plain text: the first non-empty line is the headline, the rest is the body. A file of one
/// line is all body, titled by its first sentence.
///
/// A date in the file name (`nyt_2016-03-02_debate.txt`) becomes the article's date.
///
/// ```swift
/// let draft = try PlainTextParser().parse(["Talks resume", "", "Envoys met."], path: "talks.txt")
/// draft.title       // "Talks resume"
/// draft.paragraphs  // ["Envoys met."]
/// ```
public struct PlainTextParser: Sendable {
    public init() {}

    public func parse(_ lines: [String], path: String) throws -> ArticleDraft {
        guard let titleIndex = lines.firstIndex(where: { !$0.isEmpty }) else {
            throw ReadError(path: path, reason: "empty file, no text to read")
        }
        // (Markup left in the text, `<tweet author="@lee">...</tweet>`, is no part of it.)
        let paragraphs = ParagraphJoiner(breaksAfterSentences: true).paragraphs(lines[(titleIndex + 1)...].map(MarkupTags.stripped))
        guard !paragraphs.isEmpty else {
            // A single line (a note, a summary file) is its own body; its lead names it.
            let line = lines[titleIndex]
            return ArticleDraft(
                title: StoryParser().title(fromLead: line), date: Self.isoDate(inFileName: path), paragraphs: [line])
        }
        return ArticleDraft(
            title: Self.headline(lines[titleIndex]), date: Self.isoDate(inFileName: path),
            paragraphs: paragraphs)
    }

    /// The headline without the one period some corpora add ("Clinton wins." → "Clinton wins"),
    /// keeping abbreviations ("U.S.") and ellipses.
    static func headline(_ line: String) -> String {
        guard line.hasSuffix("."), !line.hasSuffix(".."),
            let lastWord = line.split(separator: " ").last, lastWord.dropLast().contains(".") == false
        else { return line }
        return String(line.dropLast())
    }

    /// `YYYY-MM-DD` found in the file's name, if any.
    static func isoDate(inFileName path: String) -> String? {
        let name = Array((path.split(separator: "/").last ?? "").utf8)
        guard name.count >= 10 else { return nil }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        for start in 0...(name.count - 10) {
            let window = name[start..<(start + 10)]
            let shape = window.enumerated().allSatisfy { offset, byte in
                offset == 4 || offset == 7 ? byte == 0x2D : isDigit(byte)
            }
            let before = start == 0 || !isDigit(name[start - 1])
            let after = start + 10 == name.count || !isDigit(name[start + 10])
            if shape, before, after {
                let date = String(decoding: window, as: UTF8.self)
                let month = Int(date.dropFirst(5).prefix(2)) ?? 0, day = Int(date.suffix(2)) ?? 0
                if (1...12).contains(month), (1...31).contains(day) { return date }
            }
        }
        return nil
    }
}
