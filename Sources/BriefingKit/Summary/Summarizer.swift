import Foundation

/// Writes the one-paragraph briefing from one or more article models.
///
/// The paragraph opens with the lead: the main event as the article's lead states it, with the
/// key actor introduced by role and full name. A count the model found (people killed...) comes
/// next when the lead does not give it; across several articles, who spoke with whom is merged
/// into one sentence. Then come the best remaining sentences (``SentenceRanker``), in article
/// order, each made to stand alone (``SentenceRewriter``), skipping repeats, the headline and
/// sentences whose opening pronoun cannot be resolved, until the word budget is spent.
///
/// ```swift
/// let briefing = try Summarizer().summarize([model], options: SummaryOptions(words: 80))
/// briefing.paragraph
/// ```
public struct Summarizer: Sendable {
    public var ranker: SentenceRanker
    /// The article's first sentence opens the summary when it ranks among this many best
    /// sentences; otherwise the best sentence does.
    public var leadWithin: Int
    /// Which optional steps run; all by default (the benchmark turns them off one by one to
    /// measure what each costs or gains).
    public var steps: Steps

    /// The optional steps of writing a summary.
    public struct Steps: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The key actor introduced by role and full name where the summary first names them.
        public static let keyActor = Steps(rawValue: 1)
        /// Counts and merged contacts stated from the model (``FactParts``).
        public static let facts = Steps(rawValue: 2)
        /// Opening pronouns and connectives rewritten (``SentenceRewriter``).
        public static let rewriting = Steps(rawValue: 4)
        /// Datelines, parentheses and asides cut (``AsideTrimmer``).
        public static let trimming = Steps(rawValue: 8)
        public static let all: Steps = [.keyActor, .facts, .rewriting, .trimming]
    }

    public init(ranker: SentenceRanker = SentenceRanker(), leadWithin: Int = 1, steps: Steps = .all) {
        self.ranker = ranker
        self.leadWithin = leadWithin
        self.steps = steps
    }

    /// A candidate sentence with its article and score.
    struct Candidate {
        var model: Int
        var scored: SentenceRanker.Scored
        var sentence: Sentence
    }

    /// A part placed in the paragraph, with where it sorts.
    struct Placed {
        var order: (Int, Int, Int)
        var part: Briefing.Part
        var words: Set<String>
        /// The model it came from, when it is one article's sentence.
        var model: Int?
    }

    /// `features`, when given, are ``SentenceRanker/features(_:)`` of each model (a benchmark
    /// computes them once to try many weights).
    public func summarize(
        _ models: [ArticleModel], options: SummaryOptions = SummaryOptions(),
        features: [[SentenceRanker.Scored]]? = nil
    ) throws -> Briefing {
        let kept = models.indices.filter { !models[$0].article.sentences.isEmpty }
        let models = kept.map { models[$0] }
        guard !models.isEmpty else { throw CommandError("no article text to summarize") }
        let ranked = kept.map { i in features.map { ranker.rescore($0[i]) } ?? ranker.rank(models[i]) }
        let focus = try options.focus.map { try SummaryFocus(query: $0, models: models, occurrences: options.focusOccurrences) }
        // A title taken from the lead (a story file has no headline) is no headline to avoid.
        let titles = models.map { SentenceRanker.headlineWords($0.article) }
        let comments = models.map { ReaderComments(article: $0.article) }
        var candidates = candidatesByScore(models, ranked: ranked, focus: focus)
            .filter { !isHeadline($0, titles[$0.model]) && Self.endsLikeASentence($0.sentence.text) && !comments[$0.model].contains($0.sentence) }
        var placed: [Placed] = []
        var budget = WordBudget(options: options)
        var named: [Int: Set<Int>] = [:]

        // 1. The lead.
        if let lead = leadCandidate(candidates, models: models, focus: focus),
            let part = leadPart(lead, models: models, budget: budget)
        {
            placed.append(Placed(order: (0, 0, lead.sentence.number), part: part.part, words: lead.scored.contentWords, model: lead.model))
            budget.spend(part.part.text)
            named[lead.model, default: []].formUnion(part.named)
            candidates.removeAll { $0.model == lead.model && $0.sentence.number == lead.sentence.number }
        }

        // 2. Counts (killed, injured...) the lead does not give, and merged contacts.
        let facts = steps.contains(.facts) ? FactParts(models: models, focus: focus).parts(after: placed.map(\.part)) : []
        for var part in facts {
            // A count stated by its own sentence reads in article order; a merged or templated
            // fact follows the lead.
            let source = part.kind == .count && !part.reasons.contains(FactParts.templateReason)
                ? models.firstIndex { $0.article.id == part.evidence.first?.article } : nil
            if part.kind == .count {
                let trimmed = trim(part.text)
                part.text = trimmed.text
                part.reasons += trimmed.changes
            }
            guard budget.fits(part.text) else { continue }
            placed.append(
                Placed(
                    order: (1, placed.count, part.evidence.first?.sentence ?? 0), part: part,
                    words: Set(ContentWords().words(part.text)), model: source))
            budget.spend(part.text)
        }

        // 3. The best remaining sentences.
        var chosen = Set(placed.flatMap { $0.part.evidence.map { "\($0.article):\($0.sentence)" } })
        for candidate in candidates where !budget.isSpent {
            let model = models[candidate.model]
            // Trimming rarely saves more than a dozen words: skip what cannot fit anyway.
            guard budget.fits(candidate.scored.wordCount - 12),
                !placed.contains(where: { redundant($0.words, candidate.scored.contentWords, sameArticle: $0.model == candidate.model) })
            else { continue }
            let previousChosen = chosen.contains("\(model.article.id):\(candidate.sentence.number - 1)")
            let rewriter = SentenceRewriter(model: model)
            let rewritten = standAlone(rewriter, candidate.sentence, named: named[candidate.model] ?? [])
                ?? (previousChosen && !SentenceRanker.hasUnbalancedQuote(candidate.sentence.text)
                    ? SentenceRewriter.Result(text: candidate.sentence.text, changes: [], named: []) : nil)
            guard var rewritten else { continue }
            let trimmed = trim(rewritten.text)
            rewritten.text = trimmed.text
            rewritten.changes += trimmed.changes
            guard budget.fits(rewritten.text) else { continue }
            named[candidate.model, default: []].formUnion(rewritten.named)
            let part = Briefing.Part(
                kind: .sentence, text: rewritten.text,
                evidence: [Evidence(article: model.article.id, sentence: candidate.sentence.number, text: candidate.sentence.text)],
                reasons: reasons(candidate.scored) + rewritten.changes)
            placed.append(
                Placed(order: (2, candidate.model, candidate.sentence.number), part: part, words: candidate.scored.contentWords, model: candidate.model))
            chosen.insert("\(model.article.id):\(candidate.sentence.number)")
            budget.spend(rewritten.text)
        }
        guard !placed.isEmpty else {
            throw CommandError("nothing to summarize" + (options.focus.map { " about \($0)" } ?? ""))
        }
        return Briefing(parts: readingOrder(placed, models: models, budget: budget))
    }

    // MARK: - Candidates

    /// Every sentence worth considering, best first; scores are comparable across articles.
    private func candidatesByScore(_ models: [ArticleModel], ranked: [[SentenceRanker.Scored]], focus: SummaryFocus?) -> [Candidate] {
        var all: [Candidate] = []
        for (index, model) in models.enumerated() {
            let relevant = focus?.sentences(in: index)
            for scored in ranked[index] {
                if let relevant, !relevant.contains(scored.number) { continue }
                guard let sentence = model.article.sentence(scored.number) else { continue }
                all.append(Candidate(model: index, scored: scored, sentence: sentence))
            }
        }
        return all.sorted { ($0.scored.score, -$0.model, -$0.scored.number) > ($1.scored.score, -$1.model, -$1.scored.number) }
    }

    /// The opening sentence: in the article whose best sentence ranks highest, its earliest
    /// usable sentence (for a focus: the first about it) when that ranks among the
    /// `leadWithin` best, else its best.
    private func leadCandidate(_ candidates: [Candidate], models: [ArticleModel], focus: SummaryFocus?) -> Candidate? {
        let usable = candidates.filter { $0.scored.wordCount >= 8 && $0.scored.fitness == 1 }
        guard let top = usable.first else { return nil }
        let inArticle = usable.filter { $0.model == top.model }
        var contenders = Array(inArticle.prefix(leadWithin))
        // A lead that names the key actor, when one of the contenders does.
        if let actor = KeyActor(model: models[top.model]).entity {
            let naming = contenders.filter { c in
                models[top.model].entities.mentions(inSentence: c.sentence.number).contains { $0.entity == actor.id }
            }
            if !naming.isEmpty { contenders = naming }
        }
        return contenders.min { $0.sentence.number < $1.sentence.number } ?? top
    }

    private func leadPart(_ lead: Candidate, models: [ArticleModel], budget: WordBudget) -> (part: Briefing.Part, named: Set<Int>)? {
        let model = models[lead.model]
        let rewriter = SentenceRewriter(model: model)
        guard var result = standAlone(rewriter, lead.sentence, named: []) else { return nil }
        let trimmed = trim(result.text)
        result.text = trimmed.text
        result.changes += trimmed.changes
        let reasons = ["lead of \(model.article.id)"] + result.changes
        guard budget.fits(result.text) else { return nil }
        let evidence = Evidence(article: model.article.id, sentence: lead.sentence.number, text: lead.sentence.text)
        return (Briefing.Part(kind: .lead, text: result.text, evidence: [evidence], reasons: reasons), result.named)
    }

    /// Article order, so the story reads as written: the earliest sentence leads (it takes the
    /// lead's role), the stated facts follow it, then the rest.
    private func readingOrder(_ placed: [Placed], models: [ArticleModel], budget: WordBudget) -> [Briefing.Part] {
        var sentences = placed.filter { $0.model != nil }.sorted { ($0.model!, $0.order.2) < ($1.model!, $1.order.2) }
            .map(\.part)
        let facts = placed.filter { $0.model == nil }.map(\.part)
        guard !sentences.isEmpty else { return facts }
        if sentences[0].kind != .lead, let index = sentences.firstIndex(where: { $0.kind == .lead }) {
            sentences[index].kind = .sentence
            sentences[0].kind = .lead
            sentences[0].reasons.insert("earliest chosen sentence: opens the summary", at: 0)
        }
        // Merged contacts add nothing when every sentence they come from is in the summary.
        let shown = Set(sentences.flatMap { $0.evidence.map(\.citation) })
        let newFacts = facts.filter { part in part.kind != .contacts || !part.evidence.allSatisfy { shown.contains($0.citation) } }
        let ordered = introducingKeyActor([sentences[0]] + newFacts + sentences.dropFirst(), models: models, budget: budget)
        return FullNameFirst(models: models).apply(shortenRepeatedNames(ordered))
    }

    /// The opening article's key actor introduced by role where the summary first names them
    /// (the reading order is known only now: a sentence chosen later may come first).
    private func introducingKeyActor(_ parts: [Briefing.Part], models: [ArticleModel], budget: WordBudget) -> [Briefing.Part] {
        guard steps.contains(.keyActor), let article = parts.first?.evidence.first?.article,
            let model = models.first(where: { $0.article.id == article }),
            let actor = KeyActor(model: model).entity
        else { return parts }
        let names = [actor.name] + actor.aliases
        let mentions = { (part: Briefing.Part) in
            part.evidence.first?.article == article && names.contains { SummaryFocus.containsWord(part.text, $0) }
        }
        guard let index = parts.firstIndex(where: mentions) else { return parts }
        var parts = parts
        let (text, change) = SentenceRewriter(model: model).introducing(actor, in: parts[index].text)
        let added = ContentWords.count(text) - ContentWords.count(parts[index].text)
        if let change, budget.fits(added) {
            parts[index].text = text
            parts[index].reasons.append(change)
        }
        parts[index].reasons.append("key actor: \(actor.name)" + (actor.roles.first.map { " (\($0.description))" } ?? ""))
        return parts
    }

    /// A pronoun replaced by a full name before the name's first appearance in reading order
    /// becomes the surname: "Tony Blair has apologised ... Blair made the apology".
    private func shortenRepeatedNames(_ parts: [Briefing.Part]) -> [Briefing.Part] {
        var parts = parts
        var said = ""
        for i in parts.indices {
            for change in parts[i].reasons where change.contains(" -> ") {
                let name = String(change.split(separator: ">").last ?? "").trimmingCharacters(in: .whitespaces)
                let words = name.split(separator: " ")
                guard words.count > 1, said.contains(name), let range = parts[i].text.range(of: name) else { continue }
                parts[i].text.replaceSubrange(range, with: words.last!)
            }
            said += " " + parts[i].text
        }
        return parts
    }

    /// The sentence made to stand alone; without the rewriting step, as written (but still
    /// nil when it cannot stand alone).
    private func standAlone(_ rewriter: SentenceRewriter, _ sentence: Sentence, named: Set<Int>) -> SentenceRewriter.Result? {
        guard var result = rewriter.standAlone(sentence, named: named) else { return nil }
        if !steps.contains(.rewriting) { result = SentenceRewriter.Result(text: sentence.text, changes: [], named: result.named) }
        // A list item's bullet (`• Police searched ...`) does not belong in a paragraph.
        if let first = result.text.unicodeScalars.first, "•·▪*".unicodeScalars.contains(first) {
            result.text = String(result.text.unicodeScalars.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    private func trim(_ text: String) -> (text: String, changes: [String]) {
        steps.contains(.trimming) ? AsideTrimmer().trim(text) : (text, [])
    }

    // MARK: - Checks

    /// Page furniture ("Leave a Comment", "Share this") has no closing punctuation; a period
    /// set apart (`Clarkson: Loved by the elite .`) is one a corpus added to a line that had
    /// none (a link, a caption); and a sentence ending in a colon introduces a list it is not.
    static func endsLikeASentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, !text.hasSuffix(" ."), !text.hasSuffix(":") else { return false }
        return ".!?\"”’')".unicodeScalars.contains(last) && ContentWords.count(text) >= 3
    }

    private func isHeadline(_ candidate: Candidate, _ title: Set<String>) -> Bool {
        guard !title.isEmpty else { return false }
        let shared = title.intersection(candidate.scored.contentWords).count
        return Double(shared) >= 0.8 * Double(max(title.count, candidate.scored.contentWords.count))
    }

    /// Most of the smaller sentence's words already said. Within one article a writer rarely
    /// repeats a fact outright, so only near-copies count there; across articles the same fact
    /// comes in other words.
    private func redundant(_ a: Set<String>, _ b: Set<String>, sameArticle: Bool) -> Bool {
        let smaller = min(a.count, b.count)
        guard smaller > 0 else { return false }
        return Double(a.intersection(b).count) >= (sameArticle ? 0.75 : 0.5) * Double(smaller)
    }

    private func reasons(_ s: SentenceRanker.Scored) -> [String] {
        let parts = String(
            format: "score %.2f (position %.2f, centrality %.2f, lead-in %.2f, density %.2f, salience %.2f)",
            s.score, s.position, s.centrality, s.leadIn, s.density, s.salience)
        return [parts] + s.facts
    }
}
