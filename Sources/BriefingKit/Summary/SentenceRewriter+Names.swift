/// Names made to stand alone: the key actor introduced by role, a bare surname by full name.
extension SentenceRewriter {
    /// Adds the key actor's role at their first name mention when the sentence does not give it:
    /// "Mr Blair said ..." becomes "Tony Blair, Prime Minister of Britain, said ..." (or "Prime
    /// Minister Tony Blair said ..." when the role names no country or names it already).
    public func introducing(_ entity: Entity, in text: String) -> (String, String?) {
        // The writer's own introduction ("Former Thai Prime Minister Yingluck Shinawatra") stands.
        guard let role = entity.roles.first, !text.lowercased().contains(role.title.lowercased()),
            !text.contains(entity.name) || !entity.name.contains(" ")
        else {
            return (text, nil)
        }
        let scalars = Array(text.unicodeScalars)
        let names = [entity.name] + entity.aliases
        for name in names.sorted(by: { $0.count > $1.count }) {
            let target = Array(name.unicodeScalars)
            guard let start = find(target, in: scalars) else { continue }
            let end = start + target.count
            // Only before a plain word ("Blair said"), never inside a possessive or a list.
            guard end + 1 < scalars.count, scalars[end] == " ", scalars[end + 1].properties.isLowercase else {
                return (text, nil)
            }
            // A title that says it all goes before the name ("Britain's Prince Harry").
            let intro = role.description == role.title ? "\(role.title) \(entity.name)" : "\(entity.name), \(role.description),"
            var edited = scalars
            var from = start
            let before = String(String.UnicodeScalarView(scalars[..<start])).split(separator: " ").last.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            // "the Blair government": the name is a modifier there, not the person.
            if let before, ["the", "a", "an"].contains(before) { return (text, nil) }
            // "Mr Blair" -> "Tony Blair, Prime Minister," (the courtesy title gives way to the role).
            if let before, vocabulary.honorifics.contains(before) {
                from = start - before.unicodeScalars.count - 1
                while from > 0, scalars[from - 1] != " " { from -= 1 }
            }
            edited.replaceSubrange(from..<end, with: Array(intro.unicodeScalars))
            return (String(String.UnicodeScalarView(edited)), "introduced \(entity.name) as \(role.description)")
        }
        return (text, nil)
    }

    /// "Jonathan said" when the summary has not named Goodluck Jonathan yet: the full name
    /// (a courtesy title before the surname gives way to it).
    func introduceSurnames(
        _ scalars: inout [Unicode.Scalar], sentence: Sentence, named: Set<Int>, changes: inout [String]
    ) {
        var done = Set<Int>()
        for m in model.entities.mentions(inSentence: sentence.number) where m.form == .name || m.form == .alias {
            guard model.entities.entities.indices.contains(m.entity), !named.contains(m.entity),
                !done.contains(m.entity)
            else { continue }
            let entity = model.entities.entities[m.entity]
            done.insert(m.entity)
            guard entity.kind == .person, entity.name.contains(" "), !m.text.contains(" "),
                entity.name.hasSuffix(m.text), !String(String.UnicodeScalarView(scalars)).contains(entity.name),
                var start = find(Array(m.text.unicodeScalars), in: scalars)
            else { continue }
            let end = start + m.text.unicodeScalars.count
            let before = String(String.UnicodeScalarView(scalars[..<start])).split(separator: " ").last.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            let after = String(String.UnicodeScalarView(scalars[end...])).split(separator: " ").first.map {
                $0.lowercased().trimmingCharacters(in: .punctuationCharacters)
            }
            // "the Conlon and Maguire families": a surname used as a modifier stays; "bin Laden":
            // the name's own particle before it says it whole.
            if let before, ["the", "a", "and", "or"].contains(before) || EntityTableBuilder.surnameParticles.contains(before) { continue }
            // "President Bush" is introduced enough by the title.
            let rawBefore = String(String.UnicodeScalarView(scalars[..<start])).split(separator: " ").last
            if let rawBefore, rawBefore.first?.isUppercase == true, let before, !vocabulary.honorifics.contains(before) {
                continue
            }
            if let after, ["and", "or", "family", "families"].contains(after) { continue }
            if let before, vocabulary.honorifics.contains(before) {
                start -= before.unicodeScalars.count + 1
                while start > 0, scalars[start - 1] != " " { start -= 1 }
            }
            scalars.replaceSubrange(start..<end, with: Array(entity.name.unicodeScalars))
            changes.append("\(m.text) -> \(entity.name)")
        }
    }
}
