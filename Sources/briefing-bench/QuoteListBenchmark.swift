import BriefingKit
import Foundation

/// `quotelist FILE...`: prints every quote the pipeline finds in each article, with its speaker
/// (the entity's name, else the words as written), cue and kind, to read attributions by eye.
enum QuoteListBenchmark {
    static func run(_ arguments: [String]) throws {
        for path in arguments {
            let model = ArticleAnalyzer().analyze(try ArticleReader().read(path: path))
            print("== \(path)")
            for quote in model.quotes {
                let speaker = quote.speaker.map { model.entities.entities[$0].name } ?? "(\(quote.speakerText))"
                print("s\(quote.evidence.sentence) \(quote.isDirect ? "direct" : "reported") \(quote.cue): \(speaker) | \(quote.text)")
            }
        }
    }
}
