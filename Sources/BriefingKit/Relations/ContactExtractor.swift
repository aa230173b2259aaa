/// Finds contact relations in an article: who spoke with, met, called, told, asked, urged,
/// wrote to, negotiated with, visited or appealed to whom, from the frames in ``ContactFrames``.
///
/// ```swift
/// let relations = ContactExtractor().extract(article, entities: table)
/// // "Putin held a phone call with Pashinyan." -> called(Putin, Pashinyan)
/// ```
public struct ContactExtractor: Sendable {
    public var frames: ContactFrames
    public var clause: ClauseWords
    public var speech: SpeechWords

    public init(frames: ContactFrames = .standard, clause: ClauseWords = .standard, speech: SpeechWords = .standard) {
        self.frames = frames
        self.clause = clause
        self.speech = speech
    }

    /// `readers`: the article's clause readers when the caller already has them.
    public func extract(_ article: Article, entities: EntityTable, readers: [ClauseReader]? = nil) -> [Relation] {
        var relations: [Relation] = []
        var previous: ClauseReader?
        let people = Set(entities.entities.indices.filter { entities.entities[$0].kind == .person })
        for sentence in article.sentences {
            let reader = readers?[sentence.number - 1]
                ?? ClauseReader(sentence: sentence, table: entities, clause: clause, speech: speech, frames: frames)
            for relation in extract(reader, article: article.id, previous: previous, people: people) where !relations.contains(relation) {
                relations.append(relation)
            }
            previous = reader
        }
        return relations
    }

    /// The frames whose form starts at token `index`, longest form first.
    func cues(in words: SentenceWords, at index: Int) -> [(frame: ContactFrames.Frame, length: Int)] {
        var found: [(ContactFrames.Frame, Int)] = []
        for (k, form) in frames.byFirstWord[words.tokens[index].lower] ?? [] where words.matches(form, at: index) {
            found.append((frames.frames[k], form.count))
        }
        return found.sorted { $0.1 > $1.1 }
    }

    /// `previous`: the sentence before, which `the pair met` points back to.
    func extract(_ reader: ClauseReader, article: String, previous: ClauseReader? = nil, people: Set<Int> = []) -> [Relation] {
        let words = reader.words
        var relations: [Relation] = []
        func add(_ kind: RelationKind, _ source: PartySpan, _ target: PartySpan, cue: Range<Int>) {
            guard source.party != target.party, source.entity == nil || source.entity != target.entity else { return }
            let range = words.tokens[cue.lowerBound].range.lowerBound..<words.tokens[cue.upperBound - 1].range.upperBound
            let cueText = words.tokens[cue].map(\.text).joined(separator: " ")
            let relation = Relation(
                kind: kind, source: source.party, target: target.party, cue: cueText,
                evidence: Evidence(article: article, sentence: reader.sentence.number, text: reader.sentence.text, range: range))
            if !relations.contains(relation) { relations.append(relation) }
        }
        var index = 0
        while index < words.tokens.count {
            let found = cues(in: words, at: index)
            guard let longest = found.first?.length else { index += 1; continue }
            let cue = index..<(index + longest)
            if isNegated(cue, in: words) || isInQuotedTitle(index, in: words) { index += longest; continue }
            // A verb form after an article or `by` is a noun (`by phone`, `a call`).
            let nounPosition = index > 0 && (clause.determiners.contains(words.tokens[index - 1].lower)
                || words.tokens[index - 1].lower == "by" || words.isPossessive(index - 1))
                || heldWith(after: index + longest, in: reader)
            // A word read both ways (`talks`, `meeting`) is a verb only right after its subject
            // or right before its object (`after meeting Macron`).
            let both = found.contains { $0.frame.isNoun && $0.length == longest } && found.contains { !$0.frame.isNoun && $0.length == longest }
            let verbReading = !nounPosition && (reader.parties.contains { $0.tokens.upperBound == index && !reader.isPossessivePronoun($0) }
                || reader.party(at: index + longest) != nil)
            for (frame, length) in found where length == longest && (frame.isNoun || !nounPosition)
                && (!both || frame.isNoun != verbReading)
            {
                // `the pair met`, `when the two met in Oslo`: the two people named before.
                let pair = frame.kind.isSymmetric ? namedPair(before: cue.lowerBound, in: reader, previous: previous, people: people) : nil
                let parts: Parts = pair.map { ([], [], $0) } ?? (frame.isNoun ? nounParties(frame, reader, cue) : verbParties(frame, reader, cue))
                for source in parts.sources {
                    for target in parts.targets { add(frame.kind, source, target, cue: cue) }
                }
                // `talks between A and B`: every pair.
                for (k, a) in parts.among.enumerated() {
                    for b in parts.among.dropFirst(k + 1) { add(frame.kind, a, b, cue: cue) }
                }
            }
            index += longest
        }
        return relations
    }

