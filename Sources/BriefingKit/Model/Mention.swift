/// A span in a sentence that refers to an entity.
public struct Mention: Sendable, Equatable {
    /// Id of the entity in the article's ``EntityTable``.
    public var entity: Int
    /// 1-based sentence number.
    public var sentence: Int
    /// Scalar offsets within the sentence text.
    public var range: Range<Int>
    public var text: String
    public var form: MentionForm

    public init(entity: Int, sentence: Int, range: Range<Int>, text: String, form: MentionForm) {
        self.entity = entity
        self.sentence = sentence
        self.range = range
        self.text = text
        self.form = form
    }
}

/// How a mention names its entity.
public enum MentionForm: String, Sendable {
    /// The name or part of it: "Vladimir Putin", "Putin".
    case name
    /// An alias or acronym: "CSTO".
    case alias
    /// A title standing for a person: "the Russian leader", "the president".
    case nominal
    /// he, she, his, her, they.
    case pronoun
    /// "Armenian", "French": a country named through its adjective.
    case demonym
    /// A capital standing for its country: "Yerevan said".
    case metonym
}
