import BriefingKit
import Foundation

/// `summary --fit`: the learned weights fitted on the measure itself. Coordinate ascent over
/// the ``SentenceFeatures`` weights, each step running the real summarizer (lead rule,
/// rewriting, word budget) on the selected articles and scoring ROUGE-2 against the references.
/// The objective weighs both sets by their best peer, so neither can be bought with the other:
/// each set's gain over its peer (as a share of the peer's score), plus twice the smaller gain.
/// Deterministic: fixed start (the hand blend in vector form), fixed step sizes and order.
enum RankerAscent {
    struct Set {
        var items: [SummaryBenchmark.Item]
        var features: [[SentenceRanker.Scored]]
        var references: [[String]]
        var peer: Double
    }

    /// The hand blend written as a vector, the ascent's start.
    static var start: [Double] {
        var w = Array(repeating: 0.0, count: SentenceFeatures.names.count)
        func set(_ name: String, _ value: Double) { w[SentenceFeatures.names.firstIndex(of: name)!] = value }
        set("position x long", 1)
        set("centrality", 1)
        set("lead-in", 0.5)
        set("density", 0.6)
        set("salience", 0.3)
        set("bias", 0.05)
        return w
    }

    static func fit(_ items: [SummaryBenchmark.Item], summarizer: Summarizer, words: Int, rounds: Int = 3) -> [Double] {
        let scorer = RougeScorer()
        let sets = Dictionary(grouping: items, by: \.set).keys.sorted().map { name -> Set in
            let chosen = items.filter { $0.set == name }
            let peers = chosen.map { item -> Double in
                // The set's best peer at the budget: LEAD-3 or TextRank, cut to `words`.
                let reference = scorer.tokens(item.reference)
                let lead = SummaryBenchmark.cut(Lead3.summary(item.model.article), to: words)
                let rank = SummaryBenchmark.cut(TextRank.summary(item.model.article), to: words)
                return [lead, rank].map { scorer.score(candidate: scorer.tokens($0), reference: reference).rouge2.f1 }.max()!
            }
            let lead3 = zip(chosen, peers).map { item, _ in
                scorer.score(candidate: scorer.tokens(SummaryBenchmark.cut(Lead3.summary(item.model.article), to: words)),
                    reference: scorer.tokens(item.reference)).rouge2.f1
            }.reduce(0, +)
            let textRank = chosen.map { item in
                scorer.score(candidate: scorer.tokens(SummaryBenchmark.cut(TextRank.summary(item.model.article), to: words)),
                    reference: scorer.tokens(item.reference)).rouge2.f1
            }.reduce(0, +)
            return Set(
                items: chosen, features: chosen.map { SentenceRanker().features($0.model) },
                references: chosen.map { scorer.tokens($0.reference) }, peer: max(lead3, textRank) / Double(chosen.count))
        }
        func gains(_ w: [Double]) -> [Double] {
            var s = summarizer
            s.ranker.weights.linear = w
            return sets.map { set in
                var sum = 0.0
                for i in set.items.indices {
                    let text = (try? s.summarize([set.items[i].model], options: SummaryOptions(words: words), features: [set.features[i]]))?.paragraph ?? ""
                    sum += scorer.score(candidate: scorer.tokens(text), reference: set.references[i]).rouge2.f1
                }
                return sum / Double(set.items.count) / set.peer - 1
            }
        }
        func objective(_ g: [Double]) -> Double { g.reduce(0, +) + 2 * (g.min() ?? 0) }
        func show(_ g: [Double]) -> String {
            zip(sets, g).map { String(format: "%@ %+.2f%%", $0.items[0].set, 100 * $1) }.joined(separator: "  ")
        }
        var w = start
        var g = gains(w)
        var best = objective(g)
        print("start: " + show(g))
        for round in 0..<rounds {
            let steps = [0.4, 0.15, 0.05].map { $0 / Double(round + 1) }
            for k in w.indices {
                for step in steps.flatMap({ [$0, -$0] }) {
                    var trial = w
                    trial[k] += step
                    let tg = gains(trial)
                    if objective(tg) > best + 1e-6 {
                        (w, g, best) = (trial, tg, objective(tg))
                        print("round \(round + 1) \(SentenceFeatures.names[k]) \(String(format: "%+.3f", step)): " + show(g))
                    }
                }
            }
        }
        return w
    }
}
