import Testing
@testable import BriefingKit

/// `speaker: text` of every quote (direct and reported), by canonical speaker names.
private func allQuotes(_ model: ArticleModel) -> [String] {
    model.quotes.map { "\(QuoteAnswer.speakerName($0, in: model)): \($0.text)" }
}

/// Speakers the attributor used to get wrong: a word inside a quotation, the subject of the
/// clause a cue reports, a byline, or the subject of a clause a participle does not hang on.
@Suite struct QuoteSpeakerTests {
    /// `..., X said, adding, "..."`: the participle goes with the cue right before it, not with
    /// the subject of the reported clause that opens the sentence.
    @Test(arguments: [
        "[Lena Frost] and [Sam Okafor] will meet next week, [Tom Reid] said, adding, “They need to talk.”",
        "[Sam Okafor] left early, [Tom Reid] said on Monday, adding, “They need to talk.”",
    ])
    func aParticipleAfterATailCueHasItsSpeaker(sentence: String) {
        #expect(directQuotes(analyzed([sentence])) == ["Tom Reid: They need to talk."])
    }

    /// ... but not a cue with an object, or one whose name after it opens no tail.
    @Test(arguments: [
        "[Lena Frost] posted a comment of her own, saying, “We are so proud.”",
        "[Lena Frost] posted a Twitter comment of her own, saying, “We are so proud.”",
        "[Lena Frost] was not impressed with [Tom Reid]’s comments Tuesday, telling reporters, “We are so proud.”",
    ])
    func aParticipleAfterAnObjectHasTheMainSubject(sentence: String) {
        #expect(directQuotes(analyzed([sentence])) == ["Lena Frost: We are so proud."])
    }

    /// `"...," he added`: the latest speaker goes on, past a sentence about someone else.
    @Test func heAddedContinuesTheLatestSpeaker() {
        let model = analyzed([
            "[Tom Reid] said the gun had been “returned to me.”", "Police officer [Sam Okafor] holds up the gun in court.",
            "“It is fully functional,” [he=Sam Okafor] added.",
        ])
        #expect(directQuotes(model).last == "Tom Reid: It is fully functional")
    }

    /// `said 9/11 widow X`: a date-like number among the title words before the name.
    @Test func aNumberInTheTitleAfterTheCueKeepsTheName() {
        let model = analyzed(["Many families say the claims are unfounded.", "“They are wrong,” said 9/11 widow [Terry Strada]."])
        #expect(directQuotes(model) == ["Terry Strada: They are wrong"])
    }

    /// `Lee's office said`: the possessor's noun speaks.
    @Test func aPossessorsNounSpeaks() {
        let model = analyzed(["“We will meet in May,” [Lena Frost]’s office said in a statement."])
        #expect(model.quotes.map(\.speakerText) == ["Lena Frost’s office"])
    }

