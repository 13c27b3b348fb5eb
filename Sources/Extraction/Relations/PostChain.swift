import Foundation
import HindsightSupport

/// A chain of holders of one post told across sentences and paragraphs: `Ann Rowe was chief executive of the
/// Rivers Trust until 2004. She retired that year and was replaced by Tom Hale. Priya Das followed him, and the
/// engineer Sam Ode took over in 2019.` → Priya Das succeeded Tom Hale, Sam Ode succeeded Priya Das, and each
/// holds the post (chief executive, Rivers Trust).
///
/// The passage is read as a "post in discussion": a post one person holds at a time (``RoleInheritance``'s
/// single-holder posts) with its body, and its current holder. The state is built from what the other readers
/// find in the sentences before (up to ``chainParagraphs`` paragraphs back, within ``chainWindow`` bytes): a post
/// stated (`Its first chair was Ann Rowe`) opens it with its holder; a succession found (`was replaced by Tom
/// Hale`, `Ann Rowe's successor, Tom Hale`) hands it to the newcomer. Then clauses that name a newcomer but not
/// the one replaced refer to it:
/// - a verb of taking the post with no object: `X took over (in 2019)`, `took the chair`, `took the job`,
///   `stepped in`, `stood in`, `filled the vacancy`, `has had the job`, `followed in 1992`; with `as TITLE`
///   (`stepped in as acting chief executive`) the title picks the post, and must be one in discussion;
/// - a verb with the post after it: `X became (acting) TITLE`, `was appointed TITLE`, `was named TITLE`, when
///   TITLE is a post in discussion;
/// - the post as subject: `the post went to X`, `that job passed to X`, `the chair went to X`;
/// - a pronoun for the one replaced: `X followed her`, `X ... in his place`: the holder of the post, when the
///   pronoun's sex fits;
/// - the one replaced named: `A handed over in 2012 to B`; `followed by A, and A in turn by B`.
///
/// The newcomer succeeds the holder (`successor_of`) and holds the post (`holds_role`), and becomes its holder
/// for the clauses after. Precision first: nothing when two posts are in discussion and the clause names none
/// (`Its chair was A and its chief executive B. C took over in 2010.`), when the clause is negated, planned or
/// asked, or when another reader already found who the newcomer replaced.
extension RelationReader {
    /// How far back (UTF-8 bytes, and paragraphs) the post in discussion is read from.
    static let chainWindow = 4000, chainParagraphs = 1

    /// Phrases one of which a sentence must hold for a chain clause to be read in it (a cheap filter: the sentences
    /// before are read again only then).
    static let chainCues = ["took over", "takes over", "taken over", "took the ", "took up ", "took charge", "took office",
                            "stepped in", "stood in", "filled the ", "followed", " the job", " the post", "became ", "has become ",
                            "was appointed", "was named", "was made ", "was confirmed", "was chosen", "was installed", "went to ",
                            "passed to ", "fell to ", "handed over", "in turn", " place", "s successor", "chose ", "appointed ",
                            "named ", "picked ", "hired ", "recruited "]

