/// `organizations [in ARTICLE]`: list the organizations and news media the articles name, each with its role and mention count.
enum OrganizationsCommand {
    static let spec: CommandSpec = CommandSpec(
        name: "organizations",
        forms: ["organizations|organisations|orgs", "organizations|organisations|orgs in <ARTICLE>"],
        synonyms: ["organisations", "orgs"],
        usage: "organizations [in ARTICLE]",
        help: "List the organizations and news media the articles name.",
        examples: ["organizations", "organizations in armenia-azerbaijan"]
    ) { arguments, workspace in
        try EntityListing(noun: "organizations", singular: "organization")
            .answer(kinds: [.organization, .media], in: workspace.store, article: arguments["ARTICLE"])
    }
}
