import Foundation
import HindsightSupport

/// Holders of a post listed under a plural title: a line that ends with a colon and names a post in the plural
/// (`Since then the trust has had four chief executives:`, `The Water Ministers so far:`, `A procession of Health
/// Secretaries followed:`), then one list item per holder, each opening with the holder's name (`- Ann Reed, from
/// May 2010, who closed the old depot;`, `2. Tom Vale (2014-2019)`). Each holder named first in an item holds
/// the post in the singular (`chief executive`, `Water Minister`, `Health Secretary`): at the body its naming
/// convention gives when the page names it (``RoleTitle/organizationNames(for:)``), at the body the passage is
/// about for a post only a body has (`chief executive`, ``RoleTitle/needsBody(_:)``; none, no edge), else alone.
///
/// Precision: the item must open with the person (a name later in the item is someone the holder dealt with);
/// the title must end the introducing line's last noun phrase before the colon or stand right before `so far`,
/// `since`, `have been` and the like (`four chief executives since 2001:`); a list under a line with no plural
/// post gives nothing (`The main findings:`), and so does a person already given a post by another reader.
extension RelationReader {
    /// The posts of list items under a plural title in sentence `s` (see the extension's overview).
    func listedHolders(_ s: Sentence, _ context: RelationContext, found: [Found]) -> [Found] {
        guard s.types.contains(.person) else { return [] }
        // the passage's bytes where they are contiguous (native strings), without a copy per sentence
        return s.text.utf8.withContiguousStorageIfAvailable { listedHolders(s, context, found: found, bytes: $0) }
            ?? listedHolders(s, context, found: found, bytes: Array(s.text.utf8))
    }

    private func listedHolders<Bytes: RandomAccessCollection<UInt8>>(
        _ s: Sentence, _ context: RelationContext, found: [Found], bytes: Bytes
    ) -> [Found] where Bytes.Index == Int {
        var out: [Found] = []
        for (i, m) in s.mentions.enumerated() where s.types[i] == .person {
            let start = m.mention.utf8Range.lowerBound
            // the item's line, and its bullet right before the name
            var lineStart = start
            while lineStart > 0, bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            guard Self.bulletEnd(bytes, lineStart, start) == start, let post = Self.listTitle(bytes, before: lineStart)
            else { continue }
            let subject = m.index
            let words = RoleTitle.words(post)
            if (found + out).contains(where: { $0.subject == subject && $0.predicate == "holds_role"
                && !RoleTitle.words($0.label ?? "").isDisjoint(with: words) }) { continue }
            var f = Found(predicate: "holds_role", subject: subject, object: nil, label: RoleTitle.clean(post),
                          qualifier: nil, offset: start)
            if RoleTitle.needsBody(post) {
                guard let body = context.topic(at: start, in: s) else { continue }
                f.object = body.index
            } else {
                f.objectCandidates = RoleTitle.organizationNames(for: post)
            }
            out.append(f)
        }
        return out
    }

