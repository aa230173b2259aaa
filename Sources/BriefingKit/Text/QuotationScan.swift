/// The state of a quotation search across paragraphs: the open marks, the spans found, and a
/// quotation left open at a paragraph end, waiting to see whether the next paragraph reopens it.
struct QuotationScan {
    enum Level { case double, single }

    struct Open {
        var level: Level
        /// The opening mark, to pair `„` with `“`.
        var mark: Unicode.Scalar
        /// Body offset just after the opening mark (in the current paragraph, for a quotation that runs on).
        var start: Int
        /// Body offset just after the first opening mark.
        var firstStart: Int
        var paragraph: Int
        /// Quoted words of earlier paragraphs, for quotations that run on.
        var earlier: [String] = []
    }

    let sentences: [Sentence]
    var spans: [QuotationSpan] = []
    /// Quotations closed inside an open single mark: they join ``spans`` unless it closes too.
    var held: [QuotationSpan] = []
    var stack: [Open] = []
    /// A double quotation still open at the end of the last paragraph, and where it stopped.
    var pending: (open: Open, end: Int, text: String)?
    var sentenceCursor = 0

    init(sentences: [Sentence]) {
        self.sentences = sentences
    }

    /// Scans one paragraph. `marks` are the scalar ranges of its quotation-mark tokens (every
    /// mark outside a word); without them every scalar is looked at.
    mutating func paragraph(_ text: ScalarText, marks: [Range<Int>]? = nil, index: Int, offset: Int) {
        let s = text.scalars
        var i = 0
        while i < s.count, s[i].isSeparator { i += 1 }
        if var open = pending?.open, let pendingEnd = pending?.end, let pendingText = pending?.text {
            pending = nil
            if i < s.count, let width = reopeningWidth(s, i) {
                // The quotation runs on into this paragraph.
                open.earlier.append(pendingText)
                open.start = offset + i + width
                stack = [open]
                i += width
            } else {
                emit(open, end: pendingEnd, lastText: pendingText, closed: false)
            }
        }
        var next = 0
        while i < s.count {
            if let marks {
                // Jump to the next mark token that is not behind i (`'''` may be read as `'` + `''`).
                while next < marks.count, marks[next].upperBound <= i { next += 1 }
                guard next < marks.count else { break }
                i = max(i, marks[next].lowerBound)
            }
            let c = s[i]
            guard c.isQuoteMark else { i += 1; continue }
            var width = (c == "'" || c == "`") && i + 1 < s.count && s[i + 1] == c ? 2 : 1
            // `'''` closes a nested single quotation, then the NYT double one.
            if width == 2, i + 2 < s.count, s[i + 2] == "'", stack.last?.level == .single { width = 1 }
            let mark: Unicode.Scalar = width == 2 ? "\"" : c
            handle(mark, in: text, at: i, width: width, offset: offset, paragraph: index)
            i += width
        }
        // At the paragraph end: singles die (and give up the quotations held inside them), a
        // double waits for the next paragraph.
        spans.append(contentsOf: held)
        held.removeAll()
        if let bottom = stack.first(where: { $0.level == .double }) {
            let end = offset + trimmedEnd(s, s.count)
            let local = (bottom.start - offset)..<(end - offset)
            pending = (bottom, end, local.isEmpty || local.lowerBound < 0 ? "" : text.string(local))
        }
        stack.removeAll()
    }

    mutating func finishPending() {
        if let p = pending { emit(p.open, end: p.end, lastText: p.text, closed: false) }
        pending = nil
    }

    /// Width of an opening double mark at `i` that continues a quotation, or nil.
    private func reopeningWidth(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        switch s[i] {
        case "“", "„", "«", "\"": return 1
        case "'", "`": return i + 1 < s.count && s[i + 1] == s[i] ? 2 : nil
        default: return nil
        }
    }

