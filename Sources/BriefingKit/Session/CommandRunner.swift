/// Runs command lines against a workspace and renders each outcome.
///
/// ```swift
/// var runner = CommandRunner(json: true)
/// let output = runner.run("articles")
/// print(output.stdout)
/// ```
public struct CommandRunner: Sendable {
    public var workspace: Workspace
    public var catalog: CommandCatalog
    public var json: Bool

    public init(workspace: Workspace = Workspace(), catalog: CommandCatalog = .standard, json: Bool = false) {
        self.workspace = workspace
        self.catalog = catalog
        self.json = json
    }

    /// What one command printed and whether it worked.
    public struct Output: Sendable, Equatable {
        public var stdout: String
        /// The error message, when the command failed.
        public var error: String?
        public var endsSession: Bool
        /// Lines a `.read` asked the session to run next.
        public var script: Script? = nil
    }

    public mutating func run(_ line: String) -> Output {
        let outcome: Result<Answer, CommandError>
        do {
            let (spec, arguments) = try catalog.parse(line)
            outcome = .success(try spec.action(arguments, &workspace))
        } catch let error as CommandError {
            outcome = .failure(error)
        } catch {
            outcome = .failure(CommandError("\(error)"))
        }
        switch outcome {
        case .success(let answer):
            let text = json ? JSONRenderer().render(command: line, outcome: outcome) : HumanRenderer().render(answer)
            return Output(stdout: text, error: nil, endsSession: answer.endsSession, script: answer.script)
        case .failure(let error):
            let text = json ? JSONRenderer().render(command: line, outcome: outcome) : ""
            return Output(stdout: text, error: error.message, endsSession: false)
        }
    }
}