    /// The post a list is introduced by: back from the list item starting at `lineStart`, over the other items and
    /// blank lines, the first other line, when it ends with a colon and names a post in the plural.
    static func listTitle<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, before lineStart: Int) -> String?
    where Bytes.Index == Int {
        var end = lineStart
        while end > 0 {
            var ls = end - 1
            while ls > 0, bytes[ls - 1] != 0x0A { ls -= 1 }
            let line = String(decoding: bytes[ls..<(end - 1)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            end = ls
            if line.isEmpty || isListItem(line) { continue }
            return line.hasSuffix(":") ? pluralPost(in: String(line.dropLast())) : nil
        }
        return nil
    }

    /// Words after a plural title that still close the introducing line (`four chief executives so far:`).
    static let listTitleTails: Set<String> = ["so", "far", "since", "then", "have", "has", "been", "were", "followed",
                                               "in", "turn", "to", "date", "over", "the", "years", "are", "came", "we", "had", "as"]

    /// The post, in the singular, that a line introducing a list names in the plural at its end (`a procession of
    /// Justice Secretaries` → `Justice Secretary`, `four chief executives since 2001` → `chief executive`), or nil.
    static func pluralPost(in line: String) -> String? {
        var words = line.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters) }
        // drop the closing words (`so far`, `since 2001`, `have been`, `over the years`)
        while let last = words.last, listTitleTails.contains(last.lowercased()) || last.allSatisfy(\.isNumber) {
            words.removeLast()
        }
        // the plural noun ends the line, or stands before `of`/`for` and capitalised words (`Chief Inspectors of
        // Schools`), which belong to the post
        var n = words.count - 1
        var tail: [String] = []
        if let ofAt = words.lastIndex(where: { $0 == "of" || $0 == "for" }), ofAt > 0, ofAt < words.count - 1,
           words[(ofAt + 1)...].allSatisfy({ $0.first?.isUppercase == true || $0 == "and" || $0 == "the" }),
           singular(words[ofAt - 1]).map({ NameLexicon.roleNouns.contains($0.lowercased()) }) ?? false {
            tail = Array(words[ofAt...])
            n = ofAt - 1
        }
        guard n >= 0, let one = singular(words[n]), NameLexicon.roleNouns.contains(one.lowercased()) else { return nil }
        var title = [one]
        var k = n - 1
        // up to three words before the noun: capitalised remit words (`Justice`, `Work and Pensions`) or role
        // modifiers (`chief`, `permanent`)
        while k >= 0, title.count < 4 {
            let w = words[k]
            let l = w.lowercased()
            guard w.first?.isUppercase == true && !["The", "A", "An", "Its", "Our", "Their", "His", "Her"].contains(w)
                    || NameLexicon.roleModifiers.contains(l) && !Self.titleFunctionWords.contains(l)
                    || l == "and" && k > 0 && words[k - 1].first?.isUppercase == true else { break }
            title.insert(w, at: 0)
            k -= 1
        }
        if title.first?.lowercased() == "and" { title.removeFirst() }
        return (title + tail).joined(separator: " ")
    }

    /// Function words that end the words read before a plural post (`a procession of Water Ministers`).
    static let titleFunctionWords: Set<String> = ["of", "for", "to", "the", "a", "an", "and", "in", "at", "by", "on"]

    /// The singular of a plural post noun (`secretaries`, `chairmen`, `ombudsmen`, `executives`), or nil for a
    /// word that is not a plural.
    static func singular(_ w: String) -> String? {
        let l = w.lowercased()
        if l.hasSuffix("men"), l.count > 4 { return String(w.dropLast(3)) + "man" }
        if l.hasSuffix("ies"), l.count > 4 { return String(w.dropLast(3)) + "y" }
        if l.hasSuffix("s"), !l.hasSuffix("ss"), l.count > 3 { return String(w.dropLast()) }
        return nil
    }

    /// Whether a trimmed line is a list item: `- `, `* `, `• ` or a number with `.` or `)` and a space first.
    static func isListItem(_ line: String) -> Bool {
        let b = Array(line.utf8)
        return bulletEnd(b, 0, b.count) != nil
    }

    /// Where the bullet opening `bytes[from..<limit]` and the spaces after it end (`- `, `* `, `• `, `2. `, `10) `,
    /// after any indentation), or nil when the text there opens with no bullet.
    static func bulletEnd<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ from: Int, _ limit: Int) -> Int?
    where Bytes.Index == Int {
        var i = from
        while i < limit, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < limit else { return nil }
        let b0 = i
        if bytes[i] == 0x2D || bytes[i] == 0x2A { i += 1 }  // - *
        else if i + 2 < limit, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA2 { i += 3 }  // •
        else {
            while i < limit, bytes[i] >= 0x30 && bytes[i] <= 0x39, i - b0 < 3 { i += 1 }
            guard i > b0, i < limit, bytes[i] == 0x2E || bytes[i] == 0x29 else { return nil }
            i += 1
        }
        guard i < limit, bytes[i] == 0x20 else { return nil }
        while i < limit, bytes[i] == 0x20 { i += 1 }
        return i
    }
}
