/// Page furniture that is not news: share links, feed disclaimers, comment prompts, credits.
///
/// Format: one pattern a line; `#` starts a comment; blank lines are ignored. A pattern matches a
/// whole paragraph, or the tail of a paragraph after its last sentence (web residue such as
/// "Watch the speech »" often sticks to the last sentence). `*` matches any run of characters;
/// case, runs of spaces and curly versus straight quotes do not matter.
///
/// Extend it with a file of the same format:
/// ```swift
/// let lexicon = BoilerplateLexicon.standard.adding(try String(contentsOfFile: "mine.txt", encoding: .utf8))
/// lexicon.patterns.count
/// ```
public struct BoilerplateLexicon: Sendable {
    public private(set) var patterns: [String]

    public init(text: String) {
        patterns = Self.entries(of: text)
    }

    /// This lexicon with the entries of `text` (same format) added.
    public func adding(_ text: String) -> BoilerplateLexicon {
        var copy = self
        copy.patterns += Self.entries(of: text)
        return copy
    }

    /// Non-comment, non-blank lines, trimmed (the shared ``LexiconLines`` format).
    static func entries(of text: String) -> [String] {
        LexiconLines.lines(text)
    }

    public static let standard = BoilerplateLexicon(text: """
        # Comment prompts and sharing
        leave a comment*
        e-mail to a friend
        email to a friend
        email this*
        print this article
        share this article
        share this story
        share on facebook*
        follow us on *
        like us on facebook*
        * like the page:
        click here to *
        sign up for our * newsletter*

        # Links left behind by web pages: "Watch the speech »", "See photos of the rescue »"
        watch *»
        see *»
        read *»
        go inside *»
        hear *»
        explore *»
        click *»
        learn more *»
        video: *»

        # Editorial notes set apart from the story (a standing note is not news)
        editor's note:*
        editors' note:*

        # Syndicated-feed disclaimers
        (except for the headline, this story has not been edited by *)
        (this story has not been edited by *)
        this story has not been edited by * staff *
        this article was automatically generated *

        # Advertising
        advertisement
        story continues below advertisement
        continue reading the main story
        we are sorry,*this video is restricted from playing in your location*

        # Wire credits and copyright lines
        * contributed to this report.
        * contributed reporting.
        * contributed reporting to this story.
        reporting by *; editing by *
        copyright * all rights reserved*
        © * all rights reserved*
        all rights reserved.
        """)
}
