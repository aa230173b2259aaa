import Testing
@testable import BriefingKit

/// Listings print names in the article's own words. Paragraphs written for these tests.
@Suite struct EntityListingTests {
    @Test func anOrganizationShowsTheArticlesOtherForm() throws {
        var r = runner([
            "[ISIS=Islamic State:organization] fighters and [al Qaeda=Al-Qaeda:organization] cells clashed, and the [United Nations:organization] said so.",
        ])
        let answer = try json(&r, "organizations")
        // Both the article's form and the lexicon's name are printed.
        let shown = values(answer).joined(separator: " | ")
        for form in ["ISIS", "Islamic State", "Al-Qaeda", "United Nations"] { #expect(shown.contains(form), "\(shown)") }
    }
}
