import Foundation

/// A successor takes over the post of the one replaced: `Ann Reed chaired Harbour Homes for ten years. Tom Vale
/// succeeded her in May.` → Tom Vale is chair of Harbour Homes. Read over a whole document, after its sentences:
/// the post is mostly stated sentences before the succession, in the same post (`Tom Vale, Ann Reed's successor, ...`).
///
/// Only posts one person holds at a time are handed on (a chair, a chief executive, a secretary of state, a
/// chief inspector, a commissioner), never a membership or a post many hold (an MP, a councillor, a nurse). When
/// the succession names the post itself (`Tom Vale replaced Ann Reed as chair`), that post is the one taken and
/// nothing else is handed on.
public enum RoleInheritance {
    /// Words of a post that one person holds at a time.
    static let singleHolderWords: Set<String> = [
        "chair", "chairman", "chairwoman", "chief", "secretary", "minister", "commissioner", "inspector", "director", "governor",
        "head", "president", "leader", "ombudsman", "mayor", "chancellor", "editor", "registrar", "principal",
        "headteacher", "superintendent", "constable", "general", "regulator", "auditor", "speaker",
    ]
    // (`executive` alone is no such word: `a former Shell executive` is one of many; `chief executive` has `chief`)
    /// Words of a post many hold at once, or of a membership.
    static let manyHolderWords: Set<String> = [
        "mp", "member", "members", "councillor", "peer", "officer", "worker", "nurse", "trustee", "fellow",
        "professor", "lecturer", "adviser", "advisor", "campaigner", "founder", "co-founder", "deputy", "vice",
        "assistant", "non-executive", "backbencher", "blogger", "spokesperson", "spokesman", "spokeswoman",
    ]
    /// Words before a post that belong to its holder, not to the post (`the first chief executive`).
    static let holderWords: Set<String> = ["first", "founding", "new", "last", "longest-serving", "long-serving",
                                           "inaugural", "latest", "incoming"]

    /// Whether a title names a post one person holds at a time.
    static func isSingleHolderPost(_ title: String) -> Bool {
        let w = Set(title.lowerWords)
        guard !w.contains(where: { manyHolderWords.contains($0) }) else { return false }
        return w.contains { singleHolderWords.contains($0) }
    }

