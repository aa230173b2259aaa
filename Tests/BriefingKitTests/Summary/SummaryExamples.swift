@testable import BriefingKit

/// Invented articles for the summary tests (no publisher's text).
enum SummaryExamples {
    static let floodTitle = "Floods force evacuations in the north"

    static let floodParagraphs = [
        "Prime Minister Ada Varga ordered the evacuation of three river towns on Monday after floods killed at least 12 people.",
        "Heavy rain has fallen across the northern valleys for a week, and the rivers rose to record levels.",
        "Varga visited the flooded town of Kessel and met rescue teams. She said the army would help rebuild bridges and roads in the valleys.",
        "\u{201C}We will not leave anyone behind,\u{201D} Varga told reporters.",
        "The weather office warned that more rain was expected on Wednesday. Emergency services said about 4,000 people had left their homes because of the floods.",
        "But opposition leader Tomas Brand criticized the government for cutting flood defence budgets. He called for an inquiry into the river agency.",
        "Insurance companies said the damage from the floods could cost more than 200 million euros.",
        "Leave a Comment",
    ]

    static func floodArticle() -> Article {
        TextSegmenter().segment(id: "floods", title: floodTitle, paragraphs: floodParagraphs)
    }

    static func floodModel() -> ArticleModel {
        ArticleAnalyzer().analyze(floodArticle())
    }
}
