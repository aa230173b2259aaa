import Foundation

/// Light edits that let a sentence stand alone in a summary, each one supported by the model:
/// an opening "But" or "However," is dropped, an opening pronoun is replaced by the name it
/// stands for, and the key actor is introduced with role and full name.
///
/// ```swift
/// let rewriter = SentenceRewriter(model: model)
/// rewriter.standAlone(sentence, named: [])?.text  // "Alen Simonyan noted that ..."
/// ```
public struct SentenceRewriter: Sendable {
    /// A rewritten sentence, what changed, and the entities it now names.
    public struct Result: Sendable, Equatable {
        public var text: String
        public var changes: [String]
        public var named: Set<Int>
    }

    public let model: ArticleModel
    let vocabulary = SummaryWords.standard

    public init(model: ArticleModel) {
        self.model = model
    }

    /// The sentence made to stand alone, or nil when it opens with a pronoun nobody can resolve.
    /// `named` holds the entities the summary has already named in full.
    public func standAlone(_ sentence: Sentence, named: Set<Int>) -> Result? {
        var scalars = Array(sentence.text.unicodeScalars)
        var changes: [String] = []
        var shift = 0  // how many scalars were removed from the front, to move mention ranges
        if let connective = openingConnective(scalars) {
            scalars.removeFirst(connective)
            shift = connective
            capitalizeFirst(&scalars)
            changes.append("dropped the opening connective")
        }
        var nowNamed = named.union(namedEntities(in: sentence))
        let first = firstWord(scalars)
        if let form = vocabulary.startPronouns[first.lowercased()] {
            guard let entity = referent(of: sentence, firstWordAt: shift, length: first.unicodeScalars.count),
                acceptsPronoun(entity, first.lowercased())
            else { return nil }
            let name = named.contains(entity.id) ? shortName(entity) : entity.name
            let replacement = form == "possessive" ? possessive(name) : name
            scalars.replaceSubrange(0..<first.unicodeScalars.count, with: Array(replacement.unicodeScalars))
            changes.append("\(first) -> \(name)")
            nowNamed.insert(entity.id)
        } else if let (mention, entity) = leadingPronoun(in: sentence), mention.range.lowerBound >= shift {
            // "When asked ..., he replied" names nobody before "he": say who.
            let word = mention.text.lowercased()
            let name = named.contains(entity.id) ? shortName(entity) : entity.name
            let replacement = vocabulary.startPronouns[word] == "possessive" ? possessive(name) : name
            let range = (mention.range.lowerBound - shift)..<(mention.range.upperBound - shift)
            if range.upperBound <= scalars.count,
                String(String.UnicodeScalarView(scalars[range])).lowercased() == word
            {
                scalars.replaceSubrange(range, with: Array(replacement.unicodeScalars))
                changes.append("\(mention.text) -> \(name)")
                nowNamed.insert(entity.id)
            }
        } else if let (mention, entity) = openingTitle(in: sentence, at: shift), !named.contains(entity.id) {
            // "The chancellor said ..." opening a summary sentence: say who holds the title.
            let end = mention.range.upperBound - shift
            if end < scalars.count, scalars[end] == " " {
                scalars.insert(contentsOf: Array(", \(entity.name),".unicodeScalars), at: end)
                changes.append("\(mention.text) -> \(mention.text), \(entity.name),")
                nowNamed.insert(entity.id)
            }
        }
        introduceSurnames(&scalars, sentence: sentence, named: named, changes: &changes)
        nowNamed.formUnion(namedEntities(in: sentence))
        var text = String(String.UnicodeScalarView(scalars))
        if changes.allSatisfy({ !$0.contains("->") }), needsThePreviousSentence(text, sentence) { return nil }
        // A piece of a longer quotation ("... the extra £1,400.\"") needs the sentence that opens it.
        if pointsBack(text) || SentenceRanker.hasUnbalancedQuote(text) || isInsideQuotation(sentence) { return nil }
        if let dropped = droppingAdditive(text) {
            text = dropped.text
            changes.append("dropped \"\(dropped.word)\"")
        }
        return Result(text: text, changes: changes, named: nowNamed)
    }

