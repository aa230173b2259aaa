/// Fast classification of Unicode scalars for the text layer: ASCII first, then
/// Unicode properties only for the rare non-ASCII scalar. The property lookups live in separate
/// functions that are never inlined: `Unicode.Scalar.Properties` is a resilient type, and touching
/// it inline makes every caller pay for its metadata on every call.
extension Unicode.Scalar {
    /// Spaces, line breaks, no-break and zero-width spaces, direction marks, byte-order marks and
    /// control characters: anything that separates words and prints nothing.
    @inline(__always) var isSeparator: Bool {
        let v = value
        if v < 0x80 { return v <= 0x20 || v == 0x7F }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x200E, 0x200F, 0x2028...0x202F, 0x205F...0x2064,
            0x2066...0x2069, 0x3000, 0xFEFF:
            return true
        case 0x80...0x9F: return true
        default: return false
        }
    }

    /// Scalars that live inside a word without being seen: soft hyphen, zero-width (non-)joiners.
    @inline(__always) var isInvisibleJoiner: Bool {
        value == 0xAD || value == 0x200C || value == 0x200D
    }

    /// Letters of any script, plus combining marks (which continue the letter before them).
    @inline(__always) var isLetter: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        if v == 0xAA || v == 0xB5 || v == 0xBA { return true }
        if v < 0xC0 || v == 0xD7 || v == 0xF7 || (v >= 0x2000 && v <= 0x206F) { return false }
        return UnicodeLookup.isLetter(self)
    }

    @inline(__always) var isDigit: Bool {
        let v = value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        // No decimal digits among punctuation, symbols and arrows (U+2000–U+2BFF).
        return v >= 0x660 && (v < 0x2000 || v > 0x2BFF) && UnicodeLookup.isDecimalDigit(self)
    }

    @inline(__always) var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return v >= 0xC0 && (v < 0x2000 || v > 0x206F) && UnicodeLookup.isUppercase(self)
    }

    @inline(__always) var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        if v == 0xAA || v == 0xB5 || v == 0xBA { return true }
        return v >= 0xC0 && (v < 0x2000 || v > 0x206F) && UnicodeLookup.isLowercase(self)
    }

    /// Every double or single quotation mark, straight or typographic (apostrophes included).
    @inline(__always) var isQuoteMark: Bool {
        switch value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: return true
        default: return false
        }
    }

    /// `'` and `’`: an apostrophe inside a word, or a single quotation mark.
    @inline(__always) var isApostrophe: Bool { value == 0x27 || value == 0x2019 }

    /// Hyphens that join words: `-`, `‐`, `‑`.
    @inline(__always) var isHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// Dashes that stand alone between words: en, em, figure and horizontal bars, minus.
    @inline(__always) var isDash: Bool {
        switch value {
        case 0x2012...0x2015, 0x2212, 0x2E3A, 0x2E3B: return true
        default: return false
        }
    }

    /// Currency signs that stand before a number: `£1.2bn`, `$5`, `€3`.
    @inline(__always) var isCurrencySign: Bool {
        let v = value
        if v < 0x80 { return v == 0x24 }
        return UnicodeLookup.isCurrency(self)
    }

    /// `.`, `?`, `!` and their full-width or inverted cousins that can end a sentence.
    @inline(__always) var isSentenceEnd: Bool {
        switch value {
        case 0x2E, 0x3F, 0x21, 0x203C, 0x2047...0x2049, 0xFF01, 0xFF0E, 0xFF1F, 0x3002: return true
        default: return false
        }
    }
}

extension Unicode.Scalar {
    /// Unicode punctuation (categories P*): `.`, `,`, `(`, `«`, `—` ...
    @inline(__always) var isPunctuation: Bool {
        let v = value
        if v < 0x80 {
            switch v {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
                return true
            default: return false
            }
        }
        switch v {
        // The General Punctuation block, less its separators and math signs, and Latin-1's marks.
        case 0x2010...0x2027, 0x2030...0x2043, 0x2045...0x2051, 0x2053...0x205E, 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF:
            return true
        case 0x2000...0x206F, 0x80...0xBF: return false
        default: return UnicodeLookup.isPunctuation(self)
        }
    }

    /// A combining mark that continues the letter before it (`e\u{301}`).
    @inline(__always) var isCombiningMark: Bool {
        value >= 0x300 && UnicodeLookup.isNonspacingMark(self)
    }
}

/// Unicode property lookups for non-ASCII scalars, kept out of line (see above).
enum UnicodeLookup {
    @inline(never) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isAlphabetic || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark
    }

    @inline(never) static func isDecimalDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
    @inline(never) static func isUppercase(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    @inline(never) static func isLowercase(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }
    @inline(never) static func isCurrency(_ c: Unicode.Scalar) -> Bool { c.properties.generalCategory == .currencySymbol }
    @inline(never) static func isNonspacingMark(_ c: Unicode.Scalar) -> Bool {
        c.properties.generalCategory == .nonspacingMark
    }

    @inline(never) static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default: return false
        }
    }
}
