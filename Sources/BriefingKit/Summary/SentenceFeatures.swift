/// The ranker's learned scoring: a sentence's signals as a feature vector, and the linear
/// weights fitted to it.
///
/// The weights are data, fitted by `briefing-bench summary --fit` (ridge least squares, λ 0.01)
/// on the tune halves (even-numbered articles) of the BBC and CNN sets jointly. Each sentence's
/// label is the share of its word pairs (ROUGE-2 precision, stemmed) found in the reference
/// summary, divided by the article's best share, so every article counts as a ranking of its own
/// sentences whatever its set; articles are weighted so both sets count equally. Products of
/// signals let the fit say, for instance, that position matters more in a long article or when
/// the first sentence is itself central (an inverted-pyramid story).
///
/// ```swift
/// let score = SentenceFeatures.score(scored, lead: first, weights: SentenceFeatures.fitted)
/// ```
public enum SentenceFeatures {
    /// The feature names, in vector order (the fit prints them with their weights).
    public static let names = [
        "bias", "position", "is first", "relative position", "centrality", "lead-in", "density",
        "salience", "headline", "length", "long article", "position x long", "position x lead centrality",
        "first x lead centrality", "centrality x density", "quote", "count",
    ]

    /// Fitted by `swift run -c release briefing-bench summary --half tune --fit [--rounds N]`
    /// (coordinate ascent on ROUGE-2 through the real summarizer, each set against its best
    /// peer) or `--fit --ridge [--label precision|recall|f1]` (least squares on per-sentence
    /// labels). Empty for now, so the ranker uses the hand blend: on the tune halves the ridge
    /// fit (F1 labels) gave ROUGE-2 61.5 BBC / 9.7 CNN against the hand blend's 62.0 / 10.3, and
    /// the ascent only trades one set for the other (two rounds: BBC 62.3 -> 61.7, CNN 10.5 ->
    /// 11.1; TextRank 64.1 and LEAD-3 11.8 stay ahead). The two reference styles pull apart:
    /// BBC's are central sentences of the article, CNN's short highlights follow the lead.
    public static let fitted: [Double] = []

    /// The vector of one sentence; `lead` is the article's first sentence (for its centrality).
    public static func vector(_ f: SentenceRanker.Scored, lead: SentenceRanker.Scored?) -> [Double] {
        let index = Double(f.number - 1)
        let position = 1 / (1 + 0.5 * index)
        let isFirst: Double = f.number == 1 ? 1 : 0
        let relative = f.articleLength > 1 ? index / Double(f.articleLength - 1) : 0
        let long = min(1, Double(f.articleLength) / 30)
        let leadCentrality = lead?.centrality ?? 0
        let quote: Double = f.facts.contains { $0.hasPrefix("quote") } ? 1 : 0
        let count: Double = f.facts.contains { $0.hasPrefix("count") } ? 1 : 0
        return [
            1, position, isFirst, relative, f.centrality, f.leadIn, f.density,
            f.salience, f.headline, min(Double(f.wordCount), 50) / 50, long, position * long, position * leadCentrality,
            isFirst * leadCentrality, f.centrality * f.density, quote, count,
        ]
    }

    /// The weighted sum (0 when the weights do not match the vector).
    public static func score(_ f: SentenceRanker.Scored, lead: SentenceRanker.Scored?, weights: [Double]) -> Double {
        let v = vector(f, lead: lead)
        guard v.count == weights.count else { return 0 }
        return zip(v, weights).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
