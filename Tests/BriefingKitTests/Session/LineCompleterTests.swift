import Testing
@testable import BriefingKit

@Suite struct LineCompleterTests {
    let completer = LineCompleter(
        catalog: CommandCatalog([
            CommandSpec(name: "who spoke with", forms: ["who spoke|talked with <NAME>"], usage: "u", help: "h") { _, _ in Answer("") },
            CommandSpec(name: "who is", forms: ["who is <NAME>"], usage: "u", help: "h") { _, _ in Answer("") },
            HelpCommand.spec, ArticlesCommand.spec, ShowCommand.spec,
        ]),
        names: ["Ilham Aliyev", "Aliyev", "Armenia"], articles: ["armenia-azerbaijan"])

    @Test(arguments: [
        ("art", ["articles"]),
        ("who sp", ["who spoke"]),
        ("who spoke", ["who spoke with"]),
        ("who ", ["who is", "who spoke", "who talked"]),
        ("who", ["who is", "who spoke", "who talked"]),
        ("who is Il", ["who is Ilham Aliyev"]),
        ("who is ar", ["who is Armenia", "who is armenia-azerbaijan"]),
        ("show arm", ["show Armenia", "show armenia-azerbaijan"]),
        ("help sh", ["help show"]),
        ("zzz", []),
    ])
    func completesCommandWordsThenNames(_ typed: String, _ expected: [String]) {
        #expect(completer.completions(for: typed) == expected)
    }

    @Test func storeGivesEntityNamesForCompletion() {
        var store = KnowledgeStore()
        let entities = EntityTable(entities: [Entity(id: 0, kind: .person, name: "Ilham Aliyev", aliases: ["Aliyev"])])
        store.add(ArticleModel(article: Article(id: "a", title: "t"), entities: entities))
        #expect(store.entityNames() == ["Aliyev", "Ilham Aliyev"])
    }
}