    /// A bare quotation (no one said it here), "he said" with no one named, an opening that
    /// points back ("This", "It blamed"), or the answer to a question: without the sentence
    /// before it, a reader is lost.
    func needsThePreviousSentence(_ text: String, _ sentence: Sentence) -> Bool {
        let words = text.split(separator: " ", maxSplits: 2).map { $0.lowercased() }
        // "That's" and "That’s" open like "That".
        if let first = words.first.map({ $0.replacing(/['\u{2019}]s$/, with: "") }) {
            if vocabulary.contextOpeners.contains(first) { return true }
            // "It blamed the ministry" points back; "It is expected that" does not.
            if first == "it", words.count > 1, !vocabulary.impersonalVerbs.contains(words[1]) { return true }
        }
        // "Is it a treaty? Only if the president says so": an answer needs its question.
        if let previous = model.article.sentence(sentence.number - 1)?.text.trimmingCharacters(in: .whitespaces),
            previous.hasSuffix("?") || previous.hasSuffix("?\u{201D}") || previous.hasSuffix("?\"")
        {
            return true
        }
        let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}"]
        if let first = text.unicodeScalars.first, quoteMarks.contains(first) {
            // Anything after the last quotation mark that names a speaker?
            let tail = text.unicodeScalars.reversed().prefix { !quoteMarks.contains($0) }
            if !tail.contains(where: { $0.properties.isAlphabetic }) { return true }
        }
        let namesSomeone = peopleOutsideQuotations(in: sentence).contains { $0.form != .pronoun }
        return !namesSomeone && text.firstMatch(of: Self.pronounAttribution) != nil
    }

    /// The middle of a quotation that opened sentences before (`"It's so interesting. It has
    /// the maths I love. It's real maths," she said.`): someone's words with no one to say them.
    func isInsideQuotation(_ sentence: Sentence) -> Bool {
        model.article.quotations.contains { span in
            span.sentenceNumbers.lowerBound < sentence.number && span.sentenceNumbers.upperBound >= sentence.number
        }
    }

    /// "Two other gunmen killed...", "Another 30 were hurt", "Investors in these firms": the
    /// sentence counts on one before it.
    func pointsBack(_ text: String) -> Bool {
        let narration = Self.outsideQuotations(text).lowercased().split { !$0.isLetter && $0 != "'" }
        let spaced = " " + narration.joined(separator: " ") + " "
        if vocabulary.innerBackReferences.contains(where: { spaced.contains(" \($0) ") }) { return true }
        let words = text.split(separator: " ", maxSplits: 5).map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        return words.prefix(4).indices.contains { i in
            vocabulary.backPointers.contains(words[i]) && !(words[i] == "more" && i + 1 < words.count && words[i + 1] == "than")
        }
    }

    /// The text with every quotation taken out: what the writer says, not whom they quote.
    static func outsideQuotations(_ text: String) -> String {
        let inside = insideQuotations(text)
        return String(String.UnicodeScalarView(zip(text.unicodeScalars, inside).filter { !$0.1 }.map(\.0)))
    }

    /// For each scalar of `text`, whether it lies inside quotation marks (the marks included).
    static func insideQuotations(_ text: String) -> [Bool] {
        var inside = false
        return text.unicodeScalars.map { scalar in
            switch scalar {
            case "\"": inside.toggle(); return true
            case "\u{201C}": inside = true; return true
            case "\u{201D}": inside = false; return true
            default: return inside
            }
        }
    }

    /// "Hewitt also announced" reads as "Hewitt announced" once the sentence before it is gone:
    /// a lone additive among the first eight words is dropped.
    func droppingAdditive(_ text: String) -> (text: String, word: String)? {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // "not only ... but also" keeps it.
        guard let index = words.prefix(8).indices.dropFirst().first(where: { vocabulary.additives.contains(words[$0]) }),
            words[index - 1].lowercased() != "but",
            index + 1 < words.count
        else { return nil }
        let word = words.remove(at: index)
        return (words.joined(separator: " "), word)
    }

    private static var pronounAttribution: Regex<AnyRegexOutput> {
        try! Regex(#"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s(?:said|says|added|told|replied|noted|warned|argued|insisted)\b"#)
    }

    /// A person pronoun that comes before any name of a person in the sentence, as the entity
    /// layer linked it.
    private func leadingPronoun(in sentence: Sentence) -> (Mention, Entity)? {
        let people = model.entities.mentions(inSentence: sentence.number).filter {
            model.entities.entities.indices.contains($0.entity) && model.entities.entities[$0.entity].kind == .person
        }
        guard let first = people.first, first.form == .pronoun,
            vocabulary.startPronouns[first.text.lowercased()] != nil
        else { return nil }
        let entity = model.entities.entities[first.entity]
        // Only where the reader has no one else to go by: no name later in the sentence ("In
        // his speech, Mr Blair said"; "allegations against him ..., Berg denied"), and a subject
        // pronoun only opening the main clause after a comma ("When asked ..., he replied"), not
        // after a verb whose subject it likely repeats ("The woman has claimed she ...").
        let subject = vocabulary.startPronouns[first.text.lowercased()] == "subject"
        let before = sentence.text.scalarSlice(0..<first.range.lowerBound).trimmingCharacters(in: .whitespaces)
        guard acceptsPronoun(entity, first.text.lowercased()),
            !people.contains(where: { $0.form != .pronoun }),
            !subject || before.hasSuffix(",")
        else { return nil }
        return (first, entity)
    }

    /// The sentence's mentions of people in the writer's own words: a name inside a quotation
    /// (`"The prime minister has given instructions," he told ...`) names no one for a reader.
    func peopleOutsideQuotations(in sentence: Sentence) -> [Mention] {
        let inside = Self.insideQuotations(sentence.text)
        return model.entities.mentions(inSentence: sentence.number).filter { mention in
            model.entities.entities.indices.contains(mention.entity) && model.entities.entities[mention.entity].kind == .person
                && !(inside.indices.contains(mention.range.lowerBound) && inside[mention.range.lowerBound])
        }
    }

    /// A title standing for a person (`The chancellor`) that opens the sentence.
    private func openingTitle(in sentence: Sentence, at offset: Int) -> (Mention, Entity)? {
        guard let m = model.entities.mentions(inSentence: sentence.number).first(where: { $0.form == .nominal && $0.range.lowerBound == offset }),
            model.entities.entities.indices.contains(m.entity), model.entities.entities[m.entity].kind == .person
        else { return nil }
        return (m, model.entities.entities[m.entity])
    }

    /// Entities the sentence names outright (not by pronoun).
    public func namedEntities(in sentence: Sentence) -> Set<Int> {
        Set(model.entities.mentions(inSentence: sentence.number).filter { $0.form == .name }.map(\.entity))
    }

    /// "Vladimir Putin" -> "Putin" for people, with the particles before it ("Osama bin Laden"
    /// -> "bin Laden"); other names stay whole.
    public func shortName(_ entity: Entity) -> String {
        entity.kind == .person ? EntityTableBuilder.shortName(entity.name) : entity.name
    }

    // MARK: - Pieces

    private func openingConnective(_ scalars: [Unicode.Scalar]) -> Int? {
        let text = String(String.UnicodeScalarView(scalars.prefix(24))).lowercased()
        for connective in vocabulary.openingConnectives {
            let withSpace = connective + " "
            if text.hasPrefix(withSpace) { return withSpace.unicodeScalars.count }
        }
        return nil
    }

    private func firstWord(_ scalars: [Unicode.Scalar]) -> String {
        String(String.UnicodeScalarView(scalars.prefix { $0.properties.isAlphabetic }))
    }

    /// The entity an opening pronoun refers to: the entity layer's pronoun mention, or else the
    /// nearest earlier person named in the article whose gender fits.
    private func referent(of sentence: Sentence, firstWordAt offset: Int, length: Int) -> Entity? {
        let mentions = model.entities.mentions(inSentence: sentence.number)
        if let m = mentions.first(where: { $0.form == .pronoun && $0.range.lowerBound <= offset + 1 && $0.range.lowerBound >= offset }),
            model.entities.entities.indices.contains(m.entity)
        {
            return model.entities.entities[m.entity]
        }
        let word = String(String.UnicodeScalarView(Array(sentence.text.unicodeScalars)[offset..<(offset + length)])).lowercased()
        let wanted: Gender? = ["he", "his"].contains(word) ? .male : ["she", "her"].contains(word) ? .female : nil
        guard wanted != nil else { return nil }
        let earlier = model.entities.mentions.filter { $0.sentence < sentence.number && $0.form != .pronoun }
        for m in earlier.reversed() {
            guard model.entities.entities.indices.contains(m.entity) else { continue }
            let entity = model.entities.entities[m.entity]
            guard entity.kind == .person else { continue }
            if entity.gender == nil || entity.gender == wanted { return entity }
            return nil  // the nearest person does not fit: too uncertain to guess further back
        }
        return nil
    }

    private func acceptsPronoun(_ entity: Entity, _ pronoun: String) -> Bool {
        switch pronoun {
        case "they", "their": entity.kind == .group
        default: entity.kind == .person
        }
    }

    private func possessive(_ name: String) -> String {
        name.hasSuffix("s") ? name + "’" : name + "’s"
    }

    private func capitalizeFirst(_ scalars: inout [Unicode.Scalar]) {
        guard let first = scalars.first, first.properties.isLowercase else { return }
        let upper = String(first).uppercased().unicodeScalars
        scalars.replaceSubrange(0..<1, with: Array(upper))
    }

    func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle {
                let before = i == 0 || !haystack[i - 1].properties.isAlphabetic
                let after = i + needle.count == haystack.count || !haystack[i + needle.count].properties.isAlphabetic
                if before && after { return i }
            }
        }
        return nil
    }
}
