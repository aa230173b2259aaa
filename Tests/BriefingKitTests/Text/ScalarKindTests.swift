import Testing

@testable import BriefingKit

/// The fast paths of the scalar classes agree with the Unicode properties they stand for.
@Suite struct ScalarKindTests {
    static let blocks: [ClosedRange<UInt32>] = [0...0x3100, 0xFB00...0xFFFF, 0x1F300...0x1F6FF]

    @Test(arguments: blocks)
    func agreesWithUnicodeProperties(_ block: ClosedRange<UInt32>) {
        for value in block {
            guard let c = Unicode.Scalar(value) else { continue }
            let p = c.properties
            let letter = p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
            #expect(c.isLetter == letter, "isLetter U+\(String(value, radix: 16))")
            #expect(c.isDigit == (p.numericType == .decimal), "isDigit U+\(String(value, radix: 16))")
            #expect(c.isUppercaseLetter == p.isUppercase, "isUppercase U+\(String(value, radix: 16))")
            #expect(c.isLowercaseLetter == p.isLowercase, "isLowercase U+\(String(value, radix: 16))")
            let punctuation: Bool
            switch p.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                punctuation = true
            default: punctuation = false
            }
            #expect(c.isPunctuation == punctuation, "isPunctuation U+\(String(value, radix: 16))")
        }
    }
}
