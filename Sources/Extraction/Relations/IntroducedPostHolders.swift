import Foundation
import HindsightSupport

/// A post introduced with its body, then its holder named by reference to it: `The Act set up the Rivers Office,
/// headed by a Director General of Water Services. The first holder of that post was Ann Reed.`; `The council
/// was placed under a Chief Commissioner; Tom Vale held that job first, from 1990 to 1996.`; `... led by a Chief
/// Executive. Sam Cole was the first to hold the post.` The holder holds the post at the body (`holds_role`,
/// and `leads` for a head's title), and those who succeed them take it on (``RoleInheritance``).
///
/// The post: a title written with capitals after `headed by a`, `led by a`, `run by a`, `under a` (or `an`),
/// naming a post one person holds at a time (``RoleInheritance/isSingleHolderPost(_:)``), in this sentence
/// before the holder or in the one before; its body: the body named right before that cue (a short abbreviation
/// between commas may stand between: `the Rivers Office, Rivo, headed by`). The reference: `the first holder of
/// that post was`, `the first to hold the job was` before the holder, or `held that job first`, `was the first to
/// hold it`, `was its first holder` after. Without such a reference (`Ann Reed criticised the office`), or with
/// a title that many hold (`headed by a board of trustees`, `under a Labour government`), nothing is read.
extension RelationReader {
    /// The introduction of a post after its body: `headed by a Director General of Water Services`.
    static let postIntroduction = try! NSRegularExpression(pattern:
        #"(?:,\s*|\s)(?:headed by|led by|run by|under)\s+an?\s+((?:[A-Z][A-Za-z'-]*)(?:\s+(?:[A-Z][A-Za-z'-]*|of|for|and|the))*)"#)
    /// References before the holder to the post just introduced: `The first holder of that post was`.
    static let postReferenceLeads = try! NSRegularExpression(pattern:
        #"(?:^|[;:]\s*|,\s*and\s+|\.\s+)the first (?:holder of (?:that|the|this) (?:post|job|office|role)|(?:person )?to hold (?:that|the|this) (?:post|job|office|role)|holder) (?:was|were)\s+(?:the\s+[a-z][a-z -]{0,30}\s+)?$"#)
    /// References after the holder: `held that job first`, `was the first to hold it`.
    static let postReferenceTails = try! NSRegularExpression(pattern:
        #"^(?:,[^,;.]{1,60},)?\s+(?:held (?:that|the|this) (?:post|job|office|role) first\b|was the first (?:to hold (?:it|that (?:post|job|office|role)|the (?:post|job|office|role))|holder of (?:that|the) (?:post|job|office|role))\b|was its first holder\b|became (?:its|the) first holder\b)"#)

    func introducedPostHolders(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.lower.fastContains("first") else { return [] }
        let people = s.mentions.indices.filter { s.type($0) == .person }
        guard !people.isEmpty else { return [] }
        var out: [Found] = []
        for i in people {
            let at = s.mentions[i].mention.utf8Range.lowerBound
            let lead = Sentence.plainSpaces(s.slice(s.range.lowerBound, at)).lowercased()
            let after = s.after(i, 120).lowercased()
            let ln = lead as NSString, an = after as NSString
            let referred = RelationReader.postReferenceLeads.firstMatch(in: lead, range: NSRange(location: 0, length: ln.length)) != nil
                || RelationReader.postReferenceTails.firstMatch(in: after, range: NSRange(location: 0, length: an.length)) != nil
            guard referred else { continue }
            // the post introduced last: in this sentence before the holder, or in the one before
            let from = min(context.previousSentenceStart, s.range.lowerBound)
            let window = Sentence.slice(s.text, from, at)
            let wn = window as NSString
            guard let m = RelationReader.postIntroduction.matches(in: window, range: NSRange(location: 0, length: wn.length)).last else { continue }
            var title = wn.substring(with: m.range(at: 1))
            // (a title ends before a lower-case joining word left at its end: `a Chief Commissioner and` → the commissioner)
            while let last = title.split(separator: " ").last, ["of", "for", "and", "the"].contains(String(last)) {
                title = String(title.dropLast(last.count)).trimming(" ")
            }
            guard RoleInheritance.isSingleHolderPost(title) else { continue }
            let cueAt = from + wn.substring(to: m.range.location).utf8.count
            // the body: named right before the cue (an abbreviation between commas may stand between)
            let bodies = (context.before.map { ($0.index, $0.mention) } + s.mentions.map { ($0.index, $0.mention) })
                .filter { $0.1.type == .organization && $0.1.utf8Range.upperBound <= cueAt && cueAt - $0.1.utf8Range.upperBound <= 40 }
            guard let body = bodies.max(by: { $0.1.utf8Range.upperBound < $1.1.utf8Range.upperBound }) else { continue }
            let gap = Sentence.slice(s.text, body.1.utf8Range.upperBound, cueAt)
            let abbreviation = gap.range(of: #"^,\s*[A-Z][A-Za-z&]{1,11},?\s*$"#, options: .regularExpression) != nil
            guard gap.trimming(" ,").isEmpty || abbreviation else { continue }
            // `the Rivers Office, Rivo, headed by`: the body's full name, before its abbreviation
            var object = body.0
            if let named = bodies.filter({ $0.1.utf8Range.upperBound < body.1.utf8Range.lowerBound })
                .max(by: { $0.1.utf8Range.upperBound < $1.1.utf8Range.upperBound }),
               Sentence.slice(s.text, named.1.utf8Range.upperBound, body.1.utf8Range.lowerBound) == ", ",
               body.1.text.split(separator: " ").count == 1, body.1.text.count <= 12 { object = named.0 }
            out.append(Found(predicate: "holds_role", subject: s.mentions[i].index, object: object, label: title, offset: at))
            let head = title.lowercased().components(separatedBy: " of ").first ?? title
            if RelationReader.isLeaderTitle(head) {
                out.append(Found(predicate: "leads", subject: s.mentions[i].index, object: object, offset: at))
            }
        }
        return out
    }
}
