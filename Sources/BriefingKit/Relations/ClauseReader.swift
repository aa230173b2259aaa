/// Reads one sentence for parties: which names are there, which of them is the subject of a
/// clause before a cue word, and which are its objects after it (coordination included).
///
/// Names come from the entity table's mentions; a name that only modifies the next one
/// (`US` in `US Secretary of State Antony Blinken`) is not a party.
///
/// ```swift
/// let reader = ClauseReader(sentence: s, table: table)
/// reader.subjects(before: cueIndex)  // [Putin]
/// ```
public struct ClauseReader: Sendable {
    public let sentence: Sentence
    public let words: SentenceWords
    /// Parties in token order.
    public internal(set) var parties: [PartySpan]
    /// The first token after a dateline (`PORTVILLE (Wire) — `), else 0.
    public internal(set) var bodyStart = 0
    /// The article's people with a role, to link a role phrase (`the Kremlin spokesman`) to.
    let rolePeople: [Entity]
    /// The article's people by surname (one person each), for a name the entity layer left
    /// unmarked where a capital proves nothing (`King says ...` opening a sentence).
    let surnames: [String: Int]
    let roles: RoleNouns = .standard
    let clause: ClauseWords
    let speech: SpeechWords
    let verbForms: Set<String>

    public init(
        sentence: Sentence, table: EntityTable, clause: ClauseWords = .standard,
        speech: SpeechWords = .standard, frames: ContactFrames = .standard
    ) {
        self.sentence = sentence
        let words = SentenceWords(sentence.text)
        self.words = words
        self.clause = clause
        self.speech = speech
        self.verbForms = Self.verbForms(clause: clause, speech: speech, frames: frames)
        self.parties = Self.spans(words: words, mentions: table.mentions(inSentence: sentence.number), entities: table.entities)
        self.rolePeople = table.entities.filter { $0.kind == .person && !$0.roles.isEmpty }
        self.surnames = Self.surnames(of: table.entities)
        self.parties = mergingRoles()
        // `PORTVILLE, May 8 (Wire) — ...`: a dateline's place is where the story was filed, no
        // party of its first sentence.
        if sentence.text.unicodeScalars.first?.properties.isUppercase == true, let line = Dateline.find(in: ScalarText(sentence.text)) {
            parties.removeAll { $0.range.upperBound <= line.range.upperBound }
            bodyStart = words.index(atOrAfter: line.range.upperBound)
        }
    }

    /// One reader per sentence of `article`, built once and shared by the relation stages.
    public static func readers(for article: Article, table: EntityTable) -> [ClauseReader] {
        article.sentences.map { ClauseReader(sentence: $0, table: table) }
    }

    static let standardVerbForms = makeVerbForms(clause: .standard, speech: .standard, frames: .standard)

    static func verbForms(clause: ClauseWords, speech: SpeechWords, frames: ContactFrames) -> Set<String> {
        // The shipped lexicons are the common case: compute their forms once.
        if speech.cues == SpeechWords.standard.cues, frames.frames == ContactFrames.standard.frames,
            clause.auxiliaries == ClauseWords.standard.auxiliaries
        {
            return standardVerbForms
        }
        return makeVerbForms(clause: clause, speech: speech, frames: frames)
    }

    /// Single-word verb forms of the lexicons, modals and auxiliaries.
    static func makeVerbForms(clause: ClauseWords, speech: SpeechWords, frames: ContactFrames) -> Set<String> {
        var forms = Set(speech.cues.compactMap { $0.count == 1 ? $0[0] : nil })
        for frame in frames.frames where !frame.isNoun {
            for form in frame.forms where form.count == 1 { forms.insert(form[0]) }
        }
        return forms.union(clause.auxiliaries).union(clause.modals)
    }

    static func spans(words: SentenceWords, mentions: [Mention], entities: [Entity] = []) -> [PartySpan] {
        var spans: [PartySpan] = []
        for mention in mentions where mention.form != .demonym {
            let first = words.index(atOrAfter: mention.range.lowerBound)
            var last = first
            while last < words.tokens.count, words.tokens[last].range.lowerBound < mention.range.upperBound { last += 1 }
            guard first < last else { continue }
            if let previous = spans.last, previous.tokens.overlaps(first..<last) { continue }
            spans.append(
                PartySpan(
                    tokens: first..<last, range: mention.range, entity: mention.entity, text: mention.text,
                    isPronoun: mention.form == .pronoun,
                    kind: entities.indices.contains(mention.entity) ? entities[mention.entity].kind : nil))
        }
        // A name followed by capitalized title words and then another name only modifies it.
        var heads: [PartySpan] = []
        for (k, span) in spans.enumerated() {
            if k + 1 < spans.count {
                let gap = words.tokens[span.tokens.upperBound..<spans[k + 1].tokens.lowerBound]
                // `US Secretary of State Antony Blinken`, `UN High Commissioner for Human Rights Zeid`
                let modifies = gap.allSatisfy { $0.isCapitalized || ["of", "the", "for"].contains($0.lower) }
                    && gap.contains(where: \.isCapitalized)
                if modifies, !gap.isEmpty, span.entity != spans[k + 1].entity { continue }
                // `CNN analyst Bo Park`: the employer in the next person's role only qualifies it.
                if isEmployer(span, of: spans[k + 1], gap: gap, entities: entities) { continue }
            }
            heads.append(span)
        }
        return heads
    }

