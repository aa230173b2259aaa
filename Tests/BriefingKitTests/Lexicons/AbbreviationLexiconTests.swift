import Testing

@testable import BriefingKit

@Suite struct AbbreviationLexiconTests {
    @Test func standardKinds() {
        let lexicon = AbbreviationLexicon.standard
        #expect(lexicon.kind(of: "Gov.") == .title)
        #expect(lexicon.kind(of: "No.") == .number)
        #expect(lexicon.kind(of: "Inc.") == .other)
        #expect(lexicon.kind(of: "gov.") == nil)
        #expect(lexicon.kind(of: "Smith.") == nil)
    }

    @Test func userEntriesExtendTheList() {
        let lexicon = AbbreviationLexicon.standard.extended(with: "# mine\nBrgy. | title\nIntl.   # kind defaults to other\nnot-an-abbreviation | title")
        #expect(lexicon.kind(of: "Brgy.") == .title)
        #expect(lexicon.kind(of: "Intl.") == .other)
        #expect(lexicon.kind(of: "not-an-abbreviation") == nil)
        #expect(lexicon.kind(of: "Gov.") == .title)
    }

    @Test func starters() {
        let starters = SentenceStarterLexicon.standard.extended(with: "Officials\n# comment")
        #expect(starters.contains("The") && starters.contains("Officials"))
        #expect(!starters.contains("Senate") && !starters.contains("# comment"))
    }
}
