/// The dateline that opens many wire and network stories: `WASHINGTON (CNN) -- `,
/// `Coral Gables, Florida (CNN)`, `(CNN)`, `BEIRUT (AP) — `, `LONDON, March 5 (Reuters) - `, `LONDON — `.
///
/// ```swift
/// let line = Dateline.find(in: ScalarText("WASHINGTON (CNN) -- The president said..."))
/// line?.place   // "WASHINGTON"
/// line?.outlet  // "CNN"
/// line?.range   // 0..<20, up to "The"
/// ```
public struct Dateline: Sendable, Equatable {
    /// The city or place, when given.
    public var place: String?
    /// The news outlet in brackets, when given: `CNN`, `AP`, `Reuters`.
    public var outlet: String?
    /// Scalar range of the dateline with its dash and spaces, from the paragraph start.
    public var range: Range<Int>

    /// The dateline at the start of `text` (a first paragraph), or nil.
    public static func find(in text: ScalarText) -> Dateline? {
        let s = text.scalars
        let limit = min(s.count, 80)
        var i = 0
        // The place: capitalized words, commas and periods, no sentence stop before the bracket.
        while i < limit, s[i] != "(", !s[i].isDash, !(s[i] == "-" && i + 1 < limit && s[i + 1] == "-") {
            let c = s[i]
            guard c.isLetter || c.isDigit || c == " " || c == "," || c == "." || c == "'" || c == "’" || c.isHyphen
            else { return nil }
            if c.isLetter, i == 0 || s[i - 1] == " ", !c.isUppercaseLetter { return nil }
            i += 1
        }
        guard i < limit else { return nil }
        let placeRange = 0..<trimmed(s, 0, i)
        let place = placeRange.isEmpty ? nil : text.string(placeRange)
        var outlet: String?
        if s[i] == "(" {
            var k = i + 1
            while k < limit, s[k] != ")", k - i <= 20 { k += 1 }
            guard k < limit, s[k] == ")", k > i + 1, s[i + 1].isUppercaseLetter else { return nil }
            outlet = text.string((i + 1)..<k)
            i = k + 1
        } else if place == nil || !isAllCaps(s, placeRange) {
            return nil  // a dash alone only follows a place in capitals: `LONDON — `
        }
        let glued = i < s.count && s[i].isLetter  // `(CNN)Former`
        while i < s.count, s[i].isSeparator { i += 1 }
        var dashed = false
        while i < s.count, s[i].isDash || s[i].isHyphen { i += 1; dashed = true }
        // Without a dash, only `(CNN)Word` or a place in capitals: `Apple (AAPL) shares` is no dateline.
        if !dashed, outlet == nil || !(glued || place == nil || isAllCaps(s, placeRange)) { return nil }
        while i < s.count, s[i].isSeparator { i += 1 }
        return Dateline(place: place, outlet: outlet, range: 0..<i)
    }

    private static func trimmed(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, s[e - 1] == " " || s[e - 1] == "," { e -= 1 }
        return e
    }

    private static func isAllCaps(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        range.allSatisfy { !s[$0].isLowercaseLetter } && range.contains { s[$0].isLetter }
    }
}
