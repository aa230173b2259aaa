import BriefingKit
import Foundation

/// `sentences [CORPUS] [--gold FILE] [--misses FILE]`: share of BBC gold sentences the splitter
/// produces exactly.
///
/// Gold: every `NNN.summary.txt` in `bbc/{politics,business}` is made of article sentences glued
/// with no space. Walking the summary from its start, the next gold sentence is the longest stretch
/// of the summary that equals a stretch of the article body beginning at a word start; it counts
/// only when the article has a space or the end right after it and it ends with `.`, `?` or `!`
/// (optionally followed by closing quotes or brackets). Otherwise the walk skips to the next stop
/// in the summary and goes on. Duplicate articles (byte-identical) count once. The splitter runs
/// paragraph by paragraph (`TextSegmenter`), as the reader feeds it; a gold sentence is found when
/// one of the article's sentences equals it.
enum SentencesBenchmark {
    static func run(_ arguments: [String]) throws {
        var corpus = "../shared/corpus"
        var goldPath = "/tmp/briefing-bbc-gold.tsv"
        var missesPath = "/tmp/briefing-sentence-misses.txt"
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--gold": goldPath = rest.popFirst() ?? goldPath
            case "--misses": missesPath = rest.popFirst() ?? missesPath
            default: corpus = argument
            }
        }
        var goldLines: [String] = []
        var missLines: [String] = []
        var totals = (gold: 0, found: 0, articles: 0)
        for category in ["politics", "business"] {
            let folder = "\(corpus)/bbc/\(category)"
            var seen = Set<String>()
            var result = (gold: 0, found: 0, articles: 0)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".summary.txt") }.sorted()
            for name in names {
                let stem = String(name.dropLast(4))
                guard let article = try? String(contentsOfFile: "\(folder)/\(name)", encoding: .utf8),
                    let summary = try? String(contentsOfFile: "\(folder)/\(stem).summary.txt", encoding: .utf8),
                    seen.insert(article).inserted
                else { continue }
                let paragraphs = article.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let body = paragraphs.joined(separator: "\n\n")
                let gold = GoldSentences.derive(summary: summary, body: body)
                let segmented = TextSegmenter().segment(id: stem, title: "", paragraphs: paragraphs)
                let produced = Set(segmented.sentences.map(\.text))
                result.articles += 1
                for sentence in gold {
                    result.gold += 1
                    goldLines.append("\(category)\t\(stem)\t\(sentence)")
                    if produced.contains(sentence) {
                        result.found += 1
                    } else {
                        let near = segmented.sentences.filter { overlaps($0.text, sentence) }.map { "    split: \($0.text)" }
                        missLines.append("\(category)/\(stem)\n    gold:  \(sentence)\n" + near.joined(separator: "\n"))
                    }
                }
            }
            report(category, result)
            totals.gold += result.gold
            totals.found += result.found
            totals.articles += result.articles
        }
        report("politics+business", totals)
        try (goldLines.joined(separator: "\n") + "\n").write(toFile: goldPath, atomically: true, encoding: .utf8)
        try (missLines.joined(separator: "\n\n") + "\n").write(toFile: missesPath, atomically: true, encoding: .utf8)
        print("gold sentences: \(goldPath)\nmisses: \(missesPath)")
    }

    static func report(_ name: String, _ r: (gold: Int, found: Int, articles: Int)) {
        let share = r.gold == 0 ? 0 : 100 * Double(r.found) / Double(r.gold)
        print("\(name): \(r.found)/\(r.gold) gold sentences exact = \(String(format: "%.2f", share))% (\(r.articles) articles)")
    }

    /// True when the split sentence shares its first or last 20 characters with the gold one.
    static func overlaps(_ split: String, _ gold: String) -> Bool {
        split.contains(gold.prefix(20)) || split.contains(gold.suffix(20)) || gold.contains(split.prefix(20))
    }
}
