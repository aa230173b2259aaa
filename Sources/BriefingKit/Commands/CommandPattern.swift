/// One way to type a command, written the way help shows it.
///
/// Words match case-insensitively; `a|b` offers alternatives for one word; `<NAME>` takes one
/// or more words; `[NAME]` takes zero or more; `<NAME...>` and `[NAME...]` take the rest.
///
/// ```swift
/// let p = CommandPattern("who did <NAME> speak|talk with|to")
/// p.match("Who did Pashinyan speak with")  // ["NAME": "Pashinyan"]
/// ```
public struct CommandPattern: Sendable, Equatable {
    enum Element: Sendable, Equatable {
        case word(Set<String>)
        case slot(name: String, optional: Bool)
    }

    let elements: [Element]
    /// The pattern as written.
    public let text: String

    public init(_ text: String) {
        self.text = text
        self.elements = text.split(separator: " ").map { token in
            let t = String(token)
            if (t.hasPrefix("<") && t.hasSuffix(">")) || (t.hasPrefix("[") && t.hasSuffix("]")) {
                var name = String(t.dropFirst().dropLast())
                if name.hasSuffix("...") { name.removeLast(3) }
                return .slot(name: name, optional: t.hasPrefix("["))
            }
            return .word(Set(t.lowercased().split(separator: "|").map(String.init)))
        }
    }

    /// The literal words before the first slot (their first alternative): what Tab completes.
    public var leadingWords: [String] {
        var words: [String] = []
        for element in elements {
            guard case .word(let alternatives) = element else { break }
            words.append(alternatives.sorted().first ?? "")
        }
        return words
    }

    /// The slot values when `input` fits this pattern, else nil.
    public func match(_ input: String) -> [String: String]? {
        let words = input.split(whereSeparator: \.isWhitespace).map(String.init)
        return match(elements[...], words[...])
    }

    private func match(_ pattern: ArraySlice<Element>, _ words: ArraySlice<String>) -> [String: String]? {
        guard let first = pattern.first else { return words.isEmpty ? [:] : nil }
        switch first {
        case .word(let alternatives):
            guard let word = words.first, alternatives.contains(word.lowercased()) else { return nil }
            return match(pattern.dropFirst(), words.dropFirst())
        case .slot(let name, let optional):
            // Shortest capture first, so later words can still match literals ("who did X speak with").
            let least = optional ? 0 : 1
            guard words.count >= least else { return nil }
            for count in least...words.count {
                if var rest = match(pattern.dropFirst(), words.dropFirst(count)) {
                    let value = words.prefix(count).joined(separator: " ")
                    if !value.isEmpty { rest[name] = value }
                    return rest
                }
            }
            return nil
        }
    }
}
