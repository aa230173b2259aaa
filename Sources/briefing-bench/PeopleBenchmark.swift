import BriefingKit
import Foundation

/// `people`: recall of the people PolNeAR annotates as attribution sources, and a sample of
/// what we call a person, to read for precision.
///
/// Gold: in `polnear/{train,dev}/attributions/*.ann` (brat standoff), the `Source` spans of
/// `Attribution` events (one annotator per article: the id that sorts first). A span names a
/// person when one of its words is a *name word*: capitalized, two letters or more, not an
/// acronym, not a pronoun, not a common capitalized word (`CommonWordList`), not inside a
/// lexicon phrase (country, demonym, capital, place, organization, media, title: "Mr.", "Sen.",
/// "Spokeswoman"), not in a capitalized run with an organization, media or place head word
/// ("Center for Responsive Politics") or after "the" ("The American Legion"), and not written
/// in lower case elsewhere in the article ("Officials"); spans about a document or poll
/// ("a Reuters/Ipsos poll", "Federal Election Commission filings") name no person. A span is found when a person mention overlaps one of its name words
/// (strict), or when a name word is a word of a person the article's `people` lists (lenient).
///
///     swift run -c release briefing-bench people [CORPUS] [--sample N] [--misses N]
enum PeopleBenchmark {
    struct Span {
        var ranges: [Range<Int>]
        var text: String
    }

