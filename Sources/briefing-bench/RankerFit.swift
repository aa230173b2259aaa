import BriefingKit
import Foundation

/// `summary --fit --ridge`: fits ``SentenceFeatures`` weights by ridge least squares and prints them as
/// Swift to paste into `SentenceFeatures.fitted`.
///
/// Label of a sentence: the share of its stemmed word pairs found in the reference (ROUGE-2
/// precision: with a fixed word budget, pairs matched per word is what a summary gains), divided
/// by the article's best, so each article is a ranking of its own sentences. Every article weighs
/// 1 / its sentence count, and each set's articles together weigh the same, so BBC and CNN count
/// equally. Deterministic: normal equations solved by Gaussian elimination.
enum RankerFit {
    static func fit(_ items: [SummaryBenchmark.Item], lambda: Double = 0.01, label: String = "precision") -> [Double] {
        let scorer = RougeScorer()
        let width = SentenceFeatures.names.count
        var xtx = Array(repeating: Array(repeating: 0.0, count: width), count: width)
        var xty = Array(repeating: 0.0, count: width)
        var perSet: [String: Double] = [:]
        for item in items { perSet[item.set, default: 0] += 1 }
        for item in items {
            let reference = scorer.tokens(item.reference)
            let features = SentenceRanker().features(item.model)
            guard !features.isEmpty else { continue }
            let lead = features.first { $0.number == 1 }
            var labels = features.map { f -> Double in
                guard let text = item.model.article.sentence(f.number)?.text else { return 0 }
                let tokens = scorer.tokens(text)
                guard tokens.count >= 4 else { return 0 }
                let r2 = scorer.score(candidate: tokens, reference: reference).rouge2
                return label == "recall" ? r2.recall : label == "f1" ? r2.f1 : r2.precision
            }
            let best = labels.max() ?? 0
            if best > 0 { labels = labels.map { $0 / best } }
            let weight = 1 / (Double(features.count) * (perSet[item.set] ?? 1))
            for (f, y) in zip(features, labels) {
                let x = SentenceFeatures.vector(f, lead: lead)
                for i in 0..<width {
                    xty[i] += weight * x[i] * y
                    for j in 0..<width { xtx[i][j] += weight * x[i] * x[j] }
                }
            }
        }
        let total = Double(perSet.count)
        for i in 1..<width { xtx[i][i] += lambda * total / 100 }
        return solve(xtx, xty)
    }

    /// Gaussian elimination with partial pivoting.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double] {
        var a = a
        var b = b
        let n = b.count
        for col in 0..<n {
            let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            a.swapAt(col, pivot)
            b.swapAt(col, pivot)
            guard abs(a[col][col]) > 1e-12 else { continue }
            for row in (col + 1)..<n {
                let factor = a[row][col] / a[col][col]
                for k in col..<n { a[row][k] -= factor * a[col][k] }
                b[row] -= factor * b[col]
            }
        }
        var x = Array(repeating: 0.0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            guard abs(a[row][row]) > 1e-12 else { continue }
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }

    static func printWeights(_ weights: [Double]) {
        for (name, w) in zip(SentenceFeatures.names, weights) {
            print(name.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.3f", w))
        }
        print("[" + weights.map { String(format: "%.3f", $0) }.joined(separator: ", ") + "]")
    }
}
