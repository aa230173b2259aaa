import BriefingKit
import Foundation

/// The TextRank peer (Mihalcea and Tarau 2004), written here independently of the library:
/// sentences are nodes, an edge weighs the words two sentences share over the logs of their
/// lengths, PageRank (damping 0.85) ranks them; the summary lists sentences best first, so a
/// word cut drops the least central.
enum TextRank {
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but",
        "is", "are", "was", "were", "be", "been", "it", "its", "that", "this", "as", "he", "she", "they",
        "his", "her", "their", "has", "have", "had", "will", "would", "said", "not",
    ]

    static func words(_ text: String) -> Set<String> {
        let lowered = text.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : " " }
        return Set(String(lowered).split(separator: " ").map(String.init).filter { !stopWords.contains($0) })
    }

    static func ranks(_ sentences: [String]) -> [Double] {
        let sets = sentences.map(words)
        let n = sets.count
        var w = Array(repeating: Array(repeating: 0.0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n where i != j && sets[i].count > 1 && sets[j].count > 1 {
                let shared = Double(sets[i].intersection(sets[j]).count)
                w[i][j] = shared / (log(Double(sets[i].count)) + log(Double(sets[j].count)))
            }
        }
        let out = w.map { $0.reduce(0, +) }
        var rank = Array(repeating: 1.0, count: n)
        for _ in 0..<50 {
            rank = (0..<n).map { i in
                0.15 + 0.85 * (0..<n).reduce(0.0) { sum, j in out[j] > 0 ? sum + w[j][i] / out[j] * rank[j] : sum }
            }
        }
        return rank
    }

    static func summary(_ article: Article) -> String {
        let texts = article.sentences.map(\.text)
        let r = ranks(texts)
        return texts.indices.sorted { (r[$0], -$0) > (r[$1], -$1) }.map { texts[$0] }.joined(separator: " ")
    }
}
