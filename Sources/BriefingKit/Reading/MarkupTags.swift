/// Markup tags left in plain text (`<tweet id="1" author="@lee">`, `</tweet>`, `<br/>`) are not
/// words of the article: their attribute values would read as quotations. The words between
/// tags stay.
///
/// ```swift
/// MarkupTags.stripped(#"<tweet author="@lee">Ports reopen today</tweet>."#)  // "Ports reopen today."
/// ```
public enum MarkupTags {
    /// `line` without its tags: `<`, perhaps `/`, a letter, then anything but `<` up to `>`.
    /// (`a < b`, `<3` and an unclosed `<` stay.)
    public static func stripped(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "<")) else { return line }
        let scalars = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "<", let end = tagEnd(scalars, from: i) {
                i = end
                continue
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// The offset after the `>` closing a tag that opens at `start`, if one does.
    static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var k = start + 1
        if k < scalars.count, scalars[k] == "/" { k += 1 }
        guard k < scalars.count, scalars[k].isASCII, scalars[k].properties.isAlphabetic else { return nil }
        while k < scalars.count, scalars[k] != ">" {
            if scalars[k] == "<" { return nil }
            k += 1
        }
        return k < scalars.count ? k + 1 : nil
    }
}