    /// The title as handed on: the holder's own words (`first`, `new`) left out.
    static func handedTitle(_ title: String) -> String {
        var words = title.split(separator: " ").map(String.init)
        while let f = words.first, holderWords.contains(f.lowercased()), words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Whether two mentions name the same person in one document: the same name, or the same surname when one
    /// is the surname alone (`Ann Reed` … `Reed`).
    static func samePerson(_ a: EntityMention, _ b: EntityMention) -> Bool {
        let x = a.canonicalName.lowercased(), y = b.canonicalName.lowercased()
        if x == y { return true }
        let xs = x.split(separator: " "), ys = y.split(separator: " ")
        guard let xl = xs.last, let yl = ys.last, xl == yl else { return false }
        return xs.count == 1 || ys.count == 1
    }

    /// The name of the body a post is at (its mention's name, or the name it implies), empty for a role alone.
    static func bodyName(_ f: RelationCandidate, _ mentions: [LocatedMention]) -> String {
        f.object.map { mentions[$0].mention.canonicalName } ?? f.objectName ?? ""
    }

    /// The post the one replaced held, read from the heir's when nothing of the one replaced is stated: `Its chief
    /// executive, Tom Vale, took over from Ann Reed in 2019`; `Tom Vale is chief executive of Harbour Homes. His
    /// predecessor, Ann Reed, ...` → Ann Reed was chief executive of Harbour Homes (`former`, ending when the heir
    /// took over). The heir's posts one person holds at a time, held now (not `former`, not `shadow`), stated on the
    /// succession's line or the nearest line before it, at one body only (posts at two bodies there: which one was
    /// taken is not said, so none is handed back). Nothing when the one replaced already holds that post there.
    static func handedBack(_ succession: RelationCandidate, _ found: [RelationCandidate], mentions: [LocatedMention]) -> [RelationCandidate] {
        guard let o = succession.object else { return [] }
        let heir = mentions[succession.subject].mention, left = mentions[o].mention
        let own = found.filter { f in
            (f.predicate == "holds_role" || f.predicate == "leads") && mentions[f.subject].mention.type == .person
                && samePerson(mentions[f.subject].mention, heir) && f.post == succession.post && f.line <= succession.line
                && (f.predicate == "leads" || f.label.map(isSingleHolderPost) ?? false)
                && (f.object != nil || f.objectName != nil || !RelationReader.isOrganizationPost(f.label ?? "")
                    || (f.label ?? "").lowerWords.contains(where: { ["of", "for"].contains($0) }))
                && f.qualifier != "former" && f.qualifier != "shadow"
        }
        guard let nearest = own.map(\.line).max() else { return [] }
        let posts = own.filter { $0.line == nearest }
        let bodies = Set(posts.filter { $0.predicate == "holds_role" }.map { bodyName($0, mentions) })
        guard bodies.count == 1 else { return [] }
        // a post stated lines before is not the one taken when the succession names another body just before the one
        // replaced (`he became Governor of the Central Bank, succeeding Ann Reed`: his earlier post was elsewhere)
        if nearest < succession.line {
            let at = mentions[o].mention.utf8Range
            if mentions.contains(where: { m in m.mention.type == .organization && m.post == succession.post && m.line == succession.line
                && m.mention.utf8Range.upperBound <= at.lowerBound && at.lowerBound - m.mention.utf8Range.upperBound <= 50
                && !bodies.contains(m.mention.canonicalName) }) { return [] }
        }
        var out: [RelationCandidate] = []
        for p in posts {
            // the one replaced already holds a post there
            if found.contains(where: { f in (f.predicate == p.predicate) && samePerson(mentions[f.subject].mention, left)
                && bodyName(f, mentions) == bodyName(p, mentions) && (p.predicate == "leads" || RoleTitle.key(f.label ?? "") == RoleTitle.key(p.label ?? "")) }) { continue }
            var e = p
            e.subject = o
            e.label = p.label.map(handedTitle)
            e.qualifier = "former"
            e.start = nil
            e.end = succession.start
            e.post = succession.post
            e.kind = succession.kind
            e.line = succession.line
            out.append(e)
        }
        return out
    }

    /// Whether a post of the one replaced began when the succession did or later and is still held: the post taken
    /// on leaving (`she succeeded Tom Vale, who left in 2012 to become finance director of Westside`: the Westside
    /// post, from 2012, is not the one she took over), which tells nothing of the post handed on. A post with an
    /// end (`resigned as chair this morning`) or called former is one left, not one taken, and so is a post at a
    /// body where the heir holds a post (`who chaired the commission from 2012`, the heir now its chair).
    static func takenOnLeaving(_ post: RelationCandidate, _ succession: RelationCandidate, heirsBodies: Set<String>,
                               _ mentions: [LocatedMention]) -> Bool {
        guard let began = post.start, let replaced = succession.start, post.end == nil, post.qualifier == nil,
              !heirsBodies.contains(bodyName(post, mentions)) else { return false }
        return began.end >= replaced.start
    }

    /// Whether a post of the one replaced is a career they had, not a post anyone takes over from them: a `former`
    /// post at no body that names no scope of its own (`Ann Reed, a former headteacher,`; `a one-time probation
    /// officer`). A former post that names its scope (`the former chief inspector of prisons`, `a former schools
    /// minister`) is a post all the same.
    static func isFormerCareer(_ f: RelationCandidate) -> Bool {
        guard f.predicate == "holds_role", f.qualifier == "former", f.object == nil, f.objectName == nil, let label = f.label else { return false }
        return !EventParticipants.isMinisterial(label) && !label.lowerWords.contains(where: { ["of", "for"].contains($0) })
    }

    /// Words opening an apposition that tells a holder's past, one post among others in a career: `Ann Reed, a
    /// former chief executive of Westside Care,`; `Tom Vale, an ex-director of the Harbour Trust,`; `Sam Cole,
    /// formerly head of the Rivers Office,`. (`the former chief inspector` names the post the page is about, and is
    /// not one of them.)
    static let careerAppositionLeads = [", a former ", ", an ex-", ", a one-time ", ", a onetime ", ", formerly ", ", previously ",
                                        ", once "]

    /// Whether a `former` post is told in a career apposition right after its holder's name (``careerAppositionLeads``):
    /// a post the holder had left before the page's story, so never the one a successor takes over (`Ann Reed, a
    /// former chief executive of Westside Care, was the trust's first chair. Tom Vale succeeded her in 2010.`: he
    /// takes nothing at Westside Care). `text(post, passage)`: the text of a passage.
    static func isCareerApposition(_ f: RelationCandidate, _ mentions: [LocatedMention], text: ((Int, Int) -> String)?) -> Bool {
        guard f.qualifier == "former", let text, f.subject < mentions.count else { return false }
        let m = mentions[f.subject]
        let passage = text(m.post, m.passage)
        let after = RelationReader.Sentence.slice(passage, m.mention.utf8Range.upperBound, min(passage.utf8.count, m.mention.utf8Range.upperBound + 160))
        let lower = after.lowercased()
        guard let lead = careerAppositionLeads.first(where: { lower.hasPrefix($0) }) else { return false }
        // the post is the apposition's own (`chaired the trust until 2015` after `, a former headteacher,` is not)
        let apposition = lower.dropFirst(lead.count).prefix { !",;.()".contains($0) }
        // (a `leads` names no title: the body it is said of is named in the apposition, `a former head of Westside Care`)
        if f.predicate == "leads", let o = f.object, o < mentions.count {
            return apposition.fastContains(mentions[o].mention.text.lowercased())
        }
        let title = (f.label.map(handedTitle) ?? "").lowercased()
        return !title.isEmpty && apposition.lowerWords.starts(with: title.lowerWords)
    }

    /// The posts handed on by the successions among `found` (relations read from one document's sentences), and
    /// handed on again along a chain of holders: `Ann Reed was chief executive of Harbour Homes. She was succeeded by
    /// Tom Vale, who was in turn replaced by Sam Cole in 2021.` → Tom Vale, then Sam Cole, hold the post (each
    /// round hands on the posts the round before handed to an heir, up to ``chainRounds`` holders along).
    /// `text(post, passage)`: the text of a passage, read for the words after a holder's name
    /// (``isCareerApposition(_:_:text:)``).
    public static func inherited(_ found: [RelationCandidate], mentions: [LocatedMention],
                                 text: ((Int, Int) -> String)? = nil) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        var seen = Set(found.map { key($0, mentions) })
        for _ in 0..<chainRounds {
            let new = inheritedOnce(found + out, handed: Set(out.map { key($0, mentions) }), mentions: mentions, text: text)
                .filter { seen.insert(key($0, mentions)).inserted }
            if new.isEmpty { break }
            out += new
        }
        return out
    }

