import Foundation

/// The article files a path names: the file itself, or a folder's `.txt`, `.md` and `.story`
/// files searched recursively, skipping hidden files and folders, sorted by path.
///
/// ```swift
/// let files = try ArticleFinder().files(at: "Briefings/")
/// ```
public struct ArticleFinder: Sendable {
    public init() {}

    public func files(at path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadError(path: path, reason: "no such file or folder")
        }
        guard isFolder.boolValue else { return [path] }
        let root = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw ReadError(path: path, reason: "cannot list the folder")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
            guard ArticleFormat.folderExtensions.contains(ext) else { continue }
            let full = root + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        guard !found.isEmpty else {
            throw ReadError(path: path, reason: "no .txt, .md or .story files in this folder")
        }
        return found.sorted()
    }
}
