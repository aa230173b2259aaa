import BriefingKit
import Foundation

/// `splits FILE...`: prints each file's sentences and quotation spans, to read the splits by eye.
/// Line 1 of a `.txt` is the headline (skipped); a `.story` stops at its first `@highlight`.
enum SplitsBenchmark {
    static func run(_ arguments: [String]) throws {
        for path in arguments {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            var paragraphs = TextSpeedBenchmark.paragraphs(of: data, path: path)
            if path.hasSuffix(".txt") { paragraphs = Array(paragraphs.dropFirst()) }
            let article = TextSegmenter().segment(id: path, title: "", paragraphs: paragraphs)
            print("== \(path)" + (article.source.map { " (source: \($0))" } ?? ""))
            for sentence in article.sentences { print("\(sentence.number)\t\(sentence.text)") }
            for span in article.quotations {
                let flags = (span.isScareQuote ? " scare" : "") + (span.isClosed ? "" : " unclosed")
                print("  q p\(span.paragraph) s\(span.sentenceNumbers)\(flags): \(span.text)")
            }
        }
    }
}
