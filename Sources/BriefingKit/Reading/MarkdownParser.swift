/// Markdown with optional front matter (`title`, `date`, `source` between `---` lines).
///
/// The title is the front matter's, else the first heading, else the first line. Other headings,
/// code blocks, images and rules are not news text; links keep their words, emphasis marks go.
///
/// ```swift
/// let lines = ["---", "title: Talks resume", "date: 2022-09-16", "---", "Envoys *met*."]
/// let draft = try MarkdownParser().parse(lines, path: "talks.md")
/// draft.date        // "2022-09-16"
/// draft.paragraphs  // ["Envoys met."]
/// ```
public struct MarkdownParser: Sendable {
    public init() {}

    public func parse(_ lines: [String], path: String) throws -> ArticleDraft {
        var draft = ArticleDraft(title: "")
        var bodyStart = 0
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for line in lines[1..<end] { apply(frontMatter: line, to: &draft) }
            bodyStart = end + 1
        }
        var textLines: [String] = []
        var inCode = false
        for line in lines[bodyStart...] {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inCode.toggle(); continue }
            if inCode { continue }
            if line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingSpaces
                if draft.title.isEmpty { draft.title = inline(String(heading)) }
                textLines.append("")
                continue
            }
            if isRule(line) { textLines.append(""); continue }
            var text = Substring(line)
            while text.hasPrefix(">") { text = text.dropFirst().trimmingSpaces }
            if let item = listItemText(text) {
                textLines.append("")
                text = item
            }
            textLines.append(inline(String(text)))
        }
        var paragraphs = ParagraphJoiner(breaksAfterSentences: false).paragraphs(textLines)
        if draft.title.isEmpty, !paragraphs.isEmpty { draft.title = paragraphs.removeFirst() }
        guard !paragraphs.isEmpty else {
            throw ReadError(path: path, reason: draft.title.isEmpty ? "empty file, no text to read" : "a title but no body text")
        }
        draft.paragraphs = paragraphs
        return draft
    }

    private func apply(frontMatter line: String, to draft: inout ArticleDraft) {
        guard let colon = line.firstIndex(of: ":") else { return }
        let key = line[..<colon].trimmingSpaces.lowercased()
        var value = line[line.index(after: colon)...].trimmingSpaces
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            value = value.dropFirst().dropLast()
        }
        guard !value.isEmpty else { return }
        switch key {
        case "title", "headline": draft.title = String(value)
        case "date", "published": draft.date = String(value)
        case "source", "publisher", "outlet": draft.source = String(value)
        default: break
        }
    }

    /// `---`, `***`, `___` (three or more, spaces allowed).
    private func isRule(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// The text of a list item (`- x`, `* x`, `+ x`, `1. x`), or nil.
    private func listItemText(_ line: Substring) -> Substring? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return line.dropFirst(2) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, digits.count < 4, rest.hasPrefix(". ") || rest.hasPrefix(") ") { return rest.dropFirst(2) }
        return nil
    }

    /// Drops images, keeps link words, removes emphasis and code marks.
    func inline(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "!", i + 1 < scalars.count, scalars[i + 1] == "[", let (_, end) = link(at: i + 1, in: scalars) {
                i = end
                continue
            }
            if c == "[", let (words, end) = link(at: i, in: scalars) {
                scalars.replaceSubrange(i..<end, with: words)
                continue
            }
            if c == "*" || c == "`" { i += 1; continue }
            if c == "_", i + 1 < scalars.count, scalars[i + 1] == "_" { i += 2; continue }
            out.append(c)
            i += 1
        }
        return String(out).trimmingSpaces.description
    }

    /// `[words](target)` starting at `start`: the words and the index after `)`.
    private func link(at start: Int, in scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], Int)? {
        guard let close = scalars[start...].firstIndex(of: "]"), close + 1 < scalars.count, scalars[close + 1] == "(",
            let end = scalars[(close + 1)...].firstIndex(of: ")")
        else { return nil }
        return (Array(scalars[(start + 1)..<close]), end + 1)
    }
}

extension StringProtocol {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        let s = Substring(self)
        let start = s.firstIndex { $0 != " " && $0 != "\t" } ?? s.endIndex
        let end = s[start...].lastIndex { $0 != " " && $0 != "\t" }.map(s.index(after:)) ?? start
        return s[start..<end]
    }
}
