import Foundation

/// A file of commands, one a line, as `-f FILE` and `.read FILE` run it.
/// Blank lines and `#` comments are skipped when run; line numbers count every line.
///
/// ```swift
/// let script = try Script(path: "Briefings/armenia.briefing")
/// script.lines.first  // "# A briefing on ..."
/// ```
public struct Script: Sendable, Equatable {
    /// The path as given: it names the script in `FILE:LINE: error:` messages.
    public var name: String
    public var lines: [String]

    public init(name: String, lines: [String]) {
        self.name = name
        self.lines = lines
    }

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("cannot read script '\(path)': \(FileManager.default.fileExists(atPath: path) ? "not a readable file" : "no such file")")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandError("cannot read script '\(path)': not valid UTF-8 text")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        self.init(name: path, lines: lines)
    }

    /// True for lines a script runner skips: blank, or a `#` comment.
    public static func isSkipped(_ line: String) -> Bool {
        let text = line.trimmingSpaces
        return text.isEmpty || text.hasPrefix("#")
    }
}
