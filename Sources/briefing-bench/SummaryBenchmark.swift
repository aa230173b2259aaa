import BriefingKit
import Foundation

/// `summary`: ROUGE-1/2/L F1 of the project's summary against LEAD-3 and TextRank, each cut to
/// the same number of words as ours, on BBC politics+business and CNN world/politics.
/// LEAD-3 is often shorter than ours (three short BBC sentences are ~60 words), so LEAD-N, the
/// article's first N words for our N, is shown too: the lead at exactly our length.
///
///     swift run -c release briefing-bench summary [--corpus DIR] [--half tune|check|all]
///         [--limit N] [--words N] [--weights P,C,L,D,S,DECAY,SPAN[,H]] [--lead K] [--grid] [--dump DIR]
///         [--fit [--rounds N] | --fit --ridge [--lambda L] [--label precision|recall|f1]]
///         [--linear W1,W2,...] [--without keyActor,facts,rewriting,trimming]
///
/// `--fit` fits the learned ranker weights on the selected articles (`RankerAscent`: coordinate
/// ascent on ROUGE-2 against each set's best peer; `--ridge`: `RankerFit`), prints them and
/// scores with them; `--linear` scores with given learned weights. `--without` switches
/// optional steps off (``Summarizer/Steps``) to measure what each costs or gains per set.
///
/// `--half tune` takes even-numbered articles (where weights were tuned), `check` the odd ones.
/// `--grid` scores ours for a grid of ranking weights (no peers). `--dump DIR` writes each
/// candidate and reference as text for cross-checking with the `rouge-score` package
/// (Benchmarks/rouge_crosscheck.py).
enum SummaryBenchmark {
    struct Item {
        var set: String
        var name: String
        var model: ArticleModel
        var reference: String
    }

