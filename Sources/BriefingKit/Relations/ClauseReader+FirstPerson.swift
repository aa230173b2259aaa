/// Inside a direct quotation, `I` and `me` are its speaker: `"I spoke with Tom Okafor last
/// week," Reis said` is a contact of Reis's.
extension ClauseReader {
    /// This reader with `I`/`me` inside `quoted` (scalar offsets in the sentence) standing for
    /// the entity `speaker`.
    ///
    /// ```swift
    /// reader.speaking(as: reis, within: 0..<44).parties.map(\.text)  // ["I", "Tom Okafor", ...]
    /// ```
    public func speaking(as speaker: Int, within quoted: Range<Int>) -> ClauseReader {
        var copy = self
        for (index, token) in words.tokens.enumerated()
        where ["i", "me"].contains(token.lower) && quoted.contains(token.range.lowerBound)
            && !parties.contains(where: { $0.tokens.contains(index) })
        {
            copy.parties.append(
                PartySpan(tokens: index..<(index + 1), range: token.range, entity: speaker, text: token.text, isPronoun: true))
        }
        copy.parties.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        return copy
    }

    /// The article's readers with every direct quotation's first person given its speaker.
    public static func speakingInQuotes(_ readers: [ClauseReader], quotes: [Quote]) -> [ClauseReader] {
        var readers = readers
        for quote in quotes where quote.isDirect {
            guard let speaker = quote.speaker, let range = quote.range else { continue }
            for k in readers.indices where readers[k].sentence.range.overlaps(range) {
                let base = readers[k].sentence.range.lowerBound
                readers[k] = readers[k].speaking(as: speaker, within: (range.lowerBound - base)..<(range.upperBound - base))
            }
        }
        return readers
    }
}
