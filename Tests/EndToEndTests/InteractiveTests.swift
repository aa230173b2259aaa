import Foundation
import Testing

#if canImport(Glibc)
import Glibc

/// The prompt through a pseudo-terminal: libedit, history, Ctrl-C, Ctrl-D.
@Suite struct InteractiveTests {
    @Test func promptAnswersKeepsHistoryAndExitsOnControlD() throws {
        let folder = NSTemporaryDirectory() + "briefing-pty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let history = folder + "/history"
        let terminal = try PseudoTerminal(
            BriefingBinary.path, arguments: [BriefingBinary.seed],
            environment: ["BRIEFING_HISTORY": history, "TERM": "xterm", "HOME": folder, "LANG": "C.UTF-8"])

        let greeting = try terminal.read(until: "briefing> ")
        #expect(greeting.contains("Type 'help'"))
        terminal.type("articles\r")
        let answer = try terminal.read(until: "briefing> ")
        #expect(answer.contains("1 article"))
        #expect(answer.contains("armenia-azerbaijan"))
        terminal.type("articles\r")
        _ = try terminal.read(until: "briefing> ")
        terminal.type("show Пашинян\r")
        #expect(try terminal.read(until: "briefing> ").contains("no article 'Пашинян'"))

        // Ctrl-C drops the half-typed line and prompts again.
        terminal.type("half typed")
        _ = try terminal.read(until: "half typed")
        usleep(300_000)  // let libedit go back to waiting for a key, as it is when a person presses Ctrl-C
        terminal.interrupt()
        _ = try terminal.read(until: "briefing> ")
        terminal.type("sho\t1\r")
        #expect(try terminal.read(until: "briefing> ").contains("[armenia-azerbaijan:1]"))

        // Ctrl-D on the empty line; typed again if it raced libedit's switch to raw mode.
        var status: Int32?
        for _ in 0..<3 where status == nil {
            usleep(200_000)
            terminal.type("\u{04}")
            status = terminal.waitForExit(timeout: 3)
        }
        #expect(status == 0, "\(terminal.pending.debugDescription)")

        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_"))
        let entries = saved.split(separator: "\n").dropFirst()
        #expect(entries == ["articles", "show\\040Пашинян", "show\\0401"])
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        // The next session starts with that history: Up recalls the last command.
        let again = try PseudoTerminal(
            BriefingBinary.path, arguments: [BriefingBinary.seed],
            environment: ["BRIEFING_HISTORY": history, "TERM": "xterm", "HOME": folder, "LANG": "C.UTF-8"])
        _ = try again.read(until: "briefing> ")
        usleep(200_000)
        again.type("\u{1B}[A\r")
        #expect(try again.read(until: "briefing> ").contains("[armenia-azerbaijan:1]"))
        again.type("quit\r")
        #expect(again.waitForExit() == 0)
    }
}

/// A child process whose stdin, stdout and stderr are the slave side of a pseudo-terminal.
/// It runs in its own session, as a shell's job would: libedit re-sends SIGINT to its process
/// group, which must not be the test runner's.
final class PseudoTerminal {
    private let pid: pid_t
    private let master: Int32
    private var buffer = ""
    /// Output read but not yet returned by ``read(until:timeout:)``.
    var pending: String { buffer }
    private var status: Int32?
    /// glibc's POSIX_SPAWN_SETSID, hidden from Swift behind _GNU_SOURCE.
    static let spawnNewSession: Int32 = 0x80

    init(_ executable: String, arguments: [String], environment: [String: String]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENOTTY) }
        self.master = master
        defer { close(slave) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] { posix_spawn_file_actions_adddup2(&actions, slave, target) }
        posix_spawn_file_actions_addclose(&actions, master)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &interrupt)
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnNewSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let error = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EINVAL) }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            waitpid(pid, nil, 0)
        }
        close(master)
    }

    /// Sends SIGINT, as Ctrl-C does for the terminal's foreground job.
    func interrupt() {
        kill(pid, SIGINT)
    }

    func type(_ text: String) {
        _ = text.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Output up to and including `marker`; fails after `timeout` seconds.
    func read(until marker: String, timeout: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !buffer.contains(marker) {
            guard Date() < deadline else { throw TimeoutError(waitingFor: marker, got: buffer) }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var bytes = [UInt8](repeating: 0, count: 4096)
            let count = Glibc.read(master, &bytes, bytes.count)
            guard count > 0 else { continue }
            buffer += String(decoding: bytes[..<count], as: UTF8.self)
        }
        let range = buffer.range(of: marker)!
        defer { buffer = String(buffer[range.upperBound...]) }
        return String(buffer[..<range.upperBound])
    }

    /// The exit status, or nil when the child is still running after `timeout` seconds.
    func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while status == nil, Date() < deadline {
            var raw: Int32 = 0
            let reaped = waitpid(pid, &raw, WNOHANG)
            if reaped == pid {
                status = (raw & 0x7F) == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
            } else if reaped < 0 {
                // Someone else reaped it (Foundation's Process watches SIGCHLD): unknown status.
                print("waitpid failed: errno \(errno)")
                return -1
            } else {
                _ = try? read(until: "\u{0}", timeout: 0.1)
            }
        }
        return status
    }

    struct TimeoutError: Error, CustomStringConvertible {
        var waitingFor: String
        var got: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); got \(got.debugDescription)" }
    }
}
#endif
