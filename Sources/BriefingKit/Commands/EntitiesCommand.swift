/// `entities [in ARTICLE]`: list everything the articles name: people, countries, organizations, places, groups, media, each with its role and mention count.
enum EntitiesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "entities",
        forms: ["entities", "entities in <ARTICLE>"],
        usage: "entities [in ARTICLE]",
        help: "List everything the articles name: people, countries, organizations, places, groups, media.",
        examples: ["entities", "entities in armenia-azerbaijan"]
    ) { arguments, workspace in
        try EntityListing(noun: "entities", singular: "entity")
            .answer(kinds: Set(EntityKind.allCases), in: workspace.store, article: arguments["ARTICLE"])
    }
}
