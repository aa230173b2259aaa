/// Small closed classes of English words that the relation and quote rules read clauses with.
///
/// Each list: words separated by spaces or lines, lowercased. A party (a name) is a clause
/// subject when the word before it (titles aside) is nothing, punctuation, or a `joiners` word;
/// after any other word it is an object or complement.
///
/// ```swift
/// ClauseWords.standard.joiners.contains("and")  // true
/// ```
public struct ClauseWords: Sendable {
    /// Words after which a clause (and so a subject) can start.
    public var joiners: Set<String>
    /// Words that may stand between a verb and its object or inside a name's title.
    public var determiners: Set<String>
    /// be/have forms that make a participle passive or perfect.
    public var auxiliaries: Set<String>
    /// Personal pronouns that can be speakers.
    public var subjectPronouns: Set<String>
    /// Words that join coordinated parties (`A and B`).
    public var coordinators: Set<String>
    /// Words that start a subordinate or fronted clause (`After meeting X, ...`).
    public var fronting: Set<String>
    /// Prepositions: a name after one is not a subject.
    public var prepositions: Set<String>
    /// Modal and do-support verbs: `will meet`, `did not speak`.
    public var modals: Set<String>
    /// Words that deny the contact that follows (`did not meet`, `missed his meeting`).
    public var negators: Set<String>
    /// Words of a subject that stands for two people just named (`the pair`, `the two men`).
    public var pairWords: Set<String> = LexiconLines.words("pair duo two both couple")
    /// Words that open an unnamed group's or member's phrase like an article (`one activist`,
    /// `another aide`, `several officials said`).
    public var quantifiers: Set<String> = LexiconLines.words("one another some several many two three few")
    /// Words that open a clause subject of its own without naming anyone (`I mean, no decent
    /// person would tell X`: not the speaker's contact).
    public var unnamedSubjectOpeners: Set<String> = LexiconLines.words("no every any each nobody everyone anyone someone")
    /// Adverbs that stand between a subject and its verb (`the governor then said`).
    public var verbAdverbs: Set<String> = LexiconLines.words("then also later again still first always")
    /// Time words that are also determiners (`this week`, but `said this was`).
    public var determinerTimeWords: Set<String> = LexiconLines.words("this last next every")
    /// Words that go on a time phrase after its time word (`Wednesday morning`, `last week`).
    public var dayParts: Set<String> = LexiconLines.words("morning afternoon evening night week weekend month year")
    /// Nouns ending in -ly, which are no adverbs (`the family said`, not `the board recently said`).
    public var lyNouns: Set<String> = LexiconLines.words("family ally assembly rally daily weekly monthly supply anomaly homily")
    /// Words that open a time phrase, which ends an unnamed party (`wrote to his mother last month`).
    public var timeOpeners: Set<String> = LexiconLines.words("""
        last next this every yesterday today tomorrow tonight
        monday tuesday wednesday thursday friday saturday sunday
        """)

    public static let standard = ClauseWords(
        joiners: LexiconLines.words("""
            and but or nor so yet then also while whereas although though because since as if
            that when where after before until once who which whom whose meanwhile however
            later earlier instead separately additionally moreover still now today yesterday why how
            what whether
            """),
        determiners: LexiconLines.words("""
            the a an his her their its our my your both
            """),
        auxiliaries: LexiconLines.words("""
            is are was were be been being has have had
            """),
        subjectPronouns: LexiconLines.words("""
            he she they i we
            """),
        coordinators: LexiconLines.words("""
            and or
            """),
        fronting: LexiconLines.words("""
            after before while when since upon during following
            """),
        prepositions: LexiconLines.words("""
            with to by of for from in on at about against between among including like than via
            over under into onto toward towards through across behind beside besides near without
            within amid despite per along around alongside except
            """),
        modals: LexiconLines.words("""
            will would could should must can may might did does do shall
            """),
        negators: LexiconLines.words("""
            not never n't no without missed misses skipped skips cancelled canceled cancels postponed
            postpones refused refuses declined declines denied denies rejected avoided avoids
            """))
}
