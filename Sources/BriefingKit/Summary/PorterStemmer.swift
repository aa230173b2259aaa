/// The Porter (1980) suffix-stripping stemmer, on lowercase ASCII words.
///
/// ROUGE compares stems so that "killed" matches "killing". Two refinements follow the stemmer
/// the reference `rouge-score` package uses: a four-letter "-ies" word keeps its "e" ("ties" ->
/// "tie"), and a final "y" becomes "i" only after a consonant ("says" -> "say", "happy" ->
/// "happi"). Words with anything but a-z are returned unchanged.
///
/// ```swift
/// PorterStemmer().stem("relational")  // "relat"
/// PorterStemmer().stem("ponies")      // "poni"
/// ```
public struct PorterStemmer: Sendable {
    public init() {}

    public func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 2, w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        step1a(&w)
        step1b(&w)
        step1c(&w)
        step2(&w)
        step3(&w)
        step4(&w)
        step5(&w)
        return String(decoding: w, as: UTF8.self)
    }

    // MARK: - Measure and conditions

    /// True when the letter at `i` is a consonant (y is one after a vowel or at the start).
    private func isConsonant(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117: return false  // a e i o u
        case 121: return i == 0 ? true : !isConsonant(w, i - 1)  // y
        default: return true
        }
    }

    /// m in [C](VC)^m[V] for the first `length` letters.
    private func measure(_ w: [UInt8], _ length: Int) -> Int {
        var m = 0
        var i = 0
        while i < length, isConsonant(w, i) { i += 1 }
        while i < length {
            while i < length, !isConsonant(w, i) { i += 1 }
            guard i < length else { break }
            m += 1
            while i < length, isConsonant(w, i) { i += 1 }
        }
        return m
    }

    private func hasVowel(_ w: [UInt8], _ length: Int) -> Bool {
        (0..<length).contains { !isConsonant(w, $0) }
    }

    /// *d: ends with a double consonant.
    private func endsWithDoubleConsonant(_ w: [UInt8], _ length: Int) -> Bool {
        length >= 2 && w[length - 1] == w[length - 2] && isConsonant(w, length - 1)
    }

    /// *o: ends consonant-vowel-consonant, the last not w, x or y.
    private func endsCVC(_ w: [UInt8], _ length: Int) -> Bool {
        guard length >= 3, isConsonant(w, length - 1), !isConsonant(w, length - 2), isConsonant(w, length - 3)
        else { return false }
        return ![119, 120, 121].contains(w[length - 1])
    }

    private func ends(_ w: [UInt8], _ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return w.count >= s.count && Array(w.suffix(s.count)) == s
    }

    private func replace(_ w: inout [UInt8], _ suffix: String, with replacement: String) {
        w.removeLast(suffix.utf8.count)
        w.append(contentsOf: replacement.utf8)
    }

    /// Replaces the first matching suffix whose stem has measure > `minimum`; stops at the first match.
    private func applyRules(_ w: inout [UInt8], _ rules: [(String, String)], minimum: Int) {
        for (suffix, replacement) in rules where ends(w, suffix) {
            if measure(w, w.count - suffix.utf8.count) > minimum { replace(&w, suffix, with: replacement) }
            return
        }
    }

    // MARK: - Steps

    private func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(w.count == 4 ? 1 : 2) }
        else if ends(w, "ss") { return }
        else if ends(w, "s") { w.removeLast() }
    }

    private func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var stripped = false
        for suffix in ["ed", "ing"] where ends(w, suffix) && hasVowel(w, w.count - suffix.utf8.count) {
            w.removeLast(suffix.utf8.count)
            stripped = true
            break
        }
        guard stripped else { return }
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(101)  // e
        } else if endsWithDoubleConsonant(w, w.count), ![108, 115, 122].contains(w[w.count - 1]) {
            w.removeLast()  // hopp -> hop, but fall, hiss, fizz stay
        } else if measure(w, w.count) == 1, endsCVC(w, w.count) {
            w.append(101)
        }
    }

    private func step1c(_ w: inout [UInt8]) {
        // y -> i after a consonant that is not the first letter ("say" stays, "happy" -> "happi").
        if w.last == 121, w.count > 2, isConsonant(w, w.count - 2) { w[w.count - 1] = 105 }
    }

    private func step2(_ w: inout [UInt8]) {
        applyRules(&w, [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ], minimum: 0)
    }

    private func step3(_ w: inout [UInt8]) {
        applyRules(&w, [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""),
            ("ness", ""),
        ], minimum: 0)
    }

    private func step4(_ w: inout [UInt8]) {
        let suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
            "ism", "ate", "iti", "ous", "ive", "ize",
        ]
        // Longest match first, as the algorithm's table does.
        guard let suffix = suffixes.filter({ ends(w, $0) }).max(by: { $0.utf8.count < $1.utf8.count }) else {
            return
        }
        let stem = w.count - suffix.utf8.count
        guard measure(w, stem) > 1 else { return }
        if suffix == "ion", !(stem > 0 && (w[stem - 1] == 115 || w[stem - 1] == 116)) { return }
        w.removeLast(suffix.utf8.count)
    }

    private func step5(_ w: inout [UInt8]) {
        if w.last == 101 {
            let m = measure(w, w.count - 1)
            if m > 1 || (m == 1 && !endsCVC(w, w.count - 1)) { w.removeLast() }
        }
        if w.last == 108, endsWithDoubleConsonant(w, w.count), measure(w, w.count) > 1 { w.removeLast() }
    }
}
