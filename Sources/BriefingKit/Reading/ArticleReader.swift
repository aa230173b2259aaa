import Foundation

/// Reads article files into segmented articles: plain text (headline on line 1), Markdown with
/// optional front matter, CNN `.story` files. Boilerplate is dropped on the way.
///
/// ```swift
/// let outcome = ArticleReader().readAll(at: "Briefings/")
/// outcome.articles.count   // every readable file
/// outcome.failures         // [ReadError] for the others
/// ```
public struct ArticleReader: Sendable {
    public var boilerplate: BoilerplateFilter

    public init(boilerplate: BoilerplateFilter = BoilerplateFilter()) {
        self.boilerplate = boilerplate
    }

    /// What reading a path gave: the articles, and a ``ReadError`` for each file that failed.
    public struct Outcome: Sendable {
        public var articles: [Article] = []
        public var failures: [ReadError] = []

        public init() {}
    }

    /// Every article under `path` (a file, or a folder searched recursively).
    /// A bad file is reported and skipped; the others still load.
    public func readAll(at path: String) -> Outcome {
        var outcome = Outcome()
        do {
            for file in try ArticleFinder().files(at: path) {
                do {
                    outcome.articles.append(try read(path: file))
                } catch let error as ReadError {
                    outcome.failures.append(error)
                } catch {
                    outcome.failures.append(ReadError(path: file, reason: "\(error)"))
                }
            }
        } catch let error as ReadError {
            outcome.failures.append(error)
        } catch {
            outcome.failures.append(ReadError(path: path, reason: "\(error)"))
        }
        return outcome
    }

    /// The article in the file at `path`, in the format its extension names.
    public func read(path: String) throws -> Article {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            throw ReadError(path: path, reason: !exists ? "no such file" : isFolder.boolValue ? "is a folder" : "cannot read the file")
        }
        return try read(bytes: [UInt8](data), path: path)
    }

    /// The article in `bytes`, read as the file at `path` would be.
    public func read(bytes: [UInt8], path: String, format: ArticleFormat? = nil) throws -> Article {
        let lines = try TextDecoder().lines(of: bytes, path: path)
        let draft = try (format ?? ArticleFormat(path: path)).draft(from: lines, path: path)
        // A lone paragraph may have given the title: it is still the body.
        let paragraphs = boilerplate.clean(draft.paragraphs, title: draft.paragraphs.count > 1 ? draft.title : "")
        guard !paragraphs.isEmpty else { throw ReadError(path: path, reason: "no news text (only boilerplate)") }
        return TextSegmenter().segment(
            id: ArticleID.make(path: path), title: draft.title, paragraphs: paragraphs, path: path,
            date: draft.date, source: draft.source, highlights: draft.highlights)
    }
}
