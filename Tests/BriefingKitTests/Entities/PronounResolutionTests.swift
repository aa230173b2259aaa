import Testing
@testable import BriefingKit

/// Which person he/she/her means. Sentences written for these tests (fictional people).
@Suite struct PronounResolutionTests {
    func referent(of pronoun: String, in paragraphs: [String]) -> String? {
        let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
        return table.mentions.last { $0.form == .pronoun && $0.text == pronoun }.map { table.entities[$0.entity].name }
    }

    @Test func theSubjectComesBeforeAPrepositionsObject() {
        let text = ["Following talks with Mr Varga, Mr Haddad said the plan was good.", "He added that more talks would follow."]
        #expect(referent(of: "He", in: text) == "Haddad")
    }

    @Test func aPersonAlreadyCalledSheStaysTheReferent() {
        let text = [
            "Aung Mya met President Htin Lwin on Tuesday, and she said it went well.",
            "Htin Lwin spoke first. Later, reporters met with her again.",
        ]
        #expect(referent(of: "her", in: text) == "Aung Mya")
    }

    @Test func inItsOwnSentenceTheSubjectBeatsAManKnownFromBefore() {
        let text = [
            "Doctors treated Senator Hale on Monday, spokesman Dan Okoro said.",
            "Hale is in good humor, Okoro said, and will resume his duties.",
        ]
        #expect(referent(of: "his", in: text) == "Hale")
    }

    @Test func aSubjectPronounContinuesThePreviousSubject() {
        let text = [
            "Doctors operated on Senator Hale on Saturday. Deputy leader Tom Varga took charge.",
            "The senator was awake for most of it. He spoke to his wife afterwards.",
        ]
        #expect(referent(of: "He", in: text) == "Hale")
    }

    @Test func aPossessiveOpeningTheSentenceIsTheSubjectAfterIt() {
        let text = ["Tom Reyes and Sam Varga signed the pledge in January.", "After his speech, Varga left early."]
        #expect(referent(of: "his", in: text) == "Sam Varga")
    }

    @Test func aPossessivePronounIsNoSubject() {
        let text = [
            "Bako and Wumi signed the pledge in January.",
            "In his statement, Wumi said the vote was fair.",
            "He urged calm.",
        ]
        #expect(referent(of: "He", in: text) == "Wumi")
    }
}
