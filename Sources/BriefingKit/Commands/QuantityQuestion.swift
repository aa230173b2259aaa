/// A `how many` question read as a counted noun and event words, scored against quantities.
///
/// ```swift
/// QuantityQuestion("people were killed").counted  // "people"
/// ```
struct QuantityQuestion {
    var counted: String?
    var words: [String]
    static let filler = LexiconLines.words("""
        were was are is be been have has had did do does will would the a an in of on at by to
        there their they it its from during since over total altogether so far
        """)

    init(_ text: String) {
        let all = WhoSaidCommand.words(text).filter { !Self.filler.contains($0) }
        counted = all.first
        words = Array(all.dropFirst())
    }

    /// A crude stem: `seats` -> `seat`, `killed` -> `kill`, `dies` -> `di`.
    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        for suffix in ["ies", "es", "s", "ed", "ing", "d"] where w.count > suffix.count + 2 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        // `sentence` and `sentenced` share `sentenc`.
        if w.count > 4, w.hasSuffix("e") { w.removeLast() }
        return w
    }

    static func related(_ a: String, _ b: String) -> Bool {
        if stem(a) == stem(b) { return true }
        return QuantityWords.standard.eventGroups.contains { $0.contains(a.lowercased()) && $0.contains(b.lowercased()) }
    }

    func score(_ quantity: Quantity) -> Int {
        let countedWords = (quantity.counted ?? "").lowercased().split(separator: " ").map(String.init)
        let countedMatch = counted.map { c in countedWords.contains { Self.related($0, c) } } ?? false
        let eventMatch = quantity.event.map { e in (words + [counted ?? ""]).contains { Self.related($0, e) } } ?? false
        guard countedMatch || eventMatch else { return 0 }
        // `six people were injured` does not answer `how many people were killed`: a count whose
        // own event differs from the question's event answers another question.
        let groups = QuantityWords.standard.eventGroups
        let asked = words.filter { w in groups.contains { $0.contains(w.lowercased()) } }
        if !eventMatch, !asked.isEmpty, let event = quantity.event, groups.contains(where: { $0.contains(event) }) { return 0 }
        let sentence = WhoSaidCommand.words(quantity.evidence.text).map(Self.stem)
        let context = words.filter { sentence.contains(Self.stem($0)) }.count
        // `scores of people`, `hundreds`: a vague count gives way to a number.
        let vague = QuantityWords.standard.vague[quantity.text.lowercased()] != nil
        return (countedMatch ? 3 : 0) + (eventMatch ? 3 : 0) + context - (vague ? 2 : 0)
    }

    /// `more than 200 people (killed)`
    static func phrase(_ q: Quantity) -> String {
        var parts = [q.qualifier, q.text, q.counted].compactMap { $0 }
        if let event = q.event { parts.append(event) }
        return parts.joined(separator: " ")
    }
}
