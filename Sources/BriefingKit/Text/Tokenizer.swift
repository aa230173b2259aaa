/// Splits news text into ``Token``s by scanning Unicode scalars once.
///
/// Apostrophes and hyphens inside words stay in the word (`Macron’s`, `Moscow-led`), numbers keep
/// their separators, currency and units (`1,400`, `£1.2bn`, `200-strong`), abbreviations keep their
/// periods (`U.S.`, `Gov.`, `J.K.`), and a dateline never glues to the next word
/// (`(CNN)Iraqi` is `(`, `CNN`, `)`, `Iraqi`). No-break and zero-width spaces separate tokens.
///
/// ```swift
/// Tokenizer().tokenize("WASHINGTON (CNN) -- U.S. Gov. J.K. Smith’s 200-strong team...").map(\.text)
/// // ["WASHINGTON", "(", "CNN", ")", "--", "U.S.", "Gov.", "J.K.", "Smith’s", "200-strong", "team", "..."]
/// ```
public struct Tokenizer: Sendable {
    public let abbreviations: AbbreviationLexicon

    public init(abbreviations: AbbreviationLexicon = .standard) {
        self.abbreviations = abbreviations
    }

    /// The tokens of `text`, with ranges in its scalars.
    public func tokenize(_ text: String) -> [Token] {
        tokenize(ScalarText(text))
    }

    /// The tokens of `text[range]` (all of it by default), with ranges in `text`'s scalars.
    public func tokenize(_ text: ScalarText, in range: Range<Int>? = nil) -> [Token] {
        spans(text, in: range).map { Token(text: text.string($0.range), range: $0.range, kind: $0.kind) }
    }

    /// Token places and kinds without their strings: what the splitter and quotation finder need.
    func spans(_ text: ScalarText, in range: Range<Int>? = nil) -> [TokenSpan] {
        text.scalars.withUnsafeBufferPointer { scalars in
            var scanner = Scan(
                text: text, s: scalars, abbreviations: abbreviations, range: range ?? 0..<text.count)
            return scanner.run()
        }
    }
}

/// A token's place and kind, for the text layer's own passes (``Token`` adds the string).
struct TokenSpan {
    var range: Range<Int>
    var kind: Token.Kind
    var start: Int { range.lowerBound }
}

