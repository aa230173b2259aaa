/// Verbs that end a bare attribution after a quotation: `“It is over.” Okafor said.` The splitter
/// keeps such a tail (a few capitalized words, one of these verbs, then `.` or `,`) with the quote.
///
/// ```swift
/// AttributionVerbLexicon.standard.contains("said")  // true
/// ```
public struct AttributionVerbLexicon: Sendable {
    private var verbs: Set<String> = []

    /// Parses one verb a line; `#` starts a comment.
    public init(_ text: String) {
        self = Self().extended(with: text)
    }

    private init() {}

    /// This lexicon plus the verbs in `text` (same format).
    public func extended(with text: String) -> AttributionVerbLexicon {
        var copy = self
        copy.verbs.formUnion(LexiconLines.lines(text))
        return copy
    }

    public func contains(_ verb: String) -> Bool { verbs.contains(verb) }

    public static let standard = AttributionVerbLexicon(data)

    static let data = """
        # Speech verbs that can close an attribution on their own, one a line, as written.
        said
        says
        asked
        asks
        added
        adds
        replied
        replies
        answered
        wrote
        writes
        tweeted
        explained
        continued
        insisted
        declared
        warned
        noted
        shouted
        recalled
        concluded
        argued
        acknowledged
        admitted
        countered
        conceded
        quipped
        joked
        """
}
