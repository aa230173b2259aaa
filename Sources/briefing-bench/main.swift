import BriefingKit
import Foundation

// Benchmarks over ../shared/corpus. Run release builds:
//   swift run -c release briefing-bench NAME [CORPUS]
// Each benchmark lives in its own file and is listed here once.
let benchmarks: [(name: String, help: String, run: ([String]) throws -> Void)] = [
    ("sentences", "share of BBC gold sentences split exactly [CORPUS] [--gold F] [--misses F]", SentencesBenchmark.run),
    ("textspeed", "read + tokenize + split + quotation spans over the corpus, MB/s and words/s [CORPUS] [--rounds N]", TextSpeedBenchmark.run),
    ("quotespans", "quotation spans against PolNeAR attribution contents [POLNEAR] [--misses F]", QuotationSpansBenchmark.run),
    ("splits", "print the sentences and quotation spans of FILE... to read them", SplitsBenchmark.run),
    ("quotes", "quote attribution F1 on PolNeAR [DIR] [--verbose]", QuoteBenchmark.run),
    ("quotelist", "print the quotes found in FILE... with speaker, cue and kind", QuoteListBenchmark.run),
    ("relspeed", "words/s of contacts, quotes, numbers [DIR]", RelationSpeedBenchmark.run),
    ("entityspeed", "words a second through recognition and linking of entities [CORPUS] [--rounds N]", EntitySpeedBenchmark.run),
    ("reading", "ArticleReader and whole-load speed, refused files, boilerplate dropped [CORPUS] [--rounds N] [--dropped N]", ReadingBenchmark.run),
    ("pipeline", "whole-pipeline words/s and each stage's share, thread CPU time [CORPUS] [--rounds N]", PipelineBenchmark.run),
    ("people", "PolNeAR attribution sources: recall of people, sample for precision", PeopleBenchmark.run),
    ("summary", "ROUGE of the summary against LEAD-3 and TextRank (BBC, CNN)", SummaryBenchmark.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
    print("usage: briefing-bench NAME [ARGS...]")
    for b in benchmarks { print("  \(b.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(b.help)") }
    exit(arguments.isEmpty ? 0 : 64)
}
try benchmark.run(Array(arguments.dropFirst()))
