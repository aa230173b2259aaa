/// Nouns that name a party by role or group when the text gives no name: `met with the defense
/// minister`, `five unions will hold talks`, `his counterpart, Lena Frost`.
///
/// `heads`: the head nouns, singular and plural, lowercase, separated by spaces or lines.
/// `starters`: the words a role phrase may open with besides articles and possessives
/// (numbers and quantifiers: `five unions`, `several ministers`). A user's own list extends it.
///
/// ```swift
/// RoleNouns.standard.heads.contains("minister")  // true
/// ```
public struct RoleNouns: Sendable {
    public var heads: Set<String>
    public var starters: Set<String>

    public init(heads: Set<String>, starters: Set<String>) {
        self.heads = heads
        self.starters = starters
    }

    /// Whether `word` (lowercase) can open a role phrase: a starter or a written number.
    func isStarter(_ word: String) -> Bool {
        starters.contains(word) || word.first.map { ("0"..."9").contains($0) } == true
    }

    public static let standard = RoleNouns(
        heads: LexiconLines.words("""
            minister ministers secretary secretaries president presidents leader leaders chief chiefs
            head heads official officials officer officers spokesman spokeswoman spokesperson
            spokesmen envoy envoys ambassador ambassadors diplomat diplomats counterpart counterparts
            negotiator negotiators delegation delegations delegate delegates representative
            representatives lawmaker lawmakers senator senators governor governors mayor mayors
            commander commanders general generals king prince monarch premier chancellor adviser
            advisers advisor advisors aide aides director directors chairman chairwoman chair
            agent agents union unions activists activist rebels
            counterparts allies ally investigators inspectors mediator mediators police
            """),
        starters: LexiconLines.words("""
            the a an his her their its our both some several many two three four five six seven
            eight nine ten eleven twelve dozens other senior
            """))
}
