import Foundation

/// Where a session writes: answers to one stream, diagnostics and reports to the other.
/// Each write goes straight out (no buffering), so answers and errors stay in order in pipes.
///
/// ```swift
/// let output = SessionOutput.standard
/// output.answer("1 article")
/// output.diagnostic("error: no article 'x'")
/// ```
public struct SessionOutput: Sendable {
    public var answer: @Sendable (String) -> Void
    public var diagnostic: @Sendable (String) -> Void

    public init(answer: @escaping @Sendable (String) -> Void, diagnostic: @escaping @Sendable (String) -> Void) {
        self.answer = answer
        self.diagnostic = diagnostic
    }

    /// stdout and stderr, a line per call.
    public static let standard = SessionOutput(
        answer: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) },
        diagnostic: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
}
