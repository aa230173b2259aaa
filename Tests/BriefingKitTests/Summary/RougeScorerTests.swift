import Testing
@testable import BriefingKit

@Suite struct RougeScorerTests {
    let scorer = RougeScorer()

    @Test func tokenizesLikeTheReferencePackage() {
        #expect(scorer.tokens("U.S. troops' £1.2bn, Hello WORLD!") == ["u", "s", "troop", "1", "2bn", "hello", "world"])
        #expect(RougeScorer(stemming: false).tokens("Troops killed") == ["troops", "killed"])
    }

    // Counted by hand: 5 of 6 words shared; bigrams "the cat", "on the", "the mat" (3 of 5);
    // longest common subsequence "the cat on the mat" (5).
    @Test func oneWordSwapped() {
        let s = scorer.score(candidate: "The cat sat on the mat.", reference: "the cat lay on the mat")
        #expect(abs(s.rouge1.f1 - 5.0 / 6) < 1e-9)
        #expect(abs(s.rouge2.f1 - 3.0 / 5) < 1e-9)
        #expect(abs(s.rougeL.f1 - 5.0 / 6) < 1e-9)
    }

    // Candidate [polic arrest two men] against eight reference words: P 1, R 1/2 -> F 2/3;
    // bigrams 3 of 3 against 7 -> F 2*(3/7)/(1+3/7) = 0.6.
    @Test func shortCandidateHasFullPrecision() {
        let s = scorer.score(candidate: "Police arrested two men", reference: "Police arrested two men on Friday in Paris")
        #expect(abs(s.rouge1.precision - 1) < 1e-9)
        #expect(abs(s.rouge1.recall - 0.5) < 1e-9)
        #expect(abs(s.rouge1.f1 - 2.0 / 3) < 1e-9)
        #expect(abs(s.rouge2.f1 - 0.6) < 1e-9)
        #expect(abs(s.rougeL.f1 - 2.0 / 3) < 1e-9)
    }

    // With stemming: [soldier were kill] against [a soldier kill]: 2 of 3 words, no shared bigram,
    // LCS "soldier kill". Without stemming nothing matches.
    @Test func stemmingMatchesInflections() {
        let stemmed = scorer.score(candidate: "Soldiers were killed", reference: "a soldier killing")
        #expect(abs(stemmed.rouge1.f1 - 2.0 / 3) < 1e-9)
        #expect(stemmed.rouge2.f1 == 0)
        #expect(abs(stemmed.rougeL.f1 - 2.0 / 3) < 1e-9)
        let plain = RougeScorer(stemming: false).score(candidate: "Soldiers were killed", reference: "a soldier killing")
        #expect(plain.rouge1.f1 == 0)
    }

    // LCS keeps order: "a b c d" against "d c b a" shares every word but only one in order.
    @Test func rougeLNeedsOrder() {
        let s = scorer.score(candidate: "a b c d", reference: "d c b a")
        #expect(s.rouge1.f1 == 1)
        #expect(s.rouge2.f1 == 0)
        #expect(abs(s.rougeL.f1 - 0.25) < 1e-9)
    }

    @Test func emptyTextScoresZero() {
        #expect(scorer.score(candidate: "", reference: "something here").rouge1.f1 == 0)
    }
}
