extension QuotationScan {
    /// Makes the span for quotation `open` ending at body offset `end` (its text in this
    /// paragraph: `lastText`) and files it, or holds it while a single mark around it is open.
    mutating func emit(_ open: Open, end: Int, lastText: String, closed: Bool, held isHeld: Bool = false) {
        if open.level == .single, !closed { return }  // a stray apostrophe, not a quotation
        // Spaces inside the marks (`« nous »`) are not part of the quotation.
        var open = open
        var end = end
        var last = Substring(lastText)
        while let c = last.unicodeScalars.last, c.isSeparator { last = Substring(last.unicodeScalars.dropLast()); end -= 1 }
        if open.earlier.isEmpty {
            while let c = last.unicodeScalars.first, c.isSeparator {
                last = Substring(last.unicodeScalars.dropFirst())
                open.start += 1
            }
        }
        if open.earlier.isEmpty { open.firstStart = open.start }
        // Marks with no words between them are not a quotation.
        guard end > open.start, last.unicodeScalars.contains(where: { $0.isLetter || $0.isDigit }) else { return }
        let text = (open.earlier + [String(last)]).joined(separator: " ")
        let first = sentenceNumber(at: open.firstStart, from: &sentenceCursor)
        var cursor = sentenceCursor
        let lastSentence = sentenceNumber(at: max(open.firstStart, end - 1), from: &cursor)
        let words = wordCount(text, upTo: 13)
        let trimmed = text.unicodeScalars.last { !$0.isSeparator }
        let endsInStop = trimmed.map { $0.isSentenceEnd } ?? false
        let startsSentence = sentences.indices.contains(first - 1)
            && open.firstStart - sentences[first - 1].range.lowerBound <= 2
        // One or two words (`so-called “reforms”`), or a title (`on “Meet the Press”`): not speech.
        // A title: `on “Meet the Press”`, `“The Price Is Right,”`, `“Full House.”` (two words and
        // more, so that `“No.”` stays speech).
        let isScare = open.earlier.isEmpty
            && ((words <= 2 && !endsInStop && !(trimmed == "," && startsSentence))
                || (words >= 2 && words <= 12 && isTitle(text, strict: words == 2)))
        let span = QuotationSpan(
            text: text, range: open.firstStart..<end, paragraph: open.paragraph,
            sentenceNumbers: first...max(first, lastSentence), isScareQuote: isScare, isClosed: closed)
        if isHeld { held.append(span) } else { spans.append(span) }
    }

    /// Title case: the first word and every word but the small ones (`TitleCaseWords`: `the`,
    /// `with`) start with a capital, and a capitalized word of four letters or more follows the first (`Meet the Press`, `The Price Is Right`,
    /// `The Fixers: Three Men`, not `They may not be.`). One stop or comma may end it, as US style
    /// puts it inside the marks; none stands inside (`It's all Facebook, Instagram` is speech).
    /// `strict`: every word capitalized, short ones too (`Full House.`, not `Not yet.`).
    func isTitle(_ text: String, strict: Bool) -> Bool {
        var wordStart = true
        var first: Unicode.Scalar?
        var length = 0
        var word = ""
        var words = 0
        var longCapitals = 0
        var inner = 0
        var lastMark: Unicode.Scalar?
        func closeWord() -> Bool {
            defer { length = 0; first = nil; word = "" }
            guard let f = first else { return true }
            words += 1
            let capital = f.isUppercaseLetter || f.isDigit
            if words == 1 { return capital }
            if capital && (length >= 4 || strict) { longCapitals += 1 }
            return capital || (!strict && TitleCaseWords.standard.minor.contains(word))
        }
        for c in text.unicodeScalars {
            if c.isSeparator {
                if !closeWord() { return false }
                wordStart = true
            } else if c.isLetter || c.isDigit {
                if wordStart { first = c; wordStart = false }
                if lastMark != nil { inner += 1; lastMark = nil }
                length += 1
                word.unicodeScalars.append(c)
            } else if c.isSentenceEnd || c == ";" || c == "," {
                if lastMark != nil { inner += 1 }
                lastMark = c
            }
        }
        return closeWord() && inner == 0 && longCapitals > 0
    }

    /// Words in `text` (runs of non-separators), counting no further than `limit`.
    func wordCount(_ text: String, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for c in text.unicodeScalars {
            if c.isSeparator {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return count }
            }
        }
        return count
    }

    /// The 1-based number of the sentence holding body offset `position` (or the next one).
    func sentenceNumber(at position: Int, from cursor: inout Int) -> Int {
        guard !sentences.isEmpty else { return 1 }
        if cursor >= sentences.count || sentences[cursor].range.lowerBound > position { cursor = 0 }
        while cursor + 1 < sentences.count, sentences[cursor].range.upperBound <= position { cursor += 1 }
        return sentences[cursor].number
    }
}
