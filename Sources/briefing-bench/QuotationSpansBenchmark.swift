import BriefingKit
import Foundation

/// `quotespans [POLNEAR] [--misses FILE]`: quotation spans against PolNeAR's attribution contents.
///
/// Gold: every annotated `Content` of the body (one annotator per article, the first by name;
/// headlines are not body text) holding a quotation mark. The article file is segmented as the reader would (one paragraph a non-empty
/// line, line 1 being the headline) and spans are mapped back to file offsets. A gold content is
/// found when a speech span (not a scare quote) overlaps it by at least half of the shorter of
/// the two. Precision: the share of speech spans that overlap any annotated content at all
/// (PolNeAR annotates attributed speech only, so quoted titles and unattributed phrases count
/// against it). Scare quotes are reported apart: how many overlap a quoted gold content.
enum QuotationSpansBenchmark {
    struct Counts {
        var gold = 0, found = 0, spans = 0, speech = 0, speechHits = 0, scare = 0, scareHits = 0
    }

    static func run(_ arguments: [String]) throws {
        var root = "../shared/corpus/polnear"
        var missesPath = "/tmp/briefing-quotespan-misses.txt"
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument == "--misses" { missesPath = rest.popFirst() ?? missesPath } else { root = argument }
        }
        var counts = Counts()
        var misses: [String] = []
        for split in ["train", "dev"] {
            let folder = "\(root)/\(split)"
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: "\(folder)/attributions") else { continue }
            var chosen: [String: String] = [:]
            for file in files.sorted() where file.hasSuffix(".ann") {
                guard let cut = file.dropLast(4).lastIndex(of: "_") else { continue }
                let article = String(file[..<cut])
                if chosen[article] == nil { chosen[article] = file }
            }
            for (article, file) in chosen.sorted(by: { $0.key < $1.key }) {
                guard let text = try? String(contentsOfFile: "\(folder)/text/\(article).txt", encoding: .utf8),
                    let ann = try? String(contentsOfFile: "\(folder)/attributions/\(file)", encoding: .utf8)
                else { continue }
                score(text: text, contents: contents(ann), article: article, counts: &counts, misses: &misses)
            }
        }
        let recall = Double(counts.found) / Double(max(counts.gold, 1))
        let precision = Double(counts.speechHits) / Double(max(counts.speech, 1))
        print("quoted gold contents \(counts.gold), spans \(counts.spans) (speech \(counts.speech), scare \(counts.scare))")
        print(String(format: "recall %.3f (%d found), speech-span precision %.3f, F1 %.3f",
            recall, counts.found, precision, 2 * precision * recall / max(precision + recall, 1e-9)))
        print("scare quotes overlapping a quoted gold content: \(counts.scareHits) of \(counts.scare)")
        try (misses.joined(separator: "\n") + "\n").write(toFile: missesPath, atomically: true, encoding: .utf8)
        print("misses: \(missesPath)")
    }

    /// Every `Content` range, with whether it holds a quotation mark.
    static func contents(_ ann: String) -> [(range: Range<Int>, quoted: Bool, text: String)] {
        ann.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[1].hasPrefix("Content ") else { return nil }
            let numbers = fields[1].dropFirst(8).split(whereSeparator: { $0 == " " || $0 == ";" }).compactMap { Int($0) }
            guard let lower = numbers.min(), let upper = numbers.max(), lower < upper else { return nil }
            let text = String(fields[2])
            let quoted = text.unicodeScalars.contains { "\"“”‘".unicodeScalars.contains($0) } || text.contains("''")
            return (lower..<upper, quoted, text)
        }
    }

    static func score(
        text: String, contents: [(range: Range<Int>, quoted: Bool, text: String)], article: String,
        counts: inout Counts, misses: inout [String]
    ) {
        // Paragraphs: non-empty lines after the headline, with their scalar offsets in the file.
        var paragraphs: [String] = []
        var fileStarts: [Int] = []
        var offset = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let length = line.unicodeScalars.count
            if index > 0, length > 0 { paragraphs.append(String(line)); fileStarts.append(offset) }
            offset += length + 1
        }
        let segmented = TextSegmenter().segment(id: article, title: "", paragraphs: paragraphs)
        func fileRange(_ range: Range<Int>) -> Range<Int> {
            guard let p = segmented.paragraphs.last(where: { $0.range.lowerBound <= range.lowerBound }) else { return range }
            let shift = fileStarts[p.index] - p.range.lowerBound
            let end = segmented.paragraphs.last(where: { $0.range.lowerBound < range.upperBound }) ?? p
            return (range.lowerBound + shift)..<(range.upperBound + fileStarts[end.index] - end.range.lowerBound)
        }
        let spans = segmented.quotations.map { (span: $0, range: fileRange($0.range)) }
        func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            let shared = a.clamped(to: b).count
            return shared > 0 && 2 * shared >= min(a.count, b.count)
        }
        counts.spans += spans.count
        for (span, range) in spans {
            let hit = contents.contains { overlaps($0.range, range) }
            if span.isScareQuote {
                counts.scare += 1
                if contents.contains(where: { $0.quoted && overlaps($0.range, range) }) { counts.scareHits += 1 }
            } else {
                counts.speech += 1
                if hit { counts.speechHits += 1 } else { misses.append("FALSE \(article): \(span.text.prefix(100))") }
            }
        }
        let headlineEnd = text.unicodeScalars.firstIndex(of: "\n").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) } ?? 0
        for content in contents where content.quoted && content.range.lowerBound > headlineEnd {
            counts.gold += 1
            if spans.contains(where: { !$0.span.isScareQuote && overlaps(content.range, $0.range) }) {
                counts.found += 1
            } else {
                let scare = spans.contains { $0.span.isScareQuote && overlaps(content.range, $0.range) }
                misses.append("\(scare ? "SCARE" : "MISS ") \(article): \(content.text.prefix(100))")
            }
        }
    }
}
