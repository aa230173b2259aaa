/// `places [in ARTICLE]`: list the cities, regions and other places the articles name, each with its role and mention count.
enum PlacesCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "places",
        forms: ["places", "places in <ARTICLE>"],
        usage: "places [in ARTICLE]",
        help: "List the cities, regions and other places the articles name.",
        examples: ["places", "places in armenia-azerbaijan"]
    ) { arguments, workspace in
        try EntityListing(noun: "places", singular: "place")
            .answer(kinds: [.place], in: workspace.store, article: arguments["ARTICLE"])
    }
}
