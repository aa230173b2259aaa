import BriefingKit
import Foundation

/// Speed of the relation stages (contacts, quotes, quantities) on PolNeAR texts, apart from
/// reading and entity linking, in words per second.
///
///     swift run -c release briefing-bench relspeed [DIR]
enum RelationSpeedBenchmark {
    static func run(_ arguments: [String]) throws {
        let dir = arguments.first ?? "../shared/corpus/polnear/train/text"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        var inputs: [(Article, EntityTable)] = []
        var words = 0
        for file in files {
            guard let article = try? ArticleReader().read(path: "\(dir)/\(file)") else { continue }
            inputs.append((article, EntityLinker().link(article)))
            words += article.body.split(whereSeparator: \.isWhitespace).count
        }
        func time(_ name: String, _ body: (Article, EntityTable) -> Int) {
            let start = Date()
            var found = 0
            for (article, table) in inputs { found += body(article, table) }
            let seconds = Date().timeIntervalSince(start)
            print(String(format: "%-10@ %8.3f s  %10.0f words/s  %d found", name as NSString, seconds, Double(words) / seconds, found))
        }
        print("\(inputs.count) articles, \(words) words")
        time("contacts") { ContactExtractor().extract($0, entities: $1).count }
        time("quotes") { QuoteExtractor().extract($0, entities: $1).count }
        time("numbers") { article, _ in QuantityExtractor().extract(article).count }
    }
}
