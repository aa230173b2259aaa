/// Cuts what a summary sentence can lose without changing what it says: a dateline
/// ("Baghdad, Iraq (CNN)Iraqi forces...", "LONDON (Reuters) - Prices..."), a parenthesis that is not an acronym ("(£1.2bn)" goes, "(CSTO)"
/// stays), and a "who"/"which" clause set off by commas between a name and its verb ("Smith,
/// who is also chairman, said"). A clause after a common noun or an age ("Mrs Hassan, 59, who
/// ...") stays: cutting it could take a needed comma with it.
///
/// ```swift
/// AsideTrimmer().trim("Ada Varga, who is also party chair, said so.").text  // "Ada Varga said so."
/// ```
public struct AsideTrimmer: Sendable {
    public init() {}

    // Computed: `Regex` is not Sendable, and only a summary's few chosen sentences are trimmed.
    private static var dateline: Regex<AnyRegexOutput> {
        try! Regex(#"^(?:[A-Z][\p{L}.'\-]*,?\s+){0,4}(?:[A-Z][\p{L}.'\-]*\s*)?\([A-Z][A-Za-z]{1,12}\)(?:\s*(?:--|—|–|-)\s*|(?=[\p{Lu}"“‘]))"#)
    }
    /// "Washington (CNN) A huge decision...": with only a space after it, the parenthesis must
    /// name a news agency ("The Treaty Organization (NTO) Council" is no dateline).
    private static var spacedDateline: Regex<AnyRegexOutput> {
        try! Regex(#"^(?:[A-Z][\p{L}.'\-]*,?\s+){0,4}(?:[A-Z][\p{L}.'\-]*\s*)?\(([A-Z][A-Za-z]{1,12})\)\s+(?=[\p{Lu}"“‘])"#)
    }
    private static var parenthesis: Regex<AnyRegexOutput> { try! Regex(#"\s\(([^()]{1,80})\)"#) }
    /// ", who ... ," after a capitalized name, before a verb: "Smith, who is also chairman, said".
    private static var relativeClause: Regex<AnyRegexOutput> {
        try! Regex(#"\b[\p{Lu}][\p{L}'\-]{1,30}(,\s(?:who|which)\s[^,;:"“”()—–-]{3,90},\s)(?=(?:said|says|told|added|warned|has|had|is|was|will|would|can|could|\p{Ll}+ed)\b)"#)
    }

    private static func isNewsAgency(_ name: String) -> Bool {
        Lexicons.current.media.rows.contains { row in row.fields.contains { $0.contains(name) } }
    }

    public func trim(_ text: String) -> (text: String, changes: [String]) {
        var text = text
        var changes: [String] = []
        if let match = text.firstMatch(of: Self.dateline), match.range.upperBound < text.endIndex {
            text.removeSubrange(match.range)
            changes.append("dropped the dateline")
        } else if let match = text.firstMatch(of: Self.spacedDateline), match.range.upperBound < text.endIndex,
            let agency = match.output[1].substring, Self.isNewsAgency(String(agency))
        {
            text.removeSubrange(match.range)
            changes.append("dropped the dateline")
        }
        for match in text.matches(of: Self.parenthesis).reversed() {
            let inside = text[match.range].dropFirst(2).dropLast()
            let isAcronym = inside.count <= 10 && inside.first?.isUppercase == true
                && inside.allSatisfy { $0.isUppercase || $0.isNumber || "&.-".contains($0) }
            guard !isAcronym else { continue }
            text.removeSubrange(match.range)
            changes.append("dropped the aside (\(inside))")
        }
        if let match = text.firstMatch(of: Self.relativeClause), let range = match.output[1].range,
            !text[..<match.range.lowerBound].suffix(24).contains(",")
        {
            let clause = text[range].dropFirst(2).dropLast(2)
            text.replaceSubrange(range, with: " ")
            changes.append("dropped the clause \"\(clause)\"")
        }
        while let double = text.range(of: "  ") { text.replaceSubrange(double, with: " ") }
        return (text, changes)
    }
}
