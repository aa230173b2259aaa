/// Scores every sentence of an article for a summary, and says why.
///
/// The score blends five signals, each scaled to 0...1 within the article:
/// - position: news puts the main event first, the more so the longer the article (a short
///   piece is all main event; a long one buries detail under its lead);
/// - centrality: summed similarity to the other sentences (what the article keeps returning to);
/// - lead-in: how much the sentences after it take up its words (a lead is elaborated later);
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
        public var leadIn: Double
        public var density: Double
        public var salience: Double
        /// Sharing the headline's words: a headline names what the story is about.
        public var headline: Double

        /// How fast the position prior falls: 1 / (1 + decay × index).
        public var positionDecay: Double
        /// Articles of this many sentences or more get the full position weight; shorter ones
        /// less, down to none at ten sentences. 0 gives every article the full weight.
        public var leadSpan: Double
        /// Learned weights over ``SentenceFeatures/vector(_:lead:)``; when set, they replace the
        /// hand blend above.
        public var linear: [Double]

        public init(
            position: Double, centrality: Double, leadIn: Double = 0, density: Double, salience: Double,
            positionDecay: Double = 0.5, leadSpan: Double = 0, headline: Double = 0, linear: [Double] = []
        ) {
            self.headline = headline
            self.linear = linear
            self.position = position
            self.positionDecay = positionDecay
            self.leadSpan = leadSpan
            self.centrality = centrality
            self.leadIn = leadIn
            self.density = density
            self.salience = salience
        }

        /// The hand blend, tuned on the even-numbered BBC and CNN articles (`briefing-bench summary --half tune --grid`).
        public static let handSet = Weights(
            position: 1, centrality: 1, leadIn: 0.5, density: 0.6, salience: 0.3, positionDecay: 0.5, leadSpan: 30)
        /// The hand blend plus the fitted weights (``SentenceFeatures/fitted``) when there are any.
        public static let standard: Weights = {
            var w = handSet
            w.linear = SentenceFeatures.fitted
            return w
        }()
    }

    /// One sentence's score and its parts.
    public struct Scored: Sendable, Equatable {
        public var number: Int
        public var score: Double
        public var position: Double
        public var centrality: Double
        public var leadIn: Double
        public var density: Double
        public var salience: Double
        /// Share of the headline's content words the sentence uses (0 without a headline).
        public var headline: Double = 0
        /// The article's sentence count (the position prior depends on it).
        public var articleLength: Int
        /// Below 1 for fragments, run-ons and questions, which make poor summary sentences.
        public var fitness: Double
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
        rescore(features(model))
    }

    /// The signals of every sentence, unweighted (score 0); ``rescore(_:)`` weighs them.
    public func features(_ model: ArticleModel) -> [Scored] {
        let sentences = model.article.sentences
        guard !sentences.isEmpty else { return [] }
        let bags = sentences.map { words.words($0.text) }
        let graph = SentenceCentrality()
        let centrality = normalized(graph.scores(bags))
        let leadIn = normalized(graph.forwardSimilarity(bags))
        let density = normalized(densities(bags))
        let (salience, facts) = salienceAndFacts(model)
        let salienceScaled = normalized(salience)
        let title = Self.headlineWords(model.article)
        return sentences.indices.map { i in
            let wordCount = ContentWords.count(sentences[i].text)
            var fitness = wordCount < 6 ? 0.3 : wordCount > 55 ? 0.7 : 1
            if sentences[i].text.hasSuffix("?") || sentences[i].text.hasSuffix("?\u{201D}") { fitness *= 0.5 }
            if Self.hasUnbalancedQuote(sentences[i].text) { fitness *= 0.5 }  // a piece of a longer quotation
            return Scored(
                number: sentences[i].number, score: 0, position: 0, centrality: centrality[i],
                leadIn: leadIn[i], density: density[i], salience: salienceScaled[i],
                headline: title.isEmpty ? 0 : Double(title.intersection(bags[i]).count) / Double(title.count),
                articleLength: sentences.count,
                fitness: fitness,
                wordCount: wordCount, contentWords: Set(bags[i]), facts: facts[i])
        }
    }

    /// The same sentences scored with this ranker's weights.
    public func rescore(_ features: [Scored]) -> [Scored] {
        let lead = features.first { $0.number == 1 }
        return features.map { f in
            var f = f
            let span = weights.leadSpan
            let length = span > 10 ? min(1, max(0, (Double(f.articleLength) - 10) / (span - 10))) : 1
            f.position = length / (1 + weights.positionDecay * Double(f.number - 1))
            if !weights.linear.isEmpty {
                // Kept positive, so a poor fit (fitness) still lowers them.
                f.score = f.fitness * max(SentenceFeatures.score(f, lead: lead, weights: weights.linear), 1e-6)
                return f
            }
            f.score = f.fitness * (weights.position * f.position + weights.centrality * f.centrality
                + weights.leadIn * f.leadIn + weights.density * f.density + weights.salience * f.salience
                + weights.headline * f.headline)
            return f
        }
    }

    /// The headline's content words; none when the title is only the lead's opening (a story
    /// file has no headline of its own).
    static func headlineWords(_ article: Article) -> Set<String> {
        let title = article.title
        let isDerived = title.hasSuffix("…") || title.hasSuffix("...")
            || article.sentences.first.map { $0.text.hasPrefix(title) } == true
        return isDerived ? [] : Set(ContentWords().words(title))
    }

    /// A closing curly quote before any opening one, or an opening one never closed.
    static func hasUnbalancedQuote(_ text: String) -> Bool {
        var depth = 0
        if text.unicodeScalars.filter({ $0 == "\"" }).count % 2 == 1 { return true }
        for scalar in text.unicodeScalars {
            if scalar == "\u{201C}" { depth += 1 }
            if scalar == "\u{201D}" {
                if depth == 0 { return true }
                depth -= 1
            }
        }
        return depth != 0
    }

    /// Average article frequency of the sentence's content words: how much of it is the topic.
    private func densities(_ bags: [[String]]) -> [Double] {
        var frequency: [String: Int] = [:]
        for bag in bags { for w in bag { frequency[w, default: 0] += 1 } }
        let top = Double(frequency.values.max() ?? 1)
        return bags.map { bag in
            bag.isEmpty ? 0 : bag.reduce(0) { $0 + Double(frequency[$1] ?? 0) / top } / Double(bag.count)
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
