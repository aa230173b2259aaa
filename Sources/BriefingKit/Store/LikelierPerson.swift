/// Of several people one name fits, the ones it most likely means: those not introduced as
/// someone's relative ("his wife Ruth Delaney" yields to Frank Delaney), and of those the one
/// mentioned at least twice as often as any other, when there is one.
///
/// ```swift
/// LikelierPerson.among(refs, roles: \.roles, mentions: { store.mentions(of: $0).count })
/// ```
enum LikelierPerson {
    static func among<Person>(_ people: [Person], roles: (Person) -> [Role], mentions: (Person) -> Int) -> [Person] {
        let others = people.filter { !roles($0).contains(where: RoleWords.standard.isKinRole) }
        let pool = others.isEmpty ? people : others
        let counts = pool.map { ($0, mentions($0)) }.sorted { $0.1 > $1.1 }
        if counts.count > 1, counts[0].1 >= 2 * counts[1].1 { return [counts[0].0] }
        return pool
    }
}
