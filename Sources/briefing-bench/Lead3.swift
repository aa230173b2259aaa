import BriefingKit

/// The LEAD-3 peer: an article's first three sentences.
enum Lead3 {
    static func summary(_ article: Article) -> String {
        article.sentences.prefix(3).map(\.text).joined(separator: " ")
    }
}
