import Testing
@testable import BriefingKit

/// `speaker: text` of the direct quotes, by canonical speaker names.
func directQuotes(_ model: ArticleModel) -> [String] {
    model.quotes.filter(\.isDirect).map { "\(QuoteAnswer.speakerName($0, in: model)): \($0.text)" }
}

@Suite struct QuoteAttributorTests {
    static let cases: [([String], [String])] = [
        (["“The port will open in May,” [Lena Frost] said."], ["Lena Frost: The port will open in May"]),
        (["“The port will open in May,” said [Lena Frost]."], ["Lena Frost: The port will open in May"]),
        // A paragraph that is only a quotation, after one that reported someone's words.
        (["[Tarek Amin] said he hopes more will follow. It is a start.", "“I think they are a bunch of fools.”"],
         ["Tarek Amin: I think they are a bunch of fools."]),
        (["[Lena Frost] said: “The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        (["[Lena Frost] told [Sam Okafor]: “The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        (["“The port will open in May,” [Lena Frost] told reporters after the vote."], ["Lena Frost: The port will open in May"]),
        // A split quote is one quote.
        (["“The port will open,” [Lena Frost] said, “but not before May.”"], ["Lena Frost: The port will open but not before May."]),
        (["“The port will open,” [Lena Frost] said. “But not before May.”"], ["Lena Frost: The port will open But not before May."]),
        (["“The port will open,” [Lena Frost] said, referring to the new pier, “but not before May.”"],
         ["Lena Frost: The port will open but not before May."]),
        (["“The risk,” said [Dana Reyes], an economist at the harbour institute, “is that the ships go elsewhere.”"],
         ["Dana Reyes: The risk is that the ships go elsewhere."]),
        // The cue follows a relative clause with a middle initial in it.
        (["“The port will open in May,” [Lena Frost], who worked for [Sam J. Okafor], told reporters."],
         ["Lena Frost: The port will open in May"]),
        // A signature in a paragraph of its own after the quotation.
        (["“The port is worried about the future of its workers.”", "- [Dana Reyes].", "The claim is old."],
         ["Dana Reyes: The port is worried about the future of its workers."]),
        (["“The tolls must go.”", "—[Dana Reyes], [Portville:place].", "“The pier must stay.”", "- [Tom Reid]."],
         ["Dana Reyes: The tolls must go.", "Tom Reid: The pier must stay."]),
        (["“The tolls must go,” [Dana Reyes] said.", "“The pier must stay.”", "– An old docker herself –."],
         ["Dana Reyes: The tolls must go The pier must stay."]),
        // A paragraph that is only a quotation carries on the quote a cue closed just before it.
        (["“The port will open in May,” [Lena Frost] said at the harbour.", "“After that, the ferries come back.”"],
         ["Lena Frost: The port will open in May After that, the ferries come back."]),
        // A quotation opening the next sentence, with words of no one's after it, carries it on.
        (["“The port will stay open,” said [Lena Frost], the harbour chief. “After May, we will see” or at least not before the summer."],
         ["Lena Frost: The port will stay open After May, we will see"]),
        // Not a quotation with words of its own after it, nor one after a signed quote.
        (["“The harbour lost money for years,” the [Gazette:media] wrote.", "“Since then, things have changed,” [it=Gazette] added."],
         ["Gazette: The harbour lost money for years", "Gazette: Since then, things have changed"]),
        (["“The tolls must go.” — [Dana Reyes]", "“The pier must stay.”", "The vote is in May."],
         ["Dana Reyes: The tolls must go.", "Dana Reyes: The pier must stay."]),
        // A comma inside the marks closes the quotation: the cue after it is its own.
        (["[Tom Reid]'s friend [Ivo Brun] blamed the mayor directly: “It's clearly a political failure,” [Brun=Ivo Brun] said."],
         ["Ivo Brun: It's clearly a political failure"]),
        // A quotation after a short lead-in of the writer's carries on the quote before it.
        (["“We were not happy when the toll was announced,” said [Ivo Brun], head of the dock board. Now, “the crews have made their peace with it.”"],
         ["Ivo Brun: We were not happy when the toll was announced the crews have made their peace with it."]),
        (["“It's a big moment,” said [Ivo Brun]. Unless the rivals quit soon, “it is hard to see how she is stopped.”"],
         ["Ivo Brun: It's a big moment it is hard to see how she is stopped."]),
        (["''It's a big moment,'' said [Ivo Brun]. Unless the rivals quit soon, ''it is hard to see how she is stopped.''"],
         ["Ivo Brun: It's a big moment it is hard to see how she is stopped."]),
        // Not when the lead-in names someone or has a cue of its own.
        (["“It's a big moment,” said [Ivo Brun]. Then [Ada Lind] added, “it is hard to see how she is stopped.”"],
         ["Ivo Brun: It's a big moment", "Ada Lind: it is hard to see how she is stopped."]),
        // A participle's main clause opens the sentence with an unnamed or unlinked subject.
        (["The harbour candidate appeared to defend his plans by saying, “I am trying to save the pier.”"],
         ["The harbour candidate: I am trying to save the pier."]),
        (["[Ada Lind] spoke first. She followed that by saying, “I am not a natural sailor.”"], ["Ada Lind: I am not a natural sailor."]),
        // An appositive set off between an unlinked name and its cue.
        (["Mara Dunn, a close friend of the mayor's who was her chief of staff, said, “Even as mayor, she was alone.”"],
         ["Mara Dunn: Even as mayor, she was alone."]),
        // Not set off inside a statement: a verb phrase, or a clause of its own, before the cue.
        (["When I asked [Ivo Brun], [he=Ivo Brun] looked into the camera, furrowed his brow and said, “I will endorse you!”"],
         ["Ivo Brun: I will endorse you!"]),
        (["[Ivo Brun] said he had not seen it, and when asked about the crews, he said, “I hope not.”"], ["Ivo Brun: I hope not."]),
        // A long appositive between the name after the quotation and its cue.
        (["“Very good reporter, this guy,” [Tom Reid], the harbour frontrunner in the county and current polling leader on the coast by a wide margin after winning the early vote, said when asked."],
         ["Tom Reid: Very good reporter, this guy"]),
        // An unnamed subject before a modal and its cue.
        (["A spokesman for the port could only quip: “I guess May was booked.”"], ["A spokesman for the port: I guess May was booked."]),
        // A lone quantifier speaks: `tweeted another`, `Another tweeted`, `said one of ...`.
        (["“Watch out for the tolls,” tweeted another."], ["another: Watch out for the tolls"]),
        (["Another tweeted, “The port thinks it is above the rules.”"], ["Another: The port thinks it is above the rules."]),
        (["“There is no path to the pier,” said one of those advisers, who asked not to be named."],
         ["one of those advisers: There is no path to the pier"]),
        (["“This is fantastic!” beamed [Omar Vance] of [Velt:place]."], ["Omar Vance: This is fantastic!"]),
        // An unnamed member of a group speaks: `said one activist`, `another aide said`.
        (["The crowd booed. (“We will not move,” said one dock worker.)"], ["one dock worker: We will not move"]),
        (["“We will not move,” another dock worker said."], ["another dock worker: We will not move"]),
        // Pronoun speakers resolve to the person named before.
        (["[Sam Okafor] met [Lena Frost] on Monday.", "Asked about the port, [he=Sam Okafor] replied, “It will open in May.”"],
         ["Sam Okafor: It will open in May."]),
        (["[Dana Reyes] spoke first.", "[She=Dana Reyes] noted that the port was late, saying: “We expect it in May.”"],
         ["Dana Reyes: We expect it in May."]),
        // `he said` follows the previous sentence's speaker, else its subject.
        (["The crowd cheered for an hour, [Sam Okafor] said.", "“They were wonderful,” [he=Tom Reid] said."],
         ["Sam Okafor: They were wonderful"]),
        (["[Tom Reid] took a firm line on the toll last year.", "“We will not pay,” [he=Sam Okafor] said."],
         ["Tom Reid: We will not pay"]),
        // A name inside the quotation is not who speaks: `he` follows the speaker before.
        (["The crowd cheered for an hour, [Sam Okafor] said.", "“[Tom Reid] earned every minute of it,” [he=Tom Reid] said."],
         ["Sam Okafor: Tom Reid earned every minute of it"]),
        // A sentence with no one in it leaves the floor with the last speaker.
        // A possessor opening the sentence before is not whom `he` means.
        (["As for [Tom Reid]’s plan, [Sam Okafor] found it odd.", "“It will not float,” [he=Tom Reid] said."],
         ["Sam Okafor: It will not float"]),
        // `’s been`: a contraction, not a possessor.
        (["[Sam Okafor]’s been saying for weeks that [Tom Reid] is not ready.", "“He is not ready,” [he=Tom Reid] said."],
         ["Sam Okafor: He is not ready"]),
        (["“The port will open in May,” [Sam Okafor] said.", "Ships are waiting.", "“They will not wait long,” [he=Tom Reid] said."],
         ["Sam Okafor: The port will open in May", "Sam Okafor: They will not wait long"]),
        // ... but a person named in that sentence is whom the pronoun means.
        (["“The port will open in May,” [Sam Okafor] said.", "The plan was welcomed by [Tom Reid].", "“They will not wait long,” [he=Tom Reid] said."],
         ["Sam Okafor: The port will open in May", "Tom Reid: They will not wait long"]),
        // A quotation over several sentences, then one more after the cue: one quote.
        (["“The port is ready. The cranes are in. The crews are hired,” said [Lena Frost]. “We open in May.”"],
         ["Lena Frost: The port is ready. The cranes are in. The crews are hired We open in May."]),
        // An adverb between the speaker and the cue.
        (["The port opened on Monday.", "The governor then said: “We will grow.”"],
         ["The governor: We will grow."]),
        // A party tag with a dot between the name and the cue.
        (["“The port will open in May,” Rep. [Lena Frost] (D-Wis.) said Friday."], ["Lena Frost: The port will open in May"]),
        // A colon hands a quotation to the person named before it, not to one after a preposition.
        (["The delay does not surprise harbour pilot [Dana Reyes]: “Ships have waited longer before.”"],
         ["Dana Reyes: Ships have waited longer before."]),
        (["The message to [Dana Reyes] was clear: “Ships will wait no longer.”"], []),
        // The speaker introduced in the sentence before.
        (["[Lena Frost] put it bluntly:", "“The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        // Speaker named later in the sentence, past a comparison clause.
        (["“We are disappointed,” union leader [Tom Reid] told local radio, comparing the deal to a leaking boat, the agency said."],
         ["Tom Reid: We are disappointed"]),
        // `in Milltown, Westland,`: a place set off after a town is where, not who.
        (["At a fair in [Milltown:place], [Westland:place], on Sunday, [Lena Frost] defended the plan, saying: “It will work.”"],
         ["Lena Frost: It will work."]),
        // A dateline's place is where the story was filed, not a speaker.
        (["[PORTVILLE:place], May 8 (Wire) — [Lena Frost]’s deputy rallied the crews, saying: “We will not move.”"],
         ["Lena Frost’s deputy: We will not move."]),
        (["[Portville:place] (Wire) – The harbour board has opposed the plan, saying: “It is a waste.”"],
         ["The harbour board: It is a waste."]),
        // `with X shouting`: the participle's own subject speaks.
        (["The crowd surged forward, with [Lena Frost] reportedly shouting: “Stand back!”"], ["Lena Frost: Stand back!"]),
        (["The crews cheered, with [Sam Okafor] waving a flag and asking, “Who will stop us now?”"], ["Sam Okafor: Who will stop us now?"]),
        // An adverb in -ly between an unnamed speaker and the cue.
        (["“The port will open in May,” the harbour board recently wrote."], ["the harbour board: The port will open in May"]),
        (["“The port will open in May,” the family said."], ["the family: The port will open in May"]),
        (["“It is a disgrace,” one docker, who asked not to be named, said."], ["one docker: It is a disgrace"]),
        // A noun that is also a cue verb's form (`report`) after an article.
        (["“The port will open in May,” the report concluded."], ["the report: The port will open in May"]),
        (["“The port will open in May,” said the report."], ["the report: The port will open in May"]),
        (["“Is the port open at all?” reacted [Lena Frost]."], ["Lena Frost: Is the port open at all?"]),
        (["As the harbour expert [Lena Frost] puts it, “The cranes are older than the port.”"], ["Lena Frost: The cranes are older than the port."]),
        // An organization inside an unnamed speaker's noun phrase only describes the speaker.
        (["“We lost the vote,” said a veteran [Dock Party:organization] strategist who asked not to be named."],
         ["a veteran Dock Party strategist: We lost the vote"]),
        (["“We lost the vote,” the [Dock Party:organization] member said."], ["the Dock Party member: We lost the vote"]),
        // ... but an organization that speaks is the speaker.
        (["“We lost the vote,” the [Dock Party:organization] said on Monday."], ["Dock Party: We lost the vote"]),
    ]

    @Test(arguments: cases)
    func attributes(paragraphs: [String], expected: [String]) {
        #expect(directQuotes(analyzed(paragraphs)) == expected)
    }

    @Test func aQuoteAttributedByWordsNoCueReadsIsNotTheLastSpeakers() {
        let model = analyzed([
            "“This is a delicate moment,” [Tom Reid] said. The firm says its cash is safe, the Gazette reports. "
                + "“The firm wants new cranes,” the newspaper quotes a source close to the firm as saying."
        ])
        #expect(directQuotes(model).first == "Tom Reid: This is a delicate moment")
        #expect(!directQuotes(model).contains { $0.hasPrefix("Tom Reid") && $0.contains("cranes") })
    }

    @Test func aQuotationAfterWhereItWasSaidStaysDirect() {
        let model = analyzed(["[Lena Frost] said in a statement on Monday, “The port will open in May.”"])
        #expect(directQuotes(model) == ["Lena Frost: The port will open in May."])
    }

    /// An appositive or a participle phrase before the cue is no statement of its own.
    @Test(arguments: [
        "[Lena Frost], speaking to reporters on Monday, said the port “is closed for good.”",
        "[Lena Frost], who has led the city since 2010, said the port “is closed for good.”",
        "“The port is closed,” a harbour spokesman told the Gazette on condition of anonymity.",
    ])
    func oneStatementPerCue(sentence: String) {
        let model = analyzed([sentence])
        #expect(model.quotes.count == 1)
    }

    @Test func aQuotationIntroducedByAColonStaysDirect() {
        let model = analyzed(["[Lena Frost] said on Monday: “The port will open in May.”"])
        #expect(directQuotes(model) == ["Lena Frost: The port will open in May."])
    }

    /// `Still, the club is "in trouble," Lee said. "..."`: the quotation after the writer's
    /// lead-in carries the same statement on, so it is one quote; not when the lead-in has a cue
    /// of its own (`Lee said she felt ... "...," she said. "..."`: two statements).
    @Test func aQuotationCarryingOnALeadInJoinsIt() {
        let joined = analyzed(["Still, the harbour is “in real trouble,” [Ivo Brun] said. “Nobody wants to pay the toll.”"])
        #expect(joined.quotes.map(\.text) == ["Still, the harbour is “in real trouble,” “Nobody wants to pay the toll.”"])
        // A reported quote whose quotation closes its paragraph, and a paragraph of quotation after it.
        let carried = analyzed(["Crews once backed the board, but now [Lena Frost] said the port had “the chance and the duty to act.”", "“I think we can do it.”"])
        #expect(carried.quotes.map(\.text) == ["the port had “the chance and the duty to act.” “I think we can do it.”"])
        // Two quoted words closed by a comma before `said X` are a quote too.
        let short = analyzed(["The toll plans are “deeply unfair,” said [Ivo Brun], a director of the harbour institute. “It leaves the crews speechless.”"])
        #expect(short.quotes.map(\.text) == ["The toll plans are “deeply unfair,” “It leaves the crews speechless.”"])
        let scare = analyzed(["The “new toll,” which the board approved in May, is high."])
        #expect(scare.quotes.isEmpty)
        let apart = analyzed(["[Ivo Brun] said he felt the toll was wrong because “it hurts the crews,” [he=Ivo Brun] said. “Nobody wants to pay it.”"])
        #expect(apart.quotes.count == 2)
    }

    @Test func scareQuotesAreNotSpeech() {
        let model = analyzed(["The so-called “reform” passed on Monday."])
        #expect(model.quotes.isEmpty)
    }

    @Test func quoteRangePointsIntoTheBody() throws {
        let model = analyzed(["“The port will open in May,” [Lena Frost] said."])
        let quote = try #require(model.quotes.first)
        let range = try #require(quote.range)
        #expect(model.article.body.scalarSlice(range) == "The port will open in May,")
    }
}
