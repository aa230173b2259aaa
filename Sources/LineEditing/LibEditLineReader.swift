internal import CLibEdit
import Foundation
import Synchronization

/// Lines typed at a terminal, edited with libedit: history, Tab completion, Ctrl-C clears the
/// line, Ctrl-D on an empty line ends input. Use it only when stdin and stdout are terminals.
///
/// ```swift
/// var reader = LibEditLineReader(historyPath: LibEditLineReader.defaultHistoryPath())
/// reader.setCompletions { typed in ["articles", "help"].filter { $0.hasPrefix(typed) } }
/// while let line = reader.readLine(prompt: "briefing> ") { print(line) }
/// ```
public struct LibEditLineReader: LineReader {
    /// Where history is kept; nil keeps none.
    public let historyPath: String?
    /// Most entries kept in the history file.
    public static let historyLimit: Int32 = 1000

    /// Sets the locale (so non-ASCII input decodes), initializes libedit, loads history.
    public init(historyPath: String?, programName: String = "briefing") {
        self.historyPath = historyPath
        Terminal.prepare(programName: programName)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            _ = read_history(historyPath)
        }
        stifle_history(Self.historyLimit)
    }

    /// `$BRIEFING_HISTORY`, else `~/.briefing_history`.
    public static func defaultHistoryPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["BRIEFING_HISTORY"], !path.isEmpty { return path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.briefing_history"
    }

    /// What Tab offers: whole-line candidates for the text typed so far.
    public func setCompletions(_ completions: @escaping @Sendable (String) -> [String]) {
        Terminal.completions.withLock { $0 = completions }
    }

    public mutating func readLine(prompt: String) -> String? {
        while true {
            errno = 0
            guard let raw = readline(prompt) else {
                // Ctrl-C interrupts the read: drop the partial line and prompt again.
                if errno == EINTR {
                    FileHandle.standardOutput.write(Data("\n".utf8))
                    continue
                }
                FileHandle.standardOutput.write(Data("\n".utf8))
                return nil
            }
            let line = String(cString: raw)
            free(raw)
            remember(line)
            return line
        }
    }

    /// Adds an interactive line to history (folding a repeat of the last one) and saves it, mode 0600.
    private func remember(_ typed: String) {
        let line = typed.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { return }
        if let last = briefing_rl_last_history(), String(cString: last) == line { return }
        _ = add_history(line)
        guard let historyPath else { return }
        if !FileManager.default.fileExists(atPath: historyPath) {
            let descriptor = open(historyPath, O_WRONLY | O_CREAT, 0o600)
            if descriptor >= 0 { close(descriptor) }
        }
        _ = write_history(historyPath)
        chmod(historyPath, 0o600)
    }
}

/// Process-wide libedit set-up and the Tab callback's context (a C callback cannot capture).
enum Terminal {
    static let completions = Mutex<(@Sendable (String) -> [String])?>(nil)
    private static let prepared = Mutex(false)

    static func prepare(programName: String) {
        let first = prepared.withLock { done in
            defer { done = true }
            return !done
        }
        guard first else { return }
        if setlocale(LC_CTYPE, "") == nil { setlocale(LC_CTYPE, "C.UTF-8") }
        let name = strdup(programName)
        briefing_rl_set_name(name)
        briefing_rl_set_completion(complete)
        _ = rl_initialize()
        installInterruptHandler()
    }

    /// SIGINT without SA_RESTART, so a read in progress returns EINTR instead of killing us.
    private static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent may have left SIGINT blocked; Ctrl-C must reach us.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// libedit's attempted-completion callback: `[common prefix, matches..., NULL]`, each `strdup`'d.
    /// `start` and `end` count characters (wide chars), not bytes.
    private static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { _, start, end in
        briefing_rl_completion_over()
        guard let buffer = briefing_rl_line_buffer(), let provider = completions.withLock({ $0 }) else { return nil }
        let scalars = Array(String(cString: buffer).unicodeScalars)
        var typed = String.UnicodeScalarView()
        typed.append(contentsOf: scalars.prefix(Int(end)))
        let words = provider(String(typed)).map { candidate -> String in
            var tail = String.UnicodeScalarView()
            tail.append(contentsOf: candidate.unicodeScalars.dropFirst(Int(start)))
            return String(tail)
        }
        guard !words.isEmpty else { return nil }
        let common = words.dropFirst().reduce(words[0], commonPrefix)
        let list = calloc(words.count + 2, MemoryLayout<UnsafeMutablePointer<CChar>?>.stride)!
            .assumingMemoryBound(to: UnsafeMutablePointer<CChar>?.self)
        list[0] = strdup(words.count == 1 ? words[0] : common)
        for (index, word) in words.enumerated() { list[index + 1] = strdup(word) }
        return list
    }

    private static func commonPrefix(_ a: String, _ b: String) -> String {
        var out = String.UnicodeScalarView()
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            out.append(x)
        }
        return String(out)
    }
}
