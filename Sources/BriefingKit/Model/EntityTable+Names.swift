import Foundation

extension EntityTable {
    /// The entities a name means here, forgivingly: the full name, an alias or some words of
    /// one (`pashinyan`, `Hillary`), case, quotes and a possessive aside. Of several people it
    /// fits, the likeliest (``salient(_:key:)``).
    ///
    /// ```swift
    /// table.entities(named: "Aliyev")  // [3]: Ilham Aliyev
    /// ```
    func entities(named name: String) -> [Int] {
        let key = Self.normalize(name)
        guard !key.isEmpty else { return [] }
        return salient(entities.filter { Self.matches($0, key) }, key: key)
    }

    static func normalize(_ name: String) -> String {
        let quotes = CharacterSet(charactersIn: "\"“”‘’'?!.,:;")
        return name.lowercased().trimmingCharacters(in: quotes.union(.whitespaces))
            .replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
    }

    static func matches(_ entity: Entity, _ key: String) -> Bool {
        let names = ([entity.name] + entity.aliases).map { $0.lowercased() }
        if names.contains(key) { return true }
        let keyWords = key.split(separator: " ")
        return names.contains { name in
            let words = name.split(separator: " ")
            return !keyWords.isEmpty && keyWords.allSatisfy { words.contains($0) }
        }
    }

    /// Of several people one name fits, the one it most likely means: the one called exactly
    /// that ("Hartley", not Joan Hartley who is also called Hartley), else those not introduced
    /// as someone's relative, else one mentioned at least twice as often as any other.
    func salient(_ matched: [Entity], key: String) -> [Int] {
        guard matched.count > 1, matched.allSatisfy({ $0.kind == .person }) else { return matched.map(\.id) }
        let exact = matched.filter { $0.name.lowercased() == key }
        if !exact.isEmpty { return exact.map(\.id) }
        return LikelierPerson.among(matched, roles: \.roles, mentions: { mentions(of: $0.id).count }).map(\.id)
    }
}
