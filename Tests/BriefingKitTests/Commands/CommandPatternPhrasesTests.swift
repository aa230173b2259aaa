import Testing
@testable import BriefingKit

@Suite struct CommandPatternPhrasesTests {
    @Test func alternativesExpandIntoPhrases() {
        #expect(CommandPattern("who spoke|talked with <NAME>").leadingPhrases == ["who spoke with", "who talked with"])
        #expect(CommandPattern("sentences [ARTICLE]").leadingPhrases == ["sentences"])
        #expect(CommandPattern("<X> rest").leadingPhrases == [])
    }
}
