/// Word lists the summary reads: one entry a line, `#` starts a comment.
///
/// - `stopWords`: function words that say nothing about a sentence's topic; centrality and
///   density count only the other words.
/// - `openingConnectives`: words that tie a sentence to the one before it ("But", "However,");
///   dropped when the sentence stands alone in a summary.
/// - `honorifics`: courtesy titles that go with a name ("Mr Blair"); replaced with the role
///   when the summary introduces the person.
/// - `countEvents`: what a count must be about to open the summary's facts ("killed"), with the
///   phrase a template uses (`killed | were killed`).
/// - `contextOpeners`: first words that point back to the sentence before ("This", "These").
/// - `backPointers`: words that, among a sentence's first four, point back to something told
///   before ("Two other gunmen", "Another 30 people", "Two more victims"; not "more than").
/// - `innerBackReferences`: phrases that point back wherever they stand outside a quotation
///   ("investors in these funds", "during the following days").
/// - `additives`: words that add to what was said before ("He also said"); dropped from a
///   sentence's opening words when it stands alone.
/// - `impersonalVerbs`: verbs after an opening "It" that need no referent ("It is expected").
/// - `firstPerson`: words of a writer speaking for themselves ("I", "my", "we"); outside
///   quotation marks they mark a reader's comment, not the report.
/// - `startPronouns`: pronouns that need a name when they open a chosen sentence, with the form
///   they take (`subject`, `object` or `possessive`; `her` reads as possessive).
///
/// ```swift
/// SummaryWords.standard.stopWords.contains("the")  // true
/// ```
public struct SummaryWords: Sendable {
    public var stopWords: Set<String>
    public var openingConnectives: [String]
    public var honorifics: Set<String>
    public var contextOpeners: Set<String>
    public var backPointers: Set<String>
    public var innerBackReferences: [String]
    public var additives: Set<String>
    public var impersonalVerbs: Set<String>
    public var firstPerson: Set<String>
    /// event word → how a sentence states it ("were killed"); empty when only the article's
    /// own sentence may state it.
    public var countEvents: [String: String]
    /// pronoun → "subject" or "possessive"
    public var startPronouns: [String: String]

    public static let standard = SummaryWords(
        stopWords: Set(lines(stopWordText).flatMap { $0.split(separator: " ").map(String.init) }),
        openingConnectives: lines(connectiveText),
        honorifics: Set(lines(honorificText)),
        contextOpeners: Set(lines(contextOpenerText)),
        backPointers: Set(lines(backPointerText)),
        innerBackReferences: lines(innerBackReferenceText),
        additives: Set(lines(additiveText)),
        impersonalVerbs: Set(lines(impersonalVerbText)),
        firstPerson: Set(lines(firstPersonText).flatMap { $0.split(separator: " ").map(String.init) }),
        countEvents: Dictionary(
            lines(countEventText).map { line in
                let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                return (fields[0], fields.count > 1 ? fields[1] : "")
            }, uniquingKeysWith: { first, _ in first }),
        startPronouns: Dictionary(
            lines(pronounText).map { line in
                let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                return (fields[0], fields.count > 1 ? fields[1] : "subject")
            }, uniquingKeysWith: { first, _ in first }))

    /// Non-empty, comment-free, trimmed lines, lowercased.
    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { raw in
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    static let stopWordText = """
        # articles, determiners, pronouns
        a an the this that these those some any each every all both either neither no
        i me my we us our you your he him his she her it its they them their who whom whose which what
        # auxiliaries
        is are was were be been being am do does did done have has had having will would shall should
        can could may might must
        # prepositions and conjunctions
        of to in on at by for with from as into onto over under about after before between through
        during against without within among up down out off than then there here when where while
        and or but if so not nor also just only very more most such other own same too
        # reporting words: every article has them
        said says say told according mr mrs ms
        """

    static let connectiveText = """
        but
        and
        however,
        meanwhile,
        also,
        also
        still,
        yet
        so
        in addition,
        nevertheless,
        nonetheless,
        moreover,
        furthermore,
        in turn,
        on the other hand,
        """

    static let honorificText = """
        mr
        mrs
        ms
        miss
        dr
        """

    static let contextOpenerText = """
        this
        these
        those
        such
        that
        """

    static let backPointerText = """
        other
        another
        more      # "Two more victims"; "more than 100" is a count, not a pointer
        """

    static let innerBackReferenceText = """
        these             # "these two firms": which ones?
        the following     # "the following three days": after what?
        the latter
        among them
        in it             # "In it he alleges ...": in what?
        the move          # "The move comes after ...": which move?
        the remarks
        the comments
        """

    static let additiveText = """
        also
        """

    static let firstPersonText = """
        i i'm i've i'd i'll me my myself
        we we're we've
        """

    static let impersonalVerbText = """
        is
        was
        has
        had
        will
        would
        could
        may
        might
        seems
        seemed
        appears
        appeared
        remains
        remained
        is,
        was,
        """

    static let countEventText = """
        killed | were killed
        dead | were dead
        died | died
        injured | were injured
        wounded | were wounded
        missing | were missing
        displaced | were displaced
        arrested | were arrested
        detained | were detained
        """

    static let pronounText = """
        he | subject
        she | subject
        they | subject
        him | object
        his | possessive
        her | possessive
        their | possessive
        """
}

import Foundation