    /// `meeting she had with X`: a party, `had` or `held`, then `with` after the cue make it a noun.
    func heldWith(after index: Int, in reader: ClauseReader) -> Bool {
        let words = reader.words
        guard let holder = reader.party(at: index), holder.tokens.upperBound + 1 < words.tokens.count else { return false }
        return ["had", "has", "have", "held", "holds"].contains(words.tokens[holder.tokens.upperBound].lower)
            && words.tokens[holder.tokens.upperBound + 1].lower == "with"
    }

    /// `telling NBC's "Meet the Nation"`: a cue inside a quoted title is part of a name.
    func isInQuotedTitle(_ index: Int, in words: SentenceWords) -> Bool {
        guard let open = words.openQuote(before: index), let close = words.tokens[index...].firstIndex(where: { ["”", "\"", "''"].contains($0.text) }) else { return false }
        return ReportedSpeechFinder.isTitle(words.text((open + 1)..<close))
    }

    /// `did not meet`, `has never spoken with`, `missed his meeting with`.
    func isNegated(_ cue: Range<Int>, in words: SentenceWords) -> Bool {
        var i = cue.lowerBound - 1
        var seen = 0
        while i >= 0, seen < 3, words.tokens[i].isWord {
            let word = words.tokens[i].lower
            if clause.negators.contains(word) || word.hasSuffix("n't") { return true }
            guard clause.determiners.contains(word) || clause.auxiliaries.contains(word)
                || clause.modals.contains(word) || ["yet", "also"].contains(word)
            else { return false }
            i -= 1
            seen += 1
        }
        return false
    }

    typealias Parts = (sources: [PartySpan], targets: [PartySpan], among: [PartySpan])

    func verbParties(_ frame: ContactFrames.Frame, _ reader: ClauseReader, _ cue: Range<Int>) -> Parts {
        let words = reader.words
        let after = cue.upperBound
        // Passive: `was told by X`.
        if cue.lowerBound > 0, clause.auxiliaries.contains(words.tokens[cue.lowerBound - 1].lower),
            after < words.tokens.count, words.tokens[after].lower == "by"
        {
            let agents = reader.objects(from: after + 1).filter { !$0.isAudience }
            return (agents, reader.subjects(before: cue.lowerBound), [])
        }
        var targets: [PartySpan] = []
        for slot in frame.slots {
            if slot == "obj" {
                // `met the agents`: an unnamed direct object counts when it names a role or group.
                targets = reader.objects(from: after, keepText: true).compactMap {
                    $0.entity != nil || $0.isAudience ? $0 : reader.roleOnly($0)
                }
            } else if let prep = preposition(slot, in: words, after: after, reader: reader) {
                targets = slot == "between" ? [] : reader.objects(from: prep + 1, keepText: true)
            }
            if !targets.isEmpty { break }
        }
        // `called Lee a visionary`, `called Lee "weak"`: naming someone is no call.
        if frame.kind == .called, let last = targets.last, last.tokens.upperBound < words.tokens.count {
            let next = words.tokens[last.tokens.upperBound]
            if ["a", "an", "the", "his", "her", "their", "its", "one", "“", "\""].contains(next.lower) { return ([], [], []) }
        }
        var subjects = participleOwner(reader, cue: cue.lowerBound).map { [$0] } ?? reader.subjects(before: cue.lowerBound)
        // `I mean, no decent person would ... tell X`: a new clause with an unnamed subject of its
        // own stands between the speaker's `I` and the cue.
        if let subject = subjects.last, subject.isPronoun,
            let comma = words.tokens[subject.tokens.upperBound..<cue.lowerBound].firstIndex(where: { $0.text == "," }),
            comma + 1 < cue.lowerBound, clause.unnamedSubjectOpeners.contains(words.tokens[comma + 1].lower)
                || clause.determiners.contains(words.tokens[comma + 1].lower)
        {
            return ([], [], [])
        }
        if subjects.isEmpty { subjects = frontedSubject(reader, cue: cue.lowerBound, after: targets.last?.tokens.upperBound ?? after) }
        if subjects.isEmpty { subjects = phraseSubject(reader, before: cue.lowerBound) }
        if subjects.isEmpty { subjects = appositiveSubject(reader, before: cue.lowerBound) }
        // `A and B met` / `A and B spoke`: the coordinated subjects met each other.
        if targets.isEmpty, frame.kind.isSymmetric, subjects.count > 1 { return ([], [], subjects) }
        return (subjects, targets, [])
    }

