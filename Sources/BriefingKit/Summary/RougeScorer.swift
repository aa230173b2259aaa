/// ROUGE-1, ROUGE-2 and ROUGE-L F1 between a candidate summary and a reference, tokenized the
/// way the reference `rouge-score` package does: lowercase, anything but a-z and 0-9 becomes a
/// space, and words longer than three letters are Porter-stemmed.
///
/// ```swift
/// let scores = RougeScorer().score(candidate: "the cat sat", reference: "the cat sat down")
/// scores.rouge1.f1  // 0.857...
/// ```
public struct RougeScorer: Sendable {
    /// Precision, recall and F1 of one ROUGE variant.
    public struct Score: Sendable, Equatable {
        public var precision: Double
        public var recall: Double
        public var f1: Double

        public init(precision: Double, recall: Double) {
            self.precision = precision
            self.recall = recall
            self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        }

        /// From a match count and the two lengths.
        init(matches: Int, candidate: Int, reference: Int) {
            self.init(
                precision: candidate > 0 ? Double(matches) / Double(candidate) : 0,
                recall: reference > 0 ? Double(matches) / Double(reference) : 0)
        }
    }

    /// The three variants for one candidate.
    public struct Scores: Sendable, Equatable {
        public var rouge1: Score
        public var rouge2: Score
        public var rougeL: Score
    }

    public var stemming: Bool
    private let stemmer = PorterStemmer()

    public init(stemming: Bool = true) {
        self.stemming = stemming
    }

    public func score(candidate: String, reference: String) -> Scores {
        score(candidate: tokens(candidate), reference: tokens(reference))
    }

    /// Scores already tokenized text (see ``tokens(_:)``), for callers that score one
    /// reference against several candidates.
    public func score(candidate: [String], reference: [String]) -> Scores {
        Scores(
            rouge1: ngramScore(candidate, reference, n: 1),
            rouge2: ngramScore(candidate, reference, n: 2),
            rougeL: Score(
                matches: longestCommonSubsequence(candidate, reference), candidate: candidate.count,
                reference: reference.count))
    }

    /// Lowercased alphanumeric words, stemmed when longer than three letters.
    public func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(stemming && word.unicodeScalars.count > 3 ? stemmer.stem(word) : word)
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 65...90: current.append(Unicode.Scalar(scalar.value + 32)!)
            case 97...122, 48...57: current.append(scalar)
            default: flush()
            }
        }
        flush()
        return words
    }

    func ngramScore(_ candidate: [String], _ reference: [String], n: Int) -> Score {
        let c = ngrams(candidate, n), r = ngrams(reference, n)
        let matches = c.reduce(0) { $0 + min($1.value, r[$1.key] ?? 0) }
        return Score(
            matches: matches, candidate: max(candidate.count - n + 1, 0), reference: max(reference.count - n + 1, 0))
    }

    private func ngrams(_ words: [String], _ n: Int) -> [String: Int] {
        var counts: [String: Int] = [:]
        guard words.count >= n else { return counts }
        for i in 0...(words.count - n) {
            counts[words[i..<(i + n)].joined(separator: " "), default: 0] += 1
        }
        return counts
    }

    func longestCommonSubsequence(_ a: [String], _ b: [String]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for x in a {
            for (j, y) in b.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
