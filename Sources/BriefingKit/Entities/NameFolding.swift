import Foundation

/// The forgiving form names are compared in: lower case, no diacritics, straight apostrophes,
/// no dots, single spaces.
///
/// ```swift
/// NameFolding.fold("Paşinyan’s U.S.")  // "pasinyan's us"
/// ```
public enum NameFolding {
    public static func fold(_ name: String) -> String {
        // Plain ASCII letters and spaces: lower case is all folding does.
        var plain = true
        var previousSpace = true
        for scalar in name.unicodeScalars {
            let letter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "'"
            if !(letter || (scalar == " " && !previousSpace)) {
                plain = false
                break
            }
            previousSpace = scalar == " "
        }
        if plain, !previousSpace { return name.lowercased() }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var space = false
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "’", "‘", "`": out += "'"; space = false
            case ".": continue
            case _ where scalar.properties.isWhitespace || scalar == "-":
                if !out.isEmpty && !space { out += " "; space = true }
            default:
                out.unicodeScalars.append(scalar)
                space = false
            }
        }
        return space ? String(out.dropLast()) : out
    }
}

extension NameFolding {
    /// Levenshtein distance over Unicode scalars (compare folded names).
    ///
    /// ```swift
    /// NameFolding.distance("pashinian", "pashinyan")  // 1
    /// ```
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// How many typos a query of this length may carry and still match.
    public static func tolerance(for query: String) -> Int {
        let count = query.unicodeScalars.count
        return count <= 3 ? 0 : count <= 5 ? 1 : count <= 9 ? 2 : 3
    }
}