extension Tokenizer {
    /// One pass over the scalars; each `read...` consumes one token starting at `i`.
    fileprivate struct Scan {
        let text: ScalarText
        /// The scalars, valid while the scan runs.
        let s: UnsafeBufferPointer<Unicode.Scalar>
        let abbreviations: AbbreviationLexicon
        let end: Int
        var i: Int
        var tokens: [TokenSpan] = []

        init(text: ScalarText, s: UnsafeBufferPointer<Unicode.Scalar>, abbreviations: AbbreviationLexicon, range: Range<Int>) {
            self.text = text
            self.s = s
            self.abbreviations = abbreviations
            self.end = min(range.upperBound, s.count)
            self.i = range.lowerBound
            tokens.reserveCapacity(range.count / 5)
        }

        /// The scalar at `k`, or U+0000 (which matches nothing but separators) outside the text.
        @inline(__always) func at(_ k: Int) -> Unicode.Scalar { k < end && k >= 0 ? s[k] : "\u{0}" }
        @inline(__always) func isLetter(_ k: Int) -> Bool { at(k).isLetter }
        @inline(__always) func isDigit(_ k: Int) -> Bool { at(k).isDigit }
        @inline(__always) func isWordChar(_ k: Int) -> Bool {
            let c = at(k)
            return c.isLetter || c.isDigit || c.isInvisibleJoiner
        }
        @inline(__always) func isPeriod(_ k: Int) -> Bool { at(k).value == 0x2E }

        mutating func emit(_ start: Int, _ kind: Token.Kind) {
            tokens.append(TokenSpan(range: start..<i, kind: kind))
        }

        mutating func run() -> [TokenSpan] {
            while i < end {
                let c = s[i]
                if c.isSeparator { i += 1; continue }
                let start = i
                if c.isLetter {
                    readWord()
                } else if c.isDigit || (c.isCurrencySign && isDigit(i + 1))
                    || (c.isApostrophe && isDigit(i + 1) && isDigit(i + 2) && !isWordChar(i - 1))
                {
                    if !c.isDigit { i += 1 }
                    readNumber(start)
                } else if (c == "@" || c == "#"), isHandleChar(i + 1), !isWordChar(i - 1) {
                    // `@handle`, `#hashtag`
                    i += 1
                    while isHandleChar(i) { i += 1 }
                    emit(start, c == "@" ? .handle : .hashtag)
                } else if c == "." {
                    readPeriods()
                } else if c == "…" {
                    i += 1
                    emit(start, .ellipsis)
                } else if c.isQuoteMark {
                    // NYT writes `''` and ``` `` ``` for double quotation marks.
                    if (c == "'" || c == "`"), at(i + 1).value == c.value { i += 2 } else { i += 1 }
                    emit(start, .quote)
                } else if c.isDash || (c.isHyphen && at(i + 1).isHyphen) {
                    while at(i).isDash || at(i).isHyphen { i += 1 }
                    emit(start, .dash)
                } else if c.isHyphen {
                    i += 1
                    emit(start, .dash)
                } else if c.isPunctuation {
                    i += 1
                    emit(start, .punctuation)
                } else if c.isInvisibleJoiner {
                    i += 1
                } else {
                    i += 1
                    while i < end, s[i].value == 0xFE0F || s[i].value == 0x200D || s[i].isCombiningMark { i += 1 }
                    emit(start, .symbol)
                }
            }
            return tokens
        }

        /// Letters and digits, joined by inner apostrophes, hyphens and dots (`bbc.co.uk`).
        mutating func readWord() {
            let start = i
            if startsURL(i) {
                readURL()
                emit(start, .url)
                return
            }
            // Dotted initials: `U.S.`, `J.K.`, `a.m.`, `Ph.D.`
            if !isWordChar(i - 1), let dottedEnd = dottedRun(from: i) {
                i = dottedEnd
                if isHyphenThenWord(i) { readWordTail(); emit(start, .word); return }
                emit(start, .abbreviation)
                return
            }
            readWordTail()
            // `name@example.org`
            if at(i) == "@", isLetter(i + 1) {
                i += 1
                readURL()
                emit(start, .url)
                return
            }
            if isPeriod(i), isAbbreviation(start) {
                i += 1
                emit(start, .abbreviation)
            } else {
                emit(start, .word)
            }
        }

        func isHandleChar(_ k: Int) -> Bool {
            let v = at(k).value
            return v < 0x80 && ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) || v == 0x5F)
        }

        /// `http://`, `https://` or `www.` (any case) at `k`.
        @inline(__always) func startsURL(_ k: Int) -> Bool {
            let v = s[k].value | 0x20
            return (v == 0x68 || v == 0x77) && startsURLSlow(k)
        }

        @inline(never) func startsURLSlow(_ k: Int) -> Bool {
            func lower(_ j: Int) -> UInt32 { at(j).value | 0x20 }
            if lower(k) == 0x77 {  // www.
                return lower(k + 1) == 0x77 && lower(k + 2) == 0x77 && isPeriod(k + 3) && isWordChar(k + 4)
            }
            guard lower(k + 1) == 0x74, lower(k + 2) == 0x74, lower(k + 3) == 0x70 else { return false }  // http
            let colon = lower(k + 4) == 0x73 ? k + 5 : k + 4  // https
            return at(colon) == ":" && at(colon + 1) == "/" && at(colon + 2) == "/" && !at(colon + 3).isSeparator
        }

        /// Everything up to a space, a quotation mark or an angle bracket, less the punctuation
        /// that ends the sentence around it (`see www.cnn.com.`).
        mutating func readURL() {
            while i < end, !s[i].isSeparator, !s[i].isQuoteMark || s[i] == "'", s[i] != "<", s[i] != ">" { i += 1 }
            while i > 0, ".,;:!?)]'".unicodeScalars.contains(s[i - 1]) { i -= 1 }
        }

        /// The end of two or more groups of one or two letters, each with its period, or nil.
        func dottedRun(from start: Int) -> Int? {
            guard isPeriod(start + 1) || isPeriod(start + 2) else { return nil }
            var k = start
            var groups = 0
            // No abbreviation has more than a few groups; the cap keeps `A.B.C.D...` linear.
            while groups < 8 {
                var letters = 0
                while letters < 3, isLetter(k + letters) { letters += 1 }
                guard letters == 1 || letters == 2, isPeriod(k + letters) else { break }
                k += letters + 1
                groups += 1
            }
            return groups >= 2 && !isWordChar(k) ? k : nil
        }

        mutating func readWordTail() {
            while i < end {
                let v = s[i].value
                // ASCII letters and digits first: most of every text.
                if v < 0x80 {
                    if (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A || (v >= 0x30 && v <= 0x39) { i += 1; continue }
                    if v != 0x27 && v != 0x2D && v != 0x2E { return }
                }
                if isWordChar(i) {
                    i += 1
                } else if s[i].isCombiningMark {
                    i += 1
                } else if s[i].isApostrophe || s[i].isHyphen || v == 0x2E, isLetter(i + 1) || isDigit(i + 1) {
                    // `Macron’s`, `Moscow-led`, `COVID-19`, `Amazon.com` (a dot only before lowercase).
                    if v == 0x2E, !at(i + 1).isLowercaseLetter { return }
                    i += 2
                } else {
                    return
                }
            }
        }

        func isSymbolJoiner(_ k: Int) -> Bool {
            let c = at(k)
            return c == "&" || c == "@" || c == "/" || c.isHyphen
        }

        func isHyphenThenWord(_ k: Int) -> Bool {
            at(k).isHyphen && (isLetter(k + 1) || isDigit(k + 1))
        }

        /// A single capital (`W.`) or a lexicon entry (`Gov.`, `Calif.`) takes its period.
        func isAbbreviation(_ start: Int) -> Bool {
            // An initial stands alone: `W. Bush`, not the `T.` of `AT&T.`
            if i - start == 1, s[start].isUppercaseLetter { return start == 0 || !isWordChar(start - 1) && !isSymbolJoiner(start - 1) }
            if i - start > abbreviations.longestEntry { return false }
            switch abbreviations.kind(of: text.string(start..<(i + 1))) {
            case nil: return false
            case .number?:
                // `No. 10` but `"No. Definitely not."`
                var k = i + 1
                while k < end, s[k].isSeparator { k += 1 }
                return isDigit(k)
            default: return true
            }
        }

        /// Digits with separators (`1,400`, `1.2`, `10:30`, `12/05`), then attached units and
        /// suffixes (`bn`, `%`, `s`, `-strong`, `-year-old`).
        mutating func readNumber(_ start: Int) {
            while i < end {
                if isDigit(i) {
                    i += 1
                } else if i < end, s[i] == "," || s[i] == "." || s[i] == ":" || s[i] == "/", isDigit(i - 1), isDigit(i + 1) {
                    i += 1
                } else {
                    break
                }
            }
            if at(i) == "%" { i += 1 }
            if isLetter(i) || isHyphenThenWord(i) {
                if isHyphenThenWord(i) { i += 1 }
                readWordTail()
            }
            emit(start, .number)
        }

        /// `.` alone, or an ellipsis as `...` or `. . .`
        mutating func readPeriods() {
            let start = i
            var dots = 0
            var k = i
            // `. . .` only when it stands apart; in `end. ...` the first dot is a full stop.
            let spaced = start == 0 || s[start - 1].isSeparator
            while k < end {
                if s[k] == "." {
                    dots += 1; k += 1; i = k
                } else if spaced, s[k] == " ", isPeriod(k + 1), dots > 0 {
                    k += 1
                } else {
                    break
                }
            }
            if dots >= 3 {
                emit(start, .ellipsis)
            } else {
                i = start + 1
                emit(start, .punctuation)
            }
        }
    }
}
