/// Words left in a summary: a sentence fits while the total stays under the limit; the summary
/// is done once it reaches the target.
struct WordBudget {
    let target: Int
    let limit: Int
    private(set) var used = 0

    init(options: SummaryOptions) {
        target = options.words
        limit = min(options.limit, max(options.words + 15, options.words * 115 / 100))
    }

    var isSpent: Bool { used >= target - 5 }

    func fits(_ text: String) -> Bool { fits(ContentWords.count(text)) }

    func fits(_ words: Int) -> Bool { used + words <= limit }

    mutating func spend(_ text: String) { used += ContentWords.count(text) }
}
