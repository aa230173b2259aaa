/// A string decoded once into Unicode scalars, with the UTF-8 offset of each scalar,
/// so the text layer can scan by index and cut substrings without `Character` work.
///
/// ```swift
/// let text = ScalarText("Macron’s visit")
/// text.scalars.count        // 14
/// text.string(0..<8)        // "Macron’s"
/// ```
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes.
    public let utf8: [UInt8]
    /// `utf8Offsets[i]` is where scalar `i` starts in ``utf8``; one extra entry marks the end.
    public let utf8Offsets: [Int]

    public init(_ string: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(string.utf8.count)
        offsets.reserveCapacity(string.utf8.count + 1)
        var offset = 0
        for scalar in string.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8 = Array(string.utf8)
        self.utf8Offsets = offsets
    }

    public var count: Int { scalars.count }

    /// The substring made of the scalars in `range`.
    public func string(_ range: Range<Int>) -> String {
        let lower = utf8Offsets[range.lowerBound]
        let upper = utf8Offsets[range.upperBound]
        return utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        }
    }
}
