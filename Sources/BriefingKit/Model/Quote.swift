/// Something someone said, direct or reported, with its speaker.
public struct Quote: Sendable, Equatable {
    /// The quoted words (direct) or the reported clause.
    public var text: String
    /// Entity id of the speaker in the article's ``EntityTable``, when linked.
    public var speaker: Int?
    /// The speaker as written: "Putin", "he", "a senior Armenian official".
    public var speakerText: String
    /// said, told, noted, replied...
    public var cue: String
    public var isDirect: Bool
    public var evidence: Evidence
    /// Scalar offsets of the quoted words (or the reported clause) in ``Article/body``.
    public var range: Range<Int>?
    /// Entity ids of the others who said it with the speaker (`Frost and Reid said`: Frost).
    public var coSpeakers: [Int]

    public init(
        text: String, speaker: Int?, speakerText: String, cue: String, isDirect: Bool,
        evidence: Evidence, range: Range<Int>? = nil, coSpeakers: [Int] = []
    ) {
        self.text = text
        self.speaker = speaker
        self.speakerText = speakerText
        self.cue = cue
        self.isDirect = isDirect
        self.evidence = evidence
        self.range = range
        self.coSpeakers = coSpeakers
    }
}
