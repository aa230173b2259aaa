import Testing
@testable import BriefingKit

@Suite struct ArticleReaderTests {
    @Test func readsEachFormatInAFolderInPathOrder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("b/talks.md", "---\ntitle: Talks resume\ndate: 2024-01-09\n---\n\nEnvoys met in Geneva. They agreed to meet again.\n")
        try folder.write("a-harbour.txt", "Harbour reopens\n\nBoats left at dawn.\n\nLeave a Comment\n")
        try folder.write("c/deadbeefdeadbeef1234.story", "OSLO (CNN) -- The fjord froze.\n\n@highlight\n\nFjord frozen")
        try folder.write(".hidden.txt", "Hidden\n\nNot loaded.\n")
        try folder.write(".git/x.txt", "Hidden\n\nNot loaded.\n")
        try folder.write("notes.pdf", "Not an article\n\nSkipped.\n")
        let outcome = ArticleReader().readAll(at: folder.path)
        #expect(outcome.failures.isEmpty)
        #expect(outcome.articles.map(\.id) == ["a-harbour", "talks", "deadbeef"])
        #expect(outcome.articles[0].sentences.map(\.text) == ["Boats left at dawn."])
        #expect(outcome.articles[1].date == "2024-01-09")
        #expect(outcome.articles[1].sentences.count == 2)
        #expect(outcome.articles[2].highlights == ["Fjord frozen"])
        #expect(outcome.articles[2].sentences.map(\.text) == ["OSLO (CNN) -- The fjord froze."])
    }

    @Test func aBadFileIsReportedAndTheRestLoad() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("good.txt", "Good news\n\nThe well was fixed.\n")
        let latin1 = try folder.write("latin1.txt", bytes: Array("Price\n\nIt costs ".utf8) + [0xA3, 0x35, 0x0A])
        let binary = try folder.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        let empty = try folder.write("empty.md", "")
        let outcome = ArticleReader().readAll(at: folder.path)
        #expect(outcome.articles.map(\.id) == ["good"])
        #expect(outcome.failures.sorted { $0.path < $1.path } == [
            ReadError(path: empty, reason: "empty file, no text to read"),
            ReadError(path: binary, line: 1, reason: "binary file (NUL byte), not an article"),
            ReadError(path: latin1, line: 3, reason: "not valid UTF-8 text"),
        ])
        #expect(outcome.failures.contains { $0.description == "\(latin1):3: not valid UTF-8 text" })
    }

    @Test func missingPathsAndEmptyFoldersAreErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(ArticleReader().readAll(at: folder.path + "/nope.txt").failures == [
            ReadError(path: folder.path + "/nope.txt", reason: "no such file or folder")])
        #expect(ArticleReader().readAll(at: folder.path).failures.first?.reason == "no .txt, .md or .story files in this folder")
    }

    @Test func onlyBoilerplateIsAnError() {
        #expect(throws: ReadError(path: "x.txt", reason: "no news text (only boilerplate)")) {
            try ArticleReader().read(bytes: Array("Headline\n\nLeave a Comment\n".utf8), path: "x.txt")
        }
    }

    @Test func theSeedArticleKeepsItsStandfirstOnceAndDropsItsFooter() throws {
        let root = #filePath.components(separatedBy: "/Tests/")[0]
        let article = try ArticleReader().read(path: root + "/Briefings/armenia-azerbaijan.txt")
        #expect(article.id == "armenia-azerbaijan")
        #expect(article.title.hasPrefix("During the war in Ukraine"))
        let firsts = article.paragraphs.map(\.text).filter { $0.hasPrefix("Russia is a military ally") }
        #expect(firsts.count == 1)
        #expect(!article.body.contains("Leave a Comment"))
        #expect(!article.body.contains("syndicated feed"))
    }
}
