/// Writes one command's outcome as a single JSON line (the machine interface in design.md).
///
/// ```swift
/// JSONRenderer().render(command: "articles", outcome: .success(answer))
/// // {"command":"articles","ok":true,"answer":"1 article","results":[...]}
/// ```
public struct JSONRenderer: Sendable {
    public init() {}

    public func render(command: String, outcome: Result<Answer, CommandError>) -> String {
        switch outcome {
        case .success(let answer):
            let results = answer.results.map(item).joined(separator: ",")
            return "{\"command\":\(quoted(command)),\"ok\":true,\"answer\":\(quoted(answer.answer)),\"results\":[\(results)]}"
        case .failure(let error):
            return "{\"command\":\(quoted(command)),\"ok\":false,\"error\":\(quoted(error.message))}"
        }
    }

    private func item(_ item: AnswerItem) -> String {
        var fields = "\"value\":\(quoted(item.value))"
        for key in item.fields.keys.sorted() {
            fields += ",\(quoted(key)):\(quoted(item.fields[key]!))"
        }
        let evidence = item.evidence.map { e in
            "{\"article\":\(quoted(e.article)),\"sentence\":\(e.sentence),\"text\":\(quoted(e.text))}"
        }
        return "{\(fields),\"evidence\":[\(evidence.joined(separator: ","))]}"
    }

    /// A JSON string literal.
    func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
