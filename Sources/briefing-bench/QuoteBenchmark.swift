import BriefingKit
import Foundation

/// Quote attribution against PolNeAR's brat annotations.
///
/// Gold: every `Attribution` event with a `Source` whose `Content` holds a quotation mark
/// (straight or curly double quotes, `''`, an opening curly single quote). A predicted quote
/// (direct, or reported with a quoted fragment, and attributed) matches a gold one, one to one,
/// when they share at least half of the gold content's characters; its speaker (as the answers
/// show it: an organization with its acronym, "Federal Bureau of Investigation (FBI)") is right
/// when it shares a name word with the gold source (titles and stop words aside), a gold pronoun
/// standing for the nearest named source before it. The strict figure reads that as written: a
/// pronoun is he/she/they/i/we/it/him/her/you, and any source with a word left ("the host",
/// "polls") is named. A second figure reads the words more closely: a relative `who` is a
/// pronoun too, and a named source is one with a capitalized name word (`the White House`, not
/// `the host`).
///
/// The verbose lists mark a false prediction `IN` when it overlaps gold content another
/// prediction matched (a gold quote that joins several of ours, most often), `PART` when it
/// overlaps only gold content nothing matched (too little of it).
///
/// `--right` lists the right predictions too (`RIGHT`), to weigh a kind of prediction.
///
///     swift run -c release briefing-bench quotes [DIR] [--verbose [--named] [--right]]
enum QuoteBenchmark {
    struct Gold {
        var content: [Range<Int>]
        var contentText: String
        var source: String
        var sourceStart: Int
        var speakerWords: Set<String>
    }

    struct Prediction {
        var range: Range<Int>
        var text: String
        var speaker: String
        /// `direct said`, `reported called`: how it was found, for the error lists.
        var detail: String
    }

