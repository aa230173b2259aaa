/// Abbreviations written with a final period, and how each behaves at a sentence boundary.
///
/// Dotted initials (`U.S.`, `J.K.`, `a.m.`) and single capitals (`W.`) are recognized without
/// being listed. A user's file in the same format extends the list:
///
/// ```swift
/// let lexicon = AbbreviationLexicon.standard.extended(with: "Supt. | title\nDept. | other")
/// lexicon.kind(of: "Gov.")   // .title
/// ```
public struct AbbreviationLexicon: Sendable {
    public enum Kind: String, Sendable {
        /// Stands before a name (`Gov. Brown`): never ends a sentence before a capital.
        case title
        /// Stands before a number (`No. 10`, `Jan. 5`): never ends a sentence before a digit.
        case number
        /// May end a sentence (`Inc.`, `Calif.`): ends one only before a sentence starter.
        case other
    }

    private var kinds: [String: Kind] = [:]
    /// Length in scalars of the longest entry without its final period.
    public private(set) var longestEntry = 0

    /// Parses lines `ABBREVIATION | KIND` (``LexiconLines`` format); the kind defaults to `other`.
    public init(_ text: String) {
        self = Self().extended(with: text)
    }

    private init() {}

    /// This lexicon plus the entries in `text` (same format).
    public func extended(with text: String) -> AbbreviationLexicon {
        var copy = self
        for fields in LexiconLines.entries(text) {
            guard let entry = fields.first, entry.hasSuffix("."), !entry.contains(" ") else { continue }
            let kind = fields.count > 1 ? Kind(rawValue: fields[1].lowercased()) ?? .other : .other
            copy.kinds[entry] = kind
            copy.longestEntry = max(copy.longestEntry, entry.unicodeScalars.count - 1)
        }
        return copy
    }

    /// The kind of `abbreviation` (written with its final period), or nil when not listed.
    public func kind(of abbreviation: String) -> Kind? { kinds[abbreviation] }

    public static let standard = AbbreviationLexicon(data)

    /// The built-in list. Case matters: `Gen.` is listed, `gen.` is not.
    static let data = """
        # Abbreviations that keep their final period in news text, one a line: the abbreviation |
        # its kind: title (before a name), number (before a number), other (may end a sentence).
        # Dotted initials such as U.S. or a.m. and single capitals such as W. need no entry.

        # Titles and ranks
        Mr. | title
        Mrs. | title
        Ms. | title
        Messrs. | title
        Dr. | title
        Drs. | title
        Prof. | title
        Gov. | title
        Govs. | title
        Sen. | title
        Sens. | title
        Rep. | title
        Reps. | title
        Rev. | title
        Fr. | title
        Hon. | title
        Pres. | title
        Gen. | title
        Lt. | title
        Col. | title
        Maj. | title
        Capt. | title
        Cmdr. | title
        Cdr. | title
        Adm. | title
        Sgt. | title
        Cpl. | title
        Pvt. | title
        Brig. | title
        Supt. | title
        Insp. | title
        Det. | title
        Amb. | title
        Atty. | title
        Sec. | title
        Secy. | title
        Gens. | title
        Msgr. | title
        Sr. | other
        Jr. | other
        St. | other
        Ste. | other
        Mt. | other
        Ft. | other

        # Before numbers
        No. | number
        Nos. | number
        Jan. | number
        Feb. | number
        Mar. | number
        Apr. | number
        Jun. | number
        Jul. | number
        Aug. | number
        Sep. | number
        Sept. | number
        Oct. | number
        Nov. | number
        Dec. | number
        Art. | number
        Vol. | number
        Vols. | number
        Ch. | number
        Fig. | number
        Figs. | number
        pp. | number
        p. | number
        para. | number
        vs. | number
        v. | number
        Nr. | number
        Rte. | number
        Hwy. | number
        Ave. | other

        # Companies and organizations
        Inc. | other
        Corp. | other
        Co. | other
        Cos. | other
        Ltd. | other
        Bros. | other
        Assn. | other
        Dept. | other
        Univ. | other
        Gov't. | other

        # U.S. states and places, AP style
        Ala. | other
        Ariz. | other
        Ark. | other
        Calif. | other
        Colo. | other
        Conn. | other
        Del. | other
        Fla. | other
        Ga. | other
        Ill. | other
        Ind. | other
        Kan. | other
        Kans. | other
        Ky. | other
        La. | other
        Md. | other
        Mass. | other
        Mich. | other
        Minn. | other
        Miss. | other
        Mo. | other
        Mont. | other
        Neb. | other
        Nev. | other
        Okla. | other
        Ore. | other
        Pa. | other
        Penn. | other
        Tenn. | other
        Tex. | other
        Va. | other
        Vt. | other
        Wash. | other
        Wis. | other
        Wyo. | other
        D.C. | other
        Blvd. | other
        Rd. | other

        # Latin and general
        etc. | other
        e.g. | other
        i.e. | other
        cf. | other
        approx. | other
        est. | other
        al. | other
        ca. | other
        min. | other
        max. | other
        Mon. | other
        Tue. | other
        Tues. | other
        Wed. | other
        Thu. | other
        Thur. | other
        Thurs. | other
        Fri. | other
        Sat. | other
        Sun. | other
        """
}
