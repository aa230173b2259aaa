import BriefingKit
import Foundation

/// `entityspeed`: words a second through the entity stage (recognize + link), on PolNeAR texts
/// already read and segmented (reading and splitting are timed by `textspeed`).
///
///     swift run -c release briefing-bench entityspeed [CORPUS] [--rounds N]
enum EntitySpeedBenchmark {
    static func run(_ arguments: [String]) throws {
        var corpus = "../shared/corpus/polnear"
        var rounds = 3
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--rounds" { rounds = Int(rest.popFirst() ?? "") ?? rounds } else { corpus = argument }
        }
        var articles: [Article] = []
        for split in ["train", "dev"] {
            let folder = "\(corpus)/\(split)/text"
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where file.hasSuffix(".txt") {
                guard let text = try? String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8) else { continue }
                let paragraphs = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                articles.append(TextSegmenter().segment(id: file, title: "", paragraphs: paragraphs))
            }
        }
        let words = articles.reduce(0) { $0 + $1.sentences.reduce(0) { $0 + $1.text.split(separator: " ").count } }
        let linker = EntityLinker()
        var best = Double.infinity
        var entities = 0
        for _ in 0..<rounds {
            let start = Date()
            entities = 0
            for article in articles { entities += linker.link(article).entities.count }
            best = min(best, Date().timeIntervalSince(start))
        }
        print("\(articles.count) articles, \(words) words, \(entities) entities")
        print(String(format: "entity stage: %.3f s best of %d, %.0f words/s", best, rounds, Double(words) / best))
    }
}
