/// Words that attribute speech: the cue verbs (`said`, `told`, `noted`), and the audiences a
/// speaker addresses (`told reporters`), which are not people.
///
/// `cues`: one verb a line, its forms separated by spaces; a multi-word cue joins words with `_`
/// (`pointed_out`). `-ing` forms mark a participle clause (`..., saying: "..."`) whose speaker is
/// the main clause's subject. `audiences`: one phrase a line, without its article.
/// A user's own text in the same format extends either list.
///
/// ```swift
/// SpeechWords.standard.cues.contains(["replied"])  // true
/// ```
public struct SpeechWords: Sendable {
    /// Every cue form as lowercased words.
    public var cues: Set<[String]>
    /// Audience phrases as lowercased words.
    public var audiences: [[String]]
    /// Cues that introduce the source rather than follow it (`according to X`).
    public var sourceFirst: Set<[String]>
    /// Cues that report a clause without `that` (`Putin said Moscow had ...`).
    public var bareClause: Set<String>
    /// Cues that may come before their speaker (`..., said Jane Doe`); any other verb's name
    /// after it is an object (`..., blasted Clinton`).
    public var inverting: Set<String>
    /// Cue forms that are also nouns (`a controversial tweet`, `a thunderous chant`): after `a`,
    /// `an`, `another`, `each` or `every` and at most one modifier, they are the noun.
    public var nounForms: Set<String> = LexiconLines.words("""
        tweet post chant answer comment report remark claim question cry shout whisper promise
        pledge vow quip joke demand charge counter label brand call read hope boast
        """)
    /// Cues whose object is whom they address (`told Putin the army would`); after any other
    /// cue a name opens the reported clause (`said Republicans had the votes`).
    public var addressing: Set<String> = LexiconLines.words("""
        tell tells told telling assure assures assured inform informs informed remind reminds reminded
        warn warns warned promise promises promised advise advises advised ask asks asked
        """)

    /// Verbs that name what someone or something is (`called him "a failed captain"`): what
    /// they report is the object with the quoted words, even set off by commas.
    public var naming: Set<String> = LexiconLines.words("""
        call calls called calling label labels labeled labelled labeling labelling dub dubs dubbed dubbing
        brand brands branded branding term terms termed nickname nicknames nicknamed
        """)

    /// Present-tense verbs a headline puts between a speaker and what they said besides the
    /// `-s` cues (`Reid Calls Plan ‘Reckless’`): ones that are mostly nouns in running text.
    public var headlineVerbs: Set<String> = LexiconLines.words("""
        calls
        say rip rips hammer hammers speak speaks slam blast
        """)

    /// True for a verb a headline uses to attribute: `says`, `tells`, `slams`, `calls`.
    public func isHeadlineVerb(_ lower: String) -> Bool {
        headlineVerbs.contains(lower) || (lower.hasSuffix("s") && cues.contains([lower]))
    }

    public init(cues: String, audiences: String, sourceFirst: String, bareClause: String, inverting: String) {
        self.bareClause = LexiconLines.words(bareClause)
        self.inverting = LexiconLines.words(inverting)
        self.cues = Set(LexiconLines.words(cues).map { $0.split(separator: "_").map(String.init) })
        // Longest first, so "national television" wins over "television".
        self.audiences = LexiconLines.phrases(audiences).map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
        self.longestCue = self.cues.map(\.count).max() ?? 1
        self.sourceFirst = Set(LexiconLines.phrases(sourceFirst).map { $0.split(separator: " ").map(String.init) })
        var index: [String: [(words: [String], sourceFirst: Bool)]] = [:]
        for phrase in self.sourceFirst { index[phrase[0], default: []].append((phrase, true)) }
        for cue in self.cues where !cue.isEmpty { index[cue[0], default: []].append((cue, false)) }
        self.byFirstWord = index.mapValues { $0.sorted { ($0.sourceFirst ? 1 : 0, $0.words.count) > ($1.sourceFirst ? 1 : 0, $1.words.count) } }
    }

    /// The longest cue length, in words.
    public let longestCue: Int
    /// Cue forms (and source-first phrases, flagged) by their first word, longest first.
    public let byFirstWord: [String: [(words: [String], sourceFirst: Bool)]]

