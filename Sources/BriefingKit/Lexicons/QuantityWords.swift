/// Words for counts: numbers written as words, scales, qualifiers, and events that share a
/// meaning (`killed`, `dead`, `died`), so `how many people died` finds `200 were killed`.
///
/// `numbers`: `word value` a line. `scales`: `word factor` a line. `vague`: plural counts
/// (`thousands`) with their least value. `qualifiers`: one phrase a line, longest first is not
/// required. `events`: one group of interchangeable event words a line. `units`: words after a
/// number that are units, not what is counted (`per cent`). `modifiers`: words between a number
/// and its noun that say which ones, not what is counted (`11 other countries`).
/// `hyphenedUnits`: units joined to a number as an adjective (`a 23-year sentence` counts 23
/// years).
///
/// ```swift
/// QuantityWords.standard.numbers["twelve"]  // 12
/// ```
public struct QuantityWords: Sendable {
    public var numbers: [String: Double]
    public var scales: [String: Double]
    public var vague: [String: Double]
    public var qualifiers: [[String]]
    public var eventGroups: [Set<String>]
    public var currencies: [Character: String]
    public var modifiers: Set<String>
    public var hyphenedUnits: Set<String>

    static func table(_ text: String) -> [String: Double] {
        var table: [String: Double] = [:]
        for line in LexiconLines.lines(text) {
            let parts = line.split(separator: " ")
            if parts.count == 2, let value = Double(parts[1]) { table[parts[0].lowercased()] = value }
        }
        return table
    }

    public static let standard = QuantityWords(
        numbers: table("""
            one 1
            two 2
            three 3
            four 4
            five 5
            six 6
            seven 7
            eight 8
            nine 9
            ten 10
            eleven 11
            twelve 12
            thirteen 13
            fourteen 14
            fifteen 15
            sixteen 16
            seventeen 17
            eighteen 18
            nineteen 19
            twenty 20
            thirty 30
            forty 40
            fifty 50
            sixty 60
            seventy 70
            eighty 80
            ninety 90
            hundred 100
            thousand 1000
            dozen 12
            """),
        scales: table("""
            hundred 100
            thousand 1000
            million 1000000
            billion 1000000000
            trillion 1000000000000
            m 1000000
            bn 1000000000
            k 1000
            """),
        vague: table("""
            dozens 24
            scores 40
            hundreds 200
            thousands 2000
            tens_of_thousands 20000
            millions 2000000
            billions 2000000000
            """),
        qualifiers: LexiconLines.phrases("""
            more than
            at least
            at most
            less than
            fewer than
            up to
            about
            around
            nearly
            almost
            approximately
            roughly
            some
            over
            under
            just over
            just under
            as many as
            as few as
            an estimated
            estimated
            close to
            exactly
            only
            """).map { $0.split(separator: " ").map(String.init) },
        eventGroups: LexiconLines.lines("""
            kill killed killing kills dead die died dies death deaths dying lost lose lives
            injure injured injuring wound wounded hurt
            arrest arrested detain detained held
            displace displaced flee fled evacuate evacuated
            win won wins winning
            lose lost losing
            vote voted votes voting
            sell sold selling sells
            buy bought buying
            cut cuts cutting
            rise rose risen rises
            fall fell fallen falls
            """).map { Set($0.lowercased().split(separator: " ").map(String.init)) },
        currencies: ["£": "pounds", "$": "dollars", "€": "euros", "¥": "yen"],
        modifiers: LexiconLines.words("""
            other more additional further extra remaining
            """),
        hyphenedUnits: LexiconLines.words("""
            year month week day hour minute mile kilometre kilometer
            """))
}
