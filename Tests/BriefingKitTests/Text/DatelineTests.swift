import Testing

@testable import BriefingKit

@Suite struct DatelineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let place: String?
        let outlet: String?
        let rest: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "WASHINGTON (CNN) -- Officials met.", place: "WASHINGTON", outlet: "CNN", rest: "Officials met."),
        Case(text: "Coral Springs, Florida (CNN)Officials met.", place: "Coral Springs, Florida", outlet: "CNN", rest: "Officials met."),
        Case(text: "(CNN)Rebel forces advanced.", place: nil, outlet: "CNN", rest: "Rebel forces advanced."),
        Case(text: "BEIRUT (AP) — Talks began.", place: "BEIRUT", outlet: "AP", rest: "Talks began."),
        Case(text: "LONDON — Talks began.", place: "LONDON", outlet: nil, rest: "Talks began."),
        Case(text: "LAGOS, March 5 (Reuters) - Talks began.", place: "LAGOS, March 5", outlet: "Reuters", rest: "Talks began."),
        Case(text: "Apple (AAPL) shares rose.", place: nil, outlet: nil, rest: nil),
        Case(text: "WASHINGTON (CNN) Officials met.", place: "WASHINGTON", outlet: "CNN", rest: "Officials met."),
        Case(text: "In 2004 (the year of the vote) turnout fell.", place: nil, outlet: nil, rest: nil),
        Case(text: "The minister (pictured) spoke.", place: nil, outlet: nil, rest: nil),
        Case(text: "Talks began in London — again.", place: nil, outlet: nil, rest: nil),
        Case(text: "", place: nil, outlet: nil, rest: nil),
    ]

    @Test(arguments: cases)
    func finds(_ c: Case) {
        let text = ScalarText(c.text)
        let line = Dateline.find(in: text)
        #expect(line?.place == c.place)
        #expect(line?.outlet == c.outlet)
        #expect(line.map { text.string($0.range.upperBound..<text.count) } == c.rest)
    }
}
