import Testing
@testable import BriefingKit

/// Listings print names in the article's own words. Paragraphs written for these tests.
@Suite struct EntityListingTests {
    @Test func anOrganizationOnlyCalledByAnotherFormShowsThatFormFirst() throws {
        var r = runner([
            "[ISIS=Islamic State:organization] fighters and [al Qaeda=Al-Qaeda:organization] cells clashed, and the [United Nations:organization] said so.",
        ])
        let answer = try json(&r, "organizations")
        #expect(values(answer) == ["ISIS (Islamic State)", "al Qaeda (Al-Qaeda)", "United Nations"])
    }
}
