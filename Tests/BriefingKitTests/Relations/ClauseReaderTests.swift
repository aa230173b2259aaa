import Testing
@testable import BriefingKit

/// Clause subjects the speaker of a cue comes from.
@Suite struct ClauseReaderTests {
    /// The canonical speaker of every quote.
    func speakers(_ paragraphs: [String]) -> [String] {
        let model = analyzed(paragraphs)
        return model.quotes.map { QuoteAnswer.speakerName($0, in: model) }
    }

    /// `X, after previous Y rallies, wrote`: a name inside an aside set off between the subject
    /// and its verb (opened by a preposition or a subordinator) is no subject of that verb.
    @Test(arguments: [
        "[Mara Quill], after previous [Ed Varden] rallies, wrote that she would not be surprised if someone got “badly hurt.”",
        "[Mara Quill], during a long interview with [Ed Varden] on Monday, said the port was “ready for the storm.”",
        "[Mara Quill], like [Ed Varden], said the port was “ready for the storm.”",
    ])
    func aNameInsideAnAsideIsNoSubject(sentence: String) {
        #expect(speakers([sentence]) == ["Mara Quill"])
    }

    /// ... but a name opening the clause after a fronted phrase still speaks.
    @Test func aSubjectAfterAFrontedPhraseSpeaks() {
        #expect(speakers(["In [Dunmore:place], after the rally, [Ed Varden] said the crowd was “the best yet.”"]) == ["Ed Varden"])
    }

    /// `X, 59, of Town, State, who ..., said`: the person, not her hometown or its state.
    @Test(arguments: [
        "[Donna Carver], 59, of [Ashton:place], [Md.=Maryland:place], who watched the vote at home, said the town was “fed up with the noise.”",
        "[Donna Carver] of [Ashton:place], [Md.=Maryland:place], who watched the vote at home, said the town was “fed up with the noise.”",
        "[Donna Carver], 59, of [Maryland:place], who watched the vote at home, said the town was “fed up with the noise.”",
    ])
    func aHometownAfterAPersonIsNoSpeaker(sentence: String) {
        #expect(speakers([sentence]) == ["Donna Carver"])
    }

    /// `a Varden delegate`, `the Varden campaign`: a person's name between an article and a
    /// noun only describes the noun.
    @Test(arguments: [
        ("At a [Ed Varden] rally, the crowd chanted “Build the pier!”", "the crowd"),
        ("The [Ed Varden] campaign said the poll was “fake news.”", "The Ed Varden campaign"),
        ("When [Mara Quill] was named as a [Varden=Ed Varden] delegate, a columnist for the news site [Dockside:organization] said she was “a disgrace.”",
         "a columnist for the news site Dockside"),
    ])
    func aNameModifyingANounIsNoSubject(sentence: String, expected: String) {
        #expect(speakers([sentence]) == [expected])
    }

    /// `the raid that killed 9/11 plotter X ... and said`: a slash inside a word sets nothing off.
    @Test func aSlashInsideAWordSetsNothingOff() {
        let sentence = "[Lena Frost], the former mayor, praised the raid that killed 9/11 plotter [Ivo Brand] during a forum and said she has what the job needs: “Steadiness.”"
        #expect(speakers([sentence]).allSatisfy { $0 == "Lena Frost" })
        #expect(!speakers([sentence]).isEmpty)
    }
}
