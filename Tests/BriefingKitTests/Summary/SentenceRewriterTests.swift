import Testing
@testable import BriefingKit

@Suite struct SentenceRewriterTests {
    /// "Ada Varga spoke. She left. But he stayed." with hand-made entities.
    func model(pronounMention: Bool) -> ArticleModel {
        let article = TextSegmenter().segment(
            id: "a", title: "T",
            paragraphs: ["Mrs Varga said the plan was ready.", "She said the army would help.", "But the mayor disagreed with the plan."])
        let varga = Entity(id: 0, kind: .person, name: "Ada Varga", aliases: ["Varga"],
                           roles: [Role(title: "Prime Minister")], gender: .female)
        var mentions = [Mention(entity: 0, sentence: 1, range: 4..<9, text: "Varga", form: .name)]
        if pronounMention { mentions.append(Mention(entity: 0, sentence: 2, range: 0..<3, text: "She", form: .pronoun)) }
        return ArticleModel(article: article, entities: EntityTable(entities: [varga], mentions: mentions))
    }

    @Test func openingPronounBecomesTheFullNameFirstThenTheSurname() {
        let m = model(pronounMention: true)
        let rewriter = SentenceRewriter(model: m)
        #expect(rewriter.standAlone(m.article.sentences[1], named: [])?.text == "Ada Varga said the army would help.")
        #expect(rewriter.standAlone(m.article.sentences[1], named: [0])?.text == "Varga said the army would help.")
    }

