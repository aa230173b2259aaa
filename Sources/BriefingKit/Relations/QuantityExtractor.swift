/// Finds counts in an article with their qualifier, what they count and the event:
/// `more than 200 people were killed`, `left thousands dead`, `£1,400`, `twelve months`.
///
/// ```swift
/// QuantityExtractor().extract(article).first?.counted  // "people"
/// ```
public struct QuantityExtractor: Sendable {
    public var words: QuantityWords
    public var clause: ClauseWords

    public init(words: QuantityWords = .standard, clause: ClauseWords = .standard) {
        self.words = words
        self.clause = clause
    }

    static let months = LexiconLines.words("""
        january february march april may june july august september october november december
        jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
        """)

    public func extract(_ article: Article) -> [Quantity] {
        article.sentences.flatMap { extract($0, article: article.id) }
    }

    func extract(_ sentence: Sentence, article: String) -> [Quantity] {
        let tokens = SentenceWords(sentence.text).tokens
        var found: [Quantity] = []
        var i = 0
        while i < tokens.count {
            guard let (value, length, unit) = number(tokens, at: i) else { i += 1; continue }
            let end = i + length
            let previous = i > 0 ? tokens[i - 1].lower : ""
            let isYear = unit == nil && length == 1 && value >= 1800 && value <= 2100 && !tokens[i].text.utf8.contains(0x2C)
            if isYear || Self.months.contains(previous) || (end < tokens.count && Self.months.contains(tokens[end].lower)) {
                i = end
                continue
            }
            var quantity = Quantity(
                value: value, text: tokens[i..<end].map(\.text).joined(separator: " "),
                evidence: Evidence(
                    article: article, sentence: sentence.number, text: sentence.text,
                    range: tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound))
            // (`23-year`: the number is `23`, the unit `years`.)
            if let unit, let hyphen = tokens[i].text.lastIndex(of: "-"), words.hyphenedUnits.contains(String(unit.dropLast())) {
                quantity.text = String(tokens[i].text[..<hyphen])
            }
            quantity.qualifier = qualifier(tokens, before: i)
            var next = end
            if next < tokens.count, tokens[next].text == "%" { quantity.counted = "per cent"; next += 1 }
            // `dozens of people`: the words read on ("Dozens of people died").
            if next < tokens.count, tokens[next].lower == "of", next + 1 < tokens.count, isNoun(tokens[next + 1]) {
                next += 1
                quantity.text += " of"
            }
            // `12 of 40 trucks were damaged`: the first number counts the trucks the event hit, the
            // second is all of them.
            var whole: Int?
            if unit == nil, next < tokens.count, tokens[next].lower == "of", let (_, length, wholeUnit) = number(tokens, at: next + 1), wholeUnit == nil,
                let counted = counted(tokens, at: next + 1 + length)
            {
                quantity.counted = tokens[(next + 1 + length)..<counted.end].map(\.text).joined(separator: " ")
                whole = counted.end
                next = counted.end
            }
            // Money counts its currency: `£1,400 each`.
            if let unit { quantity.counted = unit }
            if quantity.counted == nil, let counted = counted(tokens, at: next) {
                quantity.counted = counted.text
                next = counted.end
            }
            if quantity.counted == nil { quantity.counted = unit }
            // `two more injured`: no noun, but the event comes after the modifier.
            while quantity.counted == nil, next < tokens.count, words.modifiers.contains(tokens[next].lower) { next += 1 }
            // `two rescuers and a mining official were killed`: one count of both groups.
            if unit == nil, let counted = quantity.counted, let (more, phrase, end) = coordinatedCount(tokens, at: next) {
                quantity.value = value + more
                quantity.text = String(Int(value + more))
                quantity.counted = counted + " and " + phrase
                next = end
            }
            quantity.event = event(tokens, after: next) ?? event(tokens, before: i - (quantity.qualifier?.split(separator: " ").count ?? 0))
            // `the number of people killed ... exceeds 6,000`: what the number counts comes first.
            if quantity.counted == nil, quantity.event == nil, let (counted, event) = numberOf(tokens, before: i) {
                quantity.counted = counted
                quantity.event = event
            }
            found.append(quantity)
            i = whole ?? end
        }
        return found
    }

