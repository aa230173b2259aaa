import ArgumentParser
import BriefingKit
import Foundation

// Flags are parsed here; a bad flag is a usage error (exit 64), --help is not an error.
let command: BriefingCommand
do {
    command = try BriefingCommand.parse()
} catch {
    if BriefingCommand.exitCode(for: error) == .success {
        print(BriefingCommand.fullMessage(for: error))
        exit(ExitStatus.success.rawValue)
    }
    FileHandle.standardError.write(Data((BriefingCommand.fullMessage(for: error) + "\n").utf8))
    exit(ExitStatus.usage.rawValue)
}
exit(command.runSession().rawValue)
