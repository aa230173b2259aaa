/// `--name value` and `--flag` arguments of a benchmark.
struct BenchOptions {
    let arguments: [String]

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    func value(_ name: String) -> String? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }

    func flag(_ name: String) -> Bool { arguments.contains(name) }
}
