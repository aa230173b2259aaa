import Testing
@testable import BriefingKit

@Suite struct TextDecoderTests {
    @Test func splitsTrimsAndDropsCarriageReturnsAndByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title \r\n\r\n  Body line.\u{00A0}\n".utf8)
        #expect(try TextDecoder().lines(of: bytes, path: "a.txt") == ["Title", "", "Body line.", ""])
    }

    @Test func keepsNonASCIIText() throws {
        let lines = try TextDecoder().lines(of: Array("Пашинян\nünïcödé — “quoted”".utf8), path: "u.txt")
        #expect(lines == ["Пашинян", "ünïcödé — “quoted”"])
    }

    @Test func invalidUTF8NamesFileAndLine() {
        let bytes = Array("Headline\n\nFine line.\nBad \u{0}".utf8).dropLast() + [0xC3, 0x28, 0x0A]
        #expect(throws: ReadError(path: "bad.txt", line: 4, reason: "not valid UTF-8 text")) {
            try TextDecoder().lines(of: Array(bytes), path: "bad.txt")
        }
    }

    @Test func nulBytesMeanBinary() {
        #expect(throws: ReadError(path: "x.bin", line: 2, reason: "binary file (NUL byte), not an article")) {
            try TextDecoder().lines(of: Array("one\ntw".utf8) + [0, 1, 2], path: "x.bin")
        }
    }

    @Test(arguments: ["", "\n\n", "  \t \r\n"])
    func emptyOrBlankFilesAreRefused(_ text: String) {
        #expect(throws: ReadError(path: "e.txt", reason: "empty file, no text to read")) {
            try TextDecoder().lines(of: Array(text.utf8), path: "e.txt")
        }
    }

    @Test(arguments: [
        ([0xE2, 0x82], 0),  // truncated three-byte sequence
        ([0xED, 0xA0, 0x80], 0),  // surrogate
        ([0xC0, 0xAF], 0),  // overlong
        ([0x41, 0xF5, 0x80, 0x80, 0x80], 1),  // beyond U+10FFFF
    ] as [([UInt8], Int)])
    func findsFirstInvalidByte(_ bytes: [UInt8], _ offset: Int) {
        #expect(TextDecoder().firstInvalidUTF8(in: bytes, from: 0) == offset)
    }

    @Test func acceptsAllValidSequenceLengths() {
        #expect(TextDecoder().firstInvalidUTF8(in: Array("a£€😀".utf8), from: 0) == nil)
    }
}