    /// `and a federal official` / `and three police officers` right before an auxiliary: the
    /// second count, its words and the auxiliary's index.
    func coordinatedCount(_ tokens: [SentenceWords.Token], at i: Int) -> (Double, String, Int)? {
        guard i + 2 < tokens.count, tokens[i].lower == "and" else { return nil }
        var more: Double
        var k = i + 1
        if ["a", "an", "one"].contains(tokens[k].lower) {
            more = 1
            k += 1
        } else if let (value, length, unit) = number(tokens, at: k), unit == nil, value < 1800 {
            more = value
            k += length
        } else {
            return nil
        }
        let nounStart = k
        while k < tokens.count, k - nounStart < 4, isNoun(tokens[k]) { k += 1 }
        guard k > nounStart, k < tokens.count, clause.auxiliaries.contains(tokens[k].lower) else { return nil }
        return (more, tokens[(i + 1)..<k].map(\.text).joined(separator: " "), k)
    }

    /// The number at `i`: its value, how many tokens it takes, and a unit (currency).
    func number(_ tokens: [SentenceWords.Token], at i: Int) -> (Double, Int, String?)? {
        var text = tokens[i].lower
        guard let head = text.unicodeScalars.first else { return nil }
        let isDigit = head.value >= 48 && head.value <= 57
        // Most tokens are plain words: settle them with one lookup.
        if !isDigit, head.value < 128, words.currencies[Character(head)] == nil, words.numbers[text] == nil, words.vague[text] == nil, text != "a", !text.utf8.contains(0x2D) {
            return nil
        }
        // `a 23-year sentence`, `a five-day visit`: a number joined to its unit.
        if let hyphen = text.lastIndex(of: "-"), words.hyphenedUnits.contains(String(text[text.index(after: hyphen)...])) {
            let count = String(text[..<hyphen])
            guard let value = Double(count) ?? words.numbers[count] else { return nil }
            return (value, 1, String(text[text.index(after: hyphen)...]) + "s")
        }
        var unit: String?
        if !isDigit, let first = text.first, let currency = words.currencies[first] {
            unit = currency
            text.removeFirst()
        }
        var value: Double?
        var length = 1
        if let digit = text.unicodeScalars.first, digit.value >= 48 && digit.value <= 57 {
            var digits = text.filter { $0 != "," }
            var factor = 1.0
            for (suffix, scale) in words.scales where suffix.count <= 2 && digits.hasSuffix(suffix) {
                digits.removeLast(suffix.count)
                factor = scale
            }
            guard let parsed = Double(digits) else { return nil }
            if tokens[i].lower.hasSuffix("th") || tokens[i].lower.hasSuffix("st") || tokens[i].lower.hasSuffix("nd") { return nil }
            value = parsed * factor
        } else if let vague = words.vague[text] {
            value = vague
        } else if text.utf8.contains(0x2D), let parts = Optional(text.split(separator: "-")), parts.count == 2,
            let tens = words.numbers[String(parts[0])], let ones = words.numbers[String(parts[1])], tens >= 20
        {
            value = tens + ones
        } else if let word = words.numbers[text], text != "one" || (i + 1 < tokens.count && words.scales[tokens[i + 1].lower] != nil) {
            value = word
        } else if text == "a", i + 1 < tokens.count, tokens[i + 1].lower == "dozen" {
            value = 12
            length = 2
        }
        guard var total = value else { return nil }
        if words.vague[text] != nil, i + 2 < tokens.count, tokens[i + 1].lower == "of", let more = words.vague[tokens[i + 2].lower] {
            total = total * more / 2
            length = 3
        }
        while i + length < tokens.count, let scale = words.scales[tokens[i + length].lower], scale >= 100,
            tokens[i + length].lower.count > 2
        {
            total *= scale
            length += 1
        }
        return (total, length, unit)
    }

    func qualifier(_ tokens: [SentenceWords.Token], before i: Int) -> String? {
        var best: [String]?
        for phrase in words.qualifiers where phrase.count <= i {
            let start = i - phrase.count
            if tokens[start..<i].map(\.lower) == phrase, phrase.count > (best?.count ?? 0) { best = phrase }
        }
        // `a film about four boys`: after a determiner and its noun, `about` is a preposition.
        if best == ["about"], i >= 3, clause.determiners.contains(tokens[i - 3].lower), isNoun(tokens[i - 2]) {
            return nil
        }
        return best?.joined(separator: " ")
    }

    func isNoun(_ token: SentenceWords.Token) -> Bool {
        token.isWord && !token.isCapitalized && !clause.prepositions.contains(token.lower)
            && !clause.joiners.contains(token.lower) && !clause.auxiliaries.contains(token.lower)
            && !clause.determiners.contains(token.lower) && !isEvent(token.lower)
            && token.lower.first?.isLetter == true
    }

