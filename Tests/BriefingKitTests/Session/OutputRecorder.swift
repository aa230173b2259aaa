import Synchronization
@testable import BriefingKit

/// Collects what a session writes, for tests.
final class OutputRecorder: Sendable {
    private let lines = Mutex<(answers: [String], diagnostics: [String])>(([], []))

    var output: SessionOutput {
        SessionOutput(
            answer: { text in self.lines.withLock { $0.answers.append(text) } },
            diagnostic: { text in self.lines.withLock { $0.diagnostics.append(text) } })
    }

    var answers: [String] { lines.withLock { $0.answers } }
    var diagnostics: [String] { lines.withLock { $0.diagnostics } }
}

/// A workspace holding one small article of our own.
func sampleWorkspace(ids: [String] = ["ferry"]) -> Workspace {
    var workspace = Workspace()
    for id in ids {
        let article = TextSegmenter().segment(
            id: id, title: "Ferry strike ends",
            paragraphs: ["Ferries ran again on Tuesday.", "Unions agreed to a deal. Crews returned at dawn.", "The mayor thanked both sides."])
        workspace.store.add(ArticleModel(article: article))
    }
    return workspace
}
