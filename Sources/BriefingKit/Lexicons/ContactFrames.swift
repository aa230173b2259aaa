/// Contact cues: the verbs and nouns that say who spoke with, met, called, told or asked whom.
///
/// One frame a line: `verb|noun KIND | FORMS | SLOTS`.
/// - KIND: a ``RelationKind`` case name (spokeWith, met, called, told, asked, urged, wroteTo,
///   negotiated, visited, appealed).
/// - FORMS: the word forms, separated by spaces; a multi-word form joins its words with `_`
///   (`phone_call`, `called_on`).
/// - SLOTS: what introduces the other party: `obj` for a direct object (`told Putin`), or a
///   preposition (`with`, `to`); `between` and `of` list all the parties (`talks between A and
///   B`, `the meeting of A and B`).
/// A verb frame's subject is the clause subject; a noun frame's subject is the clause subject
/// or the possessor (`Putin's call with Macron`). A user's own file in this format extends it.
///
/// ```swift
/// ContactFrames.standard.frames.first { $0.forms.contains(["met"]) }?.kind  // .met
/// ```
public struct ContactFrames: Sendable {
    public struct Frame: Sendable, Equatable {
        public var isNoun: Bool
        public var kind: RelationKind
        /// Each form as lowercased words.
        public var forms: [[String]]
        /// `obj` or prepositions.
        public var slots: [String]
    }

    public var frames: [Frame] { didSet { index() } }
    /// Frame indices and forms by the form's first word: the cue lookup of a hot loop.
    public private(set) var byFirstWord: [String: [(frame: Int, form: [String])]] = [:]

    mutating func index() {
        byFirstWord = [:]
        for (k, frame) in frames.enumerated() {
            for form in frame.forms where !form.isEmpty { byFirstWord[form[0], default: []].append((k, form)) }
        }
    }

    public init(text: String) {
        frames = LexiconLines.entries(text).compactMap { fields in
            guard fields.count == 3 else { return nil }
            let head = fields[0].split(separator: " ").map(String.init)
            guard head.count == 2, let kind = RelationKind(caseName: head[1]) else { return nil }
            return Frame(
                isNoun: head[0] == "noun", kind: kind,
                forms: fields[1].lowercased().split(separator: " ").map {
                    $0.split(separator: "_").map(String.init)
                },
                slots: fields[2].lowercased().split(separator: " ").map(String.init))
        }
        index()  // observers do not run in an initializer
    }

    /// The shipped frames plus the lines of `text`.
    public func extended(with text: String) -> ContactFrames {
        var copy = self
        copy.frames += ContactFrames(text: text).frames
        return copy
    }

    public static let standard = ContactFrames(text: """
        # talking
        verb spokeWith | speak speaks spoke spoken speaking | with to
        verb spokeWith | talk talks talked talking | with to
        verb spokeWith | chat chats chatted chatting | with
        verb spokeWith | discuss discusses discussed discussing | with
        verb spokeWith | confer confers conferred conferring | with
        verb spokeWith | consult consults consulted consulting | obj with
        verb spokeWith | contact contacts contacted contacting | obj
        noun spokeWith | interview interviews | with
        noun spokeWith | discussions conversation conversations dialogue consultations | with between
        # meeting
        verb met | meet meets met meeting | obj with
        verb met | had_breakfast had_lunch had_dinner | with
        verb met | sat_down sit_down sits_down sitting_down | with
        verb met | hosted host hosts hosting received receives welcomed welcomes | obj
        noun met | meeting meetings summit encounter talks | with between of
        noun met | breakfast lunch dinner | with
        noun met | visit visits | with
        # calling
        verb called | phone phones phoned phoning telephone telephoned telephoning | obj with
        verb called | call calls called calling ring rang rings | obj
        noun called | phone_call phone_calls call calls telephone_call telephone_conversation phone_conversation video_call video_conference by_phone by_telephone over_the_phone | with between
        # telling and asking
        verb told | tell tells told telling | obj
        verb told | informed informs inform assured assures assure briefed briefs brief | obj
        verb told | warned warns warn | obj
        verb asked | ask asks asked asking | obj
        verb asked | request requests requested requesting | obj
        verb urged | urge urges urged urging | obj
        verb urged | called_on calls_on call_on calling_on | obj
        verb urged | pressed presses press pressing implored | obj
        # writing
        verb wroteTo | write writes wrote written writing | to
        verb wroteTo | email emails emailed emailing e-mailed | obj
        noun wroteTo | letter letters | to
        # negotiating
        verb negotiated | negotiate negotiates negotiated negotiating | with
        noun negotiated | negotiations | with between
        # visits and appeals
        verb visited | visit visits visited visiting | obj
        noun visited | visit trip | to
        verb appealed | appeal appeals appealed appealing | to
        noun appealed | appeal request plea | to
        """)
}

extension RelationKind {
    /// The kind whose Swift case name is `name` (`spokeWith`).
    init?(caseName name: String) {
        let kinds: [String: RelationKind] = [
            "spokeWith": .spokeWith, "met": .met, "called": .called, "told": .told, "asked": .asked,
            "urged": .urged, "wroteTo": .wroteTo, "negotiated": .negotiated, "visited": .visited,
            "appealed": .appealed, "alliedWith": .alliedWith,
        ]
        guard let kind = kinds[name] else { return nil }
        self = kind
    }
}
