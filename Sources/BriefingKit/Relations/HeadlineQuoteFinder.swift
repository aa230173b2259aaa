import Foundation

/// Statements the headline attributes, in the three ways headlines write them:
/// a label (`Reid: Port Plan Is ‘Ready to Go’`, `Reid on the strike: ‘We Will Not Pay’`),
/// a present-tense verb (`Reid Says Port Plan Is ‘Ready’`, `Reid Calls Plan ‘Reckless’`) and a
/// speaker after the words (`Port Plan Is ‘Ready,’ Reid Says`).
///
/// The speaker must be someone the story itself names (person, organization, outlet, group or
/// country), found by any words of their name and perhaps after a few title words
/// (`Harbour chief Reid:`); a label that names no one (`The Latest:`) or names someone only as
/// the object of a verb (`Quill Backs Reid:`) is no speaker. A quote's evidence is sentence 0,
/// the headline, and its range is in ``Article/title``. A title the reader took from the lead
/// (a story file has no headline) is the body's and gives nothing here.
///
/// ```swift
/// HeadlineQuoteFinder().find(article, entities: table).first?.text  // "Port Plan Is ‘Ready to Go’"
/// ```
public struct HeadlineQuoteFinder: Sendable {
    public var speech: SpeechWords
    public var tokenizer: Tokenizer

    /// Kinds of entity a headline gives a voice to.
    static let speakingKinds: Set<EntityKind> = [.person, .organization, .media, .group, .country]

    public init(speech: SpeechWords = .standard, tokenizer: Tokenizer = Tokenizer()) {
        self.speech = speech
        self.tokenizer = tokenizer
    }

    public func find(_ article: Article, entities: EntityTable) -> [Quote] {
        let title = article.title
        guard !title.isEmpty, !isLead(title, of: article) else { return [] }
        let tokens = tokenizer.tokenize(title)
        // After a label that names no one (`The Latest: Reid Says ...`) the rest is a headline too.
        let afterLabel = tokens.prefix(4).firstIndex { $0.text == ":" }.map { Array(tokens[($0 + 1)...]) } ?? []
        guard let (speaker, content, cue) = labelled(tokens, entities) ?? verbFirst(tokens, entities) ?? speakerLast(tokens, entities)
                ?? verbFirst(afterLabel, entities) ?? subjectFirst(tokens, entities),
            content.filter({ $0.kind == .word }).count >= 2
        else { return [] }
        let text = ScalarText(title)
        let (range, isDirect) = quotedWhole(content) ?? ((content.first!.range.lowerBound..<content.last!.range.upperBound), false)
        return [
            Quote(
                text: text.string(range).trimmingTrailingComma(), speaker: speaker.entity, speakerText: speaker.text, cue: cue,
                isDirect: isDirect, evidence: Evidence(article: article.id, sentence: 0, text: title, range: range), range: range)
        ]
    }

    /// `Reid: ...` or `Reid on the strike: ...`.
    func labelled(_ tokens: [Token], _ entities: EntityTable) -> (Speaker, ArraySlice<Token>, String)? {
        guard let colon = tokens.prefix(10).firstIndex(where: { $0.text == ":" }), colon >= 1 else { return nil }
        var label = tokens[..<colon]
        if let on = label.dropFirst().firstIndex(where: { $0.text.lowercased() == "on" }) { label = tokens[..<on] }
        guard let speaker = speaker(label, entities) else { return nil }
        return (speaker, trimmed(tokens[(colon + 1)...]), ":")
    }

    /// `Reid Says ...`, `Reid Calls Plan ‘Reckless’`, `Reid Hammers Board: ‘...’` (the words
    /// after the colon).
    func verbFirst(_ tokens: [Token], _ entities: EntityTable) -> (Speaker, ArraySlice<Token>, String)? {
        guard let verb = tokens.prefix(8).indices.dropFirst().first(where: { isVerb(tokens[$0]) }),
            let speaker = speaker(tokens[..<verb], entities)
        else { return nil }
        var content = tokens[(verb + 1)...]
        if let colon = content.firstIndex(where: { $0.text == ":" }), content[(colon + 1)...].contains(where: { $0.kind == .quote }) {
            content = content[(colon + 1)...]
        }
        guard quotesOrReports(content, verb: tokens[verb]) else { return nil }
        return (speaker, trimmed(content), tokens[verb].text.lowercased())
    }

    /// A say-verb reports any words (`Reid Says Port Will Open`); another verb (`Speaks`,
    /// `Rips`) only quoted ones (not `Reid Speaks At Rally`).
    func quotesOrReports(_ content: ArraySlice<Token>, verb: Token) -> Bool {
        let lower = verb.text.lowercased()
        let stem = lower.hasSuffix("s") ? String(lower.dropLast()) : lower
        return speech.bareClause.contains(stem) || speech.bareClause.contains(lower) || content.contains { $0.kind == .quote }
    }

    /// `Port Plan Is ‘Ready,’ Reid Says` (perhaps `Reid Tells Dockers`).
    func speakerLast(_ tokens: [Token], _ entities: EntityTable) -> (Speaker, ArraySlice<Token>, String)? {
        guard let comma = tokens.lastIndex(where: { $0.text == "," }), comma >= 2 else { return nil }
        var start = comma + 1
        // The comma may sit inside the closing quotation mark: `‘Ready,’ Reid Says`.
        while start < tokens.count, tokens[start].kind == .quote { start += 1 }
        guard let verb = tokens[start...].prefix(6).indices.first(where: { isVerb(tokens[$0]) }),
            tokens.count - verb <= 5,
            let speaker = speaker(tokens[start..<verb], entities)
        else { return nil }
        return (speaker, trimmed(tokens[..<start]), tokens[verb].text.lowercased())
    }

