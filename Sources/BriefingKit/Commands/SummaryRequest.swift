/// What a `summary` line asks for, read from its free words.
struct SummaryRequest: Equatable {
    var target: String?
    var focus: String?
    var words = SummaryOptions.defaultWords
    var explain = false

    init(_ arguments: CommandArguments) throws {
        let line = arguments.line.lowercased()
        explain = line.hasPrefix("why")
        var focusFollows = line.hasPrefix("brief ") || line.hasPrefix("why brief ")
        var rest: [String] = []
        var tokens = (arguments["REST"] ?? "").split(separator: " ").map(String.init)[...]
        while let token = tokens.popFirst() {
            let lower = token.lowercased()
            if ["--explain", "explain", "why", "-e"].contains(lower) {
                explain = true
            } else if lower == "--words" || lower == "-w" {
                guard let n = tokens.popFirst().flatMap({ Int($0) }), n > 0 else {
                    throw CommandError("--words needs a number: summary --words 60")
                }
                words = n
            } else if lower.hasPrefix("--words="), let n = Int(lower.dropFirst(8)), n > 0 {
                words = n
            } else if lower == "in", let n = tokens.first.flatMap({ Int($0) }),
                tokens.dropFirst().first?.lowercased().hasPrefix("word") == true
            {
                words = n
                tokens.removeFirst(2)
            } else if rest.isEmpty, ["of", "about", "on"].contains(lower) {
                focusFollows = true
            } else {
                rest.append(token)
            }
        }
        let text = rest.joined(separator: " ")
        guard !text.isEmpty else { return }
        if focusFollows { focus = text } else { target = text }
    }
}
