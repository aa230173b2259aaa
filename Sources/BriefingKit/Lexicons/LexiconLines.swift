/// Reads lexicon text: one entry a line, `#` starts a comment, blank lines are skipped,
/// fields are separated by `|`.
///
/// ```swift
/// LexiconLines.entries("# verbs\nsay said | with")  // [["say said", "with"]]
/// ```
public enum LexiconLines {
    /// The non-empty, comment-free lines of `text`, trimmed.
    public static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = LexiconTable.trimmed(line)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Each line split into trimmed `|` fields.
    public static func entries(_ text: String) -> [[String]] {
        lines(text).map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).map {
                LexiconTable.trimmed($0)
            }
        }
    }

    /// Every word of every line, lowercased: for plain word lists.
    public static func words(_ text: String) -> Set<String> {
        Set(lines(text).flatMap { $0.lowercased().split(separator: " ").map(String.init) })
    }

    /// Every line as one lowercased phrase: for lists of multi-word phrases.
    public static func phrases(_ text: String) -> [String] {
        lines(text).map { $0.lowercased() }
    }
}

import Foundation