    /// `Reid Warns Dockers Of ‘Long Winter’`, `Reid Hammers Port Board: ‘You Failed Us’`: a
    /// headline opening with the name of someone the story names, then a verb of any kind,
    /// quotes its subject. The quoted words come after the verb (after a colon when there is one, and the
    /// label before it names no other person).
    func subjectFirst(_ tokens: [Token], _ entities: EntityTable) -> (Speaker, ArraySlice<Token>, String)? {
        let clause = ClauseWords.standard
        for verb in stride(from: min(4, tokens.count - 1), through: 1, by: -1) {
            // (The name is the whole subject: `Black Voters Rip Lena Frost` quotes the voters.)
            guard let speaker = speaker(tokens[..<verb], entities),
                speaker.text == tokens[..<verb].map(\.text).joined(separator: " ")
            else { continue }
            let word = tokens[verb]
            let lower = word.text.lowercased()
            guard word.kind == .word, !clause.prepositions.contains(lower), !clause.joiners.contains(lower),
                !lower.hasPrefix("’"), !lower.hasPrefix("'"), lower != "and", lower != "or",
                let firstMark = tokens[(verb + 1)...].firstIndex(where: { $0.kind == .quote })
            else { return nil }
            var content = tokens[(verb + 1)...]
            if let colon = tokens[(verb + 1)..<firstMark].firstIndex(where: { $0.text == ":" }) {
                let label = tokens[(verb + 1)..<colon]
                guard !label.contains(where: { token in
                    entities.entities(named: token.text).contains { entities.entities[$0].kind == .person }
                }) else { return nil }
                content = tokens[(colon + 1)...]
            }
            return (speaker, trimmed(content), lower)
        }
        return nil
    }

    struct Speaker {
        var entity: Int?
        var text: String
    }

    /// The entity the words name: a name at their end, after at most three title words that
    /// are no verb and name no one else.
    func speaker(_ words: ArraySlice<Token>, _ entities: EntityTable) -> Speaker? {
        guard !words.isEmpty, words.count <= 7, words.allSatisfy({ $0.kind == .word || $0.kind == .abbreviation }) else { return nil }
        for start in words.indices where words[start...].allSatisfy(\.isCapitalized) {
            let name = words[start...].map(\.text).joined(separator: " ")
            let ids = entities.entities(named: name).filter { Self.speakingKinds.contains(entities.entities[$0].kind) }
            guard ids.count == 1 else { continue }
            let before = words[..<start]
            // ("Daughter Of Reid Blasts ...": the name after a preposition is someone else's.)
            let plain = before.count <= 3 && !before.contains { word in
                isVerb(word) || ClauseWords.standard.prepositions.contains(word.text.lowercased())
                    || entities.entities(named: word.text).contains { entities.entities[$0].kind == .person }
            }
            return plain ? Speaker(entity: ids[0], text: name) : nil
        }
        return unnamedSpeaker(words)
    }

    /// `Black Lawmakers Rip ...`, `Retired General Reveals ...`: up to three capitalized words
    /// ending in a role noun speak for people the story may not name.
    func unnamedSpeaker(_ words: ArraySlice<Token>) -> Speaker? {
        guard words.count <= 3, let head = words.last, RoleNouns.standard.heads.contains(head.text.lowercased()),
            words.allSatisfy({ $0.kind == .word && $0.isCapitalized && !isVerb($0) && !ClauseWords.standard.prepositions.contains($0.text.lowercased()) })
        else { return nil }
        return Speaker(entity: nil, text: words.map(\.text).joined(separator: " "))
    }

    func isVerb(_ token: Token) -> Bool {
        token.kind == .word && token.text.count >= 3 && speech.isHeadlineVerb(token.text.lowercased())
    }

    /// The words without a final period, comma or dash.
    func trimmed(_ tokens: ArraySlice<Token>) -> ArraySlice<Token> {
        var slice = tokens
        while let last = slice.last, last.kind == .punctuation || last.kind == .dash { slice = slice.dropLast() }
        while let first = slice.first, first.kind == .punctuation || first.kind == .dash { slice = slice.dropFirst() }
        return slice
    }

    /// The words inside the quotation marks when one quotation is all of the content.
    func quotedWhole(_ content: ArraySlice<Token>) -> (Range<Int>, Bool)? {
        let marks = content.indices.filter { content[$0].kind == .quote }
        guard marks.count == 2, marks[0] == content.startIndex, marks[1] == content.endIndex - 1, marks[1] - marks[0] > 1
        else { return nil }
        return (content[marks[0] + 1].range.lowerBound..<content[marks[1] - 1].range.upperBound, true)
    }

    /// True when the title is the lead's own opening words (a story file has no headline).
    func isLead(_ title: String, of article: Article) -> Bool {
        guard let lead = article.paragraphs.first?.text else { return false }
        return lead.hasPrefix(String(title.prefix(40)).trimmingCharacters(in: CharacterSet(charactersIn: "….")))
    }
}
