import Testing
@testable import BriefingKit

/// `how much`: amounts of money, the one nearest the question's words first.
@Suite struct HowMuchCommandTests {
    static let story = [
        "The Harbour Trust has given 271,250 pounds, or almost $408,000, to the dockers' fund since 2007.",
        "The Lind Foundation gave the fund 120,000 pounds between 2009 and 2012.",
        "Norlink raised its bid to £1.5bn from its initial £1.3bn offer.",
        "Dockers must be paid at least £5.05 an hour, up from £4.85, while trainees will be paid £4.25.",
        "More than 300 workers were hired.",
    ]

    @Test(arguments: [
        ("how much has the Harbour Trust given to the fund", "271,250 pounds"),
        ("how much did the Lind Foundation give the fund", "120,000 pounds"),
        ("how much was Norlink's initial offer", "£1.3bn pounds"),
        ("how much will dockers be paid an hour", "at least £5.05 pounds"),
        ("how much money did the Lind Foundation give", "120,000 pounds"),
    ])
    func theAmountNearestTheQuestionsWordsAnswers(question: String, expected: String) throws {
        var r = runner(Self.story)
        #expect(values(try json(&r, question)).first == expected)
    }

    @Test func aCountIsNoAmount() throws {
        var r = runner(Self.story)
        let answer = try json(&r, "how much were the workers hired")
        #expect(values(answer).isEmpty)
        #expect((answer["answer"] as? String)?.contains("No amount") == true)
    }
}
