/// A summary: one paragraph made of parts, each with the sentences and facts behind it.
///
/// ```swift
/// let briefing = try Summarizer().summarize([model])
/// print(briefing.paragraph)
/// for part in briefing.parts { print(part.kind, part.evidence.map(\.citation)) }
/// ```
public struct Briefing: Sendable, Equatable {
    /// One sentence of the paragraph and where it comes from.
    public struct Part: Sendable, Equatable {
        public enum Kind: String, Sendable {
            /// The opening sentence: the main event, its key actor named with role.
            case lead
            /// A sentence chosen from an article, perhaps lightly edited.
            case sentence
            /// A count the model found (killed, injured...), stated once.
            case count
            /// Who spoke with whom, merged across sentences and articles.
            case contacts
        }

        public var kind: Kind
        public var text: String
        public var evidence: [Evidence]
        /// Why it was chosen and what was changed: "rank 1 of 14", "He -> Alen Simonyan".
        public var reasons: [String]

        public init(kind: Kind, text: String, evidence: [Evidence], reasons: [String] = []) {
            self.kind = kind
            self.text = text
            self.evidence = evidence
            self.reasons = reasons
        }
    }

    public var parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// The parts joined into one paragraph.
    public var paragraph: String { parts.map(\.text).joined(separator: " ") }

    public var wordCount: Int { ContentWords.count(paragraph) }
}
