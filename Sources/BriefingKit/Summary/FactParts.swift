/// Summary sentences stated from the model's facts rather than copied: the main count
/// (people killed, injured...) when the lead does not give it, and who spoke with whom, merged
/// across sentences and articles.
///
/// ```swift
/// FactParts(models: [model], focus: nil).parts(after: [leadPart])
/// // [Part(kind: .count, text: "More than 200 people were killed.", ...)]
/// ```
public struct FactParts: Sendable {
    public let models: [ArticleModel]
    public let focus: SummaryFocus?
    private let vocabulary = SummaryWords.standard
    /// The reason a count part carries when the template wrote it (not the article's sentence),
    /// so the summary places it after the lead instead of in article order.
    static let templateReason = "stated by template"

    public init(models: [ArticleModel], focus: SummaryFocus?) {
        self.models = models
        self.focus = focus
    }

    /// Parts that add facts `earlier` parts do not state.
    public func parts(after earlier: [Briefing.Part]) -> [Briefing.Part] {
        let said = earlier.map(\.text).joined(separator: " ")
        var parts: [Briefing.Part] = []
        if let count = countPart(notIn: said) { parts.append(count) }
        if models.count > 1 || focus != nil, let contacts = contactsPart() { parts.append(contacts) }
        return parts
    }

    // MARK: - Counts

    /// The story's own count of an event from the lexicon, stated by its own sentence when
    /// short, else by the template ("More than 200 people were killed."). News gives its own
    /// figure first: the earliest count wins (the largest within a sentence), and a count that
    /// adds to another ("12 more people", "two other attacks") is background, never the figure.
    func countPart(notIn said: String) -> Briefing.Part? {
        var best: (Quantity, ArticleModel)?
        for (index, model) in models.enumerated() {
            for q in model.quantities {
                guard let event = q.event?.lowercased(), vocabulary.countEvents[event] != nil, q.counted != nil,
                    focus?.sentences(in: index).contains(q.evidence.sentence) ?? true,
                    !Self.isAdditional(q, in: model.article.sentence(q.evidence.sentence)?.text ?? q.evidence.text),
                    !Self.isDatedBackground(model.article.sentence(q.evidence.sentence)?.text ?? q.evidence.text,
                        lead: model.article.sentences.first?.text ?? "")
                else { continue }
                if let (b, _) = best,
                    (b.evidence.sentence, -b.value) <= (q.evidence.sentence, -q.value)
                {
                    continue
                }
                best = (q, model)
            }
        }
        guard let (q, model) = best, !said.contains(q.text) else { return nil }
        let sentence = model.article.sentence(q.evidence.sentence)
        let evidence = Evidence(
            article: model.article.id, sentence: q.evidence.sentence, text: sentence?.text ?? q.evidence.text)
        let fact = "count: " + [q.qualifier, q.text, q.counted, q.event].compactMap { $0 }.joined(separator: " ")
        if let sentence, ContentWords.count(sentence.text) <= 35 {
            // A short sentence that cannot stand alone ("Also this weekend, ISIS has killed 1,969
            // people since ...") is no ground for a bare template either: its context is lost.
            guard let standing = SentenceRewriter(model: model).standAlone(sentence, named: []) else { return nil }
            return Briefing.Part(kind: .count, text: standing.text, evidence: [evidence], reasons: [fact] + standing.changes)
        }
        guard let phrase = vocabulary.countEvents[q.event!.lowercased()], !phrase.isEmpty, let counted = q.counted
        else { return nil }
        let words = [q.qualifier, q.text, counted, phrase].compactMap { $0 }.joined(separator: " ")
        return Briefing.Part(kind: .count, text: capitalized(words) + ".", evidence: [evidence], reasons: [fact, Self.templateReason])
    }

    /// "12 more people", "two other gunmen", "another 30": a count beside one told before.
    static func isAdditional(_ q: Quantity, in sentence: String) -> Bool {
        let lowered = sentence.lowercased()
        let number = q.text.lowercased()
        return [" more ", " other ", " additional ", " further "].contains { lowered.contains(number + $0) }
            || lowered.contains("another " + number)
    }

    /// "800 people were killed ... in 2011": a count dated to a year the lead does not name
    /// belongs to an earlier event.
    static func isDatedBackground(_ sentence: String, lead: String) -> Bool {
        let years = sentence.matches(of: /\b(?:19|20)\d\d\b/).map { String(sentence[$0.range]) }
        return years.contains { !lead.contains($0) }
    }

    // MARK: - Contacts

    /// "Nikol Pashinyan spoke with Vladimir Putin, Emmanuel Macron and Antony Blinken." for the
    /// person with the most distinct counterparts (at least two), or for the focus.
    func contactsPart() -> Briefing.Part? {
        var counterparts: [String: [String]] = [:]
        var evidence: [String: [Evidence]] = [:]
        for (index, model) in models.enumerated() {
            for relation in model.relations where relation.kind == .spokeWith || relation.kind == .called {
                guard !relation.source.isAudience, !relation.target.isAudience else { continue }
                let a = name(relation.source, model), b = name(relation.target, model)
                guard a != b else { continue }
                for (x, y, party) in [(a, b, relation.source), (b, a, relation.target)] {
                    if let focus, !(party.entity.map { focus.entities[index].contains($0) } ?? false) { continue }
                    if !(counterparts[x]?.contains(y) ?? false) { counterparts[x, default: []].append(y) }
                    if !(evidence[x]?.contains(relation.evidence) ?? false) {
                        evidence[x, default: []].append(relation.evidence)
                    }
                }
            }
        }
        guard let (person, others) = counterparts.filter({ $0.value.count >= 2 })
            .max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })
        else { return nil }
        let text = "\(person) spoke with \(list(others))."
        return Briefing.Part(
            kind: .contacts, text: text, evidence: evidence[person] ?? [],
            reasons: ["merged \(evidence[person]?.count ?? 0) contact relations"])
    }

    private func name(_ party: Party, _ model: ArticleModel) -> String {
        if let id = party.entity, model.entities.entities.indices.contains(id) {
            return model.entities.entities[id].name
        }
        return party.text
    }

    private func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    private func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
