/// Every way a session can fail, with its message and exit status, in one place.
///
/// ```swift
/// let error = SessionError.command(CommandError("no article 'x'"), at: SourceLocation(file: "b", line: 3))
/// error.diagnostic   // "b:3: error: no article 'x'"
/// error.exitStatus   // .failure
/// ```
public enum SessionError: Error, Sendable, Equatable {
    /// A command could not be answered.
    case command(CommandError, at: SourceLocation?)
    /// A file could not be read as an article.
    case read(ReadError)
    /// The command line itself was wrong.
    case usage(String)

    /// The line for stderr: `FILE:LINE: error: MESSAGE`, or `error: MESSAGE` without a place.
    public var diagnostic: String {
        switch self {
        case .command(let error, let location):
            return (location.map { "\($0): " } ?? "") + "error: " + error.message
        case .read(let error):
            let place = error.line.map { "\(error.path):\($0)" } ?? error.path
            return "\(place): error: \(error.reason)"
        case .usage(let message):
            return "error: \(message)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .command, .read: .failure
        case .usage: .usage
        }
    }
}

/// What the process returns: 0 when everything worked, 1 when something failed, 64 for a usage error.
public enum ExitStatus: Int32, Sendable, Comparable {
    case success = 0
    case failure = 1
    /// `EX_USAGE` from sysexits.h.
    case usage = 64

    public static func < (a: ExitStatus, b: ExitStatus) -> Bool { a.rawValue < b.rawValue }
}
