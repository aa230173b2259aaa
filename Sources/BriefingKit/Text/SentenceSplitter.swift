/// Splits one paragraph of news text into sentences.
///
/// A sentence ends at `.`, `?`, `!` or a free-standing ellipsis, with any closing quotation marks
/// and brackets right after it, when a capital, digit or opening mark follows a space. An
/// abbreviation (`U.S.`, `Inc.`, `W.`) ends one only before a usual sentence starter (`The`, `He`),
/// a title (`Gov.`, `Mr.`) never does before a capital, list markers (`1.`) stay with their item, and
/// a bare attribution after a quotation (`“It is over.” Okafor said.`) stays with it. A full stop
/// inside a quotation ends a sentence; the closing mark stays with it.
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
        return sentences(in: text).map { Piece(text: text.string($0), start: $0.lowerBound) }
    }

    /// Scalar ranges of the sentences of `text`, one paragraph.
    public func sentences(in text: ScalarText) -> [Range<Int>] {
        sentences(in: text, spans: tokenizer.spans(text))
    }

    /// Scalar ranges of the sentences made of `tokens` (the token spans of one paragraph of `text`).
    func sentences(in text: ScalarText, spans tokens: [TokenSpan]) -> [Range<Int>] {
        let paragraph = Paragraph(text: text, tokens: tokens)
        var ranges: [Range<Int>] = []
        var first = 0
        var k = 0
        let n = tokens.count
        while k < n {
            // A bullet inside a paragraph opens an item: `Key points: • Taxes cut • Spending up`
            if paragraph.isBullet(k), k > first, paragraph.hasWords(first..<k) {
                ranges.append(tokens[first].range.lowerBound..<tokens[k - 1].range.upperBound)
                first = k
            }
            guard paragraph.isTerminal(k) else { k += 1; continue }
            var last = k
            while last + 1 < n, paragraph.isCloser(last + 1),
                tokens[last + 1].start == tokens[last].range.upperBound || paragraph.isStrayMark(last + 1)
            { last += 1 }
            // An ellipsis on a word (`lifted... "It`) marks words left out, not an end, unless a
            // quotation closes right after it; one between spaces (`issue ... I`) ends a sentence.
            if tokens[k].kind == .ellipsis, last == k, k > 0, tokens[k - 1].range.upperBound == tokens[k].start {
                k += 1
                continue
            }
            if last + 1 < n, tokens[last + 1].start > tokens[last].range.upperBound,
                paragraph.hasWords(first..<(last + 1)), endsSentence(paragraph, terminal: k, last: last, first: first)
            {
                ranges.append(tokens[first].range.lowerBound..<tokens[last].range.upperBound)
                first = last + 1
            }
            k = last + 1
        }
        if first < n {
            if !paragraph.hasWords(first..<n), let previous = ranges.popLast() {
                // A stray mark after the last stop (`... that. “`) stays with that sentence.
                ranges.append(previous.lowerBound..<tokens[n - 1].range.upperBound)
            } else {
                ranges.append(tokens[first].range.lowerBound..<tokens[n - 1].range.upperBound)
            }
        }
        return ranges
    }

    /// Decides a candidate boundary after token `last`, where token `terminal` is the stop.
    private func endsSentence(_ p: Paragraph, terminal: Int, last: Int, first: Int) -> Bool {
        let tokens = p.tokens
        // Skip opening marks: `. “The`, `. (The`
        var w = last + 1
        while w < tokens.count, p.isOpener(w) { w += 1 }
        guard w < tokens.count else { return true }
        let next = tokens[w]
        let opened = w > last + 1
        let lead = p.first(w)
        let numeric = lead.isDigit || lead.isCurrencySign || next.kind == .number
        let capital: Bool
        if lead.isUppercaseLetter {
            capital = true
        } else if lead.isLowercaseLetter {
            // `eBay`, `iPhone` open sentences too.
            capital = next.range.dropFirst().contains { p.s[$0].isUppercaseLetter }
        } else {
            capital = false
        }
        guard capital || numeric || p.isBullet(w) else { return false }
        let attribution = tokens[last].kind == .quote && isBareAttribution(p, from: w)

        switch tokens[terminal].kind {
        case .abbreviation:
            if numeric { return false }
            let kind = tokenizer.abbreviations.kind(of: p.text.string(tokens[terminal].range))
            if kind == .title { return false }
            return opened || isStarter(p.text.string(next.range))
        case .punctuation where p.first(terminal) == ".":
            // A list marker (`1. Cut taxes.`) stays with its item.
            if terminal > first, tokens[terminal - 1].kind == .number, tokens[terminal - 1].range.count <= 2,
                terminal - 1 == first || p.isSingle(terminal - 2, ":") || p.isSingle(terminal - 2, ";")
            { return false }
            return !attribution
        default:
            return !attribution
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
    private func isBareAttribution(_ p: Paragraph, from start: Int) -> Bool {
        let tokens = p.tokens
        var k = start
        while k < tokens.count, k - start < 4, tokens[k].kind == .word || tokens[k].kind == .abbreviation,
            p.first(k).isUppercaseLetter
        { k += 1 }
        guard k > start, k < tokens.count, tokens[k].kind == .word, attributionVerbs.contains(p.text.string(tokens[k].range))
        else { return false }
        return k + 1 == tokens.count || p.isSingle(k + 1, ".") || p.isSingle(k + 1, ",")
    }
}

extension SentenceSplitter {
    /// A paragraph's scalars and token spans, with the questions the splitter asks of a token.
    fileprivate struct Paragraph {
        let text: ScalarText
        let s: [Unicode.Scalar]
        let tokens: [TokenSpan]

        /// `wordsBefore[k]`: word, number, abbreviation, address, handle and hashtag tokens before token k.
        let wordsBefore: [Int]

        init(text: ScalarText, tokens: [TokenSpan]) {
            self.text = text
            self.s = text.scalars
            self.tokens = tokens
            var counts: [Int] = []
            counts.reserveCapacity(tokens.count + 1)
            var count = 0
            counts.append(0)
            for token in tokens {
                switch token.kind {
                case .word, .number, .abbreviation, .url, .handle, .hashtag: count += 1
                default: break
                }
                counts.append(count)
            }
            wordsBefore = counts
        }

        func first(_ k: Int) -> Unicode.Scalar { s[tokens[k].start] }

        /// Token `k` is exactly the one scalar `c`.
        func isSingle(_ k: Int, _ c: Unicode.Scalar) -> Bool { tokens[k].range.count == 1 && first(k) == c }

        func isTerminal(_ k: Int) -> Bool {
            switch tokens[k].kind {
            case .abbreviation, .ellipsis: return true
            case .punctuation: return first(k).isSentenceEnd
            default: return false
            }
        }

        /// Marks that close a sentence after its final stop: `”`, `"`, `’`, `''`, `)`, `]`, more stops.
        func isCloser(_ k: Int) -> Bool {
            let c = first(k)
            switch tokens[k].kind {
            case .quote: return !QuoteMark.opensOnly(c)
            case .punctuation: return c == ")" || c == "]" || c == "}" || c.isSentenceEnd
            case .ellipsis: return true
            default: return false
            }
        }

        func isOpener(_ k: Int) -> Bool {
            let c = first(k)
            switch tokens[k].kind {
            case .quote: return !QuoteMark.closesOnly(c)
            case .punctuation: return c == "(" || c == "["
            default: return false
            }
        }

        /// A straight quotation mark between spaces after a stop (`a year. " And`) closes it.
        func isStrayMark(_ k: Int) -> Bool {
            guard tokens[k].kind == .quote, first(k) == "\"" || first(k) == "'" else { return false }
            return k + 1 == tokens.count || tokens[k + 1].start > tokens[k].range.upperBound
        }

        func isBullet(_ k: Int) -> Bool {
            guard tokens[k].kind == .symbol || tokens[k].kind == .punctuation else { return false }
            let c = first(k)
            return c == "•" || c == "▪" || c == "◦" || c == "■" || c == "►"
        }

        func hasWords(_ range: Range<Int>) -> Bool {
            wordsBefore[range.upperBound] > wordsBefore[range.lowerBound]
        }
    }
}
