import Testing
@testable import BriefingKit

@Suite struct ArticleIDTests {
    @Test(arguments: [
        ("Briefings/armenia-azerbaijan.txt", "armenia-azerbaijan"),
        ("bbc/politics/001.txt", "politics-001"),
        ("bbc/politics/001.summary.txt", "politics-001-summary"),
        ("cnn/stories/017d27d00eb43678c15cb4a8dd4723a035323219.story", "017d27d0"),
        ("notes/Ferry Strike_Ends.md", "ferry-strike-ends"),
        ("paper_2016-03-02_a-very-long-slug-that-goes-on-and-on-for-ever.txt", "paper-2016-03-02-a-very-long-slug-that"),
        ("Пашинян.txt", "пашинян"),
        ("---.txt", "article"),
    ])
    func idsAreShortAndReadable(_ path: String, _ id: String) {
        #expect(ArticleID.make(path: path) == id)
        #expect(ArticleID.make(path: path).count <= ArticleID.maximumLength)
    }
}
