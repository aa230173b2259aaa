extension CommandPattern {
    /// Every spelling of the literal words before the first slot, alternatives expanded:
    /// `who spoke|talked with <NAME>` → `["who spoke with", "who talked with"]`.
    /// Tab completion and "did you mean" read these.
    public var leadingPhrases: [String] {
        var phrases = [""]
        for element in elements {
            guard case .word(let alternatives) = element else { break }
            phrases = phrases.flatMap { head in
                alternatives.sorted().map { head.isEmpty ? $0 : head + " " + $0 }
            }
        }
        return phrases.filter { !$0.isEmpty }
    }
}
