/// The small words title case leaves in lower case (`Meet the Press`, `Born in the Bayou`):
/// articles, coordinating conjunctions and short prepositions. A quotation whose lower-case
/// words are all among these can be a title; any other lower-case word (`It is new in Utah`)
/// makes it speech.
///
/// One or more words a line, lowercased; a user's own text in the same format extends it.
///
/// ```swift
/// TitleCaseWords.standard.minor.contains("the")  // true
/// ```
public struct TitleCaseWords: Sendable {
    public var minor: Set<String>

    public init(_ text: String) {
        minor = LexiconLines.words(text)
    }

    /// This list plus the words in `text` (same format).
    public func extended(with text: String) -> TitleCaseWords {
        var copy = self
        copy.minor.formUnion(LexiconLines.words(text))
        return copy
    }

    public static let standard = TitleCaseWords("""
        a an the
        and but or nor for so yet
        of in on at to by up as via vs per from with into onto over off out upon than
        """)
}
