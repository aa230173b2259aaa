/// Words that, capitalized after an abbreviation's period (`... in the U.S. The ...`), show
/// that a new sentence has begun. After an ordinary period any capital starts a sentence; after
/// `U.S.` or `Inc.` only these do, since `U.S. Senate` and `Apple Inc. Chief` are one sentence.
///
/// ```swift
/// SentenceStarterLexicon.standard.contains("The")   // true
/// SentenceStarterLexicon.standard.contains("Senate") // false
/// ```
public struct SentenceStarterLexicon: Sendable {
    private var words: Set<String> = []

    /// Parses one word a line (``LexiconLines`` format).
    public init(_ text: String) {
        self = Self().extended(with: text)
    }

    private init() {}

    /// This lexicon plus the words in `text` (same format).
    public func extended(with text: String) -> SentenceStarterLexicon {
        var copy = self
        copy.words.formUnion(LexiconLines.lines(text))
        return copy
    }

    /// True when `word` (as written, capitalized) usually opens a sentence.
    public func contains(_ word: String) -> Bool { words.contains(word) }

    public static let standard = SentenceStarterLexicon(data)

    static let data = """
        # Capitalized words that open sentences, one a line: articles, pronouns, conjunctions,
        # prepositions and adverbs that rarely continue a name after an abbreviation.
        A
        About
        According
        After
        Again
        Against
        Ahead
        All
        Also
        Although
        Among
        An
        And
        Another
        Any
        As
        At
        Because
        Before
        Both
        But
        By
        Despite
        During
        Each
        Earlier
        Even
        Every
        Few
        For
        From
        He
        Her
        Here
        His
        How
        However
        I
        If
        In
        Instead
        It
        Its
        Last
        Later
        Many
        Meanwhile
        More
        Most
        Much
        My
        No
        Nor
        Not
        Now
        Of
        On
        One
        Only
        Or
        Other
        Our
        Over
        She
        Since
        So
        Some
        Still
        Such
        That
        The
        Their
        Then
        There
        These
        They
        This
        Those
        Though
        Thus
        To
        Under
        Until
        We
        What
        When
        Where
        Whether
        Which
        While
        Who
        Why
        With
        Yet
        You
        Your
        """
}
