/// Finds what one sentence names: countries, places, organizations, media, people, titles
/// standing for people (`the president`) and he/she pronouns.
///
/// Lexicon phrases are matched longest first; other capitalized runs become people only with
/// evidence (a title before them, a given name, a speech verb after them, `Macron’s office`).
///
/// ```swift
/// let recognizer = MentionRecognizer(index: LexiconIndex(.standard))
/// recognizer.recognize("Armenian Prime Minister Nikol Pashinyan said on Monday ...")
///     .map(\.name)  // ["Armenia", "Nikol Pashinyan"]
/// ```
public struct MentionRecognizer: Sendable {
    public let index: LexiconIndex
    let scanner = WordScanner()

    public init(index: LexiconIndex) {
        self.index = index
    }

    /// A title seen but not yet attached to a name.
    struct PendingTitle {
        var role: Role?
        var gender: Gender?
        var tokens: Range<Int>
        /// Token where a nominal mention would start ("the" before the title).
        var nominalStart: Int?
        var isLeader: Bool
        /// A common word written out ("General"): marks only names of two words or more.
        var isWeak = false
        /// Set off by commas before an honorific ("The Home Secretary, Lady Ashworth,"): the
        /// role holds only when a comma or full stop closes the name.
        var needsClosingComma = false
        /// "billionaire and Varga critic Ann Lee": a title joined by "and" before this one, also
        /// the name's.
        var coordinated: Role?
        /// "moderators Ann Lee and Bo Park", "Sens. Ann Lee, Bo Park and ...": every listed name's.
        var isPlural = false
    }

    /// Everything `sentence` names, in order.
    /// - Parameters:
    ///   - quoted: scalar ranges of the sentence that lie inside quotation marks.
    ///   - lowercaseWords: words the article also writes in lower case (a capital at a
    ///     sentence start then means nothing).
    ///   - innerCapitals: words the article capitalizes inside a sentence (nil: unknown), so a
    ///     lone first word with only a verb after it ("Therefore said") must be one of them.
    public func recognize(
        _ sentence: String, quoted: [Range<Int>] = [], lowercaseWords: Set<String> = [],
        innerCapitals: Set<String>? = nil
    ) -> [RecognizedName] {
        recognize(tokens: scanner.scan(sentence), quoted: quoted, lowercaseWords: lowercaseWords, innerCapitals: innerCapitals)
    }

    /// The same, for a sentence already scanned into tokens.
    public func recognize(
        tokens: [WordToken], quoted: [Range<Int>] = [], lowercaseWords: Set<String> = [],
        innerCapitals: Set<String>? = nil
    ) -> [RecognizedName] {
        var state = SentenceState(
            tokens: tokens, quoted: quoted, lowercaseWords: lowercaseWords, index: index)
        state.innerCapitals = innerCapitals
        state.run()
        return state.names
    }
}