    /// Surname -> person, for surnames only one person of the article has.
    static func surnames(of entities: [Entity]) -> [String: Int] {
        var found: [String: Int] = [:]
        var shared: Set<String> = []
        for person in entities where person.kind == .person {
            guard let surname = person.name.split(separator: " ").last.map(String.init), person.name.contains(" ") else { continue }
            if let other = found[surname], other != person.id { shared.insert(surname) }
            found[surname] = person.id
        }
        return found.filter { !shared.contains($0.key) }
    }

    /// `King` opening `King says ...`: a capitalized word that is the surname of one person the
    /// article names, as a party.
    public func knownSurname(at index: Int) -> PartySpan? {
        guard words.tokens.indices.contains(index), words.tokens[index].isCapitalized,
            let id = surnames[words.tokens[index].text]
        else { return nil }
        let token = words.tokens[index]
        return PartySpan(tokens: index..<(index + 1), range: token.range, entity: id, text: token.text, kind: .person)
    }

    /// The party whose tokens start at `index`.
    public func party(at index: Int) -> PartySpan? {
        parties.first { $0.tokens.lowerBound == index }
    }

    /// A verb or auxiliary, lowercase (capitalized words inside a sentence are names: "State").
    /// `he`, `she`, `they`: a pronoun that only a subject can be.
    func isNominative(_ party: PartySpan) -> Bool {
        party.tokens.count == 1 && clause.subjectPronouns.contains(words.tokens[party.tokens.lowerBound].lower)
    }

    func isVerbLike(_ token: SentenceWords.Token) -> Bool {
        !token.isCapitalized && verbForms.contains(token.lower)
    }

    /// Whether the party stands where a clause subject stands: after nothing, punctuation or a
    /// clause word, not after a preposition or verb.
    public func isSubjectPosition(_ party: PartySpan) -> Bool {
        // `told jurors he met ...`: `he` is a subject wherever it stands.
        if isNominative(party) { return true }
        // `White House press secretary Ann Lee`: her known role's words are hers ("press" no verb).
        let roleWords = roleTailLength(before: party)
        var i = party.tokens.lowerBound - 1 - roleWords
        // Titles and articles before the name belong to it.
        var skipped = roleWords
        // A run of capitalized title words may be long (`The Council on Port Affairs Executive
        // Director Ann Lee`).
        while i >= 0, skipped < 6 || words.tokens[i].isCapitalized {
            let t = words.tokens[i]
            // `Secretary of State`, `Council on Port Affairs`: "of" inside a title.
            // (`As for Lee`: a capitalized clause word opening the sentence is no title.)
            if ["of", "on", "for"].contains(t.lower), i > 0, words.tokens[i - 1].isCapitalized, words.tokens[i + 1].isCapitalized,
                !clause.joiners.contains(words.tokens[i - 1].lower), !clause.prepositions.contains(words.tokens[i - 1].lower)
            {
                i -= 1
                skipped += 1
                continue
            }
            guard t.isWord, !clause.joiners.contains(t.lower), !clause.prepositions.contains(t.lower),
                !isVerbLike(t), !(t.lower.hasSuffix("ed") && t.lower.count > 4 && !t.isCapitalized)
            else { break }
            // `Donald Trump campaign spokesman Jason Miller`: the first name only qualifies the title.
            // (`Lee admires Brun`: a lowercase word in -s right after a name is its verb.)
            if let owner = parties.first(where: { $0.tokens.contains(i) }) {
                let next = words.tokens[owner.tokens.upperBound]
                let verb = !next.isCapitalized && next.lower.count > 3 && next.lower.hasSuffix("s") && !next.lower.hasSuffix("ss")
                return skipped > 0 && owner.tokens.upperBound == i + 1 && !verb && isSubjectPosition(owner)
            }
            i -= 1
            skipped += 1
        }
        guard i >= 0 else { return true }
        let t = words.tokens[i]
        if words.isPossessive(i) {
            // `Lee's rival Ann Kim said`: the possessor's title is the name's; the phrase
            // stands where the possessor does.
            guard skipped > 0, let owner = parties.last(where: { $0.tokens.upperBound == i }) else { return false }
            return isSubjectPosition(owner)
        }
        // `(D-NY)`, `(CSTO)`: a parenthesis qualifies the name before it.
        if t.text == "(" || t.text == "[" { return false }
        if isLocativeApposition(party, comma: i) { return false }
        if !t.isWord { return true }
        if parties.contains(where: { $0.tokens.upperBound == i + 1 }) { return false }
        return clause.joiners.contains(t.lower)
    }

