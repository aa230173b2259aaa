/// Finding an entity by any of its names, forgiving case, diacritics and small typos.
extension EntityDirectory {
    /// The entity `query` names: any alias, case-insensitive, diacritics folded, or a word of
    /// its name (`Pashinyan`, `Nikol`); else the closest name within a few typos.
    /// Throws a ``CommandError`` with "did you mean" suggestions when ambiguous or unknown.
    ///
    /// ```swift
    /// try directory.find("pashinian").name  // "Nikol Pashinyan"
    /// try directory.find("Clinton")         // error: 'Clinton' could be Hillary Clinton or Bill Clinton
    /// ```
    public func find(_ query: String, kinds: Set<EntityKind>? = nil) throws -> EntityRef {
        let candidates = matches(query, kinds: kinds)
        if candidates.count == 1 { return candidates[0] }
        if candidates.count > 1 {
            throw CommandError("'\(query)' could be \(Self.list(candidates.map(\.name))): which one?")
        }
        let near = suggestions(query, kinds: kinds)
        let what = kinds == [.person] ? "no one called" : "nothing called"
        if near.isEmpty { throw CommandError("\(what) '\(query)' in the loaded articles") }
        throw CommandError("\(what) '\(query)'; did you mean \(Self.list(near))?")
    }

    /// Refs `query` names, best tier first: full names, then words of names, then typos.
    public func matches(_ query: String, kinds: Set<EntityKind>? = nil) -> [EntityRef] {
        // "Collective Security Treaty Organization (CSTO)", as listings show it.
        if query.hasSuffix(")"), let open = query.lastIndex(of: "("), open > query.startIndex {
            let base = matches(String(query[..<open]).trimmingCharacters(in: .whitespaces), kinds: kinds)
            if !base.isEmpty { return base }
        }
        let q = NameFolding.fold(query)
        guard !q.isEmpty else { return [] }
        let pool = refs.filter { kinds?.contains($0.kind) ?? true }
        // Canonical names first: "Hartley" alone is Hartley, not Joan Hartley (whose alias it is).
        let canonical = pool.filter { NameFolding.fold($0.name) == q }
        if !canonical.isEmpty { return Self.oneByName(canonical) }
        let exact = pool.filter { $0.names.contains { NameFolding.fold($0) == q } }
        if !exact.isEmpty { return Self.oneByName(exact) }
        let byWord = pool.filter { ref in
            ref.kind == .person && ref.names.contains { $0.split(separator: " ").contains { NameFolding.fold(String($0)) == q } }
        }
        if !byWord.isEmpty { return byWord }
        let tolerance = NameFolding.tolerance(for: q)
        guard tolerance > 0 else { return [] }
        let scored = pool.compactMap { ref -> (EntityRef, Int)? in
            let best = distance(q, ref)
            return best <= tolerance ? (ref, best) : nil
        }
        guard let best = scored.map(\.1).min() else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    /// Names a little further off, for "did you mean".
    public func suggestions(_ query: String, kinds: Set<EntityKind>? = nil, limit: Int = 3) -> [String] {
        let q = NameFolding.fold(query)
        let tolerance = min(NameFolding.tolerance(for: q) + 2, max(1, q.unicodeScalars.count / 2))
        return refs.filter { kinds?.contains($0.kind) ?? true }
            .map { ($0.name, distance(q, $0)) }
            .filter { $0.1 <= tolerance }
            .sorted { $0.1 < $1.1 }
            .prefix(limit).map(\.0)
    }

    /// The smallest distance from `q` to a name of `ref` or to a word of a person's name.
    private func distance(_ q: String, _ ref: EntityRef) -> Int {
        var forms = ref.names.map(NameFolding.fold)
        if ref.kind == .person { forms += forms.flatMap { $0.split(separator: " ").map(String.init) } }
        return forms.map { NameFolding.distance(q, $0) }.min() ?? Int.max
    }

    /// Refs of different kinds with one name ("Georgia" the country and the place) are
    /// one answer: the first added.
    private static func oneByName(_ refs: [EntityRef]) -> [EntityRef] {
        refs.count > 1 && Set(refs.map(\.name)).count == 1 ? [refs[0]] : refs
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}
