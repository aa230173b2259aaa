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
        #expect(scores[3] == 0)  // shares no word with the others
        // 3 of 4 words shared with sentence 3, 2 with sentence 2: 3/4 + 2/4.
        #expect(abs(scores[0] - 1.25) < 1e-9)
    }

    // Vectors (a:2, b:1) and (a:1, c:1): dot 2 over √5 · √2.
    @Test func similarityIsTheCosineOfWordCounts() {
        let s = SentenceCentrality.similarity(["a": 2, "b": 1], ["a": 1, "c": 1])
        #expect(abs(s - 2 / (5.0.squareRoot() * 2.0.squareRoot())) < 1e-9)
        #expect(SentenceCentrality.similarity(["a": 1], ["b": 1]) == 0)
        #expect(SentenceCentrality.similarity([:], ["b": 1]) == 0)
    }

    @Test func repeatedWordsWeighMore() {
        let scores = SentenceCentrality().scores([["vote", "vote", "tax"], ["vote"], ["tax"]])
        #expect(scores[1] > scores[2])
    }

    @Test func leadInFavoursWhatLaterSentencesTakeUp() {
        let forward = SentenceCentrality().forwardSimilarity(bags)
        #expect(forward[0] > forward[2])
        #expect(forward[3] == 0)
    }
}
