import Foundation

/// Turns a file's bytes into trimmed text lines, refusing what is not text.
///
/// Works on UTF-8 bytes (no `Character` loops): NUL bytes mean a binary file, invalid UTF-8 is
/// reported with its line, a byte-order mark and CR line ends are dropped.
///
/// ```swift
/// let lines = try TextDecoder().lines(of: Array("Title\r\n\r\nBody.\n".utf8), path: "a.txt")
/// // ["Title", "", "Body."]
/// ```
public struct TextDecoder: Sendable {
    public init() {}

    /// The file's lines, each trimmed of surrounding whitespace.
    public func lines(of bytes: [UInt8], path: String) throws -> [String] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadError(path: path, line: lineNumber(of: nul, in: bytes), reason: "binary file (NUL byte), not an article")
        }
        if let bad = firstInvalidUTF8(in: bytes, from: start) {
            throw ReadError(path: path, line: lineNumber(of: bad, in: bytes), reason: "not valid UTF-8 text")
        }
        var lines: [String] = []
        var lineStart = start
        var hasText = false
        bytes.withUnsafeBufferPointer { buffer in
            for index in start...buffer.count where index == buffer.count || buffer[index] == 0x0A {
                let line = trimmed(buffer, lineStart, index)
                if !line.isEmpty { hasText = true }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self))
                lineStart = index + 1
            }
        }
        guard hasText else { throw ReadError(path: path, reason: "empty file, no text to read") }
        return lines
    }

    /// `lower..<upper` without ASCII whitespace, CR and no-break spaces at either end.
    private func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Range<Int> {
        var lower = lower, upper = upper
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C }
        while lower < upper {
            if isSpace(buffer[lower]) { lower += 1 }
            else if buffer[lower] == 0xC2, lower + 1 < upper, buffer[lower + 1] == 0xA0 { lower += 2 }
            else { break }
        }
        while upper > lower {
            if isSpace(buffer[upper - 1]) { upper -= 1 }
            else if upper - 2 >= lower, buffer[upper - 2] == 0xC2, buffer[upper - 1] == 0xA0 { upper -= 2 }
            else { break }
        }
        return lower..<upper
    }

    /// 1-based line of byte `offset`.
    func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<offset] where byte == 0x0A { line += 1 }
        return line
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all is well-formed.
    func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lowest, second <= highest else { return index }
            for next in bytes[(index + 2)..<(index + length)] where next & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
