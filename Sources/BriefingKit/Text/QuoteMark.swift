/// What a quotation mark can do, judged from the mark alone.
enum QuoteMark {
    /// Marks that only ever open a quotation: `“`, `‘`, `„`, `«`, ``` `` ```.
    static func opensOnly(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201C, 0x2018, 0x201E, 0x201A, 0xAB, 0x2039, 0x60, 0x201F, 0x201B: return true
        default: return false
        }
    }

    /// Marks that only ever close a quotation: `”`, `»`.
    static func closesOnly(_ c: Unicode.Scalar) -> Bool {
        c.value == 0x201D || c.value == 0xBB || c.value == 0x203A
    }
}
