import Foundation

/// Runs the built `briefing` executable, as a user would from a shell.
///
/// The binary is the one `swift build` put next to the test bundle (`.build/debug/briefing`);
/// `BRIEFING_BINARY` overrides. The README's test command builds it before the tests run.
struct BriefingBinary {
    static let packageRoot = #filePath.components(separatedBy: "/Tests/")[0]

    static var path: String {
        if let override = ProcessInfo.processInfo.environment["BRIEFING_BINARY"] { return override }
        let testBundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        let nextToTests = (testBundle as NSString).deletingLastPathComponent + "/briefing"
        if FileManager.default.isExecutableFile(atPath: nextToTests) { return nextToTests }
        return packageRoot + "/.build/debug/briefing"
    }

    static let seed = packageRoot + "/Briefings/armenia-azerbaijan.txt"

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// Runs the binary with `arguments`, feeding `input` on stdin (a pipe, so not a terminal).
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing(path: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both streams before waiting, so a full pipe cannot block the child.
        let err = Reader(stderr.fileHandleForReading)
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err.finish(), as: UTF8.self))
    }

    struct Missing: Error, CustomStringConvertible {
        var path: String
        var description: String { "no briefing binary at \(path): run `swift build` before `swift test` (./scripts/test does)" }
    }

    /// Drains a file handle on a background thread.
    final class Reader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func finish() -> Data {
            done.wait()
            return data
        }
    }
}
