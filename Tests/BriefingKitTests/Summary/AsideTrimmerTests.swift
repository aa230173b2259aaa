import Testing
@testable import BriefingKit

@Suite struct AsideTrimmerTests {
    @Test(arguments: [
        ("Kessel, Norland (CNN)Rescuers reached the town on Monday.", "Rescuers reached the town on Monday."),
        ("(CNN)Rescuers reached the town.", "Rescuers reached the town."),
        ("Kessel, Norland (CNN)\"Hold the line!\" The call rang out.", "\"Hold the line!\" The call rang out."),
        ("Kessel (CNN) A long week ended at the port.", "A long week ended at the port."),
        ("The Treaty Organization (NTO) Council met.", "The Treaty Organization (NTO) Council met."),
        ("LONDON (Reuters) -- Prices rose again.", "Prices rose again."),
        ("Ada Varga, who is also party chair, said the plan was ready.", "Ada Varga said the plan was ready."),
        ("The fund (worth about 2bn euros) was closed.", "The fund was closed."),
        ("The Northern Treaty Organization (NTO) met.", "The Northern Treaty Organization (NTO) met."),
        ("The plan, which she called fair, Brand rejected.", "The plan, which she called fair, Brand rejected."),
        ("Nothing to cut here.", "Nothing to cut here."),
        ("Two kings (704-681 B.C.) ruled there.", "Two kings ruled there."),
        ("Mrs Lind, 59, who led the charity, was freed.", "Mrs Lind, 59, who led the charity, was freed."),
        ("Rents fall in poor areas, which pay less for water, the study found.", "Rents fall in poor areas, which pay less for water, the study found."),
        ("The Casino Guild, which speaks for owners, said no.", "The Casino Guild said no."),
    ])
    func trims(input: String, expected: String) {
        #expect(AsideTrimmer().trim(input).text == expected)
    }
}
