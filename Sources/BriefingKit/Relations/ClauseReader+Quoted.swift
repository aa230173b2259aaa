/// Where a party stands that makes it no clause subject: inside a quotation, or a place set off
/// after a town (`in Milltown, Westland,`).
extension ClauseReader {
    /// Whether the party stands inside quotation marks opened before it in this sentence.
    func isQuoted(_ party: PartySpan) -> Bool {
        words.openQuote(before: party.tokens.lowerBound) != nil
    }

    /// `in Milltown, Westland,`: a place set off by a comma after a town named after a
    /// preposition says where, and is no subject.
    func isLocativeApposition(_ party: PartySpan, comma: Int) -> Bool {
        guard party.kind == .place, words.tokens[comma].text == "," else { return false }
        var k = comma - 1
        while k >= 0, words.tokens[k].isCapitalized, comma - k <= 3 { k -= 1 }
        return k >= 0 && k < comma - 1 && clause.prepositions.contains(words.tokens[k].lower)
    }
}
