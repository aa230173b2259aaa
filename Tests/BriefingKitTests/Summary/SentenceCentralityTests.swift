import Testing
@testable import BriefingKit

@Suite struct SentenceCentralityTests {
    let bags: [[String]] = [
        ["flood", "town", "evacu", "river"],
        ["river", "flood", "record", "rain"],
        ["flood", "town", "rescu", "river"],
        ["footbal", "match", "cup", "final"],
    ]

    @Test func sentencesTheOthersEchoRankHighest() {
        let scores = SentenceCentrality().scores(bags)
        #expect(scores[0] > scores[3])
        #expect(scores[2] > scores[3])
        // Unconnected: PageRank leaves it the teleport share only.
        #expect(abs(scores[3] - 0.15) < 1e-9)
    }

    // 3 shared words over log 4 + log 4.
    @Test func similaritySharesOverLogLengths() {
        let s = SentenceCentrality.similarity(Set(bags[0]), Set(bags[2]))
        #expect(abs(s - 3 / (2 * 1.3862943611198906)) < 1e-9)
        #expect(SentenceCentrality.similarity(["a"], ["a", "b"]) == 0)
    }

    @Test func leadInFavoursWhatLaterSentencesTakeUp() {
        let forward = SentenceCentrality().forwardSimilarity(bags)
        #expect(forward[0] > forward[2])
        #expect(forward[3] == 0)
    }
}
