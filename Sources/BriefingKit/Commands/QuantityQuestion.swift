/// A `how many` question read as a counted noun and event words, scored against quantities.
///
/// ```swift
/// QuantityQuestion("U.S. troops were killed").counted  // ["troops"]
/// ```
struct QuantityQuestion {
    /// The opening noun phrase, any of whose words may name what is counted (`Labour MPs`).
    var counted: [String]
    var words: [String]
    static let filler = LexiconLines.words("""
        were was are is be been have has had did do does will would the a an in of on at by to
        there their they it its from during since over total altogether so far
        """)

    init(_ text: String) {
        let all = WhoSaidCommand.words(text)
        let phrase = all.prefix { !Self.filler.contains($0) }
        // `U.S.` reads as `u s`: letters of an abbreviation say which ones, not what.
        var counted = phrase.filter { $0.count > 2 }
        if counted.isEmpty, let first = phrase.first { counted = [first] }
        self.counted = counted
        words = all.filter { !Self.filler.contains($0) && !counted.contains($0) }
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
        let countedWords = WhoSaidCommand.words(quantity.counted ?? "")
        let countedMatches = counted.filter { c in countedWords.contains { Self.related($0, c) } }.count
        let countedMatch = countedMatches > 0
        let eventMatch = quantity.event.map { e in (words + counted).contains { Self.related($0, e) } } ?? false
        guard countedMatch || eventMatch else { return 0 }
        // `six people were injured` does not answer `how many people were killed`: a count whose
        // own event differs from the question's event answers another question.
        let groups = QuantityWords.standard.eventGroups
        let asked = (counted + words).filter { w in groups.contains { $0.contains(w.lowercased()) } }
        if !eventMatch, !asked.isEmpty, let event = quantity.event, groups.contains(where: { $0.contains(event) }) { return 0 }
        let sentence = WhoSaidCommand.words(quantity.evidence.text).map(Self.stem)
        let context = words.filter { sentence.contains(Self.stem($0)) }.count
        // `scores of people`, `hundreds`: a vague count gives way to a number.
        let vague = QuantityWords.standard.vague[quantity.text.lowercased()] != nil
        return (countedMatch ? 2 + countedMatches : 0) + (eventMatch ? 3 : 0) + context - (vague ? 2 : 0)
    }

    /// `more than 200 people (killed)`; an event read from `killing 37 people` says `killed`.
    static func phrase(_ q: Quantity) -> String {
        var parts = [q.qualifier, q.text, q.counted].compactMap { $0 }
        if let event = q.event { parts.append(pastParticiple(event)) }
        return parts.joined(separator: " ")
    }

    /// `killing` -> `killed`, `injuring` -> `injured`: the -ed form of the event's group.
    static func pastParticiple(_ event: String) -> String {
        guard event.hasSuffix("ing"), let group = QuantityWords.standard.eventGroups.first(where: { $0.contains(event) }) else { return event }
        // The -ed form of the same verb (`injuring` -> `injured`, not another word of its group).
        let stem = event.dropLast(3).prefix(4)
        return group.sorted().first { $0.hasSuffix("ed") && $0.hasPrefix(stem) } ?? event
    }
}
