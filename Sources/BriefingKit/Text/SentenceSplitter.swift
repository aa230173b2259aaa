/// Splits one paragraph into sentences.
///
/// ```swift
/// SentenceSplitter().split("Mr. Smith left. He came back.").map(\.text)
/// // ["Mr. Smith left.", "He came back."]
/// ```
public struct SentenceSplitter: Sendable {
    /// A sentence and its scalar offset in the paragraph.
    public struct Piece: Sendable, Equatable {
        public var text: String
        public var start: Int
    }

    public init() {}

    public func split(_ paragraph: String) -> [Piece] {
        let scalars = Array(paragraph.unicodeScalars)
        var pieces: [Piece] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start
            while s < end, scalars[s].properties.isWhitespace { s += 1 }
            if s < end {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[s..<end])
                pieces.append(Piece(text: String(text), start: s))
            }
            start = end
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "?" || c == "!" {
                var end = i + 1
                while end < scalars.count, "\"”’')".unicodeScalars.contains(scalars[end]) { end += 1 }
                if end == scalars.count || (scalars[end] == " " && end + 1 < scalars.count
                    && (scalars[end + 1].properties.isUppercase || "\"“".unicodeScalars.contains(scalars[end + 1])))
                {
                    emit(end)
                }
                i = end
            } else {
                i += 1
            }
        }
        emit(scalars.count)
        return pieces
    }
}