    static func run(_ arguments: [String]) throws {
        let options = BenchOptions(arguments)
        let corpus = options.value("--corpus") ?? "../shared/corpus"
        let half = options.value("--half") ?? "all"
        let limit = options.value("--limit").flatMap(Int.init) ?? Int.max
        let words = options.value("--words").flatMap(Int.init) ?? SummaryOptions.defaultWords
        let started = Date()
        var items = loadBBC(corpus) + loadCNN(corpus)
        items = select(items, half: half, limit: limit)
        let loadSeconds = Date().timeIntervalSince(started)
        print("read and analyzed \(items.count) articles in \(String(format: "%.1f", loadSeconds)) s (half: \(half))")

        if options.flag("--grid") {
            grid(items, words: words)
            return
        }
        var weights = SentenceRanker.Weights.standard
        if let w = options.value("--weights") { weights = parseWeights(w) ?? weights }
        if options.flag("--fit") {
            // Fit on this selection's articles, then score with the fitted weights.
            if options.flag("--ridge") {
                weights.linear = RankerFit.fit(items, lambda: options.value("--lambda").flatMap(Double.init) ?? 0.01,
                    label: options.value("--label") ?? "precision")
            } else {
                weights.linear = RankerAscent.fit(items, summarizer: Summarizer(ranker: SentenceRanker(weights: weights)), words: words,
                    rounds: options.value("--rounds").flatMap(Int.init) ?? 3)
            }
            RankerFit.printWeights(weights.linear)
        }
        if let l = options.value("--linear") { weights.linear = l.split(separator: ",").compactMap { Double($0) } }
        var summarizer = Summarizer(ranker: SentenceRanker(weights: weights))
        if let k = options.value("--lead").flatMap(Int.init) { summarizer.leadWithin = k }
        // `--without keyActor,facts,rewriting,trimming` measures what each optional step does.
        for step in (options.value("--without") ?? "").split(separator: ",") {
            let known: [String: Summarizer.Steps] = ["keyActor": .keyActor, "facts": .facts, "rewriting": .rewriting, "trimming": .trimming]
            summarizer.steps.remove(known[String(step)] ?? [])
        }
        let scorer = RougeScorer()
        var totals: [String: [String: [Double]]] = [:]  // set -> system -> sums (r1, r2, rl, words)
        var counts: [String: Int] = [:]
        let dump = options.value("--dump")
        if let dump { try FileManager.default.createDirectory(atPath: dump, withIntermediateDirectories: true) }
        var dumpLines: [String] = []
        for item in items {
            let ours = (try? summarizer.summarize([item.model], options: SummaryOptions(words: words)))?.paragraph ?? ""
            let n = ContentWords.count(ours)
            let systems = [
                ("ours", ours),
                ("LEAD-3", cut(Lead3.summary(item.model.article), to: n)),
                ("LEAD-N", cut(item.model.article.sentences.map(\.text).joined(separator: " "), to: n)),
                ("TextRank", cut(TextRank.summary(item.model.article), to: n)),
            ]
            let reference = scorer.tokens(item.reference)
            for (system, text) in systems {
                let s = scorer.score(candidate: scorer.tokens(text), reference: reference)
                var sums = totals[item.set, default: [:]][system, default: [0, 0, 0, 0]]
                sums[0] += s.rouge1.f1
                sums[1] += s.rouge2.f1
                sums[2] += s.rougeL.f1
                sums[3] += Double(n)
                totals[item.set, default: [:]][system] = sums
                if dump != nil { dumpLines.append(jsonLine(item, system, text)) }
            }
            counts[item.set, default: 0] += 1
        }
        if let dump {
            try dumpLines.joined(separator: "\n").write(toFile: dump + "/candidates.jsonl", atomically: true, encoding: .utf8)
        }
        print("ROUGE F1 x100 (stemmed), peers cut to our word count")
        print("set           n  system      R-1    R-2    R-L   words")
        for set in totals.keys.sorted() {
            let n = Double(counts[set] ?? 1)
            for system in ["ours", "LEAD-3", "LEAD-N", "TextRank"] {
                guard let s = totals[set]?[system] else { continue }
                let label = set.padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(format: " %4d  ", Int(n)) + system.padding(toLength: 9, withPad: " ", startingAt: 0)
                print(label + String(format: "  %5.1f  %5.1f  %5.1f  %5.1f", 100 * s[0] / n, 100 * s[1] / n, 100 * s[2] / n, s[3] / n))
            }
        }
        print("total \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    // MARK: - Corpus

    static func loadBBC(_ corpus: String) -> [Item] {
        var items: [Item] = []
        var seen = Set<String>()
        for section in ["politics", "business"] {
            let folder = "\(corpus)/bbc/\(section)"
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".summary.txt") }.sorted()
            for file in files {
                let path = "\(folder)/\(file)"
                guard let text = try? String(contentsOfFile: path, encoding: .utf8), seen.insert(text).inserted,
                    let summary = try? String(contentsOfFile: path.replacingOccurrences(of: ".txt", with: ".summary.txt"), encoding: .utf8),
                    let article = try? ArticleReader().read(path: path)
                else { continue }
                items.append(Item(set: "BBC", name: "\(section)/\(file)", model: ArticleAnalyzer().analyze(article), reference: spaced(summary)))
            }
        }
        return items
    }

