/// A number with what it counts: "more than 200 people were killed".
public struct Quantity: Sendable, Equatable {
    public var value: Double
    /// The number as written: "200", "thousands", "£1.2bn".
    public var text: String
    /// "more than", "at least", "about", "up to"...
    public var qualifier: String?
    /// What is counted: "people", "seats".
    public var counted: String?
    /// The event: "killed", "dead".
    public var event: String?
    public var evidence: Evidence

    public init(
        value: Double, text: String, qualifier: String? = nil, counted: String? = nil,
        event: String? = nil, evidence: Evidence
    ) {
        self.value = value
        self.text = text
        self.qualifier = qualifier
        self.counted = counted
        self.event = event
        self.evidence = evidence
    }
}
