/// Closed word classes the role rules read titles and appositions with.
///
/// Each list: words separated by spaces or lines, lowercased.
/// - `qualifierStops`: words that end the walk back from a title over the words saying whose
///   title it is ("Liberal leader", "BBC labour affairs correspondent"); a title never takes
///   a function word, pronoun or verb as its qualifier.
/// - `tailPrepositions`: words that carry a role phrase on after its head noun
///   ("expert on Russia at the Wilson Center").
/// - `tailStops`: words that end a role phrase.
/// - `clauseVerbs`: a relative clause giving a role: `, who served as ...`, `, who is ...`.
/// - `jobVerbs`: verbs that are the job in a relative clause, the body they take named after
///   them: `, who chairs the transport committee`, `who led the Port Authority`.
/// - `personObjectWords`: words after which a name of two or more words is a person's
///   ("killing Ann Lee", "freed Bo Park", "met Kim Jong Un").
/// - `personOfNouns`: nouns whose `of` takes a person ("the tomb of Ann Lee").
/// - `placeOfNouns`: nouns whose `of` takes a place ("the state of Gombe said ...", "the
///   foreign ministry of Ostrand said").
/// - `jobNounEndings`: endings of agent nouns that name a job before a name ("headteacher Ann Lee").
/// - `notJobNouns`: words with those endings that name no job ("whether", "former", "German").
/// - `personNouns`: nouns only people are, singular and plural ("a 15-year-old boy", "one of
///   the suspects"): an apposition headed by one makes the name a person's.
/// - `anonymousRoles`: titles whose unnamed holder the story seldom names later ("A spokesman has said").
/// - `lesserRanks`: words before a title that make it another office (`Deputy Prime
///   Minister` is not who "the prime minister" means).
/// - `partyTags`: the party letter of a US politician's tag and the party it stands for
///   (`Ann Lee (D-Ohio)`: a Democrat).
/// - `kinNouns`: relatives ("his wife Ann Lee"): a bare surname shared with them means the other person.
///
/// ```swift
/// RoleWords.standard.qualifierStops.contains("told")  // true
/// ```
public struct RoleWords: Sendable {
    public var qualifierStops: Set<String>
    public var tailPrepositions: Set<String>
    public var tailStops: Set<String>
    public var clauseVerbs: Set<String>
    public var jobVerbs: Set<String>
    public var personObjectWords: Set<String>
    public var personOfNouns: Set<String>
    public var placeOfNouns: Set<String>
    public var jobNounEndings: [String]
    public var notJobNouns: Set<String>
    public var kinNouns: Set<String>
    public var anonymousRoles: Set<String>
    public var personNouns: Set<String>
    public var partyTags: [String: String]
    public var lesserRanks: Set<String>

    /// Whether `role` only says whose relative someone is ("wife" in "his wife Ann Lee").
    public func isKinRole(_ role: Role) -> Bool {
        kinNouns.contains(role.title.lowercased())
    }

    public static let standard = RoleWords(
        qualifierStops: LexiconLines.words("""
            the a an this that these those his her their its our my your both each every some any all
            no not and or but nor so yet if as than then when while who whom whose which what where
            of to in on at by for with from into onto upon over under about against between among
            through during before after since until without within via per like near
            out up off down alongside beside behind amid despite unlike toward towards besides
            stood stands sat sits
            is are was were be been being am has have had do does did will would shall should can
            could may might must said says say told tells tell asked asks met meets meet called calls
            phoned phones named appointed elected replaced succeeded thanked congratulated urged
            praised criticized criticised accused blamed quoted interviewed joined visited
            according including also later earlier now today yesterday again still even just only
            he she him they them we us i you it there here
            reporters officials people men women
            many most several few other another more such last next first
            """),
        tailPrepositions: LexiconLines.words("""
            on at for of to in with from
            """),
        tailStops: LexiconLines.words("""
            and or but who whom whose which that said says told tells added when where while
            because after before since until if as
            """),
        clauseVerbs: LexiconLines.words("""
            served serves serving is was became becomes works worked working remains remained
            """),
        jobVerbs: LexiconLines.words("""
            chairs chaired chairing co-chairs co-chaired co-chairing leads led leading co-leads co-led co-leading
            heads headed heading runs ran running directs directed directing manages managed managing
            founded co-founded commands commanded commanding represents represented representing
            """),
        personObjectWords: LexiconLines.words("""
            killing killed kill kills shot shooting shoot murdered murdering murder assassinated
            arrested arresting detained detaining freed freeing released releasing executed executing
            buried burying mourned mourning kidnapped abducted jailed imprisoned pardoned sentenced
            met meets phoned telephoned
            """),
        personOfNouns: LexiconLines.words("""
            tomb grave funeral death killing murder assassination shooting arrest release widow widower
            wife husband son daughter father mother brother sister nephew niece family relatives
            body memory legacy successor predecessor
            """),
        placeOfNouns: LexiconLines.words("""
            state city town village province region district county municipality island port capital
            suburb outskirts neighborhood neighbourhood area bay gulf cape strait straits isle sea
            ministry government parliament embassy kingdom republic
            """),
        jobNounEndings: LexiconLines.words("""
            er or ist ian man woman
            """).sorted(),
        notJobNouns: LexiconLines.words("""
            whether however together either neither rather never whatever whenever wherever
            further former latter major minor prior senior junior interior superior inner
            outer upper lower sooner another meanwhile christian muslim woman german
            """),
        kinNouns: LexiconLines.words("""
            wife husband son daughter father mother brother sister widow widower nephew niece
            grandson granddaughter grandfather grandmother cousin uncle aunt stepson stepdaughter
            stepfather stepmother son-in-law daughter-in-law fiancee fiance fiancée partner
            """),
        anonymousRoles: LexiconLines.words("""
            spokesman spokeswoman spokesperson official aide adviser advisor source
            """),
        personNouns: LexiconLines.words("""
            boy boys girl girls man men woman women child children teenager teenagers teen teens
            student students pupil pupils schoolboy schoolgirl youngster youngsters baby toddler
            mother father son daughter wife husband brother sister widow widower grandmother grandfather
            victim victims suspect suspects resident residents citizen citizens veteran veterans
            people persons individuals defendants hostages prisoners detainees survivors protesters
            """),
        partyTags: ["r": "Republican", "d": "Democrat", "i": "Independent"],
        lesserRanks: LexiconLines.words("""
            deputy vice assistant associate under shadow junior
            """))
}
