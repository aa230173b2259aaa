/// A span of one sentence the recognizer thinks names something, before linking.
///
/// ```swift
/// // "Azerbaijani President Ilham Aliyev told ..."
/// RecognizedName(kind: .person, evidence: .title, name: "Ilham Aliyev", words: ["Ilham", "Aliyev"],
///                range: 23..<35, text: "Ilham Aliyev", form: .name,
///                role: Role(title: "President", affiliation: "Azerbaijan"))
/// ```
public struct RecognizedName: Sendable, Equatable {
    /// Why the recognizer believes what it says: linking trusts some reasons more.
    public enum Evidence: Sendable, Equatable {
        /// A lexicon phrase (country, organization, media, place, title).
        case lexicon
        /// A title or honorific right before the name, or after it as an apposition.
        case title
        /// A known given name starts a name of two or more words.
        case givenName
        /// A speech verb, possessed noun or `told X` around the name.
        case context
        /// A name head word: "... Council", "... Times", or an acronym defined in brackets.
        case headWord
        /// A locative preposition ("in X"): a weak sign of a place.
        case locative
        /// Capitalized, nothing more: a person only if the article names them elsewhere.
        case capitalization
        /// he, she, his, her.
        case pronoun
    }

    /// nil when unknown: a capitalized run with no sign of what it names.
    public var kind: EntityKind?
    public var evidence: Evidence
    /// Canonical name: the lexicon form for lexicon phrases, the text for names.
    public var name: String
    /// The words of a person's name, in order (for surname matching).
    public var words: [String]
    /// Scalar offsets in the sentence text.
    public var range: Range<Int>
    public var text: String
    public var form: MentionForm
    public var role: Role?
    /// A title, a role or a given name marks it as a person's (not a capital alone, a verb after
    /// it or a surname's use elsewhere).
    public var isMarkedPerson: Bool {
        role != nil || evidence == .title || evidence == .givenName
    }

    /// Roles an apposition adds to the one before the name ("Judge X, a vice president of ...").
    public var moreRoles: [Role] = []
    public var gender: Gender?
    /// An acronym given in brackets after the name: `(CSTO)`.
    public var alias: String?
    /// The first word of the sentence (its capital may mean nothing).
    public var isSentenceStart: Bool
    /// Inside quotation marks.
    public var isQuoted: Bool
    /// After a preposition ("talks with Mr Blair"): an object, seldom what a later pronoun means.
    public var isObject: Bool = false
    /// A speaker set off by commas inside the sentence ("Reyes is well, Lee said, and ..."):
    /// seldom what a pronoun later in that sentence means.
    public var isAside: Bool = false
    /// An indefinite title opening its sentence ("A Labour peer has ..."): someone not yet named.
    public var isIndefinite: Bool = false
    /// A title right after a quotation, before its verb (`“...,” the candidate said`).
    public var speaksAfterQuotation: Bool = false

    public init(
        kind: EntityKind?, evidence: Evidence, name: String, words: [String] = [], range: Range<Int>,
        text: String, form: MentionForm = .name, role: Role? = nil, gender: Gender? = nil,
        alias: String? = nil, isSentenceStart: Bool = false, isQuoted: Bool = false
    ) {
        self.kind = kind
        self.evidence = evidence
        self.name = name
        self.words = words
        self.range = range
        self.text = text
        self.form = form
        self.role = role
        self.gender = gender
        self.alias = alias
        self.isSentenceStart = isSentenceStart
        self.isQuoted = isQuoted
    }
}
