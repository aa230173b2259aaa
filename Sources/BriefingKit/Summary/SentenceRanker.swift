/// Scores every sentence of an article for a summary, and says why.
///
/// The score blends four signals, each scaled to 0...1 within the article:
/// - position: news puts the main event first;
/// - centrality: TextRank over shared content words (what the article keeps returning to);
/// - density: how many of the sentence's words are the article's frequent topic words;
/// - salience: the entities it names (weighted by how often the article names them), and the
///   relations, quotes and counts the model found in it.
///
/// ```swift
/// let ranked = SentenceRanker().rank(model)
/// ranked.max { $0.score < $1.score }?.number
/// ```
public struct SentenceRanker: Sendable {
    /// How much each signal counts; tuned on part of the BBC and CNN sets (see the `summary` benchmark).
    public struct Weights: Sendable, Equatable {
        public var position: Double
        public var centrality: Double
        public var density: Double
        public var salience: Double

        public init(position: Double, centrality: Double, density: Double, salience: Double) {
            self.position = position
            self.centrality = centrality
            self.density = density
            self.salience = salience
        }

        public static let standard = Weights(position: 0.35, centrality: 0.3, density: 0.45, salience: 0.15)
    }

    /// One sentence's score and its parts.
    public struct Scored: Sendable, Equatable {
        public var number: Int
        public var score: Double
        public var position: Double
        public var centrality: Double
        public var density: Double
        public var salience: Double
        /// Words as a reader counts them.
        public var wordCount: Int
        /// Content words, for redundancy checks.
        public var contentWords: Set<String>
        /// What the model found in it: "relation: spoke with", "quote", "count: 200 killed".
        public var facts: [String]
    }

    public var weights: Weights
    private let words = ContentWords()

    public init(weights: Weights = .standard) {
        self.weights = weights
    }

    public func rank(_ model: ArticleModel) -> [Scored] {
        let sentences = model.article.sentences
        guard !sentences.isEmpty else { return [] }
        let bags = sentences.map { words.words($0.text) }
        let centrality = normalized(SentenceCentrality().scores(bags))
        let density = normalized(densities(sentences.map(\.text), bags))
        let (salience, facts) = salienceAndFacts(model)
        let salienceScaled = normalized(salience)
        return sentences.indices.map { i in
            let position = 1 / (1 + Double(i) * 0.5)
            let wordCount = ContentWords.count(sentences[i].text)
            var score = weights.position * position + weights.centrality * centrality[i]
                + weights.density * density[i] + weights.salience * salienceScaled[i]
            // Fragments and run-ons make poor summary sentences.
            if wordCount < 6 { score *= 0.3 } else if wordCount > 55 { score *= 0.7 }
            if sentences[i].text.hasSuffix("?") { score *= 0.5 }
            return Scored(
                number: sentences[i].number, score: score, position: position, centrality: centrality[i],
                density: density[i], salience: salienceScaled[i], wordCount: wordCount,
                contentWords: Set(bags[i]), facts: facts[i])
        }
    }

    /// Average frequency of the sentence's words among the article's content words (function words count 0).
    private func densities(_ texts: [String], _ bags: [[String]]) -> [Double] {
        var frequency: [String: Int] = [:]
        for bag in bags { for w in bag { frequency[w, default: 0] += 1 } }
        let top = Double(frequency.values.max() ?? 1)
        return zip(texts, bags).map { text, bag in
            let total = max(ContentWords.count(text), 1)
            return bag.reduce(0) { $0 + Double(frequency[$1] ?? 0) / top } / Double(total)
        }
    }

    private func salienceAndFacts(_ model: ArticleModel) -> ([Double], [[String]]) {
        let count = model.article.sentences.count
        var salience = Array(repeating: 0.0, count: count)
        var facts = Array(repeating: [String](), count: count)
        let mentions = model.entities.mentions
        var perEntity: [Int: Int] = [:]
        for m in mentions { perEntity[m.entity, default: 0] += 1 }
        let total = Double(max(mentions.count, 1))
        var seen = Set<[Int]>()
        for m in mentions where (1...count).contains(m.sentence) && seen.insert([m.sentence, m.entity]).inserted {
            salience[m.sentence - 1] += Double(perEntity[m.entity] ?? 0) / total
        }
        func note(_ sentence: Int, _ fact: String, _ weight: Double) {
            guard (1...count).contains(sentence) else { return }
            salience[sentence - 1] += weight
            if !facts[sentence - 1].contains(fact) { facts[sentence - 1].append(fact) }
        }
        for r in model.relations {
            note(r.evidence.sentence, "\(r.source.text) \(r.kind.rawValue) \(r.target.text)", 0.3)
        }
        for q in model.quotes { note(q.evidence.sentence, "quote by \(q.speakerText)", 0.15) }
        for q in model.quantities {
            let counted = [q.qualifier, q.text, q.counted, q.event].compactMap { $0 }.joined(separator: " ")
            note(q.evidence.sentence, "count: \(counted)", q.event == nil ? 0.1 : 0.3)
        }
        return (salience, facts)
    }

    private func normalized(_ values: [Double]) -> [Double] {
        guard let high = values.max(), let low = values.min(), high > low else {
            return values.map { _ in 0 }
        }
        return values.map { ($0 - low) / (high - low) }
    }
}
