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
        var scanner = Scan(text: text, abbreviations: abbreviations, range: range ?? 0..<text.count)
        return scanner.run()
    }
}

extension Tokenizer {
    /// One pass over the scalars; each `read...` consumes one token starting at `i`.
    fileprivate struct Scan {
        let text: ScalarText
        let s: [Unicode.Scalar]
        let abbreviations: AbbreviationLexicon
        let end: Int
        var i: Int
        var tokens: [Token] = []

        init(text: ScalarText, abbreviations: AbbreviationLexicon, range: Range<Int>) {
            self.text = text
            self.s = text.scalars
            self.abbreviations = abbreviations
            self.end = range.upperBound
            self.i = range.lowerBound
            tokens.reserveCapacity(range.count / 5)
        }

        func at(_ k: Int) -> Unicode.Scalar? { k < end && k >= 0 ? s[k] : nil }
        func isLetter(_ k: Int) -> Bool { at(k)?.isLetter ?? false }
        func isDigit(_ k: Int) -> Bool { at(k)?.isDigit ?? false }
        func isWordChar(_ k: Int) -> Bool {
            guard let c = at(k) else { return false }
            return c.isLetter || c.isDigit || c.isInvisibleJoiner
        }

        mutating func emit(_ start: Int, _ kind: Token.Kind) {
            tokens.append(Token(text: text.string(start..<i), range: start..<i, kind: kind))
        }

        mutating func run() -> [Token] {
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
                } else if c == "." {
                    readPeriods()
                } else if c == "…" {
                    i += 1
                    emit(start, .ellipsis)
                } else if c.isQuoteMark {
                    // NYT writes `''` and ``` `` ``` for double quotation marks.
                    if (c == "'" || c == "`"), at(i + 1) == c { i += 2 } else { i += 1 }
                    emit(start, .quote)
                } else if c.isDash || (c.isHyphen && (at(i + 1)?.isHyphen ?? false)) {
                    while let n = at(i), n.isDash || n.isHyphen { i += 1 }
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
                    while let n = at(i), n.properties.generalCategory == .nonspacingMark
                        || n.value == 0xFE0F || n.value == 0x200D
                    { i += 1 }
                    emit(start, .symbol)
                }
            }
            return tokens
        }

        /// Letters and digits, joined by inner apostrophes, hyphens and dots (`bbc.co.uk`).
        mutating func readWord() {
            let start = i
            // Dotted initials: `U.S.`, `J.K.`, `a.m.`
            if at(i + 1) == ".", isLetter(i + 2), at(i + 3) == ".", !isWordChar(i - 1) {
                while isLetter(i), at(i + 1) == "." { i += 2 }
                if isHyphenThenWord(i) { readWordTail(); emit(start, .word); return }
                emit(start, .abbreviation)
                return
            }
            readWordTail()
            if at(i) == ".", isAbbreviation(start) {
                i += 1
                emit(start, .abbreviation)
            } else {
                emit(start, .word)
            }
        }

        mutating func readWordTail() {
            while i < end {
                if isWordChar(i) {
                    i += 1
                } else if let c = at(i), c.value >= 0x300, c.properties.generalCategory == .nonspacingMark {
                    i += 1
                } else if let c = at(i), c.isApostrophe || c.isHyphen || c == ".", isLetter(i + 1) || isDigit(i + 1) {
                    // `Macron’s`, `Moscow-led`, `COVID-19`, `Amazon.com` (a dot only before lowercase).
                    if c == ".", !(at(i + 1)?.isLowercaseLetter ?? false) { return }
                    i += 2
                } else {
                    return
                }
            }
        }

        func isSymbolJoiner(_ k: Int) -> Bool {
            guard let c = at(k) else { return false }
            return c == "&" || c == "@" || c == "/" || c.isHyphen
        }

        func isHyphenThenWord(_ k: Int) -> Bool {
            guard let c = at(k), c.isHyphen else { return false }
            return isLetter(k + 1) || isDigit(k + 1)
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
                while let c = at(k), c.isSeparator { k += 1 }
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
                } else if let c = at(i), c == "," || c == "." || c == ":" || c == "/", isDigit(i - 1), isDigit(i + 1) {
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
                } else if spaced, s[k] == " ", at(k + 1) == ".", dots > 0 {
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