    @Test func withoutThePronounMentionTheNearestFittingPersonIsUsed() {
        let m = model(pronounMention: false)
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[1], named: [])?.text == "Ada Varga said the army would help.")
    }

    @Test func unresolvablePronounIsRefused() {
        let article = TextSegmenter().segment(id: "b", title: "T", paragraphs: ["He left the room early."])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[0], named: []) == nil)
    }

    @Test(arguments: [
        "\u{201C}The plan is dead.\u{201D}",
        "\u{201C}The plan is dead,\u{201D} he said.",
        "The plan is dead, she added.",
        "This left the town without power for days.",
        "It blamed the ministry for the delays.",
        "Two other gunmen shot at the crowd near the bridge.",
        "Another 30 villagers were hurt in the storm.",
        "We will raise the pay to nine months,\u{201D} the mayor of Ostrava said.",
        "That's angering farmers across the whole region.",
        "That\u{2019}s angering farmers across the whole region.",
        "Investors in these two funds may now go to court.",
        "During the following three days, the roads stayed closed.",
        "In it the author alleges that the mayor lied.",
        "The move comes after months of talks with the unions.",
    ])
    func speakerlessSentencesAreRefused(text: String) {
        let article = TextSegmenter().segment(id: "c", title: "T", paragraphs: [text])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[0], named: []) == nil)
    }

    @Test func aSurnameNotYetIntroducedGetsTheFullName() {
        let article = TextSegmenter().segment(
            id: "e", title: "T", paragraphs: ["Mr Lind said the plan was ready.", "The Lind family left the town."])
        let lind = Entity(id: 0, kind: .person, name: "Ivo Lind", aliases: ["Lind"])
        let mentions = [
            Mention(entity: 0, sentence: 1, range: 3..<7, text: "Lind", form: .name),
            Mention(entity: 0, sentence: 2, range: 4..<8, text: "Lind", form: .name),
        ]
        let m = ArticleModel(article: article, entities: EntityTable(entities: [lind], mentions: mentions))
        let rewriter = SentenceRewriter(model: m)
        #expect(rewriter.standAlone(article.sentences[0], named: [])?.text == "Ivo Lind said the plan was ready.")
        #expect(rewriter.standAlone(article.sentences[0], named: [0])?.text == "Mr Lind said the plan was ready.")
        #expect(rewriter.standAlone(article.sentences[1], named: [])?.text == "The Lind family left the town.")
    }

    @Test(arguments: [
        "\u{201C}These are hard times,\u{201D} the mayor of Ostrava said on Monday.",
        "The mayor said \"these rules\" would stay in force until June.",
        "Following the vote, the mayor of Ostrava resigned.",
    ])
    func backReferencesInsideQuotationsOrAsPrepositionsStand(text: String) {
        let article = TextSegmenter().segment(id: "c", title: "T", paragraphs: [text])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[0], named: []) != nil)
    }

    @Test func anOpeningTitleSaysWhoHoldsIt() {
        let article = TextSegmenter().segment(id: "n", title: "T", paragraphs: ["Chancellor Rita Moss spoke.", "The chancellor said the budget was ready."])
        let moss = Entity(id: 0, kind: .person, name: "Rita Moss", roles: [Role(title: "Chancellor")])
        let mentions = [
            Mention(entity: 0, sentence: 1, range: 11..<20, text: "Rita Moss", form: .name),
            Mention(entity: 0, sentence: 2, range: 0..<14, text: "The chancellor", form: .nominal),
        ]
        let rewriter = SentenceRewriter(model: ArticleModel(article: article, entities: EntityTable(entities: [moss], mentions: mentions)))
        #expect(rewriter.standAlone(article.sentences[1], named: [])?.text == "The chancellor, Rita Moss, said the budget was ready.")
        #expect(rewriter.standAlone(article.sentences[1], named: [0])?.text == "The chancellor said the budget was ready.")
    }

    @Test func theAnswerToAQuestionNeedsIt() {
        let article = TextSegmenter().segment(
            id: "q", title: "T", paragraphs: ["Is the deal a treaty?", "Only if the president of the republic says it is, his aides argue."])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[1], named: []) == nil)
    }

    @Test func impersonalItStands() {
        let article = TextSegmenter().segment(id: "d", title: "T", paragraphs: ["It is expected that the bridge will reopen in May."])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[0], named: []) != nil)
    }

    @Test func openingConnectiveIsDropped() {
        let m = model(pronounMention: true)
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[2], named: [])?.text == "The mayor disagreed with the plan.")
    }

    @Test func keyActorIsIntroducedWithRoleInPlaceOfTheCourtesyTitle() {
        let m = model(pronounMention: true)
        let (text, change) = SentenceRewriter(model: m).introducing(m.entities.entities[0], in: m.article.sentences[0].text)
        #expect(text == "Prime Minister Ada Varga said the plan was ready.")
        #expect(change != nil)
    }

    @Test func aTitleThatNamesItsCountryGoesBeforeTheName() {
        let article = TextSegmenter().segment(id: "e", title: "T", paragraphs: ["Dorran said the port would open."])
        let dorran = Entity(id: 0, kind: .person, name: "Dorran", roles: [Role(title: "Britain's Prince", affiliation: "United Kingdom")])
        let m = ArticleModel(article: article, entities: EntityTable(entities: [dorran], mentions: []))
        #expect(SentenceRewriter(model: m).introducing(dorran, in: article.sentences[0].text).0 == "Britain's Prince Dorran said the port would open.")
    }

    /// Paragraphs about Tom Varga, with his mentions given as (sentence, range, text, form).
    func tomVarga(_ paragraphs: [String], _ mentions: [(Int, Range<Int>, String, MentionForm)]) -> ArticleModel {
        let tom = Entity(id: 0, kind: .person, name: "Tom Varga", aliases: ["Varga"], gender: .male)
        return ArticleModel(
            article: TextSegmenter().segment(id: "v", title: "T", paragraphs: paragraphs),
            entities: EntityTable(entities: [tom], mentions: mentions.map { Mention(entity: 0, sentence: $0.0, range: $0.1, text: $0.2, form: $0.3) }))
    }

    @Test func anObjectPronounBeforeAnyNameBecomesTheName() {
        let m = tomVarga(["Ada Varga wrote a blog.", "Extremists resented him for the blog."], [(2, 20..<23, "him", .pronoun)])
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[1], named: [])?.text == "Extremists resented Tom Varga for the blog.")
    }

    @Test func aSubjectPronounAfterAVerbRepeatsTheSubjectAndStays() {
        // The entity layer may link "she" to someone else; the writer's "The woman" is the antecedent.
        let m = tomVarga(["Tom Varga spoke.", "The woman has claimed she was hurt."], [(2, 22..<25, "she", .pronoun)])
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[1], named: [])?.text == "The woman has claimed she was hurt.")
    }

    @Test func aPronounBeforeAnotherNameInTheSentenceStays() {
        let article = TextSegmenter().segment(id: "w", title: "T", paragraphs: [
            "Ivo Brun hosted parties.", "As with all claims against him, Tom Berg denied them.",
        ])
        let brun = Entity(id: 0, kind: .person, name: "Ivo Brun", gender: .male)
        let berg = Entity(id: 1, kind: .person, name: "Tom Berg", gender: .male)
        let m = ArticleModel(article: article, entities: EntityTable(entities: [brun, berg], mentions: [
            Mention(entity: 0, sentence: 2, range: 27..<30, text: "him", form: .pronoun),
            Mention(entity: 1, sentence: 2, range: 32..<40, text: "Tom Berg", form: .name),
        ]))
        #expect(SentenceRewriter(model: m).standAlone(article.sentences[1], named: [])?.text == "As with all claims against him, Tom Berg denied them.")
    }

    @Test func aNameInsideTheQuotationDoesNotSayWhoHeIs() {
        let m = tomVarga(
            ["Tom Varga is mayor.", "\u{201C}The mayor has given orders,\u{201D} he told the radio."],
            [(2, 1..<10, "The mayor", .nominal), (2, 31..<33, "he", .pronoun)])
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[1], named: []) == nil)
    }

    @Test func theMiddleOfAQuotationCannotStandAlone() {
        let article = TextSegmenter().segment(id: "q", title: "T", paragraphs: [
            "\u{201C}The port is busy. It has the cranes we need. It is ready,\u{201D} Lena Frost said.",
        ])
        let rewriter = SentenceRewriter(model: ArticleAnalyzer().analyze(article))
        #expect(article.sentences.count == 3)
        #expect(rewriter.standAlone(article.sentences[1], named: []) == nil)
    }

    @Test func aPronounTheSentenceNamesLaterStays() {
        let m = tomVarga(["In his speech, Tom Varga praised the port."], [(1, 3..<6, "his", .pronoun), (1, 15..<24, "Tom Varga", .name)])
        #expect(SentenceRewriter(model: m).standAlone(m.article.sentences[0], named: [])?.text == "In his speech, Tom Varga praised the port.")
    }

    @Test func aSurnameWithItsParticleIsNotIntroducedAgain() {
        let article = TextSegmenter().segment(id: "p", title: "T", paragraphs: ["The doctor was a friend of bin Laden's killers."])
        let laden = Entity(id: 0, kind: .person, name: "Bin Laden", aliases: [])
        let m = ArticleModel(article: article, entities: EntityTable(entities: [laden], mentions: [
            Mention(entity: 0, sentence: 1, range: 32..<37, text: "Laden", form: .name),
        ]))
        #expect(SentenceRewriter(model: m).standAlone(article.sentences[0], named: [])?.text == "The doctor was a friend of bin Laden's killers.")
    }

    @Test(arguments: [("Osama bin Laden", "bin Laden"), ("Ursula von der Leyen", "von der Leyen"), ("Bin Laden", "Bin Laden"), ("Tom Varga", "Varga")])
    func aShortNameKeepsItsParticles(name: String, short: String) {
        let article = TextSegmenter().segment(id: "p", title: "T", paragraphs: ["Nothing."])
        let entity = Entity(id: 0, kind: .person, name: name, aliases: [])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).shortName(entity) == short)
    }

    @Test func aNameUsedAsAModifierIsNotIntroduced() {
        let m = model(pronounMention: true)
        let text = "But the Varga government said the plan was ready."
        #expect(SentenceRewriter(model: m).introducing(m.entities.entities[0], in: text) == (text, nil))
    }

    @Test(arguments: [
        ("The mayor also promised new bridges for the town.", "The mayor promised new bridges for the town."),
        ("The council was not only slow but also careless with money.", "The council was not only slow but also careless with money."),
        ("The mayor promised bridges and said roads would also be mended soon.", "The mayor promised bridges and said roads would also be mended soon."),
    ])
    func aLoneAlsoNearTheStartIsDropped(text: String, expected: String) {
        let article = TextSegmenter().segment(id: "g", title: "T", paragraphs: [text])
        #expect(SentenceRewriter(model: ArticleModel(article: article)).standAlone(article.sentences[0], named: [])?.text == expected)
    }
}
