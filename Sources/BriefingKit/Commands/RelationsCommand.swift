/// `relations X`: every relation of X, grouped by kind, with direction.
enum RelationsCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "relations",
        forms: ["relations|contacts|links <NAME...>"],
        usage: "relations NAME",
        help: "Every relation of NAME (spoke with, met, called, told, asked, visited...), grouped by kind.",
        examples: ["relations Putin"]
    ) { arguments, workspace in
        let name = arguments["NAME"] ?? ""
        let hits = try NameLookup(store: workspace.store).require(name)
        let display = NameLookup.displayName(hits, typed: name)
        var groups: [(String, [String])] = []
        var items: [AnswerItem] = []
        for kind in RelationKind.allCases {
            for hit in hits {
                for relation in hit.model.relations where relation.kind == kind {
                    let label: String
                    let other: Party
                    if let id = relation.source.entity, hit.ids.contains(id) {
                        label = kind.rawValue
                        other = relation.target
                    } else if let id = relation.target.entity, hit.ids.contains(id) {
                        label = kind.isSymmetric ? kind.rawValue : "\(kind.rawValue) by"
                        other = relation.source
                    } else {
                        continue
                    }
                    let otherName = NameLookup.name(of: other, in: hit.model)
                    let value = "\(label) \(otherName)"
                    if let k = items.firstIndex(where: { $0.value == value }) {
                        if !items[k].evidence.contains(relation.evidence) { items[k].evidence.append(relation.evidence) }
                        continue
                    }
                    items.append(AnswerItem(value, evidence: [relation.evidence], fields: ["kind": label, "party": otherName]))
                    if let g = groups.firstIndex(where: { $0.0 == label }) {
                        groups[g].1.append(otherName)
                    } else {
                        groups.append((label, [otherName]))
                    }
                }
            }
        }
        guard !items.isEmpty else { return Answer("No relations of \(display) are reported.") }
        return Answer(
            "\(display): " + groups.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; "),
            results: items)
    }
}
