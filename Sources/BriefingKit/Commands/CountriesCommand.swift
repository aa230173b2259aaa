/// `countries [in ARTICLE]`: list the countries the articles name (also through demonyms and capitals), each with its role and mention count.
enum CountriesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "countries",
        forms: ["countries", "countries in <ARTICLE>"],
        usage: "countries [in ARTICLE]",
        help: "List the countries the articles name (also through demonyms and capitals).",
        examples: ["countries", "countries in armenia-azerbaijan"]
    ) { arguments, workspace in
        try EntityListing(noun: "countries", singular: "country")
            .answer(kinds: [.country], in: workspace.store, article: arguments["ARTICLE"])
    }
}