    static func run(_ arguments: [String]) throws {
        var corpus = "../shared/corpus/polnear"
        var sample = 40
        var misses = 30
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--sample": sample = Int(rest.popFirst() ?? "") ?? sample
            case "--misses": misses = Int(rest.popFirst() ?? "") ?? misses
            default: corpus = argument
            }
        }
        let linker = EntityLinker()
        let index = LexiconIndex.current
        var total = 0, strict = 0, lenient = 0, articles = 0, people = 0
        var missed: [String] = []
        var found: [String] = []
        let started = Date()
        for split in ["train", "dev"] {
            for (stem, annotation) in annotationFiles(in: "\(corpus)/\(split)/attributions") {
                guard let text = try? String(contentsOfFile: "\(corpus)/\(split)/text/\(stem).txt", encoding: .utf8),
                    let ann = try? String(contentsOfFile: annotation, encoding: .utf8)
                else { continue }
                articles += 1
                let (article, toOriginal) = segment(text, id: stem)
                let table = linker.link(article)
                let lowercase = lowercaseWords(text)
                // Person mention ranges in the original file's scalar offsets.
                var personRanges: [Range<Int>] = []
                for mention in table.mentions where table.entities[mention.entity].kind == .person {
                    guard let sentence = article.sentence(mention.sentence) else { continue }
                    let start = toOriginal(sentence.range.lowerBound + mention.range.lowerBound)
                    personRanges.append(start..<(start + mention.range.count))
                }
                let personWords = Set(
                    table.entities.filter { $0.kind == .person }.flatMap { ([$0.name] + $0.aliases).flatMap { $0.split(separator: " ") } }
                        .map { NameFolding.fold(String($0)) })
                for entity in table.entities where entity.kind == .person {
                    people += 1
                    let first = table.mentions(of: entity.id).first
                    let context = first.flatMap { article.sentence($0.sentence)?.text } ?? ""
                    found.append("\(entity.name)  ⟵  \(context.prefix(140))")
                }
                let scalars = Array(text.unicodeScalars)
                for span in sources(ann) {
                    let names = nameWords(span, scalars: scalars, index: index, lowercase: lowercase)
                    guard !names.isEmpty else { continue }
                    total += 1
                    if names.contains(where: { name in personRanges.contains { $0.overlaps(name.range) } }) {
                        strict += 1
                        lenient += 1
                    } else if names.contains(where: { personWords.contains(NameFolding.fold($0.text)) }) {
                        lenient += 1
                    } else {
                        missed.append("\(stem): \(span.text)")
                    }
                }
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("PolNeAR train+dev: \(articles) articles, \(total) source spans naming a person")
        print(String(format: "recall (mention overlaps the name): %.1f%% (%d/%d)", 100 * Double(strict) / Double(max(total, 1)), strict, total))
        print(String(format: "recall (name among the article's people): %.1f%% (%d/%d)", 100 * Double(lenient) / Double(max(total, 1)), lenient, total))
        print(String(format: "people found: %d; %.2f s", people, seconds))
        print("\n-- sample of missed spans (\(min(misses, missed.count)) of \(missed.count))")
        for line in every(missed, count: misses) { print("  " + line) }
        print("\n-- sample of what we call a person (\(min(sample, found.count)) of \(found.count)), to read for precision")
        for line in every(found, count: sample) { print("  " + line) }
    }

    /// Evenly spaced items: a deterministic sample.
    static func every(_ items: [String], count: Int) -> [String] {
        guard count > 0, !items.isEmpty else { return [] }
        let step = max(1, items.count / count)
        return stride(from: 0, to: items.count, by: step).prefix(count).map { items[$0] }
    }

    /// One annotation file per article: the annotator id that sorts first.
    static func annotationFiles(in folder: String) -> [(String, String)] {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".ann") }.sorted()
        var chosen: [String: String] = [:]
        for file in files {
            let base = String(file.dropLast(4))
            guard let underscore = base.lastIndex(of: "_") else { continue }
            let stem = String(base[..<underscore])
            if chosen[stem] == nil { chosen[stem] = "\(folder)/\(file)" }
        }
        return chosen.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Every line a paragraph (the headline too), and a map from body offsets back to the file.
    static func segment(_ text: String, id: String) -> (Article, (Int) -> Int) {
        var paragraphs: [String] = []
        var starts: [(body: Int, original: Int)] = []
        var offset = 0
        var body = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                starts.append((body, offset))
                paragraphs.append(String(line))
                body += length + 2
            }
            offset += length + 1
        }
        let article = TextSegmenter().segment(id: id, title: "", paragraphs: paragraphs)
        let map: (Int) -> Int = { position in
            let start = starts.last { $0.body <= position } ?? (0, 0)
            return start.original + position - start.body
        }
        return (article, map)
    }

    static func lowercaseWords(_ text: String) -> Set<String> {
        Set(WordScanner().scan(text).filter { $0.isWord && ($0.text.unicodeScalars.first?.properties.isLowercase ?? false) }.map(\.key))
    }

    /// The `Source` spans of `Attribution` events.
    static func sources(_ ann: String) -> [Span] {
        var spans: [String: Span] = [:]
        var used: Set<String> = []
        for line in ann.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields[0].hasPrefix("T"), fields.count >= 3, fields[1].hasPrefix("Source ") {
                let ranges = fields[1].dropFirst("Source ".count).split(separator: ";").compactMap { part -> Range<Int>? in
                    let numbers = part.split(separator: " ").compactMap { Int($0) }
                    return numbers.count == 2 ? numbers[0]..<numbers[1] : nil
                }
                spans[fields[0]] = Span(ranges: ranges, text: fields[2])
            } else if fields[0].hasPrefix("E"), fields.count >= 2, fields[1].hasPrefix("Attribution:") {
                for part in fields[1].split(separator: " ") where part.hasPrefix("Source:") {
                    used.insert(String(part.dropFirst("Source:".count)))
                }
            }
        }
        return used.sorted().compactMap { spans[$0] }
    }

    /// Words that make a span a document or a poll, not a person ("a Reuters/Ipsos poll").
    static let documentWords: Set<String> = [
        "poll", "polls", "polling", "survey", "surveys", "average", "percent", "filings", "results", "study",
        "report", "reports", "editorial", "column", "email", "emails", "memo", "data", "analysis", "ad", "ads",
    ]

    /// The name words of a span, with their ranges in the file.
    static func nameWords(_ span: Span, scalars: [Unicode.Scalar], index: LexiconIndex, lowercase: Set<String>) -> [WordToken] {
        var names: [WordToken] = []
        if WordScanner().scan(span.text).contains(where: { documentWords.contains($0.key) }) { return [] }
        for range in span.ranges where range.upperBound <= scalars.count {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            let tokens = WordScanner().scan(String(view))
            let excluded = organizationWords(tokens, index: index)
            var i = 0
            while i < tokens.count {
                if let match = index.longestMatch(in: tokens, at: i) {
                    i = match.tokens.upperBound
                    continue
                }
                let token = tokens[i]
                if token.isCapitalized, !token.isAcronym, token.text.unicodeScalars.count >= 2, !excluded.contains(i),
                    !index.commonWords.contains(token.key),
                    !["he", "she", "i", "they", "we", "it", "you", "who"].contains(token.key),
                    !lowercase.contains(token.key)
                {
                    var shifted = token
                    shifted.range = (range.lowerBound + token.range.lowerBound)..<(range.lowerBound + token.range.upperBound)
                    names.append(shifted)
                }
                i += 1
            }
        }
        return names
    }

    /// Tokens of capitalized runs that end in an organization, media or place head word
    /// ("Center for Responsive Politics") or follow "the" ("the American Legion").
    static func organizationWords(_ tokens: [WordToken], index: LexiconIndex) -> Set<Int> {
        var excluded: Set<Int> = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized else { i += 1; continue }
            var end = i
            while end < tokens.count {
                if tokens[end].isCapitalized { end += 1; continue }
                if ["of", "for", "on", "and", "the", "de"].contains(tokens[end].key), end + 1 < tokens.count,
                    tokens[end + 1].isCapitalized
                {
                    end += 1
                    continue
                }
                break
            }
            let run = tokens[i..<end]
            let headed = run.contains {
                index.organizationHeads.contains($0.key) || index.mediaHeads.contains($0.key) || index.placeHeads.contains($0.key)
            }
            if headed || (i > 0 && tokens[i - 1].key == "the") || run.first?.key == "the" { excluded.formUnion(i..<end) }
            i = end
        }
        return excluded
    }
}