    static let ignored = Set("""
        the a an of and or mr mrs ms dr sen rep gov president presidential senator governor secretary
        state former campaign spokesman spokeswoman candidate nominee chairman chairwoman leader
        minister mayor director chief officer official officials his her their its s jr
        democratic republican gop democrat vice manager press
        """.split(whereSeparator: \.isWhitespace).map(String.init))
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "him", "her", "you"]
    /// How a gold pronoun finds the source it stands for.
    struct PronounReading {
        var pronouns: Set<String>
        /// Only sources with a capitalized name word stand behind a pronoun.
        var capitalizedNamesOnly: Bool

        static let strict = PronounReading(pronouns: QuoteBenchmark.pronouns, capitalizedNamesOnly: false)
        /// Relative `who` (`Jane Doe, who said ...`) is a pronoun; `the host` names no one.
        static let named = PronounReading(pronouns: QuoteBenchmark.pronouns.union(["who"]), capitalizedNamesOnly: true)
    }

    static func nameWords(_ text: String) -> Set<String> {
        Set(text.lowercased().replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
            .components(separatedBy: CharacterSet.letters.inverted).filter { $0.count > 1 && !ignored.contains($0) })
    }

    /// Name words written with a capital: `the White House` has some, `the host` none.
    static func capitalizedNameWords(_ text: String) -> Set<String> {
        let separators = CharacterSet.letters.union(CharacterSet(charactersIn: "'’")).inverted
        return nameWords(text.components(separatedBy: separators).filter { $0.first?.isUppercase == true }.joined(separator: " "))
    }

    static func hasQuoteMark(_ text: String) -> Bool {
        text.contains("\"") || text.contains("“") || text.contains("”") || text.contains("''") || text.contains("‘")
    }

    static func run(_ arguments: [String]) throws {
        let verbose = arguments.contains("--verbose")
        // `--named`: the error lists follow the named-source reading of gold pronouns.
        let namedLists = arguments.contains("--named")
        let dir = arguments.first { !$0.hasPrefix("--") } ?? "../shared/corpus/polnear/dev"
        let annotations = try FileManager.default.contentsOfDirectory(atPath: dir + "/attributions")
            .filter { $0.hasSuffix(".ann") }.sorted()
        // One annotation file per article: the annotator id that sorts first.
        var chosen: [String: String] = [:]
        for file in annotations {
            let stem = String(file.dropLast(4))
            guard let cut = stem.lastIndex(of: "_") else { continue }
            let article = String(stem[..<cut])
            if chosen[article] == nil || file < chosen[article]! { chosen[article] = file }
        }
        var goldCount = 0, predicted = 0, found = 0, right = 0, articles = 0
        var foundWho = 0, rightWho = 0
        var seconds = 0.0
        for (article, file) in chosen.sorted(by: { $0.key < $1.key }) {
            let textPath = "\(dir)/text/\(article).txt"
            guard let text = try? String(contentsOfFile: textPath, encoding: .utf8),
                let ann = try? String(contentsOfFile: "\(dir)/attributions/\(file)", encoding: .utf8)
            else { continue }
            articles += 1
            let gold = readGold(ann)
            let start = Date()
            let predictions = predict(path: textPath, fileText: text)
            seconds += Date().timeIntervalSince(start)
            goldCount += gold.count
            predicted += predictions.count
            let (matches, correct) = match(gold, predictions)
            found += matches.count
            right += correct.count
            let goldWho = readGold(ann, reading: .named)
            let (matchesWho, correctWho) = match(goldWho, predictions)
            foundWho += matchesWho.count
            rightWho += correctWho.count
            if verbose {
                let (gold, matches, correct) = namedLists ? (goldWho, matchesWho, correctWho) : (gold, matches, correct)
                for (g, item) in gold.enumerated() where !matches.keys.contains(g) {
                    print("MISS \(article): [\(item.source)] \(item.contentText.prefix(90))\(nearest(item, predictions))")
                }
                for (g, p) in matches where !correct.contains(g) {
                    print("SPKR \(article): gold [\(gold[g].source)\(resolvedNote(gold[g]))] got [\(predictions[p].speaker)] (\(predictions[p].detail)) \(gold[g].contentText.prefix(70))")
                }
                if arguments.contains("--right") {
                    for (g, p) in matches where correct.contains(g) {
                        print("RIGHT \(article): [\(predictions[p].speaker)] (\(predictions[p].detail)) \(predictions[p].text.prefix(90))")
                    }
                }
                let used = Set(matches.values)
                for (p, item) in predictions.enumerated() where !used.contains(p) {
                    let overlapping = gold.indices.filter { gold[$0].content.contains { $0.overlaps(item.range) } }
                    let tag = overlapping.isEmpty ? "" : overlapping.contains { matches[$0] != nil } ? "IN {\(gold[overlapping[0]].contentText.prefix(80))} " : "PART {\(gold[overlapping[0]].contentText.prefix(80))} "
                    print("FALSE \(article): \(tag)[\(item.speaker)] (\(item.detail)) \(item.text.prefix(90))")
                }
            }
        }
        print("articles \(articles), gold quotes \(goldCount), predicted \(predicted)")
        for (label, found, right) in [("strict", found, right), ("pronouns read as named sources (relative who; a capitalized name)", foundWho, rightWho)] {
            let precision = predicted == 0 ? 0 : Double(right) / Double(predicted)
            let recall = goldCount == 0 ? 0 : Double(right) / Double(goldCount)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            print("\(label):")
            print(String(format: "  found %.3f (%d), speaker accuracy on found %.3f (%d)",
                Double(found) / Double(max(goldCount, 1)), found, Double(right) / Double(max(found, 1)), right))
            print(String(format: "  end-to-end precision %.3f recall %.3f F1 %.3f", precision, recall, f1))
        }
        print(String(format: "analysis time %.3f s", seconds))
    }

    /// ` ~ 12/40 [speaker] text`: the prediction sharing most characters with a missed gold.
    static func nearest(_ gold: Gold, _ predictions: [Prediction]) -> String {
        let total = gold.content.map(\.count).reduce(0, +)
        let best = predictions.map { p in (p, gold.content.map { $0.clamped(to: p.range).count }.reduce(0, +)) }
            .max { $0.1 < $1.1 }
        guard let best, best.1 > 0 else { return "" }
        // All predictions together: more than the best one alone when the gold was split.
        let union = gold.content.map { part in
            part.filter { offset in predictions.contains { $0.range.contains(offset) } }.count
        }.reduce(0, +)
        return " ~ \(best.1)/\(total) (all \(union)) [\(best.0.speaker)] \(best.0.text.prefix(60))"
    }

    /// ` = clinton` when the gold source is a pronoun the metric resolved to a named source.
    static func resolvedNote(_ gold: Gold) -> String {
        let own = nameWords(gold.source)
        return own == gold.speakerWords ? "" : " = " + gold.speakerWords.sorted().joined(separator: " ")
    }

    static func readGold(_ ann: String, reading: PronounReading = .strict) -> [Gold] {
        let pronouns = reading.pronouns
        var spans: [String: (kind: String, ranges: [Range<Int>], text: String)] = [:]
        var events: [[String: String]] = []
        for line in ann.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else { continue }
            if fields[0].hasPrefix("T"), fields.count >= 3 {
                let head = fields[1].split(separator: " ", maxSplits: 1).map(String.init)
                guard head.count == 2 else { continue }
                let ranges = head[1].split(separator: ";").compactMap { part -> Range<Int>? in
                    let n = part.split(separator: " ").compactMap { Int($0) }
                    return n.count == 2 ? n[0]..<n[1] : nil
                }
                spans[fields[0]] = (head[0], ranges, fields[2])
            } else if fields[0].hasPrefix("E") {
                var roles: [String: String] = [:]
                for part in fields[1].split(separator: " ") {
                    let kv = part.split(separator: ":").map(String.init)
                    if kv.count == 2 { roles[kv[0].trimmingCharacters(in: .decimalDigits)] = roles[kv[0].trimmingCharacters(in: .decimalDigits)] ?? kv[1] }
                }
                events.append(roles)
            }
        }
        var sources: [(start: Int, words: Set<String>)] = []
        for event in events {
            if let s = event["Source"].flatMap({ spans[$0] }), let first = s.ranges.first {
                let words = reading.capitalizedNamesOnly ? capitalizedNameWords(s.text).subtracting(pronouns) : nameWords(s.text)
                if !words.isEmpty && !(words.count == 1 && pronouns.contains(words.first!)) { sources.append((first.lowerBound, words)) }
            }
        }
        sources.sort { $0.start < $1.start }
        var gold: [Gold] = []
        for event in events where event["Attribution"] != nil {
            guard let source = event["Source"].flatMap({ spans[$0] }), let content = event["Content"].flatMap({ spans[$0] }),
                hasQuoteMark(content.text), let sourceStart = source.ranges.first?.lowerBound
            else { continue }
            var words = nameWords(source.text)
            let lower = source.text.lowercased().trimmingCharacters(in: .whitespaces)
            if pronouns.contains(lower) || words.isEmpty {
                // A pronoun stands for the nearest named source before it.
                words = sources.last { $0.start < sourceStart }?.words ?? words
            }
            gold.append(Gold(content: content.ranges, contentText: content.text, source: source.text, sourceStart: sourceStart, speakerWords: words))
        }
        return gold
    }

    static func predict(path: String, fileText: String) -> [Prediction] {
        guard let article = try? ArticleReader().read(path: path) else { return [] }
        let model = ArticleAnalyzer().analyze(article)
        // Body offsets to file offsets, paragraph by paragraph.
        let file = Array(fileText.unicodeScalars)
        var starts: [Int] = []
        var cursor = 0
        for paragraph in model.article.paragraphs {
            let needle = Array(paragraph.text.unicodeScalars)
            var at = cursor
            while at + needle.count <= file.count, !file[at..<(at + needle.count)].elementsEqual(needle) { at += 1 }
            // (A paragraph the reader changed, markup taken out, is not in the file as it
            // is: it stays where the search was, and the quote's own words are looked for.)
            guard at + needle.count <= file.count else {
                starts.append(cursor)
                continue
            }
            starts.append(at)
            cursor = at + needle.count
        }
        func toFile(_ offset: Int) -> Int {
            guard let p = model.article.paragraphs.lastIndex(where: { $0.range.lowerBound <= offset }) else { return offset }
            return starts[p] + offset - model.article.paragraphs[p].range.lowerBound
        }
        let body = Array(model.article.body.unicodeScalars)
        return model.quotes.compactMap { quote in
            guard let range = quote.range, quote.isDirect || hasQuoteMark(quote.text) else { return nil }
            // The speaker as the answers show it (an organization with its acronym).
            let speaker = model.shownName(of: Party(entity: quote.speaker, text: quote.speakerText))
            // The reader may have normalized a paragraph: find the quote's own words near where
            // the paragraph map puts them.
            // A headline quote's range is in the title, which opens the file.
            let isHeadline = quote.evidence.sentence == 0
            let source = isHeadline ? Array(model.article.title.unicodeScalars) : body
            let estimate = isHeadline ? range.lowerBound : toFile(range.lowerBound)
            let needle = Array(source[range.lowerBound..<min(range.upperBound, range.lowerBound + 40)])
            var best: Int?
            if !needle.isEmpty, needle.count <= file.count {
                for at in 0...(file.count - needle.count) where file[at] == needle[0] && file[at..<(at + needle.count)].elementsEqual(needle) {
                    if best == nil || abs(at - estimate) < abs(best! - estimate) { best = at }
                }
            }
            let start = best ?? estimate
            return Prediction(
                range: start..<(start + range.count), text: quote.text, speaker: speaker,
                detail: (quote.isDirect ? "direct " : "reported ") + quote.cue + ", "
                    + (quote.speaker.map { model.entities.entities[$0].kind.rawValue } ?? "unlinked"))
        }
    }

    /// Gold index -> prediction index, one to one, by largest overlap; and the golds whose
    /// speaker is right.
    static func match(_ gold: [Gold], _ predictions: [Prediction]) -> ([Int: Int], Set<Int>) {
        var pairs: [(overlap: Int, g: Int, p: Int)] = []
        for (g, item) in gold.enumerated() {
            let total = item.content.map(\.count).reduce(0, +)
            for (p, prediction) in predictions.enumerated() {
                let overlap = item.content.map { $0.clamped(to: prediction.range).count }.reduce(0, +)
                if overlap * 2 >= total, overlap > 0 { pairs.append((overlap, g, p)) }
            }
        }
        var matches: [Int: Int] = [:]
        var used: Set<Int> = []
        for pair in pairs.sorted(by: { $0.overlap > $1.overlap }) where matches[pair.g] == nil && !used.contains(pair.p) {
            matches[pair.g] = pair.p
            used.insert(pair.p)
        }
        var correct: Set<Int> = []
        for (g, p) in matches where !gold[g].speakerWords.isDisjoint(with: nameWords(predictions[p].speaker)) {
            correct.insert(g)
        }
        return (matches, correct)
    }
}
