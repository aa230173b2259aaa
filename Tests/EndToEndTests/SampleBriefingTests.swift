import Foundation
import Testing

/// The sample briefings in `Briefings/` run cleanly, and the two-article story shows what only
/// several articles give: one person across both, contacts from both, a count said twice once.
@Suite struct SampleBriefingTests {
    static let briefings = BriefingBinary.packageRoot + "/Briefings"

    @Test(arguments: [
        ("armenia.briefing", "armenia-azerbaijan.txt"),
        ("port-strike/port-strike.briefing", "port-strike/"),
    ])
    func scriptRunsWithoutAnError(script: String, articles: String) throws {
        let result = try BriefingBinary.run(["-f", "\(Self.briefings)/\(script)", "\(Self.briefings)/\(articles)"])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("error"))
    }

    @Test func theTwoArticleStoryIsMergedForTheReader() throws {
        let folder = "\(Self.briefings)/port-strike/"
        let commands = ["who spoke with Keeling", "who is Brenn", "how many dock workers walked out"]
        let result = try BriefingBinary.run(["--json"] + commands.flatMap { ["-c", $0] } + [folder])
        #expect(result.status == 0)
        let answers = try result.stdoutLines.map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["answer"] as? String ?? ""
        }
        #expect(answers.count == 3)
        // Brenn (article 1), Varga and Lind (article 2).
        for name in ["Tomas Brenn", "Ilse Varga", "Oskar Lind"] { #expect(answers[0].contains(name), "\(answers[0])") }
        #expect(answers[1].hasPrefix("Tomas Brenn: Harbour Master"))
        // Both articles give the 4,000; it is answered once.
        #expect(answers[2].components(separatedBy: "4,000").count == 2, "\(answers[2])")
    }
}
