/// Splits one paragraph of news text into sentences.
///
/// A sentence ends at `.`, `?`, `!` or an ellipsis, with any closing quotation marks and
/// brackets right after it, when a capital, digit or opening mark follows a space. An
/// abbreviation (`U.S.`, `Inc.`, `W.`) ends one only before a usual sentence starter (`The`, `He`),
/// a title (`Gov.`, `Mr.`) never does before a capital, and list markers (`1.`) stay with their item.
/// A full stop inside a quotation ends a sentence; the closing mark stays with it.
///
/// ```swift
/// SentenceSplitter().split("Gov. Brown met U.S. officials. “It went well. We agree,” he said.").map(\.text)
/// // ["Gov. Brown met U.S. officials.", "“It went well.", "We agree,” he said."]
/// ```
public struct SentenceSplitter: Sendable {
    /// A sentence and its scalar offset in the paragraph.
    public struct Piece: Sendable, Equatable {
        public var text: String
        public var start: Int
    }

    public let tokenizer: Tokenizer
    public let starters: SentenceStarterLexicon
    public let attributionVerbs: AttributionVerbLexicon

    public init(
        tokenizer: Tokenizer = Tokenizer(), starters: SentenceStarterLexicon = .standard,
        attributionVerbs: AttributionVerbLexicon = .standard
    ) {
        self.tokenizer = tokenizer
        self.starters = starters
        self.attributionVerbs = attributionVerbs
    }

    /// The sentences of `paragraph`, trimmed, with their scalar offsets.
    public func split(_ paragraph: String) -> [Piece] {
        let text = ScalarText(paragraph)
        return sentences(in: text, tokens: tokenizer.tokenize(text)).map {
            Piece(text: text.string($0), start: $0.lowerBound)
        }
    }

    /// Scalar ranges of the sentences made of `tokens` (the tokens of one paragraph of `text`).
    public func sentences(in text: ScalarText, tokens: [Token]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var first = 0
        var k = 0
        let n = tokens.count
        while k < n {
            guard isTerminal(tokens[k]) else { k += 1; continue }
            var last = k
            while last + 1 < n, isCloser(tokens[last + 1]),
                tokens[last + 1].range.lowerBound == tokens[last].range.upperBound || isStrayMark(tokens, last + 1)
            { last += 1 }
            // An ellipsis on a word (`lifted... "It`) marks words left out, not an end, unless a
            // quotation closes right after it; one between spaces (`issue ... I`) ends a sentence.
            if tokens[k].kind == .ellipsis, last == k, k > 0,
                tokens[k - 1].range.upperBound == tokens[k].range.lowerBound
            { k += 1; continue }
            if last + 1 < n, tokens[last + 1].range.lowerBound > tokens[last].range.upperBound,
                hasWords(tokens[first...last]), endsSentence(tokens, terminal: k, last: last, first: first)
            {
                ranges.append(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
                first = last + 1
            }
            k = last + 1
        }
        if first < n {
            if !hasWords(tokens[first...]), let previous = ranges.popLast() {
                // A stray mark after the last stop (`... that. “`) stays with that sentence.
                ranges.append(previous.lowerBound..<tokens[n - 1].range.upperBound)
            } else {
                ranges.append(tokens[first].range.lowerBound..<tokens[n - 1].range.upperBound)
            }
        }
        return ranges
    }

    private func isTerminal(_ token: Token) -> Bool {
        switch token.kind {
        case .abbreviation, .ellipsis: return true
        case .punctuation: return token.text.unicodeScalars.first!.isSentenceEnd
        default: return false
        }
    }

    /// Marks that close a sentence after its final stop: `”`, `"`, `’`, `''`, `)`, `]`, more stops.
    private func isCloser(_ token: Token) -> Bool {
        guard let c = token.text.unicodeScalars.first else { return false }
        switch token.kind {
        case .quote: return !QuoteMark.opensOnly(c)
        case .punctuation: return c == ")" || c == "]" || c == "}" || c.isSentenceEnd
        case .ellipsis: return true
        default: return false
        }
    }

    /// A straight quotation mark between spaces after a stop (`a year. " And`) closes it.
    private func isStrayMark(_ tokens: [Token], _ k: Int) -> Bool {
        guard tokens[k].kind == .quote, tokens[k].text == "\"" || tokens[k].text == "''" else { return false }
        return k + 1 == tokens.count || tokens[k + 1].range.lowerBound > tokens[k].range.upperBound
    }

    private func hasWords(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { $0.kind == .word || $0.kind == .number || $0.kind == .abbreviation }
    }

    /// Decides a candidate boundary after `tokens[last]`, where `tokens[terminal]` is the stop.
    private func endsSentence(_ tokens: [Token], terminal: Int, last: Int, first: Int) -> Bool {
        // Skip opening marks: `. “The`, `. (The`
        var w = last + 1
        while w < tokens.count, isOpener(tokens[w]) { w += 1 }
        guard w < tokens.count else { return true }
        let next = tokens[w]
        let opened = w > last + 1
        guard let lead = next.text.unicodeScalars.first else { return false }
        let capital: Bool
        let numeric = lead.isDigit || lead.isCurrencySign || next.kind == .number
        if lead.isUppercaseLetter {
            capital = true
        } else if lead.isLowercaseLetter {
            // `eBay`, `iPhone` open sentences too.
            capital = next.text.unicodeScalars.dropFirst().contains { $0.isUppercaseLetter }
        } else {
            capital = false
        }
        guard capital || numeric || (next.kind == .symbol && lead == "•") else { return false }

        let stop = tokens[terminal]
        switch stop.kind {
        case .abbreviation:
            if numeric { return false }
            let kind = tokenizer.abbreviations.kind(of: stop.text)
            if kind == .title { return false }
            return opened || isStarter(next.text)
        case .punctuation where stop.text == ".":
            // A list marker (`1. Cut taxes.`) stays with its item.
            if terminal > first, tokens[terminal - 1].kind == .number, tokens[terminal - 1].text.count <= 2,
                terminal - 1 == first || [":", ";"].contains(tokens[terminal - 2].text)
            { return false }
            return !(tokens[last].kind == .quote && isBareAttribution(tokens, from: w))
        default:
            return !(tokens[last].kind == .quote && isBareAttribution(tokens, from: w))
        }
    }

    /// `The`, and `I’m` or `It's` through the word before the apostrophe.
    private func isStarter(_ word: String) -> Bool {
        if starters.contains(word) { return true }
        guard let apostrophe = word.unicodeScalars.firstIndex(where: { $0.isApostrophe }) else { return false }
        return starters.contains(String(word.unicodeScalars[..<apostrophe]))
    }

    /// `Okafor said.` or `Gov. Lee Dunn asked,` right after a quotation: one to four capitalized
    /// words, an attribution verb, then `.`, `,` or the end.
    private func isBareAttribution(_ tokens: [Token], from start: Int) -> Bool {
        var k = start
        while k < tokens.count, k - start < 4, tokens[k].kind == .word || tokens[k].kind == .abbreviation,
            tokens[k].isCapitalized
        { k += 1 }
        guard k > start, k < tokens.count, tokens[k].kind == .word, attributionVerbs.contains(tokens[k].text) else {
            return false
        }
        return k + 1 == tokens.count || tokens[k + 1].text == "." || tokens[k + 1].text == ","
    }

    private func isOpener(_ token: Token) -> Bool {
        guard let c = token.text.unicodeScalars.first else { return false }
        switch token.kind {
        case .quote: return !QuoteMark.closesOnly(c)
        case .punctuation: return c == "(" || c == "["
        default: return false
        }
    }
}