    /// Verbs of taking a post with no object, right after the newcomer (an apposition may stand between).
    static let chainTakingVerbs: [[String]] = [
        "took over", "takes over", "has taken over", "had taken over", "took the chair", "took the job", "took the post",
        "took the helm", "took the reins", "took up the post", "took up the job", "took up the role", "took charge",
        "took office", "stepped in", "has stepped in", "stood in", "filled the vacancy", "filled the post",
        "has had the job", "had the job", "has held the job", "has held the post", "followed",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Verbs after the newcomer followed by the post taken: `became interim chief executive`.
    static let chainPostVerbs: [[String]] = [
        "became", "was appointed", "was named", "was made", "was confirmed as", "was chosen as", "was installed as",
        "was appointed as", "was named as", "has become",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Adverbs that may stand between the newcomer and the verb.
    static let chainAdverbs: Set<String> = ["then", "later", "eventually", "duly", "soon", "briefly", "himself", "herself",
                                            "finally", "subsequently", "temporarily"]

    /// Nouns for the post itself as a subject: `the post went to X`.
    static let chainPostNouns: Set<String> = ["post", "job", "chair", "role", "office", "chairmanship", "seat", "top"]

    /// Whether the words after `followed` (and its object) leave it a succession: nothing, a time (`in 1992`, `in
    /// turn`, `that year`, `soon after`), the post (`as chair`) or the next clause (`and stayed until 1998`).
    static func endsOrDates(_ words: [String]) -> Bool {
        guard let first = words.first else { return true }
        if ["as", "and", "soon", "shortly", "later", "that", "the", "a", "two", "three", "some", "within", "after"].contains(first)
            || first.allSatisfy(\.isNumber) { return first != "the" || words.count > 1 && ["following", "next", "same"].contains(words[1]) }
        guard ["in", "on", "at"].contains(first), words.count > 1 else { return false }
        let w = words[1]
        return w.allSatisfy(\.isNumber) || RoleTitle.monthNames.contains(w) || ["turn", "early", "late", "mid", "spring", "summer", "autumn", "winter"].contains(w)
            || w == "the" && words.count > 2 && (["start", "end", "spring", "summer", "autumn", "winter", "following", "new", "same"].contains(words[2]))
    }

    /// Whether two mentions name the same person (``RoleInheritance/samePerson(_:_:)``), a title before either
    /// left out: `Baroness Prashar` … `Usha Prashar`.
    static func chainSamePerson(_ a: EntityMention, _ b: EntityMention) -> Bool {
        if RoleInheritance.samePerson(a, b) { return true }
        func bare(_ m: EntityMention) -> [String] {
            var w = m.canonicalName.lowercased().split(separator: " ").map(String.init)
            while let f = w.first, w.count > 1, NameLexicon.honorifics.contains(f) { w.removeFirst() }
            return w
        }
        let x = bare(a), y = bare(b)
        guard let xl = x.last, let yl = y.last, xl == yl else { return false }
        let titled = { (m: EntityMention) in NameLexicon.honorifics.contains(m.canonicalName.lowercased().split(separator: " ").first.map(String.init) ?? "") }
        return x.count == 1 || y.count == 1 || x == y || titled(a) || titled(b)
    }

    /// One post in discussion: its title, its body (a mention index, or a name), its holder.
    struct ChainPost {
        var title: String
        var body: Int?
        var bodyName: String?
        var bodyKey: String
        var holder: (index: Int, mention: EntityMention)
        /// Where it was last stated or handed on (UTF-8 offset), and in which sentence (its start).
        var at: Int
        var sentence: Int

        var key: String { RoleTitle.key(title) + "|" + bodyKey }
    }

    /// The chain edges of sentence `s` (``found``: what the other readers found in it).
    func postChain(_ found: [Found], _ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        // (a second reading with time phrases left out, ``TransparentPhrases``, is read once, as written)
        guard !s.isQuestion, s.types.contains(.person), RelationReader.chainCues.contains(where: { s.lower.fastContains($0) }),
              Sentence.slice(context.text, s.range.lowerBound, s.range.upperBound) == s.whole else { return [] }
        // the sentences before, in the window
        let lo = max(0, s.range.lowerBound - RelationReader.chainWindow)
        let (starts, paragraphs) = RelationContext.layout(s.text, from: lo, to: s.range.lowerBound)
        let paraStarts = paragraphs.filter { $0 <= s.range.lowerBound }
        let from = paraStarts.count > RelationReader.chainParagraphs ? paraStarts[paraStarts.count - 1 - RelationReader.chainParagraphs] : lo
        var sentenceStarts = starts.filter { $0 >= from && $0 < s.range.lowerBound }
        if let first = sentenceStarts.first, first > from { sentenceStarts.insert(from, at: 0) }
        if sentenceStarts.isEmpty, from < s.range.lowerBound { sentenceStarts = [from] }
        var posts: [ChainPost] = []
        for (n, st) in sentenceStarts.enumerated() {
            let end = n + 1 < sentenceStarts.count ? sentenceStarts[n + 1] : s.range.lowerBound
            let ms = context.before.filter { $0.mention.utf8Range.lowerBound >= st && $0.mention.utf8Range.upperBound <= end }
            // (a sentence that names no person states no post held nor handed on)
            guard ms.contains(where: { $0.mention.type == .person }) else { continue }
            let t = Sentence(text: s.text, range: st..<end, mentions: ms)
            let ct = RelationContext(text: s.text, sentence: st..<end, mentions: ms.map(\.index), all: all)
            var base = roleRelations(t) + successionRelations(t) + pronounSuccession(t, ct) + stepDownTakeOver(t, ct)
                + passiveSuccessionAfterClause(t, ct)
            base = placeRoles(base, t, ct)
            update(&posts, with: base, sentence: st, all: all)
            let chained = chainClauses(base, t, ct, posts: &posts, all: all)
            // (its successions already handed the post on)
            update(&posts, with: chained.filter { $0.predicate != "successor_of" }, sentence: st, all: all)
        }
        update(&posts, with: found, sentence: s.range.lowerBound, all: all, successionsOnly: true)
        return chainClauses(found, s, context, posts: &posts, all: all)
    }

    /// The posts in discussion after the relations `found` of one sentence: a single-holder post stated opens (or
    /// re-opens) a post with its holder; a succession between people hands the one replaced's post on.
    func update(_ posts: inout [ChainPost], with found: [Found], sentence: Int, all: [LocatedMention], successionsOnly: Bool = false) {
        if !successionsOnly {
            for f in found where f.predicate == "holds_role" && all[f.subject].mention.type == .person {
                guard let label = f.label, f.qualifier != "former", f.qualifier != "shadow",
                      RoleInheritance.isSingleHolderPost(label), f.object != nil || f.objectName != nil else { continue }
                let title = RoleInheritance.handedTitle(RoleTitle.clean(label))
                // a title of a few words and no clause (`the first career lawyer to become director` is no post's name)
                guard title.lowerWords.count <= 5, !title.lowerWords.contains(where: { ["to", "who", "which", "that", "become", "became"].contains($0) }) else { continue }
                let bodyKey = f.object.map { all[$0].mention.canonicalName } ?? f.objectName ?? ""
                // (only a post at a body the text names opens a chain: a post whose body is known only by its title,
                // `culture secretary`, `minister for the arts`, is a government's, and handing it along a passage about
                // a body's chairs gave wrong edges on the regression sets: +2 right, +3 wrong when tried)
                guard let body = f.object, all[body].mention.type != .person else { continue }
                let p = ChainPost(title: title, body: f.object, bodyName: f.objectName, bodyKey: bodyKey,
                                  holder: (f.subject, all[f.subject].mention), at: f.offset, sentence: sentence)
                posts.removeAll { $0.key == p.key }
                posts.append(p)
            }
        }
        for f in found where f.predicate == "successor_of" && all[f.subject].mention.type == .person {
            guard let o = f.object, all[o].mention.type == .person else { continue }
            let held = posts.indices.filter { RelationReader.chainSamePerson(posts[$0].holder.mention, all[o].mention) }
            // the newcomer's own post stated with the succession picks the one handed on (`succeeded him as chief
            // executive of the PRA`); with none that fits, the one replaced's only post
            let stated = found.filter { $0.predicate == "holds_role" && $0.subject == f.subject && $0.qualifier != "former" }
            var handed = held.filter { k in stated.contains { RoleTitle.key(RoleInheritance.handedTitle(RoleTitle.clean($0.label ?? ""))) == RoleTitle.key(posts[k].title)
                && ($0.object.map { all[$0].mention.canonicalName } ?? $0.objectName ?? posts[k].bodyKey) == posts[k].bodyKey } }
            if handed.isEmpty, held.count == 1 { handed = held }
            for k in handed {
                posts[k].holder = (f.subject, all[f.subject].mention)
                posts[k].at = f.offset
                posts[k].sentence = sentence
            }
            // a succession in a post no reader named: a post in discussion all the same (`She retired and was
            // replaced by Jil Matheson. John Pullinger followed her.`), with no title to hand on
            if held.isEmpty, !posts.contains(where: { $0.sentence == sentence && RelationReader.chainSamePerson($0.holder.mention, all[f.subject].mention) }) {
                posts.append(ChainPost(title: "", body: nil, bodyName: nil, bodyKey: "?" + all[f.subject].mention.canonicalName,
                                       holder: (f.subject, all[f.subject].mention), at: f.offset, sentence: sentence))
            }
        }
        posts.sort { $0.at < $1.at }
    }

    /// The posts of the latest sentence that stated or handed on any: the posts in discussion.
    static func inDiscussion(_ posts: [ChainPost]) -> [ChainPost] {
        guard let last = posts.map(\.sentence).max() else { return [] }
        return posts.filter { $0.sentence == last }
    }

    /// The clauses of `s` that name a newcomer to the post in discussion (see the extension's overview), in order;
    /// each hands the post on for the clauses after it.
    func chainClauses(_ found: [Found], _ s: Sentence, _ context: RelationContext, posts: inout [ChainPost],
                      all: [LocatedMention]) -> [Found] {
        var out: [Found] = []
        let known = Set(found.filter { $0.predicate == "successor_of" }.map(\.subject))
        for j in s.mentions.indices where s.type(j) == .person {
            let newcomer = s.mentions[j]
            guard !known.contains(newcomer.index) else { continue }
            guard let (predecessor, post, qualifier) = chainPredecessor(s, j, found: found + out, posts: posts, context: context) else { continue }
            guard !RelationReader.chainSamePerson(predecessor.mention, newcomer.mention) else { continue }
            let offset = newcomer.mention.utf8Range.lowerBound
            out.append(Found(predicate: "successor_of", subject: newcomer.index, object: predecessor.index, offset: offset))
            guard let post, !post.title.isEmpty else {
                // (the post not known: the newcomer is its holder all the same)
                for k in posts.indices where post.map({ posts[k].key == $0.key }) ?? RelationReader.chainSamePerson(posts[k].holder.mention, predecessor.mention) {
                    posts[k].holder = newcomer
                    posts[k].at = offset
                    posts[k].sentence = s.range.lowerBound
                }
                posts.sort { $0.at < $1.at }
                continue
            }
            if !found.contains(where: { $0.predicate == "holds_role" && $0.subject == newcomer.index && RoleTitle.key($0.label ?? "") == RoleTitle.key(post.title) }) {
                out.append(Found(predicate: "holds_role", subject: newcomer.index, object: post.body,
                                 objectName: post.body == nil ? post.bodyName : nil, label: post.title, qualifier: qualifier, offset: offset))
            }
            for k in posts.indices where posts[k].key == post.key {
                posts[k].holder = newcomer
                posts[k].at = offset
                posts[k].sentence = s.range.lowerBound
            }
            posts.sort { $0.at < $1.at }
        }
        return out
    }

    /// The one the newcomer at `j` replaced, the post (nil when the post is not known), and its qualifier
    /// (`acting`, `interim`), when a chain clause names the newcomer. `found`: what the other readers found in `s`.
    func chainPredecessor(_ s: Sentence, _ j: Int, found: [Found], posts: [ChainPost], context: RelationContext)
        -> ((index: Int, mention: EntityMention), ChainPost?, String?)? {
        let current = RelationReader.inDiscussion(posts)
        let newcomer = s.mentions[j]
        let at = newcomer.mention.utf8Range.lowerBound
        let lead = s.slice(s.range.lowerBound, at)
        let leadClause = String(lead.components(separatedBy: ", and ").last ?? lead).components(separatedBy: "; ").last ?? lead
        // the newcomer's own post now, at a body (`Tracey McDermott, the FCA's director of supervision, stepped in as
        // acting chief executive`): a post elsewhere is not the one in discussion
        let ownBodies = Set(found.filter { $0.predicate == "holds_role" && $0.subject == newcomer.index && $0.qualifier == nil
                && RoleInheritance.isSingleHolderPost($0.label ?? "") }
            .compactMap { f in f.object.map { context.before.first(where: { $0.index == f.object })?.mention.canonicalName ?? s.mentions.first(where: { $0.index == f.object })?.mention.canonicalName ?? "\($0)" } ?? f.objectName })
        func elsewhere(_ p: ChainPost) -> Bool { !p.title.isEmpty && !ownBodies.isEmpty && !ownBodies.contains(p.bodyKey) }
        // the only post in discussion (two, held by two people: refused); a post no reader named only from this paragraph
        func single() -> (holder: (index: Int, mention: EntityMention), post: ChainPost?)? {
            let open = current.filter { !$0.title.isEmpty || $0.at >= context.paragraphStart }
            guard let last = open.last, open.count == current.count else { return nil }
            let holders = Set(open.map { $0.holder.mention.canonicalName })
            guard holders.count == 1 else { return nil }
            let one = Set(open.map(\.key)).count == 1
            if one, elsewhere(last) { return nil }
            return (last.holder, one ? last : nil)
        }
        // a post in discussion a stated title names (`as acting chief executive of the FCA`)
        func named(_ title: String) -> ChainPost? {
            var cut: [String] = []
            for w in title.lowerWords {
                if ["and", "but", "after", "before", "when", "who", "which", "with", "in", "on", "at", "that", "from", "for", "while", "until", "since"].contains(w) { break }
                cut.append(w)
            }
            let stated = cut.joined(separator: " ")
            let words = RoleTitle.words(stated)
            guard !words.isEmpty, RelationReader.isRole(stated) else { return nil }
            let fits = posts.filter { p in
                let w = RoleTitle.words(p.title)
                guard !w.isEmpty, w.isSubset(of: words) else { return false }
                // the rest of the stated title names the post's body only (`of the Financial Conduct Authority`, `the FCA's`)
                let rest = words.subtracting(w)
                let bodyWords = RoleTitle.words(p.bodyKey)
                let initials = String(p.bodyKey.split(separator: " ").compactMap { $0.first?.isUppercase == true ? $0.first : nil }).lowercased()
                return rest.isSubset(of: bodyWords.union([initials]))
            }
            guard let last = fits.last, Set(fits.map(\.key)).count == 1, !elsewhere(last) else { return nil }
            return last
        }
        // a leaving of the post's holder told between its last mention and the newcomer (`Coscelli departed in July.`)
        func leftBefore(_ p: ChainPost) -> Bool {
            let text = Sentence.slice(s.text, p.at, at)
            let ns = text as NSString
            return RelationReader.steppingDown.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) != nil
                || text.lowerWords.contains { ["died", "retired", "resigned", "departed"].contains($0) }
        }
        guard RelationModality.isFactual(leadClause, question: false), !RelationModality.isFuture(leadClause) else { return nil }

        // the post as subject: `the post went to X`, `in 2017 the job passed to the economist X`
        let lw = leadClause.lowerWords
        if let to = lw.lastIndex(of: "to"), lw.count - to <= 4, to >= 3, ["went", "passed", "fell"].contains(lw[to - 1]),
           RelationReader.chainPostNouns.contains(lw[to - 2]), ["the", "that", "this", "his", "her"].contains(lw[to - 3]),
           !lw[(to + 1)...].contains(where: { $0 == "and" || $0 == "of" }),
           let (holder, p) = single() {
            return (holder, p, nil)
        }
        // `A handed over in 2012 to B`; `followed by A, and A in turn by B`
        if let i = s.mentions.indices.last(where: { $0 < j && s.type($0) == .person }),
           !(i + 1..<j).contains(where: { s.isActor($0) }) {
            let between = s.between(i, j).lowercased()
            let w = between.lowerWords
            let handed = w.starts(with: ["handed", "over"]) && w.contains("to") && w.count <= 10
                && w.firstIndex(of: "to").map { w.count - $0 <= 4 } == true && !between.contains(",")
            let inTurn = w.starts(with: ["in", "turn", "by"]) && w.count <= 6
                && ["followed by", "succeeded by", "replaced by"].contains(where: { lead.lowercased().fastContains($0) })
            if handed || inTurn, RelationModality.isFactual(between) {
                let left = s.mentions[i]
                return (left, posts.last { RelationReader.chainSamePerson($0.holder.mention, left.mention) }, nil)
            }
        }
        // the clause after the newcomer, up to its sentence's next `;`
        var after = s.after(j, 260)
        if let semi = after.firstIndex(of: ";") { after = String(after[..<semi]) }
        let afterStart = newcomer.mention.utf8Range.upperBound
        // `as Ann Reed's successor` later in the clause: the one named
        for k in s.mentions.indices where k > j && s.type(k) == .person && s.mentions[k].mention.utf8Range.upperBound <= afterStart + after.utf8.count {
            let pre = s.before(k, 14).lowercased(), post = s.after(k, 14).lowercased()
            if pre.hasSuffix(" as ") || pre.hasSuffix(" became "), post.hasPrefix("'s successor") || post.hasPrefix("\u{2019}s successor"),
               RelationModality.isFactual(s.slice(afterStart, s.mentions[k].mention.utf8Range.lowerBound)),
               !RelationModality.isFuture(s.slice(afterStart, s.mentions[k].mention.utf8Range.lowerBound)) {
                let left = s.mentions[k]
                return (left, posts.last { RelationReader.chainSamePerson($0.holder.mention, left.mention) }, nil)
            }
        }
        // `took over in 2018, after Ann Reed had held the post on an interim basis`: the one named
        for k in s.mentions.indices where k > j && s.type(k) == .person && s.mentions[k].mention.utf8Range.upperBound <= afterStart + after.utf8.count {
            let pre = s.before(k, 10).lowercased()
            let post = s.after(k, 120).lowercased()
            guard pre.hasSuffix("after "), ["had held the post", "had held the job", "had held the role", "had been acting", "had been interim"].contains(where: { post.fastContains($0) }) else { continue }
            // (the newcomer's own clause states it: not `turned the job down after`, `would take over after`)
            let own = s.slice(afterStart, s.mentions[k].mention.utf8Range.lowerBound)
            guard RelationModality.isFactual(own), !RelationModality.isFuture(own),
                  !own.lowercased().fastContains(" down ") else { continue }
            let left = s.mentions[k]
            return (left, posts.last { RelationReader.chainSamePerson($0.holder.mention, left.mention) }, nil)
        }
        // `chose Tom Vale, ..., as chair`, `appointed the banker Tom Vale as interim chief executive`: the post after `as`
        if let v = lw.lastIndex(where: { ["chose", "appointed", "named", "picked", "installed", "hired", "recruited"].contains($0) }),
           lw.count - v <= 5, !lw[(v + 1)...].contains(where: { ["and", "to", "by", "of"].contains($0) }) {
            var rest = Substring(after)
            if rest.hasPrefix(","), let c = rest.dropFirst().firstIndex(of: ",") { rest = rest[rest.index(after: c)...] }
            let w = rest.prefix(beforeAnyASCII: ".;:,").lowerWords
            if w.first == "as" {
                let title = w.dropFirst().prefix(10).joined(separator: " ")
                if let p = named(title), !w.contains("place") { return (p.holder, p, RoleTitle.qualifier(title)) }
            }
        }
        // the verb after the newcomer, past an apposition or a relative clause (up to three commas)
        var clauses: [Substring] = [Substring(after)]
        if after.hasPrefix(",") {
            var rest = after.dropFirst()
            clauses = []
            for _ in 0..<3 {
                guard let c = rest.firstIndex(of: ",") else { break }
                rest = rest[rest.index(after: c)...]
                clauses.append(rest)
            }
        }
        for clause in clauses {
            let text = clause.prefix(beforeAnyASCII: ".;:")
            var words = text.lowerWords
            while let f = words.first, RelationReader.chainAdverbs.contains(f), words.count > 1 { words.removeFirst() }
            // `X followed her`, `X followed him in 2004`: the holder of the post, named in this sentence or the one
            // before, when the pronoun fits
            if words.count >= 2, words[0] == "followed", ["him", "her"].contains(words[1]) {
                // `followed her in 2004`, `followed him as chair`; not `followed her into the hall`, `followed him in the queue`
                guard RelationReader.endsOrDates(Array(words.dropFirst(2))) else { return nil }
                let male = words[1] == "him"
                let fits = current.filter { RelationContext.sex($0.holder.mention) != !male }
                guard let p = fits.last, Set(fits.map { $0.holder.mention.canonicalName }).count == 1,
                      p.holder.mention.utf8Range.lowerBound >= context.previousSentenceStart,
                      !p.title.isEmpty || p.at >= context.paragraphStart, !elsewhere(p),
                      RelationModality.isFactual(String(text.prefix(60))) else { return nil }
                return (p.holder, Set(fits.map(\.key)).count == 1 && !p.title.isEmpty ? p : nil, nil)
            }
            // `named Tom Vale, ..., as interim chair in his place`
            let lowered = String(text).lowercased()
            if let r = lowered.fastRange(of: " in his place") ?? lowered.fastRange(of: " in her place") {
                let male = lowered[r].hasPrefix(" in his")
                let before = String(lowered[..<r.lowerBound])
                var title: String?
                if let a = before.fastRange(of: "as ", options: .backwards) { title = String(before[a.upperBound...]) }
                let fits = current.filter { RelationContext.sex($0.holder.mention) != !male }
                let p = title.flatMap(named) ?? (Set(fits.map { $0.holder.mention.canonicalName }).count == 1 ? fits.last : nil)
                guard let p, RelationContext.sex(p.holder.mention) != !male, before.lowerWords.count <= 12,
                      RelationModality.isFactual(before), !RelationModality.isFuture(before) else { return nil }
                return (p.holder, p.title.isEmpty ? nil : p, title.flatMap { RoleTitle.qualifier($0) })
            }
            if let verb = RelationReader.chainTakingVerbs.first(where: { words.starts(with: $0) }) {
                let n = verb.count
                let next = n < words.count ? words[n] : nil
                // `followed` with no object (`followed in 1992`); `took over` with none (`took over the contract`: not this)
                if let next {
                    guard RelationReader.afterTakingUp.contains(next) || next.allSatisfy(\.isNumber) || next == "as" || next == "earlier"
                            || next == "last" || next == "next" || next == "on" || next == "while" else { return nil }
                    if next == "the", !(n + 1 < words.count && (RelationReader.takenPosts.contains(words[n + 1])
                                                                || ["following", "next", "same"].contains(words[n + 1]))) { return nil }
                    if verb == ["followed"], !RelationReader.endsOrDates(Array(words.dropFirst(n))) { return nil }
                }
                guard RelationModality.isFactual(String(text.prefix(80))), !RelationModality.isFuture(String(text.prefix(80))) else { return nil }
                if next == "as" {
                    let title = RoleTitle.withoutTail(words[(n + 1)...].prefix(10).joined(separator: " "))
                    guard let p = named(title) else { return nil }
                    return (p.holder, p, RoleTitle.qualifier(title))
                }
                guard let (holder, p) = single() else { return nil }
                return (holder, p, nil)
            }
            if let verb = RelationReader.chainPostVerbs.first(where: { words.starts(with: $0) }) {
                let title = RoleTitle.withoutTail(words[verb.count...].prefix(10).joined(separator: " "))
                let qualifier = RoleTitle.qualifier(title)
                // `became chair` tells no succession by itself: the holder left before, or the newcomer stands in
                guard RelationModality.isFactual(String(text.prefix(80))), !RelationModality.isFuture(String(text.prefix(80))),
                      let p = named(title), qualifier == "acting" || qualifier == "interim" || leftBefore(p) else { return nil }
                return (p.holder, p, qualifier)
            }
        }
        return nil
    }
}