    static func loadCNN(_ corpus: String) -> [Item] {
        let folder = "\(corpus)/cnn/val_world_politics"
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".story") }.sorted()
        return files.compactMap { file in
            let path = "\(folder)/\(file)"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            let blocks = text.components(separatedBy: "\n\n")
            var highlights: [String] = []
            for (i, block) in blocks.enumerated() where block.trimmingCharacters(in: .whitespacesAndNewlines) == "@highlight" {
                if i + 1 < blocks.count { highlights.append(blocks[i + 1].trimmingCharacters(in: .whitespacesAndNewlines)) }
            }
            guard var article = try? ArticleReader().read(path: path) else { return nil }
            if article.highlights.isEmpty {
                // The reader does not know `.story` yet: segment the body before the highlights.
                let body = blocks.prefix { $0.trimmingCharacters(in: .whitespacesAndNewlines) != "@highlight" }
                article = TextSegmenter().segment(id: String(file.prefix(12)), title: "", paragraphs: Array(body), path: path)
            }
            return Item(set: "CNN", name: file, model: ArticleAnalyzer().analyze(article), reference: highlights.joined(separator: " "))
        }
    }

    static func select(_ items: [Item], half: String, limit: Int) -> [Item] {
        var bySet: [String: [Item]] = [:]
        for item in items { bySet[item.set, default: []].append(item) }
        return bySet.keys.sorted().flatMap { set in
            bySet[set]!.enumerated().filter { i, _ in
                half == "tune" ? i % 2 == 0 : half == "check" ? i % 2 == 1 : true
            }.map(\.element).prefix(limit)
        }
    }

    /// BBC summaries join sentences with no space after the period.
    static func spaced(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            out.append(c)
            if ".?!\"”".unicodeScalars.contains(c), i + 1 < scalars.count, scalars[i + 1].properties.isUppercase,
                c != "\"" || (i > 0 && ".?!".unicodeScalars.contains(scalars[i - 1]))
            {
                out.append(" ")
            }
        }
        return String(out)
    }

    // MARK: - Peers and tuning

    static func cut(_ text: String, to words: Int) -> String {
        text.split(whereSeparator: \.isWhitespace).prefix(words).joined(separator: " ")
    }

    /// `--weights` gives the hand blend (the learned weights off).
    static func parseWeights(_ text: String) -> SentenceRanker.Weights? {
        let v = text.split(separator: ",").compactMap { Double($0) }
        guard v.count == 7 || v.count == 8 else { return nil }
        return SentenceRanker.Weights(
            position: v[0], centrality: v[1], leadIn: v[2], density: v[3], salience: v[4], positionDecay: v[5], leadSpan: v[6],
            headline: v.count == 8 ? v[7] : 0)
    }

    static func grid(_ items: [Item], words: Int) {
        let scorer = RougeScorer()
        let started = Date()
        defer { print("grid in \(Int(Date().timeIntervalSince(started))) s") }
        let references = items.map { scorer.tokens($0.reference) }
        let features = items.map { SentenceRanker().features($0.model) }
        var rows: [(String, [String: Double])] = []
        for p in [0.0, 0.5, 1, 2] {
            for l in [0.0, 0.5, 1] {
                for decay in [0.5] {
                    for span in [0.0, 30] {
                        for k in [1] {
                            let w = SentenceRanker.Weights(
                                position: p, centrality: 1, leadIn: l, density: 0.6, salience: 0.3, positionDecay: decay, leadSpan: span)
                            let summarizer = Summarizer(ranker: SentenceRanker(weights: w), leadWithin: k)
                            var sums: [String: Double] = [:]
                            var counts: [String: Double] = [:]
                            for (index, item) in items.enumerated() {
                                let text = (try? summarizer.summarize([item.model], options: SummaryOptions(words: words), features: [features[index]]))?.paragraph ?? ""
                                sums[item.set, default: 0] += scorer.score(candidate: scorer.tokens(text), reference: references[index]).rouge2.f1
                                counts[item.set, default: 0] += 1
                            }
                            rows.append(("\(p),1,\(l),0.6,0.3,\(decay),\(span) lead \(k)", sums.merging(counts) { a, n in 100 * a / n }))
                        }
                    }
                }
            }
        }
        for (w, r) in rows.sorted(by: { ($0.1["BBC"] ?? 0) / 64 + ($0.1["CNN"] ?? 0) / 12 > ($1.1["BBC"] ?? 0) / 64 + ($1.1["CNN"] ?? 0) / 12 }) {
            print(w.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: " BBC R2 %5.2f  CNN R2 %5.2f", r["BBC"] ?? 0, r["CNN"] ?? 0))
        }
    }

    static func jsonLine(_ item: Item, _ system: String, _ text: String) -> String {
        let encoder = JSONEncoder()
        let data = (try? encoder.encode(["set": item.set, "name": item.name, "system": system, "candidate": text, "reference": item.reference])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
