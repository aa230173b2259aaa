/// A party found in a sentence: the tokens that name it and the entity they resolve to.
///
/// ```swift
/// // "told reporters" -> PartySpan(tokens: 4..<5, entity: nil, text: "reporters", isAudience: true)
/// ```
public struct PartySpan: Sendable, Equatable {
    /// Token indices in the sentence's ``SentenceWords``.
    public var tokens: Range<Int>
    /// Scalar offsets in the sentence.
    public var range: Range<Int>
    public var entity: Int?
    public var text: String
    public var isAudience: Bool
    public var isPronoun: Bool
    /// The entity's kind, when the reader knows it (`Lisbon` is a place).
    public var kind: EntityKind?

    public init(
        tokens: Range<Int>, range: Range<Int>, entity: Int?, text: String, isAudience: Bool = false,
        isPronoun: Bool = false, kind: EntityKind? = nil
    ) {
        self.tokens = tokens
        self.range = range
        self.entity = entity
        self.text = text
        self.isAudience = isAudience
        self.isPronoun = isPronoun
        self.kind = kind
    }

    /// The relation party this span stands for.
    public var party: Party { Party(entity: entity, text: text, isAudience: isAudience) }
}
