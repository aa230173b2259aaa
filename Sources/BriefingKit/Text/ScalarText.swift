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
    /// `utf8Offsets[i]` is where scalar `i` starts in ``utf8``, with one extra entry for the end;
    /// empty when the text is ASCII (offsets are then the scalar indices).
    public let utf8Offsets: [Int]

    public init(_ string: String) {
        let bytes = Array(string.utf8)
        utf8 = bytes
        let count = bytes.count
        var offsets: [Int] = []
        scalars = bytes.withUnsafeBufferPointer { b in
            var firstWide = 0
            while firstWide < count, b[firstWide] < 0x80 { firstWide += 1 }
            if firstWide == count {
                return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
                    for k in 0..<count { out[k] = Unicode.Scalar(b[k]) }
                    made = count
                }
            }
            // Decode by hand: a Swift string is always valid UTF-8.
            offsets.reserveCapacity(count + 1)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, made in
                var k = 0
                var n = 0
                while k < count {
                    offsets.append(k)
                    let lead = UInt32(b[k])
                    var value: UInt32
                    if lead < 0x80 {
                        value = lead
                        k += 1
                    } else if lead < 0xE0 {
                        value = (lead & 0x1F) << 6 | UInt32(b[k + 1] & 0x3F)
                        k += 2
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(b[k + 1] & 0x3F) << 6 | UInt32(b[k + 2] & 0x3F)
                        k += 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(b[k + 1] & 0x3F) << 12
                        value |= UInt32(b[k + 2] & 0x3F) << 6 | UInt32(b[k + 3] & 0x3F)
                        k += 4
                    }
                    out[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    n += 1
                }
                offsets.append(count)
                made = n
            }
        }
        utf8Offsets = offsets
    }

    public var count: Int { scalars.count }

    /// The substring made of the scalars in `range`.
    public func string(_ range: Range<Int>) -> String {
        let ascii = utf8Offsets.isEmpty
        let lower = ascii ? range.lowerBound : utf8Offsets[range.lowerBound]
        let upper = ascii ? range.upperBound : utf8Offsets[range.upperBound]
        return utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        }
    }
}
