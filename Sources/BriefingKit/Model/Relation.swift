/// A link between two parties: who spoke with, met, told, asked, visited whom.
public struct Relation: Sendable, Equatable {
    public var kind: RelationKind
    /// The one who acts (for symmetric kinds, either party).
    public var source: Party
    public var target: Party
    /// The words that signal it: "held a phone call with".
    public var cue: String
    public var date: String?
    public var evidence: Evidence

    public init(
        kind: RelationKind, source: Party, target: Party, cue: String, date: String? = nil,
        evidence: Evidence
    ) {
        self.kind = kind
        self.source = source
        self.target = target
        self.cue = cue
        self.date = date
        self.evidence = evidence
    }
}

/// One side of a relation: an entity of the article, or an audience ("reporters").
public struct Party: Sendable, Hashable {
    /// Entity id in the article's ``EntityTable``; nil for audiences and unlinked names.
    public var entity: Int?
    public var text: String
    public var isAudience: Bool

    public init(entity: Int?, text: String, isAudience: Bool = false) {
        self.entity = entity
        self.text = text
        self.isAudience = isAudience
    }
}

public enum RelationKind: String, Sendable, CaseIterable {
    case spokeWith = "spoke with"
    case met = "met"
    case called = "called"
    case told = "told"
    case asked = "asked"
    case urged = "urged"
    case wroteTo = "wrote to"
    case negotiated = "negotiated with"
    case visited = "visited"
    case appealed = "appealed to"
    case alliedWith = "allied with"

    /// Talks and calls go both ways; telling and asking have a direction.
    public var isSymmetric: Bool {
        switch self {
        case .spokeWith, .met, .called, .negotiated, .alliedWith: true
        default: false
        }
    }

    /// Counts as communication for `who spoke with X`.
    public var isContact: Bool { self != .alliedWith }
}
