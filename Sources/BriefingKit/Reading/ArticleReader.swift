import Foundation

/// Reads article files (plain text with the headline on line 1) into segmented articles.
///
/// ```swift
/// let outcome = ArticleReader().readAll(at: "Briefings/")
/// outcome.articles.count
/// ```
public struct ArticleReader: Sendable {
    public init() {}

    /// Every article under `path` (a file, or a folder searched recursively).
    public func readAll(at path: String) -> (articles: [Article], failures: [ReadError]) {
        do {
            return ([try read(path: path)], [])
        } catch let error as ReadError {
            return ([], [error])
        } catch {
            return ([], [ReadError(path: path, reason: "\(error)")])
        }
    }

    public func read(path: String) throws -> Article {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(path: path, reason: "cannot read the file")
        }
        guard let text = String(validatingUTF8: data) else {
            throw ReadError(path: path, reason: "not valid UTF-8")
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let title = lines.first ?? ""
        let paragraphs = lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return TextSegmenter().segment(id: id, title: title, paragraphs: paragraphs, path: path)
    }
}

extension String {
    init?(validatingUTF8 data: Data) {
        guard let s = String(data: data, encoding: .utf8) else { return nil }
        self = s
    }
}