    public static let standard = SpeechWords(
        cues: """
            say says said saying
            tell tells told telling
            add adds added adding
            note notes noted noting
            reply replies replied replying
            respond responds responded responding
            stated stating  # not state, states: mostly the noun (state leaders)
            declare declares declared declaring
            insist insists insisted insisting
            explain explains explained explaining
            argue argues argued arguing
            claim claims claimed claiming
            warn warns warned warning
            write writes wrote writing
            tweet tweets tweeted tweeting
            post posts posted
            announce announces announced announcing
            confirm confirms confirmed confirming
            deny denies denied denying
            acknowledge acknowledges acknowledged acknowledging
            admit admits admitted admitting
            ask asks asked asking
            suggest suggests suggested suggesting
            continued
            recall recalls recalled recalling
            remark remarks remarked remarking
            stress stresses stressed stressing
            emphasize emphasizes emphasized emphasizing emphasise emphasised
            point_out points_out pointed_out pointing_out
            complain complains complained complaining
            predict predicts predicted predicting
            report reports reported reporting
            comment comments commented commenting
            joke jokes joked joking
            quip quips quipped
            agree agrees agreed
            conclude concludes concluded
            vow vows vowed vowing
            promise promises promised promising
            urge urges urged urging
            describe describes described describing
            charge charges charged
            allege alleges alleged
            assert asserts asserted asserting
            contend contends contended
            maintain maintains maintained
            observe observes observed
            exclaim exclaimed
            shout shouts shouted shouting
            yell yells yelled yelling
            scream screams screamed screaming
            cry cries cried
            whisper whispers whispered
            sing sings sang singing
            chant chants chanted chanting
            murmur murmured
            muse mused
            wonder wonders wondered
            interject interjects interjected interjecting
            recount recounts recounted
            testify testifies testified
            went_on
            reveal reveals revealed
            tell_reporters
            believe believes believed
            think thinks thought
            hope hopes hoped
            mock mocks mocked
            boast boasts boasted
            concede concedes conceded
            counter counters countered
            retort retorted
            cite cites cited
            read reads
            learn learned has_learned
            label labels labeled labelled labeling
            dub dubs dubbed
            brand brands branded
            refer_to refers_to referred_to
            accuse accuses accused accusing
            praise praises praised praising
            blast blasts blasted blasting
            slam slams slammed slamming
            chide chides chided chiding
            scold scolds scolded scolding
            criticize criticizes criticized criticizing criticise criticised
            tout touts touted touting
            decry decries decried
            lament laments lamented
            hail hails hailed
            pledge pledges pledged pledging
            demand demands demanded demanding
            question questions questioned
            call_for calls_for called_for
            calls called calling  # not call: mostly the noun or `call on`
            characterize characterizes characterized characterizing
            implore implores implored imploring
            plead pleads pleaded pled pleading
            cautioned cautioning
            reiterate reiterates reiterated reiterating
            brag brags bragged bragging
            protested
            objected
            reasoned
            opine opines opined
            elaborated
            fume fumes fumed
            scoff scoffs scoffed
            snapped
            grumble grumbled
            sighed
            answer answers answered answering
            assure assures assured assuring
            imply implies implied implying
            repeat repeats repeated repeating
            denounce denounces denounced denouncing
            dismiss dismisses dismissed dismissing
            intimate intimates intimated
            grouse grouses groused
            continues
            pronounce pronounces pronounced
            react reacts reacted
            proclaim proclaims proclaimed proclaiming
            surmise surmises surmised
            bark barks barked
            confess confesses confessed
            exhort exhorts exhorted
            gush gushes gushed
            beam beams beamed
            snipe snipes sniped
            chime_in chimes_in chimed_in
            shoot_back shoots_back shot_back
            fire_back fires_back fired_back
            hit_back hits_back
            puts_it put_it
            """,
        audiences: """
            reporters
            journalists
            press
            media
            news media
            national television
            state television
            state tv
            national tv
            television
            radio
            state media
            news conference
            press conference
            news briefing
            briefing
            lawmakers
            legislators
            parliament
            supporters
            crowd
            audience
            rally
            nation
            public
            newspaper
            broadcaster
            news agency
            viewers
            students
            voters
            donors
            activists
            guests
            graduates
            troops
            workers
            residents
            fans
            mps
            peers
            """,
        sourceFirst: """
            according to
            in the words of
            quoted
            quoting
            """,
        bareClause: """
            say says said tell tells told add adds added confirm confirms confirmed insist insists
            insisted argue argues argued claim claims claimed warn warns warned note notes noted
            stress stresses stressed believe believes believed think thinks thought write writes
            wrote announce announces announced predict predicts predicted suggest suggests
            suggested acknowledge acknowledged admit admits admitted explain explained hope hopes
            hoped tweet tweeted assert asserted contend contended maintain maintained
            cautioned concede concedes conceded boast boasts boasted vow vows vowed pledge pledges
            pledged lament lamented recall recalls recalled countered posted reiterate
            reiterated
            """,
        inverting: """
            say says said add adds added ask asks asked write writes wrote explain explains explained
            continued note notes noted recall recalls recalled argue argues argued reply replies
            replied insist insists insisted implored pleaded quipped conceded countered boasted
            """)
}
