/// Quoted names of works (`"The Apprentice"`) and where something was said (`in his book`),
/// which are not what someone said.
extension ReportedSpeechFinder {
    /// `"Larry King Now"`, `"The Apprentice"`: a name of a work, not words someone said.
    static func isTitle(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
        let small: Set<String> = ["a", "an", "the", "of", "in", "on", "and", "to", "for", "at", "by", "with", "or"]
        let content = words.filter { !small.contains($0.lowercased()) }
        return content.count >= 2 && content.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Prepositions that open where or when something was said, not what.
    static let settingPrepositions: Set<String> = ["in", "on", "at", "during", "after", "before", "from", "via", "through", "while"]

    /// Whether the quoted words in `range` include some that are not a work's title
    /// (`on "Fox News Sunday"`, `his book, "An American Son"` quote no one; a slogan after a
    /// verb, `chanting "Lock Her Up"`, is words said).
    func quotesSomethingSaid(_ range: Range<Int>, in reader: ClauseReader) -> Bool {
        let words = reader.words
        let opening = SentenceWords.openingMarks, closing = SentenceWords.closingMarks
        var k = range.lowerBound
        while k < range.upperBound {
            guard opening.contains(words.tokens[k].text) else { k += 1; continue }
            var end = k + 1
            while end < range.upperBound, !closing.contains(words.tokens[end].text) { end += 1 }
            let named = k > range.lowerBound && (words.tokens[k - 1].text == "," || finder.clause.prepositions.contains(words.tokens[k - 1].lower))
            if end > k + 1, !named || !Self.isTitle(words.text((k + 1)..<end)) { return true }
            k = end + 1
        }
        return false
    }
}