    /// The subject of the clause whose verb or cue starts at token `cue`: the nearest party
    /// before it in subject position, with parties coordinated to it (`A and B met`).
    public func subjects(before cue: Int, from floor: Int = 0) -> [PartySpan] {
        // `Suu Kyi, who had breakfast with Biden`: a relative clause's subject is the name
        // before `, who`.
        // `Christie, who has campaigned for Trump since May, blasted ...`: the main verb after
        // the clause's closing comma has the antecedent as subject too.
        // `Ann Lee - who chairs the panel - said`: dashes set a relative clause off too; `Ann Lee
        // (R-Wis.), who told ...`: a bracketed tag stands between the name and the comma.
        let setOff = Self.setOffMarks
        if let who = words.tokens[floor..<cue].lastIndex(where: { $0.lower == "who" || $0.lower == "whose" }), who >= floor + 2,
            setOff.contains(words.tokens[who - 1].text),
            !parties.contains(where: { $0.tokens.lowerBound > who && $0.tokens.upperBound <= cue })
                || setOff.contains(words.tokens[cue - 1].text),
            case let nameEnd = nameEnd(before: who - 1),
            let antecedent = parties.last(where: { $0.tokens.upperBound == nameEnd }), !antecedent.isAudience
        {
            return [personBefore(antecedent)]
        }
        if let head = subjectBeforeAside(cue: cue, floor: floor) { return [head] }
        // `She declared "What a Harbour night!" and said`: a name inside a quotation the cue
        // stands outside of is no subject of it.
        let cueQuoted = words.openQuote(before: cue) != nil
        for party in parties.reversed()
        where party.tokens.upperBound <= cue && party.tokens.lowerBound >= floor && !party.isAudience {
            // `Trump's statement`: a possessor is not the subject.
            guard isSubjectPosition(party), !words.isPossessive(party.tokens.upperBound), cueQuoted || !isQuoted(party) else { continue }
            if let head = appositiveHead(of: party) { return [head] }
            let party = personBefore(party)
            var group = [party]
            var current = party
            // `A and B`, `A, B and C`
            while current.tokens.lowerBound >= 2 {
                let joiner = words.tokens[current.tokens.lowerBound - 1]
                guard joiner.lower == "and" || joiner.text == "," else { break }
                guard let previous = parties.last(where: { $0.tokens.upperBound == current.tokens.lowerBound - 1 }),
                    isSubjectPosition(previous)
                else { break }
                group.insert(previous, at: 0)
                current = previous
            }
            return group
        }
        return []
    }

    /// A comma or a dash: what sets off an aside (`Ann Lee, who ...`, `Ann Lee - who ... -`).
    static let setOffMarks: Set<String> = [",", "-", "–", "—"]

    /// Where the name ends before the comma or dash at `mark`: right before it, or before a
    /// bracketed tag (`Ann Lee (D-Ohio),`).
    func nameEnd(before mark: Int) -> Int {
        guard mark >= 2, words.tokens[mark - 1].text == ")",
            let open = words.tokens[..<(mark - 1)].lastIndex(where: { $0.text == "(" }), mark - 1 - open <= 6
        else { return mark }
        return open
    }

    /// `Adam Schiff, the top Democrat on the panel, said`: the name the appositive describes.
    func appositiveHead(of party: PartySpan) -> PartySpan? {
        var i = party.tokens.lowerBound - 1
        var sawArticle = false
        while i >= 0, words.tokens[i].isWord, party.tokens.lowerBound - i <= 6 {
            // (`A and B, both Dock Party members, said`: a quantifier for the names before.)
            if ["the", "a", "an", "both", "all", "each"].contains(words.tokens[i].lower) { sawArticle = true }
            i -= 1
        }
        guard sawArticle, i >= 1, words.tokens[i].text == "," else { return nil }
        // `Ann Lee (D-Ohio), a member of ...`: a bracketed party and state go with the name.
        let end = nameEnd(before: i)
        guard let head = parties.last(where: { $0.tokens.upperBound == end }), isSubjectPosition(head) else { return nil }
        return personBefore(head)
    }

    /// `Sen. Ann Lee of Norland, who said`, `Rep. Ann Lee of Norland, an ally of ..., said`,
    /// `Ann Lee, 59, of Ashton, Md., who ...`: the person, not her town or state.
    func personBefore(_ party: PartySpan) -> PartySpan {
        guard party.kind == .place || party.kind == .country else { return party }
        var k = party.tokens.lowerBound
        // `of Ashton, Md.`: a town before its state.
        if k >= 3, words.tokens[k - 1].text == "," {
            var town = k - 1
            while town > 0, words.tokens[town - 1].isCapitalized, k - 1 - town < 3 { town -= 1 }
            if town < k - 1, town > 0, ["of", "from"].contains(words.tokens[town - 1].lower) { k = town }
        }
        guard k >= 2, ["of", "from"].contains(words.tokens[k - 1].lower) else { return party }
        var end = k - 1
        // `Ann Lee, 59, of ...`: an age set off between.
        if end >= 4, words.tokens[end - 1].text == ",", words.tokens[end - 2].lower.allSatisfy(\.isNumber),
            words.tokens[end - 3].text == ","
        {
            end -= 3
        }
        guard let person = parties.last(where: { $0.tokens.upperBound == end }), person.kind == .person else { return party }
        return person
    }
}
