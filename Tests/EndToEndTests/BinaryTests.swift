import Foundation
import Testing

@Suite struct BinaryTests {
    @Test func articlesCommandAnswersInJSON() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let binary = root.appendingPathComponent(".build/debug/briefing")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--json", "-c", "articles", root.appendingPathComponent("Briefings/armenia-azerbaijan.txt").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(out.contains("\"ok\":true"))
    }
}
