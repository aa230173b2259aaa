/// `people [in ARTICLE]`: list the people the articles name, in order of first mention, each with its role and mention count.
enum PeopleCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "people",
        forms: ["people|persons", "people|persons in <ARTICLE>"],
        synonyms: ["persons"],
        usage: "people [in ARTICLE]",
        help: "List the people the articles name, in order of first mention.",
        examples: ["people", "people in armenia-azerbaijan"]
    ) { arguments, workspace in
        try EntityListing(noun: "people", singular: "person")
            .answer(kinds: [.person], in: workspace.store, article: arguments["ARTICLE"])
    }
}