    private mutating func handle(
        _ c: Unicode.Scalar, in text: ScalarText, at i: Int, width: Int, offset: Int, paragraph: Int
    ) {
        let s = text.scalars
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + width < s.count ? s[i + width] : nil
        let leftOpen = before.map { $0.isSeparator || $0.opensBeforeQuote || $0.isQuoteMark } ?? true
        let rightOpen = after.map { $0.isSeparator || $0.isPunctuation } ?? true
        let looksOpening = leftOpen && !rightOpen
        let looksClosing = !leftOpen && rightOpen

        switch c {
        case "“", "„", "«", "‹", "‚", "`":
            if c == "“", let top = stack.last, top.level == .double, top.mark == "„" {
                close(.double, in: text, at: i, offset: offset)
            } else if c == "“", !stack.isEmpty, looksClosing, stack.last?.level == .double {
                close(.double, in: text, at: i, offset: offset)  // a “ typed for ”
            } else if c == "“", looksOpening, afterStop(s, i), let top = stack.last, top.level == .double, top.mark != "„" {
                // A new quotation after a full stop inside an open one (`doubled it. “We will`):
                // the open one was never closed.
                closeUnclosed(in: text, at: i, offset: offset)
                open(.double, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            } else {
                open(c == "‚" || c == "‹" || c == "`" ? .single : .double, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            }
        case "”", "»":
            if stack.contains(where: { $0.level == .double }) {
                close(.double, in: text, at: i, offset: offset)
            } else if looksOpening || before == nil {
                // `”` opening a paragraph, as some sites type it: `” … if the president`
                open(.double, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            }
        case "›":
            if stack.contains(where: { $0.level == .single }) { close(.single, in: text, at: i, offset: offset) }
        case "\"":
            let isOpen = stack.contains(where: { $0.level == .double })
            if isOpen, looksOpening, stack.last?.level == .double {
                // A new quotation opens before the last one closed: end that one here.
                closeUnclosed(in: text, at: i, offset: offset)
                open(.double, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            } else if isOpen {
                close(.double, in: text, at: i, offset: offset)
            } else if !(before?.isDigit ?? false) || looksOpening {
                if !looksClosing { open(.double, mark: c, at: i + width, offset: offset, paragraph: paragraph) }
            }
        case "‘", "’", "'":
            let letterBefore = before.map { $0.isLetter || $0.isDigit } ?? false
            let letterAfter = after.map { $0.isLetter || $0.isDigit } ?? false
            if letterBefore && letterAfter { return }  // Macron’s, don't, Trump‘s
            if !letterBefore, let a = after, a.isDigit { return }  // ’90s, ‘90s
            let singleOpen = stack.contains(where: { $0.level == .single })
            if c == "‘", !letterBefore {
                open(.single, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            } else if singleOpen, !looksOpening {
                close(.single, in: text, at: i, offset: offset)
            } else if looksOpening {
                open(.single, mark: c, at: i + width, offset: offset, paragraph: paragraph)
            }
            // Otherwise an apostrophe ending a word: dancin’, the Smiths’, CBS‘ show.
        default:
            return
        }
    }

    private mutating func open(_ level: Level, mark: Unicode.Scalar, at position: Int, offset: Int, paragraph: Int) {
        if stack.count >= 8 { return }  // runaway nesting in odd text
        stack.append(Open(level: level, mark: mark, start: offset + position, firstStart: offset + position, paragraph: paragraph))
    }

    /// Closes the innermost open quotation of `level` (and anything opened inside it).
    private mutating func close(_ level: Level, in text: ScalarText, at i: Int, offset: Int) {
        guard let index = stack.lastIndex(where: { $0.level == level }) else { return }
        let open = stack[index]
        let local = (open.start - offset)..<i
        let outer = stack[..<index]
        stack.removeSubrange(index...)
        if index == 0 {
            held.removeAll()  // a single quotation that closes holds what it contains
            emit(open, end: offset + i, lastText: local.lowerBound >= 0 ? text.string(local) : "", closed: true)
        } else if outer.allSatisfy({ $0.level == .single }) {
            // Inside single marks only: kept until we know they were a quotation, not a stray `‘`.
            emit(open, end: offset + i, lastText: local.lowerBound >= 0 ? text.string(local) : "", closed: true, held: true)
        }
        // Otherwise nested in a double quotation: part of its span.
    }

    /// A new double quotation opens before the open one closed: that one ends here, unclosed.
    private mutating func closeUnclosed(in text: ScalarText, at i: Int, offset: Int) {
        guard let index = stack.firstIndex(where: { $0.level == .double }) else { return }
        let open = stack[index]
        stack.removeSubrange(index...)
        let end = trimmedEnd(text.scalars, i)
        let local = (open.start - offset)..<max(open.start - offset, end)
        emit(open, end: offset + local.upperBound, lastText: text.string(local), closed: false, held: index > 0)
    }

    /// The last thing before position `i`, spaces aside, is `.`, `?` or `!`.
    private func afterStop(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k].isSeparator { k -= 1 }
        return k >= 0 && s[k].isSentenceEnd
    }

    private func trimmedEnd(_ s: [Unicode.Scalar], _ end: Int) -> Int {
        var e = end
        while e > 0, s[e - 1].isSeparator { e -= 1 }
        return e
    }
}

extension Unicode.Scalar {
    /// Marks after which a quotation mark opens: `(“`, `[“`, `—“`, `-“`, `/“`.
    fileprivate var opensBeforeQuote: Bool {
        switch value {
        case 0x28, 0x5B, 0x7B, 0x2014, 0x2013, 0x2D, 0x2F: return true
        default: return false
        }
    }
}
