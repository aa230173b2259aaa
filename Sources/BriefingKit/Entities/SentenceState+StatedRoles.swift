/// Roles a sentence states of a person outside a title before the name: a copula ("Lee is a
/// Norwegian from Bergen", "Lee was a lawyer in Oslo") or a job noun set off before the name
/// ("The ferryman, Ann Lee, said"), or the organization after "of" ("Ann Berg of the Harbour Trust").
extension SentenceState {
    /// "is a lawyer", "was a Canadian from Calgary", "was the former chief of staff to ...": the
    /// role after a copula and an article right after the name; only a title, a person noun or
    /// a demonym heads it ("is a good reason" and "was an hour late" give none).
    func copulaRole(after end: Int) -> Role? {
        guard let verb = word(end), ["is", "was"].contains(verb.key), let article = word(end + 1),
            ["a", "an", "the"].contains(article.key), let phrase = describedPhrase(from: end + 1), phrase.strong
        else { return nil }
        return phrase.role
    }

    /// "The ferryman, Ann Lee, tried ...", "Her counterpart from Dorran, Piet Vasko, said": a job
    /// or role noun after "the" or a possessive pronoun (perhaps with a short "from/of X" tail),
    /// set off by commas before the name `start..<end` (a comma or full stop closes it), is the
    /// person's role. Opening the sentence, the phrase needs no closing comma: "The chairman of
    /// the Port Council, Ruth Kale warned ...".
    func setOffJobNoun(_ start: Int, _ end: Int) -> Role? {
        guard end - start >= 1, start >= 3, word(start - 1)?.text == ",", let after = word(end) else { return nil }
        // A one-word name only after a possessive: "his mentor, Stewart?".
        let possessiveOnly = end - start == 1
        let closed = [",", ".", "?", "!"].contains(after.text)
        // (Past a letters-only honour after the name: "Guy Hale QC warned".)
        let honour = after.kind == .word && after.text.count <= 4 && after.text.allSatisfy(\.isUppercase)
        let verb = honour ? word(end + 1) : after
        let verbAfter = verb.map { $0.kind == .word && !$0.isCapitalized } ?? false
        let openers: Set<String> = ["the", "his", "her", "their", "its"]
        for n in stride(from: start - 2, through: max(1, start - 7), by: -1) {
            // The noun is right before the comma, or before a tail like "from Dorran".
            let tail = n == start - 2 || (["from", "of", "at", "for"].contains(word(n + 1)?.key ?? "")
                && tokens[(n + 2)..<(start - 1)].allSatisfy { $0.kind == .word })
            // The opener may come before one adjective: "The new chairman of the Bar Council,".
            let adjective = word(n - 1).map { $0.kind == .word && !$0.isCapitalized && !openers.contains($0.key) } ?? false
            let openerAt = adjective ? n - 2 : n - 1
            guard tail, let noun = word(n), let opener = word(openerAt), openers.contains(opener.key),
                !possessiveOnly || opener.key != "the" && !adjective && n == start - 2,
                isJobNoun(n) || (!noun.isCapitalized && RoleNouns.standard.heads.contains(noun.key)),
                closed || (verbAfter && openerAt == firstWord)
            else { continue }
            return Role(title: text((adjective ? n - 1 : n)..<(start - 1)).0, affiliation: nil, canonical: nil)
        }
        return nil
    }

    /// "An uncle of suspect Jon Rell, Hilda Rell, said": a relative of a person just named, set
    /// off by commas before the name `start..<end`, is that person's role ("uncle of Jon Rell").
    func kinOfRole(_ start: Int, _ end: Int) -> Role? {
        guard start >= 4, word(start - 1)?.text == ",", let after = word(end), [",", "."].contains(after.text),
            let relative = names.last(where: { $0.kind == .person && $0.form == .name && $0.range.upperBound == tokens[start - 2].range.upperBound }),
            var k = tokens.firstIndex(where: { $0.range.lowerBound == relative.range.lowerBound })
        else { return nil }
        // Past a title before the relative's name ("suspect", "Senator").
        while k > 0, let title = word(k - 1), title.kind == .word, title.key != "of", k > start - 8 { k -= 1 }
        guard k >= 2, word(k - 1)?.key == "of", let kin = word(k - 2), RoleWords.standard.kinNouns.contains(kin.key) else { return nil }
        return Role(title: "\(kin.key) of \(relative.name)", affiliation: nil, canonical: nil)
    }

    /// "of the agency", "at the company": the organization named earlier in the sentence that a
    /// role's tail `span` points to with "the" and an organization's common noun; nil otherwise.
    func organizationNamed(by span: Range<Int>) -> String? {
        guard span.count == 3, let the = word(span.lowerBound + 1), the.key == "the", let noun = word(span.lowerBound + 2),
            !noun.isCapitalized, index.organizationHeads.contains(noun.key) || index.companyKinds.contains(noun.key)
        else { return nil }
        let before = tokens[span.lowerBound].range.lowerBound
        return names.last { $0.kind == .organization && $0.form == .name && $0.range.upperBound <= before }?.name
    }

    /// "Fox News's Ed Lee", "the Harbour Times' Ann Lee": a news outlet or organization owning
    /// the name that starts at `start` is where the person works ("with Fox News").
    func ownerRole(before start: Int) -> Role? {
        guard start >= 2, tokens[start - 1].kind == .possessive else { return nil }
        let ownerEnd = tokens[start - 2].range.upperBound
        guard let owner = names.last(where: { $0.range.upperBound == ownerEnd }), owner.kind == .media || owner.kind == .organization
        else { return nil }
        return Role(title: "with \(owner.name)", affiliation: owner.name, canonical: nil)
    }

    /// "David Olin of Columbia University's ...", "Ann Berg of the Harbour Trust": the
    /// organization a person speaks for (a place, as in "Stacy Baker of Tulsa", gives none).
    func organizationRole(after end: Int) -> Role? {
        guard word(end)?.key == "of" else { return nil }
        let start = word(end + 1)?.key == "the" ? end + 2 : end + 1
        guard let first = word(start), first.kind == .word, first.isCapitalized else { return nil }
        if let headEnd = headedNameEnd(from: start) {
            // "of the Velt Chambers of Commerce": the whole name, connectors and all.
            let name = text(start..<extendOrganization(headEnd)).0
            return Role(title: "of \(name)", affiliation: name, canonical: nil)
        }
        guard let match = index.longestMatch(in: tokens, at: start) else { return nil }
        switch match.entry.meaning {
        case .organization(let name, _), .media(let name):
            // The lexicon's name ("of The Daily Beast"), so the role says it once.
            return Role(title: "of \(name)", affiliation: name, canonical: nil)
        default:
            return nil
        }
    }
}
