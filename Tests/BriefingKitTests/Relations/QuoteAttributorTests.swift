import Testing
@testable import BriefingKit

/// `speaker: text` of the direct quotes, by canonical speaker names.
func directQuotes(_ model: ArticleModel) -> [String] {
    model.quotes.filter(\.isDirect).map { "\(QuoteAnswer.speakerName($0, in: model)): \($0.text)" }
}

@Suite struct QuoteAttributorTests {
    static let cases: [([String], [String])] = [
        (["“The port will open in May,” [Lena Frost] said."], ["Lena Frost: The port will open in May"]),
        (["“The port will open in May,” said [Lena Frost]."], ["Lena Frost: The port will open in May"]),
        (["[Lena Frost] said: “The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        (["[Lena Frost] told [Sam Okafor]: “The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        (["“The port will open in May,” [Lena Frost] told reporters after the vote."], ["Lena Frost: The port will open in May"]),
        // A split quote is one quote.
        (["“The port will open,” [Lena Frost] said, “but not before May.”"], ["Lena Frost: The port will open but not before May."]),
        (["“The port will open,” [Lena Frost] said. “But not before May.”"], ["Lena Frost: The port will open But not before May."]),
        (["“The port will open,” [Lena Frost] said, referring to the new pier, “but not before May.”"],
         ["Lena Frost: The port will open but not before May."]),
        (["“The risk,” said [Dana Reyes], an economist at the harbour institute, “is that the ships go elsewhere.”"],
         ["Dana Reyes: The risk is that the ships go elsewhere."]),
        // The cue follows a relative clause with a middle initial in it.
        (["“The port will open in May,” [Lena Frost], who worked for [Sam J. Okafor], told reporters."],
         ["Lena Frost: The port will open in May"]),
        // A signature in a paragraph of its own after the quotation.
        (["“The port is worried about the future of its workers.”", "- [Dana Reyes].", "The claim is old."],
         ["Dana Reyes: The port is worried about the future of its workers."]),
        (["“The tolls must go.”", "—[Dana Reyes], [Portville:place].", "“The pier must stay.”", "- [Tom Reid]."],
         ["Dana Reyes: The tolls must go.", "Tom Reid: The pier must stay."]),
        (["“The tolls must go,” [Dana Reyes] said.", "“The pier must stay.”", "– An old docker herself –."],
         ["Dana Reyes: The tolls must go", "Dana Reyes: The pier must stay."]),
        // A comma inside the marks closes the quotation: the cue after it is its own.
        (["[Tom Reid]'s friend [Ivo Brun] blamed the mayor directly: “It's clearly a political failure,” [Brun=Ivo Brun] said."],
         ["Ivo Brun: It's clearly a political failure"]),
        // A quotation after a short lead-in of the writer's carries on the quote before it.
        (["“We were not happy when the toll was announced,” said [Ivo Brun], head of the dock board. Now, “the crews have made their peace with it.”"],
         ["Ivo Brun: We were not happy when the toll was announced the crews have made their peace with it."]),
        (["“It's a big moment,” said [Ivo Brun]. Unless the rivals quit soon, “it is hard to see how she is stopped.”"],
         ["Ivo Brun: It's a big moment it is hard to see how she is stopped."]),
        (["''It's a big moment,'' said [Ivo Brun]. Unless the rivals quit soon, ''it is hard to see how she is stopped.''"],
         ["Ivo Brun: It's a big moment it is hard to see how she is stopped."]),
        // Not when the lead-in names someone or has a cue of its own.
        (["“It's a big moment,” said [Ivo Brun]. Then [Ada Lind] added, “it is hard to see how she is stopped.”"],
         ["Ivo Brun: It's a big moment", "Ada Lind: it is hard to see how she is stopped."]),
        // A participle's main clause opens the sentence with an unnamed or unlinked subject.
        (["The harbour candidate appeared to defend his plans by saying, “I am trying to save the pier.”"],
         ["The harbour candidate: I am trying to save the pier."]),
        (["[Ada Lind] spoke first. She followed that by saying, “I am not a natural sailor.”"], ["Ada Lind: I am not a natural sailor."]),
        // An appositive set off between an unlinked name and its cue.
        (["Mara Dunn, a close friend of the mayor's who was her chief of staff, said, “Even as mayor, she was alone.”"],
         ["Mara Dunn: Even as mayor, she was alone."]),
        // Not set off inside a statement: a verb phrase, or a clause of its own, before the cue.
        (["When I asked [Ivo Brun], [he=Ivo Brun] looked into the camera, furrowed his brow and said, “I will endorse you!”"],
         ["Ivo Brun: I will endorse you!"]),
        (["[Ivo Brun] said he had not seen it, and when asked about the crews, he said, “I hope not.”"], ["Ivo Brun: I hope not."]),
        // A long appositive between the name after the quotation and its cue.
        (["“Very good reporter, this guy,” [Tom Reid], the harbour frontrunner in the county and current polling leader on the coast by a wide margin after winning the early vote, said when asked."],
         ["Tom Reid: Very good reporter, this guy"]),
        // An unnamed subject before a modal and its cue.
        (["A spokesman for the port could only quip: “I guess May was booked.”"], ["A spokesman for the port: I guess May was booked."]),
        // A lone quantifier speaks: `tweeted another`, `Another tweeted`, `said one of ...`.
        (["“Watch out for the tolls,” tweeted another."], ["another: Watch out for the tolls"]),
        (["Another tweeted, “The port thinks it is above the rules.”"], ["Another: The port thinks it is above the rules."]),
        (["“There is no path to the pier,” said one of those advisers, who asked not to be named."],
         ["one of those advisers: There is no path to the pier"]),
        (["“This is fantastic!” beamed [Omar Vance] of [Velt:place]."], ["Omar Vance: This is fantastic!"]),
        // An unnamed member of a group speaks: `said one activist`, `another aide said`.
        (["The crowd booed. (“We will not move,” said one dock worker.)"], ["one dock worker: We will not move"]),
        (["“We will not move,” another dock worker said."], ["another dock worker: We will not move"]),
        // Pronoun speakers resolve to the person named before.
        (["[Sam Okafor] met [Lena Frost] on Monday.", "Asked about the port, [he=Sam Okafor] replied, “It will open in May.”"],
         ["Sam Okafor: It will open in May."]),
        (["[Dana Reyes] spoke first.", "[She=Dana Reyes] noted that the port was late, saying: “We expect it in May.”"],
         ["Dana Reyes: We expect it in May."]),
        // `he said` follows the previous sentence's speaker, else its subject.
        (["The crowd cheered for an hour, [Sam Okafor] said.", "“They were wonderful,” [he=Tom Reid] said."],
         ["Sam Okafor: They were wonderful"]),
        (["[Tom Reid] took a firm line on the toll last year.", "“We will not pay,” [he=Sam Okafor] said."],
         ["Tom Reid: We will not pay"]),
        // A name inside the quotation is not who speaks: `he` follows the speaker before.
        (["The crowd cheered for an hour, [Sam Okafor] said.", "“[Tom Reid] earned every minute of it,” [he=Tom Reid] said."],
         ["Sam Okafor: Tom Reid earned every minute of it"]),
        // A sentence with no one in it leaves the floor with the last speaker.
        // A possessor opening the sentence before is not whom `he` means.
        (["As for [Tom Reid]’s plan, [Sam Okafor] found it odd.", "“It will not float,” [he=Tom Reid] said."],
         ["Sam Okafor: It will not float"]),
        // `’s been`: a contraction, not a possessor.
        (["[Sam Okafor]’s been saying for weeks that [Tom Reid] is not ready.", "“He is not ready,” [he=Tom Reid] said."],
         ["Sam Okafor: He is not ready"]),
        (["“The port will open in May,” [Sam Okafor] said.", "Ships are waiting.", "“They will not wait long,” [he=Tom Reid] said."],
         ["Sam Okafor: The port will open in May", "Sam Okafor: They will not wait long"]),
        // ... but a person named in that sentence is whom the pronoun means.
        (["“The port will open in May,” [Sam Okafor] said.", "The plan was welcomed by [Tom Reid].", "“They will not wait long,” [he=Tom Reid] said."],
         ["Sam Okafor: The port will open in May", "Tom Reid: They will not wait long"]),
        // A quotation over several sentences, then one more after the cue: one quote.
        (["“The port is ready. The cranes are in. The crews are hired,” said [Lena Frost]. “We open in May.”"],
         ["Lena Frost: The port is ready. The cranes are in. The crews are hired We open in May."]),
        // An adverb between the speaker and the cue.
        (["The port opened on Monday.", "The governor then said: “We will grow.”"],
         ["The governor: We will grow."]),
        // A party tag with a dot between the name and the cue.
        (["“The port will open in May,” Rep. [Lena Frost] (D-Wis.) said Friday."], ["Lena Frost: The port will open in May"]),
        // A colon hands a quotation to the person named before it, not to one after a preposition.
        (["The delay does not surprise harbour pilot [Dana Reyes]: “Ships have waited longer before.”"],
         ["Dana Reyes: Ships have waited longer before."]),
        (["The message to [Dana Reyes] was clear: “Ships will wait no longer.”"], []),
        // The speaker introduced in the sentence before.
        (["[Lena Frost] put it bluntly:", "“The port will open in May.”"], ["Lena Frost: The port will open in May."]),
        // Speaker named later in the sentence, past a comparison clause.
        (["“We are disappointed,” union leader [Tom Reid] told local radio, comparing the deal to a leaking boat, the agency said."],
         ["Tom Reid: We are disappointed"]),
        // `in Milltown, Westland,`: a place set off after a town is where, not who.
        (["At a fair in [Milltown:place], [Westland:place], on Sunday, [Lena Frost] defended the plan, saying: “It will work.”"],
         ["Lena Frost: It will work."]),
        // A dateline's place is where the story was filed, not a speaker.
        (["[PORTVILLE:place], May 8 (Wire) — [Lena Frost]’s deputy rallied the crews, saying: “We will not move.”"],
         ["Lena Frost’s deputy: We will not move."]),
        (["[Portville:place] (Wire) – The harbour board has opposed the plan, saying: “It is a waste.”"],
         ["The harbour board: It is a waste."]),
        // `with X shouting`: the participle's own subject speaks.
        (["The crowd surged forward, with [Lena Frost] reportedly shouting: “Stand back!”"], ["Lena Frost: Stand back!"]),
        (["The crews cheered, with [Sam Okafor] waving a flag and asking, “Who will stop us now?”"], ["Sam Okafor: Who will stop us now?"]),
        // An adverb in -ly between an unnamed speaker and the cue.
        (["“The port will open in May,” the harbour board recently wrote."], ["the harbour board: The port will open in May"]),
        (["“The port will open in May,” the family said."], ["the family: The port will open in May"]),
        (["“It is a disgrace,” one docker, who asked not to be named, said."], ["one docker: It is a disgrace"]),
        // A noun that is also a cue verb's form (`report`) after an article.
        (["“The port will open in May,” the report concluded."], ["the report: The port will open in May"]),
        (["“The port will open in May,” said the report."], ["the report: The port will open in May"]),
        (["“Is the port open at all?” reacted [Lena Frost]."], ["Lena Frost: Is the port open at all?"]),
        (["As the harbour expert [Lena Frost] puts it, “The cranes are older than the port.”"], ["Lena Frost: The cranes are older than the port."]),
        // An organization inside an unnamed speaker's noun phrase only describes the speaker.
        (["“We lost the vote,” said a veteran [Dock Party:organization] strategist who asked not to be named."],
         ["a veteran Dock Party strategist: We lost the vote"]),
        (["“We lost the vote,” the [Dock Party:organization] member said."], ["the Dock Party member: We lost the vote"]),
        // ... but an organization that speaks is the speaker.
        (["“We lost the vote,” the [Dock Party:organization] said on Monday."], ["Dock Party: We lost the vote"]),
    ]

    @Test(arguments: cases)
    func attributes(paragraphs: [String], expected: [String]) {
        #expect(directQuotes(analyzed(paragraphs)) == expected)
    }

    @Test func aQuoteAttributedByWordsNoCueReadsIsNotTheLastSpeakers() {
        let model = analyzed([
            "“This is a delicate moment,” [Tom Reid] said. The firm says its cash is safe, the Gazette reports. "
                + "“The firm wants new cranes,” the newspaper quotes a source close to the firm as saying."
        ])
        #expect(directQuotes(model).first == "Tom Reid: This is a delicate moment")
        #expect(!directQuotes(model).contains { $0.hasPrefix("Tom Reid") && $0.contains("cranes") })
    }

    @Test func aQuotationAfterWhereItWasSaidStaysDirect() {
        let model = analyzed(["[Lena Frost] said in a statement on Monday, “The port will open in May.”"])
        #expect(directQuotes(model) == ["Lena Frost: The port will open in May."])
    }

    /// An appositive or a participle phrase before the cue is no statement of its own.
    @Test(arguments: [
        "[Lena Frost], speaking to reporters on Monday, said the port “is closed for good.”",
        "[Lena Frost], who has led the city since 2010, said the port “is closed for good.”",
        "“The port is closed,” a harbour spokesman told the Gazette on condition of anonymity.",
    ])
    func oneStatementPerCue(sentence: String) {
        let model = analyzed([sentence])
        #expect(model.quotes.count == 1)
    }

    @Test func aQuotationIntroducedByAColonStaysDirect() {
        let model = analyzed(["[Lena Frost] said on Monday: “The port will open in May.”"])
        #expect(directQuotes(model) == ["Lena Frost: The port will open in May."])
    }

    @Test func scareQuotesAreNotSpeech() {
        let model = analyzed(["The so-called “reform” passed on Monday."])
        #expect(model.quotes.isEmpty)
    }

    @Test func quoteRangePointsIntoTheBody() throws {
        let model = analyzed(["“The port will open in May,” [Lena Frost] said."])
        let quote = try #require(model.quotes.first)
        let range = try #require(quote.range)
        #expect(model.article.body.scalarSlice(range) == "The port will open in May,")
    }
}

@Suite struct ReportedSpeechFinderTests {
    static let cases: [(String, String?, String?)] = [
        ("[Lena Frost] said on Monday that the port would open in May.", "Lena Frost", "the port would open in May"),
        ("[Lena Frost] confirmed that [she=Lena Frost] will visit Norland.", "Lena Frost", "she will visit Norland"),
        ("The port will open in May, [Lena Frost] said.", "Lena Frost", "The port will open in May"),
        // Scare quotes in the reported clause don't make it a direct quote's cue.
        ("Such a port would be “less open”, [Lena Frost] said.", "Lena Frost", "Such a port would be “less open”"),
        ("The port will open in May, according to the harbour office.", "the harbour office", "The port will open in May"),
        ("[Lena Frost] told [Sam Okafor] the port would open in May.", "Lena Frost", "the port would open in May"),
        ("[Lena Frost] called the plan “a disaster” on Monday.", "Lena Frost", "the plan “a disaster” on Monday"),
        // Quoted words run into the clause (no colon or comma before them) are reported speech.
        ("[Lena Frost] called him a “coward.”", "Lena Frost", "him a “coward.”"),
        ("[Lena Frost] said the port was “ready to open” for the first ships in May.", "Lena Frost",
         "the port was “ready to open” for the first ships in May"),
        // A bracketed party and state between the name and its appositive.
        ("Senator [Ben Walsh] (R-Ohio), also a [Farm Party:organization] hopeful, called the plan “a disaster” on Monday.",
         "Ben Walsh", "the plan “a disaster” on Monday"),
        // A participle's unnamed subject speaks, and its bare clause is reported.
        ("The harbour board has opposed the plan, arguing it is “a waste of money.”", "The harbour board",
         "it is “a waste of money.”"),
        // A that-clause's subject is spoken about: the main clause's subject speaks.
        ("[Lena Frost] is sure that [Tom Reid] will be “the last of the old guard.”", "Lena Frost",
         "is sure that Tom Reid will be “the last of the old guard.”"),
        // Quoted words no cue claims: the clause runs on to the sentence end.
        ("[Tom Reid] is a “friend of the port” who never misses a launch.", "Tom Reid",
         "is a “friend of the port” who never misses a launch"),
        // `..., said Dr. X`: a say-verb after a comma names its speaker after it.
        ("The port may close early, said Dr. [Dana Reyes], a harbour expert.", "Dana Reyes", "The port may close early"),
        // A possessor's title before the name: the name is the subject.
        ("[Tom Vick]’s rival [Omar Lund] said [Vick=Tom Vick] is “unelectable now.”", "Omar Lund", "Vick is “unelectable now.”"),
        ("At a rally on Monday, [Tom Vick]’s party rival Sen. [Omar Lund] (R-Fla.) said the toll is “a tax on work.”", "Omar Lund",
         "the toll is “a tax on work.”"),
        // A possessor's unnamed aide speaks.
        ("[Tom Vick]’s campaign manager says [he=Tom Vick] is “grateful” for the ruling.", "Tom Vick’s campaign manager",
         "he is “grateful” for the ruling"),
        // Quoted words after a short cue are what was said, not its tail.
        ("[Lena Frost] is calm about the losses — in fact, [she=Lena Frost] said it “humanizes” her.", "Lena Frost", "it “humanizes” her"),
        // A quotation run into the clause after its cue, words following it: the whole clause.
        ("[Dana Reyes] said “it makes me mad” every time [she=Dana Reyes] thinks about the pier.", "Dana Reyes",
         "“it makes me mad” every time she thinks about the pier"),
        ("[Tom Reid] has been saying ''some good things'' about [Sam Okafor].", "Tom Reid", "''some good things'' about Sam Okafor"),
        ("When asked why the board moved, [Ivo Brun] said, “We have three weeks to go” until the vote.", "Ivo Brun",
         "“We have three weeks to go” until the vote"),
        ("These and other harbour rules, the lawyers said, “all point the same way” for the pier.", "the lawyers",
         "These and other harbour rules “all point the same way” for the pier"),
        // A cue after a modal is part of what the cue before it reports.
        ("[Tom Reid] said he would sit the mayor down and tell him “no more nonsense” on the tolls.", "Tom Reid",
         "he would sit the mayor down and tell him “no more nonsense” on the tolls"),
        // A name after `said` opens the reported clause; it is not addressed.
        ("[Dana Reyes] said [Tom Reid] “caused harm.”", "Dana Reyes", "Tom Reid “caused harm.”"),
        // What a naming verb calls someone is reported with its object, commas or not.
        ("[Dana Reyes] sent a letter to the board, calling [him=Tom Reid], among other things, “a failed captain.”", "Dana Reyes",
         "him, among other things, “a failed captain.”"),
        ("[Tom Reid] calls the plan a “blueprint” for lost jobs.", "Tom Reid", "the plan a “blueprint” for lost jobs"),
        // An unnamed noun phrase opening the clause speaks: a post-modifier, an aside, a long phrase.
        ("Backers of the new toll, however, say it would keep the port “afloat for years.”", "Backers of the new toll",
         "it would keep the port “afloat for years.”"),
        ("A 2019 harbour board advisory memo added that the pier was “unsafe at high tide.”", "A 2019 harbour board advisory memo",
         "the pier was “unsafe at high tide.”"),
        ("One docker, who like others asked not to be named because of the strike talks, said the message was that “the pier stays shut.”",
         "One docker", "“the pier stays shut.”"),
        ("Another source familiar with the mayor’s thinking said the toll “will not last the winter.”",
         "Another source familiar with the mayor’s thinking", "the toll “will not last the winter.”"),
        // A participle after a fronted phrase: the main clause's unnamed subject speaks.
        ("In two separate interviews, the harbour master sounded off on the plan, saying she didn't “want to imagine” a winter without ferries.",
         "the harbour master", "she didn't “want to imagine” a winter without ferries"),
        // Words before a quotation with a cue after it: the whole closing mark is kept.
        ("The tax plans are ''profoundly reckless,'' said [Ivo Brun].", "Ivo Brun", "The tax plans are ''profoundly reckless,''"),
        // NYT's two apostrophes are quotation marks like any other.
        ("[Ivo Brun] called [him=Tom Reid] a ''pathological liar'' for his claims.", "Ivo Brun", "him a ''pathological liar'' for his claims"),
        ("[Ivo Brun] called [Tom Reid] ''brilliant.''", "Ivo Brun", "Tom Reid ''brilliant.''"),
        // A known person's surname opening the sentence, where a capital proves nothing.
        ("[Mia King] won twelve titles. King says [Ali Bey] “talked big and acted big.”", "Mia King", "Ali Bey “talked big and acted big.”"),
        ("The race went to [Ada Small]. Small, who watched the race on Monday, said that “the pier is a mess.”", "Ada Small",
         "“the pier is a mess.”"),
        // An inverted cue with a long appositive after its name: what came before is reported.
        ("This is a “raw time” for the port, said harbour strategist [Ivo Brun], a longtime ally who served with the mayor in the old town hall.",
         "Ivo Brun", "This is a “raw time” for the port"),
        // A relative clause run in between an unnamed subject and its cue.
        ("Another docker who worked at the pier and who did not want to be named said the crews were “angry at the board.”",
         "Another docker", "the crews were “angry at the board.”"),
        // A cue set off by commas inside the statement: the sentence around it is reported.
        ("The harbour's heavy investment in its cranes, [Ada Lind] said, “is a perfect example of adapting” to the new trade.", "Ada Lind",
         "The harbour's heavy investment in its cranes “is a perfect example of adapting” to the new trade"),
        ("Building the pier, [Ivo Brun] said, allowed him to “get in touch with the sea,” too.", "Ivo Brun",
         "Building the pier allowed him to “get in touch with the sea,” too"),
        ("“Most of the cost of the pier comes from efforts to measure” tides, [he=Ivo Brun] said, rather than from the cranes.", "Ivo Brun",
         "“Most of the cost of the pier comes from efforts to measure” tides rather than from the cranes"),
        // A short quoted fragment closes the clause, its comma inside the marks.
        ("The harbour plans are “deeply irresponsible,” said [Tom Bell], a director at the port.", "Tom Bell",
         "The harbour plans are “deeply irresponsible,”"),
        ("The harbour plans are ''deeply irresponsible,'' said [Tom Bell].", "Tom Bell", "The harbour plans are ''deeply irresponsible,''"),
        // A relative clause closed by a comma keeps its antecedent as the subject.
        ("[Tom Reid], who has worked for [Lena Frost] since May, blasted [Sam Okafor] as a “coward” on Monday.",
         "Tom Reid", "Sam Okafor as a “coward” on Monday"),
        // Not reported speech: one or two quoted words no cue claims are scare quotes.
        // Where something was said, with a title in it, is not what was said.
        ("[Lena Frost] wrote in her 2012 book, “A Harbour Daughter,” about the docks.", nil, nil),
        ("[Lena Frost] would not answer a question three times on “Harbour Sunday” about the toll.", nil, nil),
        ("[Tom Reid] bought a “promoted” post on the harbour forum.", nil, nil),
        ("[Lena Frost] told reporters after the vote.", nil, nil),
        ("When asked if the port was ready, [Lena Frost] left.", nil, nil),
        // Where and when something was said is not what was said.
        ("The port was ready for the ships, [Lena Frost] said Wednesday morning on the Gazette’s “Morning Show.”", "Lena Frost",
         "The port was ready for the ships"),
        ("[Lena Frost] said Monday the port is “ready for ships.”", "Lena Frost", "the port is “ready for ships.”"),
        ("[Lena Frost] said this was a “fatal mistake” for the port.", "Lena Frost", "this was a “fatal mistake” for the port"),
        // A long capitalized title before the name, with `on` inside it.
        ("The Council on Harbour Affairs Executive Director [Sam Okafor] says in a statement that the toll is “a tax on the poor.”",
         "Sam Okafor", "the toll is “a tax on the poor.”"),
        // A that-clause opening with quoted words.
        ("[Lena Frost] acknowledged on Friday that “top secret” cargo was found at the dock.", "Lena Frost",
         "“top secret” cargo was found at the dock"),
        // A reported clause stops before the direct quote a participle adds.
        ("[Tom Reid] insisted it was “premature” to back the plan while adding, “I have no doubt her heart is in it.”",
         "Tom Reid", "it was “premature” to back the plan"),
        // A clause of the speaker's own before the comma and the quotation is reported with it.
        ("[Lena Frost] says no matter what the board decides, “the port will open in May.”", "Lena Frost",
         "no matter what the board decides, “the port will open in May.”"),
        // A country modifying the subject's noun: the whole noun phrase speaks.
        ("The [Norland:country] newspaper has always claimed to be “fair to all.”", "The Norland newspaper", "to be “fair to all.”"),
        // A parenthetical between an unnamed subject and its cue.
        ("The harbour board, in a statement, said the port “is closed for good.”", "The harbour board", "the port “is closed for good.”"),
        // A plural noun opening the sentence speaks.
        ("Analysts say the port “may never recover.”", "Analysts", "the port “may never recover.”"),
        // A relative clause with `whose` leads back to its name.
        ("[Dana Reyes], whose dock crew has led the protest, predicted that ships would “take this fight to the sea.”",
         "Dana Reyes", "ships would “take this fight to the sea.”"),
        // A plural subject opening the sentence, an auxiliary before the cue.
        ("Several outlets reported on Monday that the board had “more than one meeting” with the crews.", "Several outlets",
         "the board had “more than one meeting” with the crews"),
        ("Aides have also suggested that the toll is “something she will fight for.”", "Aides",
         "the toll is “something she will fight for.”"),
        ("The harbour board has said that the toll is “here to stay.”", "The harbour board", "the toll is “here to stay.”"),
        // A time phrase between an unnamed subject and its cue.
        ("The harbour board less than two weeks ago said that the toll is “here to stay.”", "The harbour board",
         "the toll is “here to stay.”"),
        ("The harbour board Monday said that the toll is “here to stay.”", "The harbour board", "the toll is “here to stay.”"),
        ("Ports are “the lungs of the city,” [Lena Frost] proclaimed to the crowd.", "Lena Frost", "Ports are “the lungs of the city,”"),
        // A name after `said` that opens the reported clause is spoken about, not speaking.
        ("[Tom Reid], an adviser to the mayor, said [Dock Party:organization] members are making “mischief” that shows their “disconnect with the voters.”",
         "Tom Reid", "Dock Party members are making “mischief” that shows their “disconnect with the voters.”"),
        // A `that` belongs to the nearest cue before it.
        ("The crews were quick to chime in, with [Sam Okafor] tweeting that it was a “disaster” for the port.", "Sam Okafor",
         "it was a “disaster” for the port"),
        // A quotation run into a clause that a tail cue attributes, with no cue of its own.
        ("“If the board finds more records, it will search them” for papers that would answer requests from the dock union and the city council, harbour counsel [Dana Reyes] wrote in a filing.",
         "Dana Reyes", "“If the board finds more records, it will search them” for papers that would answer requests from the dock union and the city council"),
        // `of Norland, who`: the person is the antecedent, not the place.
        ("Senator [Ann Lee] of [Norland:place], who spoke on Monday, said the toll was “a tax on work.”", "Ann Lee",
         "the toll was “a tax on work.”"),
        // `whose` leads back to the name before it, past its own appositive.
        ("[Ann Lee], whose hometown, [Portville:place], lies on the coast, argues that the toll will “ruin the docks.”", "Ann Lee",
         "the toll will “ruin the docks.”"),
        // Coordinated names after the cue open the reported clause.
        ("[Ann Lee], at the harbour institute, said [Norland:country] and [Westland:country] have found a “modus vivendi” here.",
         "Ann Lee", "Norland and Westland have found a “modus vivendi” here"),
        // `with Senator X telling`: titles between `with` and the name.
        ("The debate grew sharp, with Senator [Ann Lee] telling [Tom Reid] she saw the plan as “a disaster.”", "Ann Lee",
         "she saw the plan as “a disaster.”"),
        // A place after a town is where the speaker was, not the speaker.
        ("Speaking at a fair in [Milltown:place], [Westland:place], [Lena Frost] went after [Sam Okafor], calling him “a quitter.”",
         "Lena Frost", "him “a quitter.”"),
    ]

    @Test(arguments: cases)
    func reports(sentence: String, speaker: String?, text: String?) {
        let model = analyzed([sentence])
        let quote = model.quotes.first { !$0.isDirect }
        #expect(quote.map { QuoteAnswer.speakerName($0, in: model) } == speaker)
        #expect(quote?.text == text)
    }
}
