/// The topic words of a text: lowercase alphanumeric words, stop words dropped, stemmed.
///
/// Centrality, density and redundancy compare sentences by these.
///
/// ```swift
/// ContentWords().words("The ministers were meeting in Paris")  // ["minist", "meet", "pari"]
/// ```
public struct ContentWords: Sendable {
    private let stopWords: Set<String>
    private let stemmer = PorterStemmer()

    public init(stopWords: Set<String> = SummaryWords.standard.stopWords) {
        self.stopWords = stopWords
    }

    /// Every content word in order (with repeats).
    public func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current)
            current = String.UnicodeScalarView()
            guard !stopWords.contains(word), word.unicodeScalars.count > 1 else { return }
            result.append(word.unicodeScalars.count > 3 ? stemmer.stem(word) : word)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 65...90: current.append(Unicode.Scalar(scalar.value + 32)!)
            case 97...122, 48...57: current.append(scalar)
            default:  // apostrophes too: "Russia's" -> "russia" (a lone "s" is dropped)
                flush()
            }
        }
        flush()
        return result
    }

    /// Number of whitespace-separated words, as a reader counts them.
    public static func count(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
