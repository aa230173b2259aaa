/// Short readable article ids from file names: `armenia-azerbaijan`, `politics-001`, `017d27d0`.
///
/// Lower-case letters and digits joined by `-`; hash-like parts (long runs of hex digits, as in
/// CNN's SHA-1 names) are cut to 8 characters; a name whose first word is a number takes its
/// folder's name as a prefix; long names are cut at a word. Uniqueness within a store is the store's job.
///
/// ```swift
/// ArticleID.make(path: "bbc/politics/001.txt")                    // "politics-001"
/// ArticleID.make(path: "cnn/017d27d00eb43678c15cb4a8dd4723a035323219.story")  // "017d27d0"
/// ```
public enum ArticleID {
    /// Longest id, in characters.
    public static let maximumLength = 40

    public static func make(path: String) -> String {
        let parts = path.split(separator: "/")
        var name = String(parts.last ?? "")
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        var id = slug(name)
        // "001" or "001.summary" says little alone: "politics-001", "politics-001-summary".
        let firstWord = name.unicodeScalars.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        if !firstWord.contains(where: { $0.properties.isAlphabetic }), parts.count >= 2 {
            let folder = slug(String(parts[parts.count - 2]))
            if !folder.isEmpty, folder != "." { id = id.isEmpty ? folder : folder + "-" + id }
        }
        return id.isEmpty ? "article" : id
    }

    /// Words of `text` in lower case, joined by `-`, hashes shortened, cut to the maximum length.
    static func slug(_ text: String) -> String {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.append(scalar)
            } else if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        var id = ""
        for word in words.map(shortened) {
            let next = id.isEmpty ? word : id + "-" + word
            if next.count > maximumLength, !id.isEmpty { break }
            id = String(next.prefix(maximumLength))
        }
        return id
    }

    /// Hex runs of 12 or more characters with a digit (hashes) keep their first 8.
    static func shortened(_ word: String) -> String {
        let isHex = word.count >= 12 && word.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
        let hasDigit = word.unicodeScalars.contains { ("0"..."9").contains($0) }
        return isHex && hasDigit ? String(word.prefix(8)) : word
    }
}
