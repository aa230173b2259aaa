import BriefingKit
import Foundation

/// `textspeed [CORPUS] [--rounds N] [--reader]`: read + tokenize + split + quotation spans over every
/// `.txt` and `.story` file of the corpus, on one core. Reports MB/s and words/s (best round).
/// With `--reader`, files go through the project's `ArticleReader` (formats, boilerplate) instead.
///
/// Reading here is the plain part: load the file, cut lines into paragraphs on UTF-8 bytes
/// (invalid bytes become U+FFFD; a `.story` stops at its first `@highlight`). `TextSegmenter.segment` tokenizes each paragraph,
/// splits it into sentences and finds the quotation spans. Words (word, number and abbreviation
/// tokens) are counted in a separate, untimed pass.
enum TextSpeedBenchmark {
    static func run(_ arguments: [String]) throws {
        var corpus = "../shared/corpus"
        var rounds = 3
        var useReader = false
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--rounds": rounds = Int(rest.popFirst() ?? "") ?? rounds
            case "--reader": useReader = true
            default: corpus = argument
            }
        }
        let reader = ArticleReader()
        let paths = files(under: corpus)
        var best = Double.infinity
        var bestCPU = Double.infinity
        var bytes = 0
        var sentences = 0
        var quotations = 0
        for _ in 0..<rounds {
            bytes = 0
            sentences = 0
            quotations = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let startCPU = cpuSeconds()
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                bytes += data.count
                let article: Article
                if useReader {
                    guard let read = try? reader.read(bytes: [UInt8](data), path: path) else { continue }
                    article = read
                } else {
                    article = TextSegmenter().segment(id: path, title: "", paragraphs: paragraphs(of: data, path: path))
                }
                sentences += article.sentences.count
                quotations += article.quotations.count
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            bestCPU = min(bestCPU, cpuSeconds() - startCPU)
        }
        let tokenizer = Tokenizer()
        var words = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            for paragraph in paragraphs(of: data, path: path) {
                words += tokenizer.tokenize(paragraph).count { $0.kind == .word || $0.kind == .number || $0.kind == .abbreviation }
            }
        }
        let mb = Double(bytes) / 1_000_000
        print("files: \(paths.count), \(String(format: "%.1f", mb)) MB, \(words) words, \(sentences) sentences, \(quotations) quotation spans")
        print("reading: \(useReader ? "ArticleReader (formats, boilerplate)" : "plain lines")")
        print("best of \(rounds): \(String(format: "%.3f", best)) s = \(String(format: "%.1f", mb / best)) MB/s, \(String(format: "%.0f", Double(words) / best)) words/s")
        // On a shared machine the wall clock counts other programs' turns; CPU time does not.
        print("CPU time: \(String(format: "%.3f", bestCPU)) s = \(String(format: "%.1f", mb / bestCPU)) MB/s, \(String(format: "%.0f", Double(words) / bestCPU)) words/s")
    }

    /// CPU time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".txt") || relative.hasSuffix(".story") { paths.append("\(root)/\(relative)") }
        }
        return paths.sorted()
    }

    /// Lines of the file, trimmed of spaces and tabs, without empty ones, cut on UTF-8 bytes.
    static func paragraphs(of data: Data, path: String) -> [String] {
        data.withUnsafeBytes { raw -> [String] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var paragraphs: [String] = []
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var lower = start
                var upper = end
                while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
                if upper > lower {
                    let line = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
                    if line.starts(with: Array("@highlight".utf8)) { break }
                    paragraphs.append(String(decoding: line, as: UTF8.self))
                }
                start = end + 1
            }
            return paragraphs
        }
    }
}
