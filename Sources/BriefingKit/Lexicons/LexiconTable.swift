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
        let trimmed = trimmed(line)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
        let fields = trimmed.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false).map { field in
            field.split(separator: ",").map { Self.trimmed(Substring($0)) }.filter { !$0.isEmpty }
        }
        return Row(fields: fields)
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
