import ArgumentParser
import BriefingKit
import Foundation

struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "briefing")

    @Flag(help: "Print one JSON object per command.") var json = false
    @Option(name: .customShort("c"), help: "Run COMMAND (repeatable) and exit.") var command: [String] = []
    @Argument(help: "Article files or folders to load.") var paths: [String] = []

    func run() throws {
        var runner = CommandRunner(json: json)
        let report = runner.workspace.load(paths: paths)
        for failure in report.failures { FileHandle.standardError.write(Data("error: \(failure)\n".utf8)) }
        var failed = false
        for line in command {
            let output = runner.run(line)
            if !output.stdout.isEmpty { print(output.stdout) }
            if let error = output.error { failed = true; FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
        }
        if failed { throw ExitCode(1) }
    }
}
