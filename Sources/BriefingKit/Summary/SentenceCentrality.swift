import Foundation

/// TextRank centrality of sentences: a graph whose edges weigh the content words two sentences
/// share (normalized by their lengths), ranked by PageRank.
///
/// A sentence many others echo scores high; it is what the article keeps coming back to.
///
/// ```swift
/// let bags = ["police arrest suspect", "suspect arrest paris", "weather fine"].map { $0.split(separator: " ").map(String.init) }
/// SentenceCentrality().scores(bags)  // the first two outrank the third
/// ```
public struct SentenceCentrality: Sendable {
    public var damping: Double
    public var iterations: Int

    public init(damping: Double = 0.85, iterations: Int = 40) {
        self.damping = damping
        self.iterations = iterations
    }

    /// Shared words over log lengths (Mihalcea and Tarau): long sentences do not win by size alone.
    public static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard a.count > 1, b.count > 1 else { return 0 }
        let shared = a.intersection(b).count
        return shared == 0 ? 0 : Double(shared) / (log(Double(a.count)) + log(Double(b.count)))
    }

    /// For each sentence, its similarity to the sentences after it: a lead sentence is one the
    /// rest of the article elaborates.
    public func forwardSimilarity(_ sentences: [[String]]) -> [Double] {
        let sets = sentences.map(Set.init)
        return sets.indices.map { i in
            sets.indices.dropFirst(i + 1).reduce(0) { $0 + Self.similarity(sets[i], sets[$1]) }
        }
    }

    /// One score per sentence (content words each), averaging 1.
    public func scores(_ sentences: [[String]]) -> [Double] {
        let n = sentences.count
        guard n > 1 else { return Array(repeating: 1, count: n) }
        let sets = sentences.map(Set.init)
        var weights = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let w = Self.similarity(sets[i], sets[j])
                weights[i][j] = w
                weights[j][i] = w
            }
        }
        let outgoing = weights.map { $0.reduce(0, +) }
        var rank = Array(repeating: 1.0, count: n)
        for _ in 0..<iterations {
            var next = Array(repeating: 1 - damping, count: n)
            for j in 0..<n where outgoing[j] > 0 {
                let share = damping * rank[j] / outgoing[j]
                for i in 0..<n where weights[j][i] > 0 { next[i] += share * weights[j][i] }
            }
            rank = next
        }
        return rank
    }
}
