/// What a summary should cover and how long it may be.
///
/// ```swift
/// SummaryOptions(words: 60, focus: "Putin")
/// ```
public struct SummaryOptions: Sendable, Equatable {
    /// The length aimed at, in words.
    public var words: Int
    /// Never exceeded.
    public var limit: Int
    /// A person, country or organization to summarize instead of whole articles.
    public var focus: String?
    /// The focus as the store resolved it (article id and entity id), when it did: this catches
    /// typos and names the articles write differently.
    public var focusOccurrences: Set<EntityRef.Occurrence>

    public static let defaultWords = 100
    public static let defaultLimit = 130

    /// `limit` defaults to 130 for the default length and 15% over any other length.
    public init(
        words: Int = SummaryOptions.defaultWords, limit: Int? = nil, focus: String? = nil,
        focusOccurrences: Set<EntityRef.Occurrence> = []
    ) {
        self.focusOccurrences = focusOccurrences
        self.words = max(words, 10)
        self.limit = limit ?? (words == SummaryOptions.defaultWords
            ? SummaryOptions.defaultLimit : max(self.words + 5, self.words * 115 / 100))
        self.focus = focus
    }
}
