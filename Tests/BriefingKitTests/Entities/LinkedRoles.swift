@testable import BriefingKit

/// The roles the entity layer gives the person named `name` in `paragraphs`, as `who is` shows them.
func linkedRoles(_ paragraphs: [String], of name: String) -> [String] {
    let table = EntityLinker().link(TextSegmenter().segment(id: "t", title: "T", paragraphs: paragraphs))
    return table.entities.first { $0.kind == .person && $0.name == name }?.roles.map(\.description) ?? []
}