    func nounParties(_ frame: ContactFrames.Frame, _ reader: ClauseReader, _ cue: Range<Int>) -> Parts {
        let words = reader.words
        var sources: [PartySpan] = []
        // `Putin's call with Macron`, `Obama's first visit with Bush`.
        for gap in 0...1 where sources.isEmpty && cue.lowerBound >= 2 + gap {
            let mark = cue.lowerBound - 1 - gap
            guard words.isPossessive(mark), gap == 0 || (words.tokens[cue.lowerBound - 1].isWord && !words.tokens[cue.lowerBound - 1].isCapitalized),
                let owner = reader.parties.last(where: { $0.tokens.upperBound == mark })
            else { continue }
            sources = [owner]
        }
        // `his final talks with X`: a possessive pronoun, perhaps with an adjective between.
        for back in 1...2 where sources.isEmpty && cue.lowerBound >= back {
            if let owner = reader.party(at: cue.lowerBound - back), owner.isPronoun,
                ["his", "her", "their", "its"].contains(words.tokens[cue.lowerBound - back].lower)
            {
                sources = [owner]
            }
        }
        if sources.isEmpty, let owner = participleOwner(reader, cue: cue.lowerBound) { sources = [owner] }
        // `a meeting she had with X`: the subject of the clause after the noun holds it.
        if sources.isEmpty, frame.slots.contains("with"), heldWith(after: cue.upperBound, in: reader),
            let holder = reader.party(at: cue.upperBound), !holder.isAudience
        {
            let listed = reader.objects(from: holder.tokens.upperBound + 2, keepText: true)
            if !listed.isEmpty { return ([holder], listed, []) }
        }
        // `A and B held talks`: with no other party named, the coordinated subjects met.
        if sources.isEmpty, frame.kind.isSymmetric, preposition("with", in: words, after: cue.upperBound, reader: reader, reach: 1) == nil {
            let subjects = reader.subjects(before: cue.lowerBound)
            if subjects.count > 1, let last = subjects.last, (1...3).contains(cue.lowerBound - last.tokens.upperBound),
                words.tokens[last.tokens.upperBound..<cue.lowerBound].allSatisfy({
                    $0.isWord && !clause.prepositions.contains($0.lower) && !clause.joiners.contains($0.lower)
                }),
                !frame.slots.contains(where: { preposition($0, in: words, after: cue.upperBound, reader: reader, reach: 1) != nil })
            {
                return ([], [], subjects.filter { $0.entity != nil })
            }
        }
        for slot in frame.slots {
            guard let prep = preposition(slot, in: words, after: cue.upperBound, reader: reader, reach: 1) else { continue }
            var listed = reader.objects(from: prep + 1, keepText: slot != "between" && slot != "of")
            // `a trip to the city`: a visit counts to a named party or one named by its role.
            if frame.kind == .visited { listed = listed.compactMap { $0.entity != nil || $0.isAudience ? $0 : reader.roleOnly($0) } }
            // `talks between A and B`, `the meeting of A and B`: the listed parties met.
            if slot == "between" || slot == "of" { return ([], [], listed.filter { !$0.isAudience && $0.entity != nil }) }
            if sources.isEmpty { sources = reader.subjects(before: cue.lowerBound) }
            if sources.isEmpty { sources = frontedSubject(reader, cue: cue.lowerBound, after: listed.last?.tokens.upperBound ?? prep) }
            if sources.isEmpty { sources = phraseSubject(reader, before: cue.lowerBound) }
            if sources.isEmpty { sources = appositiveSubject(reader, before: cue.lowerBound) }
            if !listed.isEmpty { return (sources, listed, []) }
        }
        return ([], [], [])
    }

    /// The preposition `slot` within a few words after the cue (`spoke by phone with`).
    func preposition(
        _ slot: String, in words: SentenceWords, after start: Int, reader: ClauseReader, reach: Int = 4
    ) -> Int? {
        var i = start
        while i < words.tokens.count, i - start <= reach {
            let t = words.tokens[i]
            if t.lower == slot { return i }
            guard t.isWord, reader.party(at: i) == nil, !clause.joiners.contains(t.lower) || t.lower == "on" else { return nil }
            i += 1
        }
        return nil
    }
}
