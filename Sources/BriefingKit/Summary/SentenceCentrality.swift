/// Centrality of sentences: how much of each sentence the rest of the article repeats.
///
/// Each sentence is a vector of its content-word counts; a sentence's score is the sum of its
/// cosine similarities to every other sentence (degree centrality, as in LexRank without its
/// threshold). A sentence many others echo scores high: it is what the article keeps coming
/// back to. On the BBC and CNN benchmark sets this ranks reference sentences higher than
/// TextRank's shared words over log lengths (see the `summary` benchmark).
///
/// ```swift
/// let bags = ["police arrest suspect", "suspect arrest paris", "weather fine"].map { $0.split(separator: " ").map(String.init) }
/// SentenceCentrality().scores(bags)  // the first two outrank the third
/// ```
public struct SentenceCentrality: Sendable {
    public init() {}

    /// Cosine of two word-count vectors: 1 for the same mix of words, 0 for none shared.
    public static func similarity(_ a: [String: Double], _ b: [String: Double]) -> Double {
        let norms = (a.values.reduce(0) { $0 + $1 * $1 } * b.values.reduce(0) { $0 + $1 * $1 }).squareRoot()
        guard norms > 0 else { return 0 }
        return a.reduce(0) { $0 + $1.value * (b[$1.key] ?? 0) } / norms
    }

    /// For each sentence, its similarity to the sentences after it: a lead sentence is one the
    /// rest of the article elaborates.
    public func forwardSimilarity(_ sentences: [[String]]) -> [Double] {
        let vectors = sentences.map(Self.counts)
        return vectors.indices.map { i in
            vectors.indices.dropFirst(i + 1).reduce(0) { $0 + Self.similarity(vectors[i], vectors[$1]) }
        }
    }

    /// One score per sentence (content words each): its summed similarity to all the others.
    public func scores(_ sentences: [[String]]) -> [Double] {
        let vectors = sentences.map(Self.counts)
        var degree = Array(repeating: 0.0, count: vectors.count)
        for i in vectors.indices {
            for j in vectors.indices.dropFirst(i + 1) {
                let s = Self.similarity(vectors[i], vectors[j])
                degree[i] += s
                degree[j] += s
            }
        }
        return degree
    }

    static func counts(_ words: [String]) -> [String: Double] {
        words.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }
}
