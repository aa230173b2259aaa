import Foundation

/// The one parser every lexicon goes through.
///
/// Format (all lexicons):
/// - one entry a line; blank lines and lines starting with `#` are ignored;
/// - fields are separated by `|`, items inside a field by `,`; spaces around both are trimmed;
/// - the first item of the first field is the entry's key (its canonical form).
///
/// A user file extends a lexicon with the same lines, each prefixed by the lexicon's section name
/// and a colon (`country: Wakanda | Wakandan | Birnin Zana`); see ``Lexicons/extended(withFile:)``.
///
/// ```swift
/// let table = LexiconTable(parsing: "Armenia | Armenian, Armenians | Yerevan")
/// table.rows[0].field(1)  // ["Armenian", "Armenians"]
/// ```
public struct LexiconTable: Sendable, Equatable {
    /// One entry: its fields, each a list of items.
    public struct Row: Sendable, Equatable {
        public var fields: [[String]]

        /// The canonical form: the first item of the first field.
        public var key: String { fields.first?.first ?? "" }

        /// Items of field `index` (0-based), empty when the line has fewer fields.
        public func field(_ index: Int) -> [String] {
            fields.indices.contains(index) ? fields[index] : []
        }
    }

    public var rows: [Row]

    public init(rows: [Row] = []) {
        self.rows = rows
    }

    public init(parsing text: String) {
        // Split on scalars, not Characters: parsing runs at every start-up.
        rows = text.unicodeScalars.split(whereSeparator: Self.isNewline).compactMap { LexiconTable.row(Substring($0)) }
    }

    static func row<S: StringProtocol>(_ line: S) -> Row? {
        // On UTF-8 bytes: `|` and `,` never occur inside a multi-byte character, and every
        // lexicon line is parsed at every start-up.
        let bytes = Array(line.utf8)
        let (start, end) = asciiTrimmed(bytes, 0, bytes.count)
        let trimmed = start < end && (bytes[start] >= 0x80 || bytes[end - 1] >= 0x80)
            ? Array(Self.trimmed(String(decoding: bytes[start..<end], as: UTF8.self)).utf8)[...]
            : bytes[start..<end]
        guard let first = trimmed.first, first != 0x23 else { return nil }  // `#`
        var fields: [[String]] = []
        var items: [String] = []
        var itemStart = trimmed.startIndex
        for index in trimmed.indices + [trimmed.endIndex] {
            let byte = index < trimmed.endIndex ? trimmed[index] : 0x7C
            guard byte == 0x7C || byte == 0x2C else { continue }  // `|` or `,`
            let (a, b) = asciiTrimmed(bytes: trimmed, itemStart, index)
            if a < b {
                let item = String(decoding: trimmed[a..<b], as: UTF8.self)
                let clean = trimmed[a] >= 0x80 || trimmed[b - 1] >= 0x80 ? Self.trimmed(item) : item
                if !clean.isEmpty { items.append(clean) }
            }
            if byte == 0x7C {
                fields.append(items)
                items = []
            }
            itemStart = index + 1
        }
        return Row(fields: fields)
    }

    /// The bounds of `bytes[start..<end]` without ASCII spaces and tabs at either end.
    private static func asciiTrimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        asciiTrimmed(bytes: bytes[...], start, end)
    }

    private static func asciiTrimmed(bytes: ArraySlice<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var a = start
        var b = end
        while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
        while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
        return (a, b)
    }

    /// `Character.isNewline`, for scalars.
    private static func isNewline(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x0A && s.value <= 0x0D) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029
    }

    /// `text.trimmingCharacters(in: .whitespaces)` (tabs and space separators) on scalars:
    /// Foundation's version costs tens of thousands of instructions a call, and every lexicon
    /// line is trimmed at start-up.
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(Substring(scalars[first...last]))
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || s == "\t" }
        return isSpaceSeparator(s)
    }

    @inline(never) private static func isSpaceSeparator(_ s: Unicode.Scalar) -> Bool {
        s.properties.generalCategory == .spaceSeparator
    }

    /// This table followed by `other`'s rows.
    public func appending(_ other: LexiconTable) -> LexiconTable {
        LexiconTable(rows: rows + other.rows)
    }
}
