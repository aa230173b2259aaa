import BriefingKit
import Foundation

/// `reading [CORPUS] [--rounds N] [--dropped N] [--no-load]`: how fast and how cleanly `ArticleReader` reads
/// a corpus (every `.txt`, `.md` and `.story`, recursively), on one core.
///
/// Times two things, best of N rounds: reading alone (bytes → checks → format → boilerplate →
/// `TextSegmenter`), and a whole `Workspace.load` (reading plus the analysis pipeline). Words are
/// whitespace-separated runs of the bodies, counted untimed. Then reports the files refused and
/// the paragraphs the boilerplate filter dropped, the most frequent first, to check it by eye.
enum ReadingBenchmark {
    static func run(_ arguments: [String]) throws {
        var corpus = "../shared/corpus"
        var rounds = 3
        var shown = 15
        var withLoad = true
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--rounds": rounds = Int(rest.popFirst() ?? "") ?? rounds
            case "--dropped": shown = Int(rest.popFirst() ?? "") ?? shown
            case "--no-load": withLoad = false
            default: corpus = argument
            }
        }
        let files = try ArticleFinder().files(at: corpus)
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }

        var outcome = ArticleReader.Outcome()
        let reading = best(of: rounds) { outcome = ArticleReader().readAll(at: corpus) }
        var words = 0
        for article in outcome.articles {
            words += article.body.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).count
        }
        var report = LoadReport()
        let loading = !withLoad ? 0 : best(of: rounds) {
            var workspace = Workspace()
            report = workspace.load(paths: [corpus])
        }
        let mb = Double(bytes) / 1_000_000
        print("files: \(files.count), \(String(format: "%.1f", mb)) MB; read \(outcome.articles.count) articles, \(words) words; refused \(outcome.failures.count)")
        print("reading: \(format(reading)) s = \(String(format: "%.1f", mb / reading)) MB/s, \(String(format: "%.0f", Double(words) / reading)) words/s")
        if withLoad { print("load + analyze: \(format(loading)) s = \(String(format: "%.0f", Double(words) / loading)) words/s (\(report.summary))") }
        for failure in outcome.failures.prefix(10) { print("  refused: \(failure)") }

        var dropped: [String: Int] = [:]
        let filter = BoilerplateFilter()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path),
                let lines = try? TextDecoder().lines(of: [UInt8](data), path: path),
                let draft = try? ArticleFormat(path: path).draft(from: lines, path: path)
            else { continue }
            var kept = filter.clean(draft.paragraphs, title: draft.paragraphs.count > 1 ? draft.title : "")[...]
            for paragraph in draft.paragraphs {
                if let next = kept.first, paragraph.hasPrefix(next) {
                    kept.removeFirst()
                    if paragraph != next { dropped[String(paragraph.dropFirst(next.count)).trimmingCharacters(in: .whitespaces), default: 0] += 1 }
                } else {
                    dropped[paragraph, default: 0] += 1
                }
            }
        }
        print("boilerplate: \(dropped.values.reduce(0, +)) paragraphs or tails dropped, \(dropped.count) distinct")
        for (text, count) in dropped.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(shown) {
            print(String(format: "%6d  ", count) + String(text.prefix(100)))
        }
    }

    static func best(of rounds: Int, _ work: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f", seconds) }
}