    func counted(_ tokens: [SentenceWords.Token], at first: Int) -> (text: String, end: Int)? {
        // `11 other countries`: the noun comes after the words that say which ones.
        var i = first
        while i + 1 < tokens.count, words.modifiers.contains(tokens[i].lower) { i += 1 }
        // `14 Liberal MPs`, `11 Pacific Rim countries`: capitalized modifiers and a plural noun.
        var k = i
        while k < tokens.count, k - i < 3, tokens[k].isCapitalized, tokens[k].isWord { k += 1 }
        if k > i, k < tokens.count, tokens[k].lower.hasSuffix("s"), isNoun(tokens[k]) {
            return (tokens[first...k].map(\.text).joined(separator: " "), k + 1)
        }
        if k > i + 1, tokens[k - 1].lower.hasSuffix("s"), !isEvent(tokens[k - 1].lower) {
            return (tokens[first..<k].map(\.text).joined(separator: " "), k)
        }
        // `41 million Americans have voted`: one capitalized plural (a people), then the clause.
        if k == i + 1, tokens[i].lower.count > 3, tokens[i].lower.hasSuffix("s"), !tokens[i].lower.hasSuffix("ss"),
            k == tokens.count || !tokens[k].isCapitalized
        {
            return (tokens[first..<k].map(\.text).joined(separator: " "), k)
        }
        var j = i
        // One adjective or demonym before the noun: `200 Armenian soldiers`, `300 new seats`.
        if j + 1 < tokens.count, tokens[j].isWord, isNoun(tokens[j + 1]) || tokens[j + 1].lower.hasSuffix("s") && tokens[j + 1].isWord && !tokens[j + 1].isCapitalized,
            !isEvent(tokens[j].lower), !tokens[j].lower.hasSuffix("s") || tokens[j].isCapitalized,
            !takesAnObject(tokens, at: j + 1)
        {
            j += 1
        }
        guard j < tokens.count, isNoun(tokens[j]) else { return nil }
        return (tokens[first...j].map(\.text).joined(separator: " "), j + 1)
    }

    /// `number of NOUN [EVENT]`, `death toll`, earlier in the sentence.
    func numberOf(_ tokens: [SentenceWords.Token], before i: Int) -> (String?, String?)? {
        for k in stride(from: i - 1, through: 1, by: -1) {
            if tokens[k].lower == "toll", k >= 1, isEvent(tokens[k - 1].lower) { return (nil, tokens[k - 1].lower) }
            guard tokens[k].lower == "of", ["number", "total", "count"].contains(tokens[k - 1].lower), k + 1 < i else { continue }
            let noun = tokens[k + 1]
            guard isNoun(noun) else { return nil }
            let next = k + 2 < i ? tokens[k + 2].lower : ""
            return (noun.text, isEvent(next) || (next.hasSuffix("ed") && next.count > 4) ? next : nil)
        }
        return nil
    }

    /// `includes seven sailors`, `says the`: an -s word followed by a number or an article is
    /// a verb with its object, not a plural noun.
    func takesAnObject(_ tokens: [SentenceWords.Token], at i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return clause.determiners.contains(next.lower) || next.text.first?.isNumber == true
            || words.numbers[next.lower] != nil
    }

    func isEvent(_ word: String) -> Bool {
        words.eventGroups.contains { $0.contains(word) }
    }

    /// `were killed`, `dead`, `have died`.
    func event(_ tokens: [SentenceWords.Token], after i: Int) -> String? {
        var j = i
        // `two rescuers and a federal official were killed`: the event after the coordinated
        // noun phrase belongs to the count as well.
        if j < tokens.count, tokens[j].lower == "and" {
            var k = j + 1
            while k < tokens.count, k - j <= 5, tokens[k].isWord, !clause.auxiliaries.contains(tokens[k].lower),
                !clause.joiners.contains(tokens[k].lower), !clause.prepositions.contains(tokens[k].lower)
            { k += 1 }
            if k < tokens.count, k > j + 1, clause.auxiliaries.contains(tokens[k].lower) { j = k }
        }
        let start = j
        while j < tokens.count, clause.auxiliaries.contains(tokens[j].lower) || ["reportedly", "also", "now", "since"].contains(tokens[j].lower) { j += 1 }
        guard j < tokens.count, j - start <= 3 else { return nil }
        let word = tokens[j].lower
        return isEvent(word) || (word.hasSuffix("ed") && word.count > 4) ? word : nil
    }

    /// `killed 200 people`, `left thousands dead` (the verb before the number).
    func event(_ tokens: [SentenceWords.Token], before i: Int) -> String? {
        guard i >= 1 else { return nil }
        let word = tokens[i - 1].lower
        return isEvent(word) || (word.hasSuffix("ed") && word.count > 4) ? word : nil
    }
}
