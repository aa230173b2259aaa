/// The file formats the reader knows, chosen by file extension.
///
/// ```swift
/// ArticleFormat(path: "notes/brief.md")  // .markdown
/// try ArticleFormat.story.draft(from: lines, path: "a.story")
/// ```
public enum ArticleFormat: String, Sendable, CaseIterable {
    /// Line 1 is the headline; paragraphs follow.
    case plainText
    /// Optional front matter (`title`, `date`, `source`), then Markdown.
    case markdown
    /// CNN `.story`: body paragraphs, then `@highlight` blocks.
    case story

    /// Extensions a folder search picks up, without the dot.
    public static let folderExtensions: Set<String> = ["txt", "md", "markdown", "story"]

    /// The format for `path`; files named explicitly with another extension are read as plain text.
    public init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
        switch ext {
        case "md", "markdown": self = .markdown
        case "story": self = .story
        default: self = .plainText
        }
    }

    /// Reads the format's lines into a draft.
    public func draft(from lines: [String], path: String) throws -> ArticleDraft {
        switch self {
        case .plainText: try PlainTextParser().parse(lines, path: path)
        case .markdown: try MarkdownParser().parse(lines, path: path)
        case .story: try StoryParser().parse(lines, path: path)
        }
    }
}
