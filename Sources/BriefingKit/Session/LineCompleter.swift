/// What Tab offers for a line typed so far: command words from the command table, then entity
/// names and article ids after a command's words.
///
/// Candidates are whole lines that start with the typed text. Command words complete one word
/// at a time, as in a shell (`who sp` → `who speaks`, `who spoke`); names complete whole.
///
/// ```swift
/// let completer = LineCompleter(catalog: .standard, names: ["Ilham Aliyev"], articles: ["armenia"])
/// completer.completions(for: "art")           // ["articles"]
/// completer.completions(for: "who is Il")     // ["who is Ilham Aliyev"]
/// ```
public struct LineCompleter: Sendable, Equatable {
    /// Leading words of every command form and synonym: "who spoke with", "help", "exit".
    public let phrases: [String]
    /// Entity names and article ids, offered after a phrase.
    public let names: [String]

    public init(catalog: CommandCatalog, names: [String], articles: [String] = []) {
        var phrases = Set<String>()
        for spec in catalog.commands {
            for form in spec.forms { phrases.formUnion(form.leadingPhrases) }
            phrases.formUnion(spec.synonyms)
        }
        self.phrases = phrases.sorted()
        self.names = Array(Set(names + articles)).sorted()
    }

    /// Whole-line completions of `typed`, sorted.
    public func completions(for typed: String) -> [String] {
        let lowered = typed.lowercased()
        var found = Set<String>()
        for phrase in phrases {
            if phrase.hasPrefix(lowered), phrase != lowered {
                let rest = phrase.dropFirst(typed.count)
                // Up to the end of the word being typed, or the whole next word after a space.
                let skip = rest.prefix { $0 == " " }.count
                let word = rest.dropFirst(skip).prefix { $0 != " " }
                found.insert(typed + rest.prefix(skip) + word)
            } else if lowered.hasPrefix(phrase + " ") {
                let head = String(typed.prefix(phrase.count + 1))
                let rest = String(typed.dropFirst(phrase.count + 1)).lowercased()
                let pool = phrase == "help" ? phrases : names
                for name in pool where name.lowercased().hasPrefix(rest) && name.lowercased() != rest {
                    found.insert(head + name)
                }
            }
        }
        return found.sorted()
    }
}
