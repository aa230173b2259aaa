import Testing
@testable import BriefingKit

@Suite struct ReportedSpeechFinderTests {
    static let cases: [(String, String?, String?)] = [
        ("[Lena Frost] said on Monday that the port would open in May.", "Lena Frost", "the port would open in May"),
        ("[Lena Frost] confirmed that [she=Lena Frost] will visit Norland.", "Lena Frost", "she will visit Norland"),
        ("The port will open in May, [Lena Frost] said.", "Lena Frost", "The port will open in May"),
        // `STATEMENT, said X, REST`: the speaker set off after the cue, the statement around it.
        ("The tone of the campaign, said [Alan Berg], would be calmer than before.", "Alan Berg",
         "The tone of the campaign would be calmer than before"),
        // Where it was said, between the cue and a direct quote, is no statement.
        ("[Alan Berg] added, on Radio Nord’s morning show: “We will win.”", nil, nil),
        // A passive cue names no speaker.
        ("New [Norland:country] casinos will be “socially responsible”, it has been suggested.", nil, nil),
        ("[Alan Berg] was told the port would close in May.", nil, nil),
        ("[Alan Berg] is telling dockers that the port is “ready.”", "Alan Berg", "the port is “ready.”"),
        // A cue in the progressive (`is calling`, `’s claiming`) is a verb like any other.
        ("[Tom Reid]’s doctor is calling the candidate “extremely fit.”", "Tom Reid’s doctor", "the candidate “extremely fit.”"),
        ("[He=Tom Reid]’s claiming that port fraud is “a big problem.”", "Tom Reid", "port fraud is “a big problem.”"),
        ("[He=Tom Reid]’s said the port is “ready.”", "Tom Reid", "the port is “ready.”"),
        // A clause joined with its own speaker and cue ends the report before it.
        ("[Norland:country] has been warning that it is out of cash, and [Ann Lee] said the toll was “a tax on work.”", "Norland",
         "it is out of cash"),
        // A one-word plural or group subject speaks.
        ("Police say they have “adequate resources” to secure the port.", "Police", "they have “adequate resources” to secure the port"),
        ("Critics said the toll was “a tax on work.”", "Critics", "the toll was “a tax on work.”"),
        // `According to` a titled name: the clause after the comma.
        ("According to talk radio host [Tom Reid], the move reeks of “fear” and desperation.", "Tom Reid",
         "the move reeks of “fear” and desperation"),
        ("According to [Tom Reid], the move reeks of “fear and desperation.”", "Tom Reid", "the move reeks of “fear and desperation.”"),
        // The object of the clause is spoken about: the subject before it speaks.
        ("[Tom Reid] admires [Ivo Brun] as a “strong leader.”", "Tom Reid", "admires Ivo Brun as a “strong leader.”"),
        // A comma right before the cue closes an aside: what follows is what was said.
        ("[Jon Berg], who teaches at Lund College, said the rallies scared him.", "Jon Berg", "the rallies scared him"),
        ("[Jon Berg], a teacher at Lund College, said the crowds frightened him.", "Jon Berg", "the crowds frightened him"),
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
        ("[Lena Frost] unleashed tweets on Friday saying that rival [Tom Reid] had shown bad judgment “as a captain.”", "Lena Frost",
         "unleashed tweets on Friday saying that rival Tom Reid had shown bad judgment “as a captain.”"),
        // Quoted words no cue claims: the clause runs on to the sentence end.
        ("[Tom Reid] wants the pier to stay a “friend of the port” that never sleeps.", "Tom Reid",
         "wants the pier to stay a “friend of the port” that never sleeps"),
        // `what she called "..."` inside someone's statement is part of it, not a cue of its own.
        ("[Lena Frost] urged dockers to read what she called a “charter for the harbour.”", "Lena Frost",
         "dockers to read what she called a “charter for the harbour.”"),
        ("The [Harbour Board:organization] moved to close the pier, a step against what it called “a clear danger to ships.”",
         "Harbour Board", "moved to close the pier, a step against what it called “a clear danger to ships.”"),
        // ... but not after a copula, an age or a determiner: they describe the subject.
        ("[Tom Reid] is best known as a “friend of the port” who never misses a launch.", nil, nil),
        ("[Tom Reid] was not the first skipper to win the “Blue Ribbon Cup.”", nil, nil),
        ("[Tom Reid], 70, had sailed for years - “40 winters at sea.”", nil, nil),
        ("Fans made [Tom Reid] the hero of the “Harbour Cup” final.", nil, nil),
        ("The club fined its skipper, [Tom Reid], for his “harbour manners” at the gala.", nil, nil),
        ("[Tom Reid], who sat on the “harbour hour” panel last spring, left early.", nil, nil),
        ("[Tom Reid] is leading a campaign to “save the old pier.”", "Tom Reid", "is leading a campaign to “save the old pier.”"),
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
