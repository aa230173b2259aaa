import BriefingKit
import Foundation

/// `pipeline [CORPUS] [--rounds N]`: whole-pipeline words a second and the time of each stage,
/// on one core, in thread CPU time (steadier than wall time on a shared machine).
///
///     swift run -c release briefing-bench pipeline ../shared/corpus/bbc/politics
///
/// Stages run in pipeline order over every article, each on the previous stage's output:
/// read (bytes → segmented `Article`), entities (`EntityLinker`), direct quotes
/// (`QuoteAttributor`), reported speech (`ReportedSpeechFinder`), all quotes
/// (`QuoteExtractor`, which includes the two before), contacts, quantities, store (`KnowledgeStore.add`);
/// then a whole `Workspace.load` for the total. Words are whitespace-separated runs of the bodies.
enum PipelineBenchmark {
    static func run(_ arguments: [String]) throws {
        let options = BenchOptions(arguments)
        let rounds = Int(options.value("--rounds") ?? "") ?? 3
        let corpus = arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? "../shared/corpus/bbc/politics"

        var articles: [Article] = []
        let read = best(rounds) { articles = ArticleReader().readAll(at: corpus).articles }
        let words = articles.reduce(0) { $0 + $1.body.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).count }
        _ = EntityLinker().link(articles[0])  // start-up (lexicons) is not a stage

        var tables: [EntityTable] = []
        let linker = EntityLinker()
        let entities = best(rounds) { tables = articles.map { linker.link($0) } }
        var direct: [[Quote]] = []
        let attributed = best(rounds) { direct = zip(articles, tables).map { QuoteAttributor().attribute($0, entities: $1) } }
        let reported = best(rounds) {
            for (k, article) in articles.enumerated() { _ = ReportedSpeechFinder().find(article, entities: tables[k], direct: direct[k]) }
        }
        let quotes = best(rounds) { for (article, table) in zip(articles, tables) { _ = QuoteExtractor().extract(article, entities: table) } }
        let contacts = best(rounds) { for (article, table) in zip(articles, tables) { _ = ContactExtractor().extract(article, entities: table) } }
        let quantities = best(rounds) { for article in articles { _ = QuantityExtractor().extract(article) } }
        let models = zip(articles, tables).map { ArticleModel(article: $0, entities: $1, relations: [], quotes: [], quantities: []) }
        let store = best(rounds) {
            var store = KnowledgeStore()
            for model in models { store.add(model) }
        }
        var report = LoadReport()
        let total = best(rounds) {
            var workspace = Workspace()
            report = workspace.load(paths: [corpus])
        }

        print("\(articles.count) articles, \(words) words (\(report.summary)); thread CPU seconds, best of \(rounds)")
        for (name, seconds) in [
            ("read", read), ("entities", entities), ("quotes: direct", attributed), ("quotes: reported", reported),
            ("quotes: all", quotes), ("contacts", contacts), ("quantities", quantities), ("store add", store),
        ] {
            print("  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s  %5.1f%%  %10.0f words/s", seconds, 100 * seconds / total, Double(words) / seconds))
        }
        print("  " + "whole load".padding(toLength: 18, withPad: " ", startingAt: 0)
            + String(format: "%7.3f s  100.0%%  %10.0f words/s", total, Double(words) / total))
    }

    /// The least thread CPU time of `rounds` runs of `work`.
    static func best(_ rounds: Int, _ work: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<max(1, rounds) {
            let start = cpuTime()
            work()
            best = min(best, cpuTime() - start)
        }
        return best
    }

    static func cpuTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