    /// ... but not a possessor's noun before a cue word that is a noun (`Lee's latest comments`).
    @Test func aPossessorsNounBeforeANounCueIsNoSpeaker() {
        let model = analyzed(["[Tom Reid] said [Lena Frost]’s latest comments showed “a lack of care for the port.”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// A participle after a quotation and a clause with its own subject: that subject speaks.
    @Test func aParticipleAfterAQuotationAndAClauseHasItsSubject() {
        let model = analyzed(["“Not again,” [Lena Frost] sighed at the news, repeating her line to the crowd."])
        #expect(directQuotes(model) == ["Lena Frost: Not again"])
    }

    /// A name inside a quotation never speaks for the verb after it.
    @Test func aNameInsideAQuotationIsNoSubject() {
        let model = analyzed(["[She=Lena Frost] declared “What a [Harbour] night!” and said that the port would “open its doors” to all."])
        let reported = model.quotes.filter { !$0.isDirect && $0.text.contains("open its doors") }
        #expect(reported.map { QuoteAnswer.speakerName($0, in: model) } == ["Lena Frost"])
    }

    /// A quotation over two sentences: the words inside it are no cue for it.
    @Test func aCueInsideTheQuotationIsNotItsOwn() {
        let model = analyzed([
            "The silence has been long.",
            "“I went to the port before the storm. I was the one saying the pier would fail.”",
            "Nobody listened.",
        ])
        #expect(allQuotes(model).allSatisfy { !$0.hasPrefix("the one") })
    }

    /// A quotation standing alone, signed in the next paragraph: `- Lena Frost.`
    @Test func aSignatureParagraphNamesTheSpeaker() {
        let model = analyzed([
            "The silence has been long.",
            "“I went to the port before the storm. I was the one saying the pier would fail.”",
            "- [Lena Frost].",
        ])
        #expect(directQuotes(model) == ["Lena Frost: I went to the port before the storm. I was the one saying the pier would fail."])
    }

    /// `X, an adviser who ..., said Y so far has been ...`: Y opens the reported clause.
    @Test func aNameAfterTheCueThatOpensTheClauseIsSpokenAbout() {
        let model = analyzed([
            "[Tom Reid], a doctor who advised [Lena Frost] on the plan, said [Harbourcare:organization] so far has been a success “by any measure.”"
        ])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// A reporter's byline after a reported quotation is no signature.
    @Test func aBylineAfterAReportedQuoteIsNoSpeaker() {
        let model = analyzed(["[Lena Frost] said Monday that she will “try to form a stable board.”--[Sam Okafor]."])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Lena Frost"])
    }

    /// A colon after a main clause: its subject, not one in a clause before it, introduces the quote.
    @Test func aColonIntroducesTheMainClausesSubject() {
        let model = analyzed([
            "When [Tom Reid] died in 1998, [Lena Frost] released the following statement:",
            "“Tom was a friend of the port for forty years.”",
        ])
        #expect(directQuotes(model) == ["Lena Frost: Tom was a friend of the port for forty years."])
    }

    /// `X joked that Y ..., but went on to say, "..."`: the coordinated verb shares X, not the
    /// subject of the that-clause.
    @Test func aCoordinatedVerbSkipsTheReportedClausesSubject() {
        let model = analyzed([
            "[Lena Frost] joked that [Portville:place] was her answer, but went on to say, “There are ports that are worse.”"
        ])
        #expect(directQuotes(model) == ["Lena Frost: There are ports that are worse."])
    }

    /// A participle after a quotation hangs on the clause before the quotation, not on a place
    /// named between them.
    @Test func aParticipleAfterAQuotationIsNotTheNamesBetween() {
        let model = analyzed([
            "On Sunday, [Tom Reid] stood at his pulpit and, citing a verse (“choose able men who fear God”), endorsed [Lena Frost] of [Norland:place], urging his flock to vote for her."
        ])
        #expect(allQuotes(model).allSatisfy { !$0.hasPrefix("Norland") })
    }

    /// `X, an adviser, said Y "..."`: a name after the cue that runs into quoted words is what
    /// the reported clause is about.
    @Test func aNameRunningIntoQuotedWordsIsSpokenAbout() {
        let model = analyzed(["[Tom Reid], a former adviser who backed the plan, said [Lena Frost] “knew the port could not wait.”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// `X, delivering Y's speech, asked`: a name inside a participle aside is no subject.
    @Test func aNameInsideAParticipleAsideIsNoSubject() {
        let model = analyzed(["[Lena Frost], delivering [Tom Reid]’s speech, asked the crowd “Why should we trust the board?”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Lena Frost"])
    }

    /// `..., with X telling reporters ...`: X's statement is no part of the clause before.
    @Test func aWithClauseEndsTheReportedClauseBefore() {
        let model = analyzed([
            "The vote set off a debate over how the port responds to storms, with [Tom Reid] telling reporters he saw the board as “directly responsible” for the damage."
        ])
        let quotes = model.quotes.filter { $0.text.contains("directly responsible") }
        #expect(quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// `X conceded that Y ... but implied that ...`: `but` joins a second verb of X's.
    @Test func butJoinsASecondVerbOfTheMainSubject() {
        let model = analyzed(["[Lena Frost] conceded that [Tom Reid] had been right but implied that it was his fault for “waiting” so long."])
        let quotes = model.quotes.filter { $0.text.contains("waiting") }
        #expect(quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Lena Frost"])
    }

    /// `X, an expert on ports, said Y and the Z camp had failed`: the appositive closes before the
    /// cue, so X speaks; Y opens the reported clause.
    @Test func anAppositiveBeforeTheCueKeepsItsName() {
        let model = analyzed(["[Tom Reid], an expert on harbour politics, said [Lena Frost] and the dock camp had failed to “reach the voters.”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// `After X said that ... "...," Y said: "..."`: the quoted words belong to X's clause.
    @Test func quotedWordsInAClauseWithItsOwnCueAreNotTheNextCues() {
        let model = analyzed(["After [Tom Reid] said that small ports might do better at “quiet trade with the islands,” [Lena Frost] said: “I do not agree.”"])
        #expect(allQuotes(model).sorted() == ["Lena Frost: I do not agree.", "Tom Reid: small ports might do better at “quiet trade with the islands,”"])
    }

    /// Where a reported clause quoting words ends: before a second speaker's statement, a
    /// second predicate, or a full stop the sentence splitter ran past.
    @Test(arguments: [
        ("[Tom Reid] said he would make the port “shine at night,” for instance, and [Lena Frost] vowed to “build a new pier” soon.",
         "Tom Reid", "he would make the port “shine at night,” for instance"),
        ("[Lena Frost] hammered [Tom Reid], calling him a “menace” and “a quitter,” and contrasted him with the mayor.",
         "Lena Frost", "him a “menace” and “a quitter,”"),
        ("[Tom Reid] said that the board has moved “a lot of people” who “are rabidly involved now.” [He=Tom Reid] added, “We are glad.”",
         "Tom Reid", "the board has moved “a lot of people” who “are rabidly involved now.”"),
    ])
    func aReportedClauseEnds(sentence: String, speaker: String, text: String) {
        let model = analyzed([sentence])
        let quote = model.quotes.first { !$0.isDirect }
        #expect(quote.map { QuoteAnswer.speakerName($0, in: model) } == speaker)
        #expect(quote?.text == text)
    }

    /// `A and B said`: both speak; the quote lists the one named last as its speaker and the
    /// others as co-speakers.
    @Test(arguments: [
        "[Lena Frost] and [Tom Reid] said in a joint statement: “The port will open in May.”",
        "“The port will open in May,” [Lena Frost] and [Tom Reid] said.",
        "“The port will open in May,” said [Lena Frost] and [Tom Reid].",
        "[Lena Frost] and [Tom Reid] said the port would “open in May.”",
        "Senators [Lena Frost] and [Tom Reid], both members of the harbour board, said the port would “open in May.”",
    ])
    func coordinatedSpeakersAllSpeak(sentence: String) {
        let model = analyzed([sentence])
        let names = model.quotes.map { quote in ([quote.speaker] + quote.coSpeakers.map(Optional.some)).compactMap { $0 }.map { model.entities.entities[$0].name }.sorted() }
        #expect(names == [["Lena Frost", "Tom Reid"]])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Lena Frost and Tom Reid"])
    }

    /// `A met B, and B said`: only the subject of the cue speaks.
    @Test func anObjectBeforeTheSpeakerIsNoCoSpeaker() {
        let model = analyzed(["After meeting [Lena Frost], [Tom Reid] said: “The port will open in May.”"])
        #expect(model.quotes.map(\.coSpeakers) == [[]])
    }

    /// `he said` after `..., said X.` follows X even where that sentence gave no quote.
    @Test func hePointsBackToTheSpeakerOfTheSentenceBefore() {
        let model = analyzed([
            "[Tom Reid] spoke first.",
            "[Reid=Tom Reid]’s plan may be “risky,” said [Sam Okafor], an assistant professor in the school of shipping studies at the old harbour school. “Every captain knows the tides,” [he=Tom Reid] said.",
        ])
        #expect(directQuotes(model) == ["Sam Okafor: Every captain knows the tides"])
    }

    /// `Rep. X of Norland, an ally of the board, said`: the person, not her state.
    @Test func aPersonOfAPlaceBeforeAnAppositiveSpeaks() {
        let model = analyzed(["Rep. [Tom Reid] of [Norland:place], an ally of the harbour board, said Thursday his biggest worry is that the port is “unpredictable.”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// `A and B, both Dock Party members, said`: the names, not the group in the aside.
    @Test func aGroupInAnAsideAfterNamesIsNoSpeaker() {
        let model = analyzed(["Harbour chief [Lena Frost] and Senator [Tom Reid], both [Dock Party:organization] members, said: “We can only wonder what the board wants.”"])
        let names = model.quotes.map { quote in ([quote.speaker] + quote.coSpeakers.map(Optional.some)).compactMap { $0 }.map { model.entities.entities[$0].name }.sorted() }
        #expect(names == [["Lena Frost", "Tom Reid"]])
    }

    /// `Lee answered on Facebook writing, "..."`: an -ing cue after a name hangs on the main clause.
    @Test func anIngCueAfterANameHangsOnTheMainClause() {
        let model = analyzed(["[Lena Frost] answered the question on [Facebook:organization] writing, “Yes, I will.”"])
        #expect(directQuotes(model) == ["Lena Frost: Yes, I will."])
    }

    /// `Frost saying ... and Reid calling it "..."`: each name is its own -ing's subject.
    @Test func aNameBeforeAnIngCueIsItsSubject() {
        let model = analyzed(["Both issued a statement, [Lena Frost] saying she was “very encouraged” and [Tom Reid] calling it a “great meeting of minds.”"])
        #expect(model.quotes.filter { $0.text.contains("great meeting") }.map { QuoteAnswer.speakerName($0, in: model) } == ["Tom Reid"])
    }

    /// `said Air Force Lt. Ann Lee`: the person after an organization and her rank.
    @Test func thePersonAfterAnOrganizationAndRankSpeaks() {
        let model = analyzed(["“I do not understand the race,” said [Harbour Guard:organization] 1st Lt. [Tom Reid], a pilot."])
        #expect(directQuotes(model) == ["Tom Reid: I do not understand the race"])
    }

    /// `"...?" Reid went on.`: a question's cue opening the next sentence is its own, before the
    /// speaker of the quote before it.
    @Test func aCueOpeningTheSentenceAfterAQuestionIsItsOwn() {
        let model = analyzed([
            "[Lena Frost] answered with a smile: “It can happen at any age.”",
            "“You know, it happens, right?” [Tom Reid] went on, as if he had not heard her.",
        ])
        #expect(directQuotes(model).last == "Tom Reid: You know, it happens, right?")
    }

    /// `"How big is the pier?" asked the boy.` and `"We will win." Reid said.`: the short
    /// sentence after the quotation is its attribution.
    @Test(arguments: [
        ("“How big is the pier?” asked [Sam Okafor], who had driven six hours.", "Sam Okafor: How big is the pier?"),
        ("“We will win the vote.” [Tom Reid] said after the meeting.", "Tom Reid: We will win the vote."),
    ])
    func aShortSentenceAfterTheQuotationAttributesIt(line: String, expected: String) {
        let model = analyzed(["[Lena Frost] spoke first: “The port is ready.”", line])
        #expect(directQuotes(model).last == expected)
    }

    /// `..., alternately shouting "..."`: an adverb before a participle keeps it a participle of
    /// the main clause.
    @Test func anAdverbBeforeAParticipleKeepsTheMainSubject() {
        let model = analyzed(["[Tom Reid] tries to turn the noise to his advantage, showing off his large crowds and firm voice, alternately shouting “Out with them!” and “Be calm.”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) }.allSatisfy { $0 == "Tom Reid" })
        #expect(!model.quotes.isEmpty)
    }

    /// `with one of her ads asking, "..."`: the phrase after `with` speaks through the participle.
    @Test func aPhraseAfterWithSpeaksThroughItsParticiple() {
        let model = analyzed(["[Lena Frost] and her backers tied [Tom Reid] to the board, with one of her ads asking, “Is Tom Reid his own man?”"])
        #expect(model.quotes.map { QuoteAnswer.speakerName($0, in: model) } == ["one of her ads"])
    }
}
