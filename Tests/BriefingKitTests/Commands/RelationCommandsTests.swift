import Foundation
import Testing
@testable import BriefingKit

/// A runner over one article made of our own example paragraphs.
func runner(_ paragraphs: [String]) -> CommandRunner {
    var workspace = Workspace()
    workspace.store.add(analyzed(paragraphs))
    return CommandRunner(workspace: workspace, json: true)
}

/// The JSON object a command prints.
func json(_ runner: inout CommandRunner, _ line: String) throws -> [String: Any] {
    let output = runner.run(line)
    let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    return try #require(object as? [String: Any])
}

func values(_ object: [String: Any]) -> [String] {
    (object["results"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
}

let story = [
    "[Norland:country] President [Lena Frost] held talks with [Sam Okafor] on Monday and [Okafor=Sam Okafor] also spoke with [Dana Reyes] and [Tom Reid], officials said.",
    "[Frost=Lena Frost] told reporters the port would open in May.",
    "“The harbour is ready,” [Frost=Lena Frost] said.",
    "[Reyes=Dana Reyes] met [Frost=Lena Frost] in [Lisbon:place].",
    "More than 300 workers were hired and about 40 ships were repaired.",
]

@Suite struct RelationCommandsTests {
    @Test func anOrganizationAnswersWithItsAcronymToo() throws {
        var workspace = Workspace()
        workspace.store.add(ArticleAnalyzer().analyze(TextSegmenter().segment(id: "f", title: "T", paragraphs: [
            "Tom Hale spoke with the Federal Bureau of Investigation (FBI) on Monday.",
        ])))
        var runner = CommandRunner(workspace: workspace, json: true)
        #expect(values(try json(&runner, "who did Hale speak with")) == ["Federal Bureau of Investigation (FBI)"])
    }

    @Test func whoSpokeWithListsEachPartyOnceByFullName() throws {
        var r = runner(story)
        let answer = try json(&r, "who spoke with Okafor")
        #expect(answer["answer"] as? String == "Lena Frost, Dana Reyes, Tom Reid")
        #expect(values(answer) == ["Lena Frost", "Dana Reyes", "Tom Reid"])
    }

    @Test(arguments: ["who did Okafor speak with", "who talked to Okafor", "with whom did Okafor speak"])
    func paraphrasesAgree(line: String) throws {
        var r = runner(story)
        #expect(values(try json(&r, line)) == ["Lena Frost", "Dana Reyes", "Tom Reid"])
    }

    @Test func whoMetCountsMeetingsAndTalks() throws {
        var r = runner(story)
        #expect(values(try json(&r, "who met Frost")) == ["Sam Okafor", "Dana Reyes"])
    }

    @Test(arguments: ["who held talks with Okafor", "who did Okafor meet", "who will Okafor meet"])
    func talksFormsAgree(line: String) throws {
        var r = runner(story)
        #expect(values(try json(&r, line)) == ["Lena Frost"])
    }

    @Test func unknownNameSuggests() throws {
        var r = runner(story)
        let answer = try json(&r, "who spoke with Okafro")
        #expect(answer["ok"] as? Bool == false)
        #expect((answer["error"] as? String)?.contains("Sam Okafor") == true)
    }

    @Test func knownNameWithoutContactsSaysSo() throws {
        var r = runner(story + ["[Mia Lund] stayed at home."])
        let answer = try json(&r, "who spoke with Lund")
        #expect(answer["ok"] as? Bool == true)
        #expect((answer["answer"] as? String)?.hasPrefix("No one") == true)
    }

    @Test func whatDidSayPutsDirectQuotesFirst() throws {
        var r = runner(story)
        let answer = try json(&r, "what did Frost say")
        #expect(values(answer) == ["The harbour is ready", "the port would open in May"])
        let first = (answer["results"] as? [[String: Any]])?.first
        #expect(first?["speaker"] as? String == "Lena Frost")
        #expect(first?["quote"] as? String == "The harbour is ready")
    }

    @Test func aQuoteOfTwoSpeakersIsEachOnes() throws {
        var r = runner(["[Lena Frost] and [Tom Reid] said in a joint statement: “The port will open in May.”"])
        #expect(values(try json(&r, "what did Frost say")) == ["The port will open in May."])
        #expect(values(try json(&r, "what did Reid say")) == ["The port will open in May."])
        #expect(values(try json(&r, "who said the port will open")) == ["Lena Frost and Tom Reid"])
    }

    @Test func aQuoteRepeatedInAPullQuoteIsListedOnce() throws {
        var r = runner([
            "“The harbour is ready. We will open in May,” [Lena Frost] told reporters.",
            "\"The harbour is ready. We will open in May.",
            "[Lena Frost], mayor of the port.\"",
        ])
        let answer = try json(&r, "what did Frost say")
        #expect(values(answer).filter { $0.contains("harbour is ready") }.count == 1)
    }

    @Test(arguments: ["who said the harbour is ready", "who said \"harbour is READY\"", "who said harbour ready"])
    func whoSaidMatchesForgivingly(line: String) throws {
        var r = runner(story)
        #expect(values(try json(&r, line)) == ["Lena Frost"])
    }

    @Test func howManyMatchesCountedNounAndEvent() throws {
        var r = runner(story)
        #expect(values(try json(&r, "how many ships were repaired")) == ["about 40 ships repaired"])
        #expect(values(try json(&r, "how many workers were hired?")) == ["more than 300 workers hired"])
    }

    @Test func relationsGroupsByKind() throws {
        var r = runner(story)
        let answer = try json(&r, "relations Frost")
        #expect(values(answer) == ["met Sam Okafor", "met Dana Reyes", "told reporters"])
    }
}

@Suite struct HowManyRankingTests {
    @Test func aNumberBeatsAVagueCount() throws {
        var r = runner([
            "Rights groups say at least 1,210 people were handed the death sentence last year.",
            "Courts held mass sentencing hearings against scores of people.",
        ])
        #expect(values(try json(&r, "how many people were sentenced to death")) == ["at least 1,210 people handed"])
    }

    @Test func anAbbreviationBeforeTheNounStillFindsIt() throws {
        var r = runner(["About 40,000 U.S. soldiers are based in Cyprus, officials said."])
        #expect(values(try json(&r, "how many U.S. soldiers are in Cyprus")) == ["about 40,000 U.S. soldiers based"])
    }

    @Test func theWholeNounPhraseChoosesBetweenCounts() throws {
        var r = runner(["The 14 Liberal MPs and 9 Labour peers met on Monday, along with 3 Labour MPs."])
        #expect(values(try json(&r, "how many Labour MPs")) == ["3 Labour MPs"])
    }

    @Test func aModifierCountAnswersItsNoun() throws {
        var r = runner(["The mayor hoped the 9 Green MPs would back the plan."])
        #expect(values(try json(&r, "how many Green MPs were there")) == ["9 Green MPs"])
    }
}
