/// Audiences are parties that are not people: `told reporters`, `told national television`.
extension ClauseReader {
    /// The audience phrase starting at `index` (after an article), with its token end.
    public func audience(at index: Int) -> PartySpan? {
        var i = index
        while i < words.tokens.count, clause.determiners.contains(words.tokens[i].lower) { i += 1 }
        for phrase in speech.audiences where words.matches(phrase, at: i) {
            let end = i + phrase.count
            let range = words.tokens[index].range.lowerBound..<words.tokens[end - 1].range.upperBound
            return PartySpan(
                tokens: index..<end, range: range, entity: nil, text: phrase.joined(separator: " "),
                isAudience: true)
        }
        return nil
    }
}
