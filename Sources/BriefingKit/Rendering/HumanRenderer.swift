/// Writes an answer for people: the answer first, then each item with its evidence indented.
///
/// ```
/// Vladimir Putin, Emmanuel Macron
///   Vladimir Putin
///     [armenia:16] Putin held a phone call with Armenian Prime Minister Nikol Pashinyan ...
/// ```
public struct HumanRenderer: Sendable {
    public init() {}

    public func render(_ answer: Answer) -> String {
        var lines = [answer.answer]
        for item in answer.results {
            // A sentence listed as itself is cited on its own line: `  [armenia:4] text`.
            if item.evidence.count == 1, item.evidence[0].text == item.value, item.detail == nil {
                lines.append("  \(item.evidence[0].citation) \(item.value)")
                continue
            }
            lines.append("  " + item.value)
            if let detail = item.detail { lines.append("    " + detail) }
            for evidence in item.evidence where evidence.text != item.value {
                lines.append("    \(evidence.citation) \(evidence.text)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