    /// The post a succession names, placed at the body where the one replaced held it: `Tom Vale took over from Ann
    /// Reed as director general` after `Ann Reed, director general of the Westside Trust, ...` → Tom Vale is director
    /// general of the Westside Trust. Only the heir's post that no rule placed (`sameLine`: the succession's line),
    /// and only when the one replaced held that title, by the succession's line, at one body.
    static func placedAtPredecessorsBody(_ succession: RelationCandidate, _ sameLine: [RelationCandidate], _ found: [RelationCandidate],
                                         mentions: [LocatedMention]) -> [RelationCandidate] {
        guard let o = succession.object else { return [] }
        let heir = mentions[succession.subject].mention, left = mentions[o].mention
        var out: [RelationCandidate] = []
        for g in sameLine where g.predicate == "holds_role" && g.subject == succession.subject && g.object == nil && g.objectName == nil
            && g.qualifier != "former" && g.label.map(isSingleHolderPost) ?? false {
            let title = RoleTitle.key(handedTitle(g.label ?? ""))
            // the heir already holds that title at a body
            if found.contains(where: { f in f.predicate == "holds_role" && samePerson(mentions[f.subject].mention, heir)
                && (f.object != nil || f.objectName != nil) && RoleTitle.key(handedTitle(f.label ?? "")) == title }) { continue }
            let held = found.filter { f in f.predicate == "holds_role" && mentions[f.subject].mention.type == .person
                && samePerson(mentions[f.subject].mention, left) && f.post == succession.post && f.line <= succession.line
                && (f.object != nil || f.objectName != nil) && RoleTitle.key(handedTitle(f.label ?? "")) == title }
            guard let nearest = held.map(\.line).max() else { continue }
            let there = held.filter { $0.line == nearest }
            guard Set(there.map { bodyName($0, mentions) }).count == 1, let p = there.first else { continue }
            var e = g
            e.object = p.object
            e.objectName = p.objectName
            e.label = handedTitle(g.label ?? "")
            out.append(e)
        }
        return out
    }

