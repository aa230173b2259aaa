import Testing
@testable import BriefingKit

/// `kind: source -> target` lines, by canonical names.
func pairs(_ model: ArticleModel) -> [String] {
    model.relations.map {
        "\($0.kind.rawValue): \(NameLookup.name(of: $0.source, in: model)) -> \(NameLookup.name(of: $0.target, in: model))"
    }
}

@Suite struct ContactExtractorTests {
    static let cases: [(String, [String])] = [
        ("[Karl Brandt] also spoke with Dutch Prime Minister [Anna Visser] and UN Secretary General [Tomas Lind], officials said.",
         ["spoke with: Karl Brandt -> Anna Visser", "spoke with: Karl Brandt -> Tomas Lind"]),
        // The subject of the second clause is the name after the conjunction.
        ("[Ola Berg] held a phone call with [Mira Kovac] on Monday about trade and [Kovac=Mira Kovac] also talked to [Pedro Alves], the ministry said.",
         ["called: Ola Berg -> Mira Kovac", "spoke with: Mira Kovac -> Pedro Alves"]),
        ("Governor [Lena Frost] told [Sam Okafor] that the bridge would reopen.", ["told: Lena Frost -> Sam Okafor"]),
        ("[Sam Okafor] was told by [Lena Frost] that the bridge would reopen.", ["told: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] and [Sam Okafor] met in [Lisbon:place].", ["met: Lena Frost -> Sam Okafor"]),
        ("Talks between [Lena Frost] and [Sam Okafor] ended late.", ["met: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] talks with [Sam Okafor] every week.", ["spoke with: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] held private talks with [Sam Okafor] and [Dana Reyes].", ["met: Lena Frost -> Sam Okafor", "met: Lena Frost -> Dana Reyes"]),
        ("Dock workers will hold talks with [Sam Okafor] today.", ["met: Dock workers -> Sam Okafor"]),
        ("[Lena Frost] met with her counterpart, [Sam Okafor], and the harbour chief, [Dana Reyes].",
         ["met: Lena Frost -> Sam Okafor", "met: Lena Frost -> Dana Reyes"]),
        ("[Dana Reyes] praised [Lena Frost], who had lunch with [Sam Okafor].", ["met: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] met with the harbour chief on Monday.", ["met: Lena Frost -> the harbour chief"]),
        ("[Lena Frost]’s call with [Sam Okafor] lasted an hour.", ["called: Lena Frost -> Sam Okafor"]),
        ("After meeting [Sam Okafor], [Lena Frost] flew home.", ["met: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost], who met [Sam Okafor] last week, phoned [Dana Reyes] on Tuesday.",
         ["met: Lena Frost -> Sam Okafor", "called: Lena Frost -> Dana Reyes"]),
        ("[Lena Frost] urged [Sam Okafor] to resign.", ["urged: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] told reporters the plan was dead.", ["told: Lena Frost -> reporters"]),
        ("[Lena Frost] told national television [she=Lena Frost] would stay.", ["told: Lena Frost -> national television"]),
        ("[Norland:country] has asked the [Harbour Alliance:organization] to intervene.", ["asked: Norland -> Harbour Alliance"]),
        ("[Dana Reyes] will make a short visit to [Norland:country] next week.", ["visited: Dana Reyes -> Norland"]),
        ("[Lena Frost] wrote to [Sam Okafor] last month.", ["wrote to: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] emailed [Sam Okafor] last month.", ["wrote to: Lena Frost -> Sam Okafor"]),
        ("[Lena Frost] contacted [Sam Okafor] on Monday.", ["spoke with: Lena Frost -> Sam Okafor"]),
        // A fronted phrase after a time phrase; an interview is a conversation.
        ("In May, in an interview with [Nordic News:media], [Lena Frost] announced her plan.", ["spoke with: Lena Frost -> Nordic News"]),
        // A possessor owning a named person is not the party: the person is.
        ("[Lena Frost] told [Nordic News:media]’s [Dana Reyes] the plan was dead.", ["told: Lena Frost -> Dana Reyes"]),
        ("[Lena Frost] is hosting [Norland:country]’s Prime Minister [Sam Okafor] for a state visit.", ["met: Lena Frost -> Sam Okafor"]),
        // Inside a quotation, `I` and `me` are its speaker.
        ("“I spoke with [Sam Okafor] last week,” [Lena Frost] said.", ["spoke with: Lena Frost -> Sam Okafor"]),
        ("“[Sam Okafor] called me twice,” [Lena Frost] said.", ["called: Sam Okafor -> Lena Frost"]),
        // A possessor is not the party: the one it owns is.
        ("[Lena Frost] also wrote to [Sam Okafor]'s mother last month.", ["wrote to: Lena Frost -> Sam Okafor's mother"]),
        ("[Lena Frost] spoke with [Okafor=Sam Okafor]'s spokesman [Dan Reyes] on Monday.", ["spoke with: Lena Frost -> Dan Reyes"]),
        // Not contacts.
        ("“Look, no sensible person would go on radio and tell [Norland:country] such things,” [Lena Frost] said.", []),
        ("[Lena Frost] visited the grave of [Sam Okafor] in May.", []),
        ("[Lena Frost] called for calm after the vote.", []),
        ("When asked if [Norland:country] had the money, [Lena Frost] said yes.", []),
    ]

    @Test(arguments: cases)
    func relationsOf(sentence: String, expected: [String]) {
        #expect(pairs(analyzed([sentence])) == expected)
    }

    @Test func audienceIsMarked() {
        let model = analyzed(["[Lena Frost] told journalists the plan was dead."])
        #expect(model.relations.first?.target.isAudience == true)
    }

    @Test func evidenceCitesTheSentenceAndCue() {
        let model = analyzed(["It rained.", "[Lena Frost] met [Sam Okafor]."])
        let evidence = model.relations.first?.evidence
        #expect(evidence?.sentence == 2)
        let cue = evidence.flatMap { e in e.range.map { e.text.scalarSlice($0) } }
        #expect(cue == "met")
    }
}

@Suite struct ContactNegationTests {
    @Test(arguments: [
        "[Lena Frost] did not meet [Sam Okafor] on Monday.",
        "[Lena Frost] has never spoken with [Sam Okafor].",
        "[Lena Frost] missed her meeting with [Sam Okafor].",
    ])
    func deniedContactsAreNotRelations(sentence: String) {
        #expect(analyzed([sentence]).relations.isEmpty)
    }

    @Test func byPhoneIsAlsoACall() {
        #expect(pairs(analyzed(["[Lena Frost] spoke by phone with [Sam Okafor]."]))
            == ["spoke with: Lena Frost -> Sam Okafor", "called: Lena Frost -> Sam Okafor"])
    }
}
