/// What a command returns: a short answer a person reads first, and the items behind it.
///
/// ```swift
/// Answer("Vladimir Putin, Emmanuel Macron", results: [
///     AnswerItem("Vladimir Putin", evidence: [evidence])
/// ])
/// ```
public struct Answer: Sendable, Equatable {
    public var answer: String
    public var results: [AnswerItem]
    /// Set by `quit`: the loop stops after this command.
    public var endsSession: Bool
    /// Set by `.read`: the session runs these lines next, as if typed.
    public var script: Script? = nil

    public init(_ answer: String, results: [AnswerItem] = [], endsSession: Bool = false) {
        self.answer = answer
        self.results = results
        self.endsSession = endsSession
    }
}

/// One item behind an answer, with the sentences that support it.
public struct AnswerItem: Sendable, Equatable {
    public var value: String
    public var evidence: [Evidence]
    /// Command-specific fields for JSON (a quote has `speaker` and `quote`).
    public var fields: [String: String]
    /// A second line for human output (a role, a count).
    public var detail: String?

    public init(
        _ value: String, evidence: [Evidence] = [], fields: [String: String] = [:],
        detail: String? = nil
    ) {
        self.value = value
        self.evidence = evidence
        self.fields = fields
        self.detail = detail
    }
}