    /// How many holders along a chain a post is handed on.
    static let chainRounds = 4

    /// An edge's identity for ``inherited(_:mentions:)``: predicate, subject, body and title, and line.
    static func key(_ e: RelationCandidate, _ mentions: [LocatedMention]) -> String {
        "\(e.predicate)|\(mentions[e.subject].mention.canonicalName)|\(e.object.map { mentions[$0].mention.canonicalName } ?? "")|\(e.objectName ?? "")|\(RoleTitle.key(e.label ?? ""))|\(e.line)"
    }

    /// One round of ``inherited(_:mentions:)``: the posts handed on by the successions among `found`. `handed`: the
    /// keys of the posts earlier rounds handed on (each begins with its succession, and so is never one taken on
    /// leaving: `Tom Vale, who was in turn replaced by Sam Cole in 2021`).
    static func inheritedOnce(_ found: [RelationCandidate], handed: Set<String> = [], mentions: [LocatedMention],
                              text: ((Int, Int) -> String)? = nil) -> [RelationCandidate] {
        var out: [RelationCandidate] = []
        let people = { (i: Int) -> Bool in mentions[i].mention.type == .person }
        for succession in found where succession.predicate == "successor_of" && people(succession.subject) {
            guard let o = succession.object, people(o) else { continue }
            let heir = mentions[succession.subject].mention, left = mentions[o].mention
            guard !samePerson(heir, left) else { continue }
            // the succession names the post: `replaced Ann Reed as chair` (the one replaced holds it, `former`, on
            // the same line)
            let sameLine = found.filter { $0.line == succession.line && $0.post == succession.post }
            let named = sameLine.contains { f in
                f.predicate == "holds_role" && samePerson(mentions[f.subject].mention, left) && f.qualifier == "former"
                    && sameLine.contains { g in g.predicate == "holds_role" && g.subject == succession.subject && g.label == f.label }
            }
            if named {
                out += placedAtPredecessorsBody(succession, sameLine, found, mentions: mentions)
                continue
            }
            let heirsBodies = Set(found.filter { f in (f.predicate == "holds_role" || f.predicate == "leads") && people(f.subject)
                && samePerson(mentions[f.subject].mention, heir) }.map { bodyName($0, mentions) })
            // the posts of the one replaced stated before the succession, or on its line; the nearest ones
            let stated = found.filter { f in
                (f.predicate == "holds_role" || f.predicate == "leads") && people(f.subject) && samePerson(mentions[f.subject].mention, left)
                    && f.post == succession.post && f.line <= succession.line
                    && (f.predicate == "leads" || f.label.map(isSingleHolderPost) ?? false)
                    // a post inside an organization that no rule placed is handed on nowhere (`the director general`
                    // alone); a post of its own (`schools minister`, `chief inspector of prisons`) is handed on as it is
                    && (f.object != nil || f.objectName != nil || !RelationReader.isOrganizationPost(f.label ?? "")
                        || (f.label ?? "").lowerWords.contains(where: { ["of", "for"].contains($0) }))
                    && f.qualifier != "shadow"
                    && (handed.contains(key(f, mentions)) || !takenOnLeaving(f, succession, heirsBodies: heirsBodies, mentions))
                    && !isFormerCareer(f) && !isCareerApposition(f, mentions, text: text)
            }
            // a post the one replaced had left before (`who had run Westside Care`) is not the one handed on, when
            // a post held at the time is stated
            let held = stated.filter { $0.qualifier != "former" }
            // (nor a body led before, said of the one replaced where she herself took over from someone, `Ann Reed, who
            // had run the charity Westside, followed him in 2001. She was succeeded by Tom Vale`: her career, not the
            // post handed on)
            let heirMentions = Set(found.filter { $0.predicate == "successor_of" }.map(\.subject))
            var posts = held.isEmpty ? stated.filter { !($0.predicate == "leads" && $0.qualifier == "former" && heirMentions.contains($0.subject)) } : held
            // `Her successor at Westside Care is Tom Vale`: a body named right before the heir that the one replaced
            // held a post at is where the post handed on is (not her post elsewhere)
            if succession.subject > 0 {
                let h = mentions[succession.subject], b = mentions[succession.subject - 1]
                if b.mention.type == .organization, b.post == h.post, b.passage == h.passage,
                   h.mention.utf8Range.lowerBound - b.mention.utf8Range.upperBound <= 12 {
                    let there = stated.filter { f in f.object.map { mentions[$0].mention.canonicalName == b.mention.canonicalName } ?? false }
                    if !there.isEmpty { posts = there }
                }
            }
            guard let nearest = posts.map(\.line).max() else {
                // nothing stated of the one replaced: the heir's post, held before by the one replaced
                if stated.isEmpty { out += handedBack(succession, found, mentions: mentions) }
                continue
            }
            // `Ann Reed, head of Westside School, was made chair of the Harbour Trust; Tom Vale later succeeded her`:
            // posts at two different bodies on that line, and the succession names neither: which one was handed on
            // is not said, so none is
            let bodies = Set(posts.filter { $0.line == nearest && $0.predicate == "holds_role" }
                .map { p in p.object.map { mentions[$0].mention.canonicalName } ?? p.objectName ?? "" })
            // the heir's own posts stated with the succession: only the same post is handed on (`Tom Vale, chief
            // executive of Westside, replaced Ann Reed` takes her chief executive post, not her other ones)
            // (an occupation given with no organization, `Tom Vale, a career civil servant, replaced Ann Reed`, is no
            // post held there: her post is still handed on)
            let own = Set(sameLine.filter { $0.predicate == "holds_role" && $0.subject == succession.subject && $0.qualifier != "former"
                && ($0.object != nil || $0.objectName != nil || RelationReader.isOrganizationPost($0.label ?? "")) }
                .map { RoleTitle.key($0.label ?? "") })
            if bodies.count > 1, own.isEmpty { continue }
            // `Sam Woods succeeded him as chief executive of the PRA`: the heir's post named with its own body on the
            // succession's line is the one taken, not the same post the one replaced held elsewhere
            let ownBodies = sameLine.filter { $0.predicate == "holds_role" && $0.subject == succession.subject && $0.qualifier != "former"
                && ($0.object != nil || $0.objectName != nil) }
            func elsewhere(_ p: RelationCandidate) -> Bool {
                ownBodies.contains { o in RoleTitle.key(o.label ?? "") == RoleTitle.key(p.label ?? "") && bodyName(o, mentions) != bodyName(p, mentions) }
                    || p.predicate == "leads" && ownBodies.contains { o in isSingleHolderPost(o.label ?? "") && bodyName(o, mentions) != bodyName(p, mentions)
                        && posts.contains { $0.predicate == "holds_role" && $0.line == nearest && bodyName($0, mentions) == bodyName(p, mentions) && RoleTitle.key($0.label ?? "") == RoleTitle.key(o.label ?? "") } }
            }
            for p in posts where p.line == nearest && !elsewhere(p) && (own.isEmpty || own.contains(RoleTitle.key(p.label ?? ""))
                || p.predicate == "leads" && posts.contains { $0.predicate == "holds_role" && $0.line == nearest && $0.object == p.object && own.contains(RoleTitle.key($0.label ?? "")) }) {
                // the heir already holds this post at this organization
                if found.contains(where: { f in f.predicate == p.predicate && samePerson(mentions[f.subject].mention, heir)
                    && f.object.map({ mentions[$0].mention.canonicalName }) == p.object.map({ mentions[$0].mention.canonicalName })
                    && f.objectName == p.objectName && (p.predicate == "leads" || RoleTitle.key(f.label ?? "") == RoleTitle.key(p.label ?? "")) }) { continue }
                var e = p
                e.subject = succession.subject
                e.label = p.label.map(handedTitle)
                e.qualifier = nil
                e.start = succession.start
                e.end = nil
                e.post = succession.post
                e.kind = succession.kind
                e.line = succession.line
                out.append(e)
            }
        }
        // one of each
        var seen = Set<String>()
        return out.filter { seen.insert(key($0, mentions)).inserted }
    }
}
