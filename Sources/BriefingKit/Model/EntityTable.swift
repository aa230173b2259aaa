/// The entities of one article and every mention of them.
///
/// ```swift
/// let table = EntityTable(entities: [putin], mentions: [m1, m2])
/// table.mentions(inSentence: 3)
/// ```
public struct EntityTable: Sendable, Equatable {
    public var entities: [Entity]
    /// Sorted by sentence, then start offset.
    public var mentions: [Mention]

    public init(entities: [Entity] = [], mentions: [Mention] = []) {
        self.entities = entities
        self.mentions = mentions.sorted {
            ($0.sentence, $0.range.lowerBound) < ($1.sentence, $1.range.lowerBound)
        }
    }

    public func mentions(inSentence number: Int) -> [Mention] {
        // Binary search for the sentence's run (mentions are sorted by sentence), not a scan
        // of every mention: relations and the summary ask once per sentence.
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].sentence < number { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < mentions.count, mentions[end].sentence == number { end += 1 }
        return Array(mentions[low..<end])
    }

    public func mentions(of entity: Int) -> [Mention] {
        mentions.filter { $0.entity == entity }
    }

    /// The mention that overlaps `range` in sentence `number` the most, if any.
    public func mention(inSentence number: Int, overlapping range: Range<Int>) -> Mention? {
        mentions(inSentence: number)
            .filter { $0.range.overlaps(range) }
            .max { $0.range.clamped(to: range).count < $1.range.clamped(to: range).count }
    }
}
