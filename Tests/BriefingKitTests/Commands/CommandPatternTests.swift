import Testing
@testable import BriefingKit

@Suite struct CommandPatternTests {
    @Test func slotTakesTheWordsBetweenLiterals() {
        let pattern = CommandPattern("who did <NAME> speak|talk with|to")
        #expect(pattern.match("Who did Nikol Pashinyan speak with") == ["NAME": "Nikol Pashinyan"])
        #expect(pattern.match("who did speak with") == nil)
    }

    @Test func optionalSlotMayBeEmpty() {
        let pattern = CommandPattern("sentences [ARTICLE]")
        #expect(pattern.match("sentences") == [:])
        #expect(pattern.match("sentences armenia") == ["ARTICLE": "armenia"])
        #expect(pattern.match("articles") == nil)
    }

    @Test func leadingWordsStopAtTheFirstSlot() {
        #expect(CommandPattern("who spoke|talked with <NAME>").leadingWords == ["who", "spoke", "with"])
    }
}
