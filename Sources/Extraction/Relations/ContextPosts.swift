import Foundation
import HindsightSupport

/// Posts named as the subject of a sentence, with their holder after a copula and their organization left to the
/// context, the way a report introduces a body's people once it has named the body: `Its first chair is Ann
/// Reed.`; `The chief executive, who runs the trust day to day, is Tom Vale.`; `The chair at the time was Sam
/// Cole.`; `The council's leader for most of the decade was Ann Reed.`; `Over at Harbour Homes, the chair is Tom
/// Vale, and the chief executive is Ann Reed.`
///
/// The organization is, in this order: the one a description inside the sentence names (`who runs the trust`,
/// `the chief executive of the agency`); for `its`/`their`, the one the pronoun stands for
/// (``PronounResolver``); for `the council's`, the one the description stands for (``DefiniteDescription``); for
/// a bare `the`, the organization named earlier in the sentence (`Over at Harbour Homes, the chair is ...`), else
/// the subject of the clause before (`Its chair is Ann Reed. The chief executive is Tom Vale.`), else the body
/// that opens the paragraph, else the body the post names most often before (twice at least, more than any
/// other). No organization, no edge: a post placed at a guessed body is a wrong fact.
///
/// Only a post inside one organization (a chair, a chief executive, a director, a general secretary) is read
/// so; a minister's or an MP's post is not. A question, a negation (`The chair is not Ann Reed`) or a plan (`The
/// chair will be Ann Reed`) gives nothing: the copula must stand right before the holder.
extension RelationReader {
    /// The first words of the phrase that may open the sentence before `the chair was` (the pattern's first group).
    static let openingPhraseWords: Set<String> = ["for", "during", "throughout", "through", "in", "at", "by", "after", "until"]

    /// `the|its|their|the trust's` + a title + an optional time phrase + an optional apposition or `who` clause + a
    /// copula + honorifics, ending right before the holder's name; a time phrase may open the sentence before it
    /// (`For most of the decade the chair was Ann Reed`; `The chief executive who had to face the strike was Tom Vale`).
    static let contextPostBeforeName = try! NSRegularExpression(pattern:
        #"(?:^(?:(?:for\s+(?:most|much)\s+of|during|throughout|through|in|at|by|after|until)\s+(?:[A-Za-z0-9'-]+\s+){1,4}?)?|[;:]\s+|,\s+(?:and\s+|but\s+|while\s+|meanwhile,?\s+)?|\s(?:and|but|while|meanwhile,?)\s+)"#
            + #"(the|its|their|the\s+([A-Za-z]+)(?:'s|\x{2019}s|s'))\s+((?:(?:first|founding|new|last),\s+)?(?:[A-Za-z][A-Za-z-]*\s+){0,5}?[A-Za-z][A-Za-z-]*)"#
            + RelationReader.timeAdjunct
            + #"(,\s+[^,;()]{2,90},|\s+who\s+[^,;()]{2,80}?)?\s+(is|was|has\s+been|had\s+been|remains|remained|is\s+now|was\s+then|is\s+still)\s+"#
            + #"(the\s+(?:[A-Za-z][A-Za-z-]*\s+){1,3})?"# + RelationReader.honorifics + #"$"#,
        options: [.caseInsensitive])

    /// The posts a sentence names as its subject with the holder after a copula (see the type's overview).
    func contextPostHolders(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        // the body the sentence's first such post was placed at
        var placed: Int?
        for i in s.mentions.indices where s.type(i) == .person {
            let before = s.before(i, 220)
            let ns = before as NSString
            guard let m = RelationReader.contextPostBeforeName.firstMatch(in: before, range: NSRange(location: 0, length: ns.length)) else { continue }
            let determiner = ns.substring(with: m.range(at: 1)).lowercased()
            let noun = m.range(at: 2).location == NSNotFound ? nil : ns.substring(with: m.range(at: 2)).lowercased()
            // (`Its first, interim chair`: the holder's word and the post's, one title)
            var title = ns.substring(with: m.range(at: 3)).replacingPresent(", ", with: " ")
            // `was the director Ann Reed`, `was the Oxford economist Tom Vale`: an occupation before the name is the
            // holder's, not a post of its own; words that govern (`the wife of`, `the deputy to`) make the name
            // another person's
            // (only after a possessive, whose owner is read from the words before: after a bare `The first chair was the
            // economist ...` the body left to the context was measured wrong)
            if m.range(at: 6).location != NSNotFound {
                let occupation = ns.substring(with: m.range(at: 6)).lowerWords.dropFirst()
                guard ns.substring(with: m.range(at: 1)).lowercased() != "the",
                      !occupation.contains(where: { RelationContext.governing.contains($0) || ["and", "or", "in", "on"].contains($0) || $0.hasSuffix("'s") })
                else { continue }
            }
            let apposition = m.range(at: 4).location == NSNotFound ? "" : ns.substring(with: m.range(at: 4))
            let clauseAt = s.mentions[i].mention.utf8Range.lowerBound - before.utf8.count + ns.substring(to: m.range.location).utf8.count
            let detAt = s.mentions[i].mention.utf8Range.lowerBound - before.utf8.count + ns.substring(to: m.range(at: 1).location).utf8.count
            // the clause names nobody else between its start and the holder
            guard !s.mentions.indices.contains(where: { $0 != i && s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= detAt
                && s.mentions[$0].mention.utf8Range.lowerBound < s.mentions[i].mention.utf8Range.lowerBound }) else { continue }
            // a description in the title names the body: `the chief executive of the agency`
            var described: [String] = []
            let tw = title.split(separator: " ").map(String.init)
            // (`The chair of trustees was Ann Reed`: the board's members are no body of their own; the post stays whole)
            if let k = tw.firstIndex(where: { ["of", "at", "for"].contains($0.lowercased()) }),
               !(tw.count == k + 2 && tw[k].lowercased() == "of" && ["trustees", "governors", "directors"].contains(tw[k + 1].lowercased())) {
                guard tw.count == k + 3, tw[k + 1].lowercased() == "the" else { continue }
                described = [tw[k + 2].lowercased()]
                title = tw[..<k].joined(separator: " ")
            }
            guard RelationReader.isRole(title), RelationReader.isOrganizationPost(title), !RelationReader.hasOwnerPossessive(title),
                  title.lowerWords.count <= 5, !title.lowerWords.contains(where: { ["and", "or", "former", "ex", "shadow", "deputy"].contains($0) })
            else { continue }
            // the apposition: no verb of saying, at most one description
            let aw = apposition.lowerWords
            // (`The chair who takes over in May is Ann Reed`, `who would have to...`: a post still to come is none)
            guard RelationModality.isFactual(apposition), !RelationModality.isFuture(apposition.lowercased()),
                  !aw.contains(where: { ["said", "says", "told"].contains($0) }),
                  !aw.dropFirst().contains(where: { ["who", "which"].contains($0) }) else { continue }
            if described.isEmpty, let k = aw.firstIndex(of: "the"), k + 1 < aw.count, DefiniteDescription.heads.contains(aw[k + 1]) {
                described = [aw[k + 1]]
            }
            var owner: Int?
            if !described.isEmpty {
                owner = context.definite(described, before: s.mentions[i].mention.utf8Range.lowerBound, in: s)
            } else if let noun {
                guard noun != "party", RelationReader.ownerNouns.contains(noun) || DefiniteDescription.subjectHeads.contains(noun) else { continue }
                owner = organization(called: noun, before: detAt, s, context) ?? describedSubject(noun, s, context, at: detAt)
            } else if let earlier = placed, clauseAt > s.range.lowerBound {
                // `Its first chair was Ann Reed, a former dean of Kent University, and the first chief executive was
                // Tom Vale`: a second post of the sentence, in a clause of its own, is at the body of the first
                owner = earlier
            } else if determiner == "its" || determiner == "their" {
                owner = context.organization(at: detAt, in: s)?.index
                    ?? pronounOwner(s, context, before: detAt, parties: false).flatMap { $0.party ? nil : $0.index }
                // (not when the sentence opens with a body it describes: `The new regulator is chaired by ..., and its
                // chief executive is ...` is about that unnamed body, no guess)
                if owner == nil, !RelationReader.opensWithDescribedBody(s, before: detAt) {
                    owner = context.paragraphTopic.flatMap { RelationReader.isParty($0.mention.text) ? nil : $0.index } ?? topicBody(s, context)
                        ?? context.pageTopic(before: detAt, in: s)?.index
                }
            } else {
                // `At Harbour Trust the chair was Ann Reed`: a body named in the sentence's opening phrase is meant
                let opened = detAt > clauseAt && RelationReader.openingPhraseWords.contains(s.slice(clauseAt, detAt).lowerWords.first ?? "")
                owner = contextBody(s, context, before: opened ? detAt : clauseAt) ?? topicBody(s, context)
                    ?? context.pageTopic(before: detAt, in: s)?.index
            }
            guard let owner else { continue }
            placed = owner
            let q = RoleTitle.qualifier(title)
            let label = RoleTitle.clean(title)
            out.append(Found(predicate: "holds_role", subject: s.mentions[i].index, object: owner, label: label, qualifier: q,
                             offset: s.mentions[i].mention.utf8Range.lowerBound))
            if RelationReader.isLeaderTitle(label) {
                out.append(Found(predicate: "leads", subject: s.mentions[i].index, object: owner, qualifier: q,
                                 offset: s.mentions[i].mention.utf8Range.lowerBound))
            }
        }
        return out
    }

    /// Whether a mention may be the body of a post no clause names: an organization, not a party, not a department
    /// of state.
    static func isPostBody(_ m: EntityMention) -> Bool {
        m.type == .organization && !RelationReader.isParty(m.text) && !RelationReader.isDepartment(m.canonicalName)
    }

    /// The organization a post written without one belongs to, at UTF-8 offset `offset` of sentence `s`: the first
    /// one named earlier in the sentence (`Over at Harbour Homes, the chair is ...`), else the subject of the clause
    /// before (``RelationContext/organization(at:in:depth:)``), else the body that opens the paragraph; a party or a
    /// department of state is no such body. The body a page names most often is not enough (measured: it put a new
    /// company's chair at the agency it replaced, the body the page had been about until then).
    func contextBody(_ s: Sentence, _ context: RelationContext, before offset: Int) -> Int? {
        let fits = RelationReader.isPostBody
        // (a body named after a person is that person's description, not the clause's body: `The founding chair was Ann
        // Reed, a historian from Kent University, and the founding chief executive was Tom Vale`)
        let firstPerson = s.mentions.first { $0.mention.type == .person }?.mention.utf8Range.lowerBound ?? Int.max
        if let m = s.mentions.first(where: { fits($0.mention) && $0.mention.utf8Range.upperBound <= offset && $0.mention.utf8Range.lowerBound < firstPerson }) {
            return m.index
        }
        if let m = context.organization(at: s.range.lowerBound, in: s), fits(m.mention) { return m.index }
        if let m = context.paragraphTopic, fits(m.mention) { return m.index }
        return nil
    }

    /// The body a page is about, for a post no clause nearby places (`Its first chairman was Ann Reed` opening a
    /// paragraph whose sentence before names no body): the organization that opens the paragraph before as its
    /// subject (`The Harbour Agency was a creation of the 2000 Act. ...`). A party or a department of state is no
    /// such body; nothing, no edge. (The body named most often before was tried and put posts at a body the page had
    /// moved on from: `the Highways Agency` for the chair of the company that replaced it.)
    func topicBody(_ s: Sentence, _ context: RelationContext) -> Int? {
        let fits = RelationReader.isPostBody
        // the paragraph before: its first sentence's subject
        let lo = max(0, context.paragraphStart - 3000)
        let paragraphs = RelationContext.layout(s.text, from: lo, to: context.paragraphStart).paragraphs.filter { $0 < context.paragraphStart }
        // (the name opens the paragraph: its first name, within a few bytes of its start, after an article at most)
        if let start = paragraphs.last,
           let first = context.before.first(where: { $0.mention.utf8Range.lowerBound >= start }),
           first.mention.utf8Range.lowerBound - start <= 6,
           Sentence.slice(s.text, start, first.mention.utf8Range.lowerBound).lowerWords.allSatisfy({ ["the", "a", "an"].contains($0) }),
           fits(first.mention) {
            return first.index
        }
        return nil
    }
}

/// A body named again by a description, with its leader in a passive: `The committee, chaired by the Labour MP Ann
/// Reed, said ...`; `The trust, founded and chaired by Tom Vale, wants ...`; `The review was led by Sam Cole.` The
/// description stands for the body named before it (``DefiniteDescription``); none, no edge.
extension RelationReader {
    static let describedBodyLedBy = try! NSRegularExpression(pattern:
        #"(?:^|[;:]\s+|,\s+(?:and|but)\s+|\s(?:and|but)\s+)the\s+([a-z]+)(?:,\s+|\s+(?:is|was|has\s+been|had\s+been|is\s+now|was\s+then)\s+)"#
            + #"(?:(founded|set\s+up|created)\s+and\s+)?(chaired|led|headed|run)\s+by\s+(?:the\s+(?:[A-Za-z-]+\s+){0,4})?"#
            + RelationReader.honorifics + #"$"#,
        options: [.caseInsensitive])

    /// How a body led is written: a definite description (`the committee`) or `it`.
    enum LedBodyWriting { case definite, pronoun }

    /// The leaders of bodies a sentence names by a description (see above) or by `it` (see
    /// ``pronounLedBy``): the cue before each person, nobody named between it and the person but a party (`led
    /// by the Labour MP Ann Reed`), and the body the description or the pronoun stands for.
    func bodiesLedBy(_ s: Sentence, _ context: RelationContext, writtenAs writing: LedBodyWriting) -> [Found] {
        guard !s.isQuestion else { return [] }
        // (both patterns need `by`: an ASCII sentence without it in any case matches neither)
        guard s.whole.utf8.contains(where: { $0 >= 0x80 }) || s.lower.fastContains("by") else { return [] }
        let described = writing == .definite
        let cue = described ? RelationReader.describedBodyLedBy : RelationReader.pronounLedBy
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            let before = s.before(i, described ? 160 : 120)
            let ns = before as NSString
            guard let m = cue.firstMatch(in: before, range: NSRange(location: 0, length: ns.length)) else { continue }
            // the description's noun, which names a body (`the committee`, not `the man`)
            let noun = described ? ns.substring(with: m.range(at: 1)).lowercased() : ""
            if described { guard DefiniteDescription.namedHeads.contains(noun), !DefiniteDescription.plainHeads.contains(noun) else { continue } }
            let at = s.mentions[i].mention.utf8Range.lowerBound - before.utf8.count
                + ns.substring(to: described ? m.range(at: 1).location : m.range.location).utf8.count
            guard !s.mentions.indices.contains(where: { $0 != i && s.isActor($0) && s.mentions[$0].mention.utf8Range.lowerBound >= at
                && s.mentions[$0].mention.utf8Range.lowerBound < s.mentions[i].mention.utf8Range.lowerBound && !RelationReader.isParty(s.mentions[$0].mention.text) }),
                  let body = described ? context.definite([noun], before: at, in: s) : ledPronounBody(s, context, at: at) else { continue }
            let verb = ns.substring(with: m.range(at: described ? 3 : 1)).lowercased()
            let founded = described && m.range(at: 2).location != NSNotFound
            let offset = s.mentions[i].mention.utf8Range.lowerBound
            out.append(Found(predicate: "leads", subject: s.mentions[i].index, object: body, offset: offset))
            if verb == "chaired" {
                out.append(Found(predicate: "holds_role", subject: s.mentions[i].index, object: body, label: "chair", offset: offset))
            }
            if founded {
                out.append(Found(predicate: "holds_role", subject: s.mentions[i].index, object: body, label: "founder", offset: offset))
            }
        }
        return out
    }
}

/// `Ann Reed's successor at Harbour Homes was Tom Vale`; `Tom Vale's replacement as chair is Sam Cole`: a named
/// person's successor, with the post or the body between the possessive and the copula (the closer forms, `Ann
/// Reed's successor, Tom Vale`, are read with the other successions).
extension RelationReader {
    static let namedSuccessorCue = try! NSRegularExpression(pattern:
        #"^(?:'s|\x{2019}s|'|\x{2019}) (?:successor|replacement)(?: as [a-z' -]{2,40}?)?(?: at (?:the )?<org>)?(?: (?:in|from|since) [0-9]{4})? (?:was|is|has been|had been|became)\s*(?:(?:sir|dame|dr|lord|lady|baroness|professor|mr|mrs|ms)\.?\s+)*$"#)

    func namedSuccessors(_ s: Sentence) -> [Found] {
        guard !s.isQuestion else { return [] }
        var out: [Found] = []
        for i in s.mentions.indices where s.type(i) == .person {
            guard let k = s.mentions.indices.first(where: { $0 > i && s.type($0) == .person }) else { continue }
            let inside = (i + 1..<k).filter { s.isActor($0) }
            guard inside.count <= 1, inside.allSatisfy({ s.type($0) == .organization }) else { continue }
            var b = s.between(i, k).lowercased()
            if let j = inside.first {
                // the body written as a placeholder: only its place in the cue matters
                b = s.between(i, j).lowercased() + "<org>" + s.between(j, k).lowercased()
            }
            guard b.utf8.count <= 120,
                  RelationReader.namedSuccessorCue.firstMatch(in: b, range: NSRange(location: 0, length: (b as NSString).length)) != nil,
                  s.mentions[i].mention.canonicalName != s.mentions[k].mention.canonicalName else { continue }
            out.append(found("successor_of", s, subject: k, object: i))
        }
        return out
    }
}

/// A body written `it`, with its leader in a passive: `It is chaired by Ann Reed`; `It has been run since 2019 by
/// Tom Vale`; `The Act set up a new Eastside Housing Panel. It was led by Sam Cole.` The pronoun stands for the
/// subject of the clause before (``RelationContext/organization(at:in:depth:)``), except that only a body can be
/// chaired, run, led or headed: when that subject is a law, a report, a scheme or a programme (`The Act set up
/// ...`), the pronoun stands for the one organization that clause names instead (two, or none: no edge). A party
/// or a department of state is never read so.
extension RelationReader {
    static let pronounLedBy = try! NSRegularExpression(pattern:
        #"(?:^|[;:]\s+|,\s+(?:and|but)\s+|\s(?:and|but)\s+)it\s+(?:is|was|has\s+been|had\s+been|is\s+now|was\s+then|was\s+at\s+first|was\s+initially)\s+"#
            + #"(?:(?:in|since|from)\s+[0-9]{4}\s+|(?:first|jointly|later)\s+)?(chaired|led|headed|run)\s+(?:(?:in|since|from)\s+[0-9]{4}\s+)?by\s+(?:the\s+(?:[A-Za-z-]+\s+){0,4})?"#
            + RelationReader.honorifics + #"$"#,
        options: [.caseInsensitive])

    /// Whether a name is of something no one chairs or runs: a law, a report, a scheme, a programme.
    static func isUnledThing(_ m: EntityMention) -> Bool {
        if m.type == .programme { return !(m.text.lowerWords.contains { RelationReader.ledBodies.contains($0) }) }
        let last = m.text.lowerWords.last(where: { !$0.allSatisfy(\.isNumber) }) ?? ""
        return ProgrammeLexicon.unledHeads.contains(last)
    }

    /// The body `it` at `offset` stands for when it is chaired, run or led (see ``bodiesLedBy(_:_:writtenAs:)``).
    func ledPronounBody(_ s: Sentence, _ context: RelationContext, at offset: Int) -> Int? {
        func fits(_ m: EntityMention) -> Bool { RelationReader.isPostBody(m) && !RelationReader.isUnledThing(m) }
        if let m = context.organization(at: offset, in: s) { return fits(m.mention) ? m.index : nil }
        // the clause before opens with a law or a programme: the one body it names
        let start = s.mentions.contains(where: { $0.mention.utf8Range.upperBound <= offset && [.person, .organization, .programme].contains($0.mention.type) })
            ? s.range.lowerBound : context.previousSentenceStart
        let named = (context.before + s.mentions).filter { $0.mention.utf8Range.lowerBound >= start && $0.mention.utf8Range.upperBound <= offset }
        guard let first = named.first(where: { [.person, .organization, .programme].contains($0.mention.type) }), RelationReader.isUnledThing(first.mention),
              Sentence.slice(s.text, start, first.mention.utf8Range.lowerBound).lowerWords.allSatisfy(RelationContext.isLeadIn)
        else { return nil }
        let bodies = Set(named.filter { fits($0.mention) }.map(\.mention.canonicalName))
        guard bodies.count == 1 else { return nil }
        return named.last { fits($0.mention) }?.index
    }
}

/// A second post at the body a clause is about, given with `with ... as`: `Harbour Homes is run by Ann Reed, with
/// Tom Vale as chair`; `The panel was chaired by Sam Cole, with Ann Reed, a retired judge, as her deputy`. The post
/// is at the body the sentence's other leader leads (one body, or no edge); `his`/`her deputy` is the deputy of
/// that leader's post (`deputy chair`).
extension RelationReader {
    func withAsPosts(_ found: [Found], _ s: Sentence) -> [Found] {
        guard !s.isQuestion else { return found }
        var out = found
        for k in out.indices where out[k].predicate == "holds_role" && out[k].object == nil && out[k].objectName == nil {
            guard let p = s.mentions.firstIndex(where: { $0.index == out[k].subject }), p > 0 else { continue }
            let before = s.before(p, 12).lowercased()
            guard before.hasSuffix(", with ") || before.hasSuffix(" with ") else { continue }
            // ` as chair`, `, a retired judge, as her deputy`
            var after = Substring(s.after(p, 140))
            if after.hasPrefix(", "), let close = after.dropFirst(2).firstIndex(of: ",") { after = after[after.index(after: close)...] }
            let aw = after.lowerWords
            guard aw.first == "as", aw.count >= 2 else { continue }
            let possessive = ["his", "her", "its", "their"].contains(aw[1])
            // the post after `as` is this edge's (not an apposition's: `a retired judge`)
            let asTitle = after.dropFirst(after.hasPrefix(", ") ? 2 : 0).prefix(beforeAnyASCII: ",;:.()")
                .lowerWords.dropFirst(possessive ? 2 : 1).filter { !["a", "an", "the"].contains($0) }.joined(separator: " ")
            guard !asTitle.isEmpty, RoleTitle.key(asTitle) == RoleTitle.key(out[k].label ?? "") else { continue }
            // the other leaders of the sentence, before the person, and their bodies
            // (a post the leader held before, `a former judge`, is no body of this clause)
            let me = out[k].subject
            // (nor a body named in the leader's own apposition or relative clause: `Ann Reed, who had run Westside
            // Care, became its chief executive, with Tom Vale as chair`: Westside Care is not the clause's body)
            let leaders = out.filter { f in
                guard f.predicate == "leads", f.qualifier != "former", f.subject != me, f.object != nil,
                      let q = s.mentions.firstIndex(where: { $0.index == f.subject }) else { return false }
                if let o = s.mentions.firstIndex(where: { $0.index == f.object }), q < o, o < p,
                   s.between(q, o).hasPrefix(", "), !s.between(o, p).lowercased().contains(", and ") {
                    let aside = s.between(q, o).lowerWords
                    if let w = aside.first, ["who", "whom", "whose", "the", "a", "an", "formerly", "once"].contains(w) { return false }
                }
                return q < p && s.type(q) == .person
            }
            let bodies = Set(leaders.compactMap(\.object))
            guard bodies.count == 1, let body = bodies.first else { continue }
            var label = out[k].label ?? ""
            let leaderPost = out.first { f in f.predicate == "holds_role" && f.object == body && leaders.contains { $0.subject == f.subject } }?.label
            if possessive, label.lowercased() == "deputy", let lead = leaderPost { label = "deputy " + lead }
            out[k].object = body
            out[k].label = label
            out[k].qualifier = RoleTitle.qualifier(asTitle)
            if RelationReader.isLeaderTitle(label), !label.lowercased().hasPrefix("deputy") {
                var l = out[k]
                l.predicate = "leads"
                l.label = nil
                out.append(l)
            }
        }
        return out
    }
}

/// Posts given after `with ... as`, the way a report introduces a new body's people: `The bus authority opened in
/// 2011 with Ann Reed as its chair`; `The fund began lending with the economist Tom Vale as its first director and
/// Sam Cole, a former banker, as chief executive`. Each person after `with` (an occupation may stand between: `with
/// the economist Tom Vale`), or joined to such a holder by `and`, holds the post after `as` (an apposition may
/// stand between: `Sam Cole, a former banker, as chief executive`) at: the body `its`/`their` stands for; for a bare
/// post, the body of the holder it is joined to, else the one body the sentence's other leaders lead, else the
/// body the sentence opens with, as its subject. Only a post inside an organization (a chair, a chief executive, a
/// director) is read so; a plan (`will open with Ann Reed as chair`), a negation or a question gives nothing. The
/// rule that reads a second post beside a named leader (``withAsPosts(_:_:)``) runs first; this one adds only posts
/// not placed yet.
extension RelationReader {
    /// Words that end a post written after `as`: a time, a clause, another holder.
    static let withAsTitleStops: Set<String> = ["and", "in", "from", "until", "since", "when", "who", "which", "before", "after", "on",
                                                "while", "but", "during", "for", "to"]

    /// The organization that opens the clause holding `offset` as its subject (the clause starts at the sentence's
    /// start, or after `; `, `, and `, `, but `, `, while `): `..., and the Disability Council opened in 2000 with` →
    /// the Disability Council. Nil when the clause opens with anything else (a person, a description, a verb).
    func clauseSubjectBody(_ s: Sentence, before offset: Int) -> Int? {
        let text = s.slice(s.range.lowerBound, offset)
        let start = s.range.lowerBound + (RelationReader.clauseStarts(in: text).last ?? 0)
        guard let first = s.mentions.indices.first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= start && s.isActor($0) }),
              s.mentions[first].mention.utf8Range.upperBound <= offset, s.type(first) == .organization,
              !RelationReader.isParty(s.mentions[first].mention.text), !s.isClassName(first),
              s.slice(start, s.mentions[first].mention.utf8Range.lowerBound).lowerWords.allSatisfy(RelationContext.isLeadIn)
        else { return nil }
        return s.mentions[first].index
    }

    /// The bodies the people named before position `p` lead now (`leads`, not former), among `found`.
    func otherLeadersBodies(_ found: [Found], _ s: Sentence, before p: Int) -> Set<Int> {
        let me = s.mentions[p].index
        return Set(found.filter { f in
            f.predicate == "leads" && f.qualifier != "former" && f.subject != me && f.object != nil
                && (s.mentions.firstIndex { $0.index == f.subject }.map { $0 < p } ?? false)
        }.compactMap(\.object))
    }

    func withAsHolders(_ found: [Found], _ s: Sentence, _ context: RelationContext) -> [Found] {
        guard !s.isQuestion, s.types.contains(.person), s.lower.fastContains(" with "), s.lower.fastContains(" as ") else { return found }
        var out = found
        // the last holder read: where its post ended, and its body (for `and Sam Cole as chief executive`)
        var chain: (end: Int, body: Int)?
        for p in s.mentions.indices where s.type(p) == .person {
            let start = s.mentions[p].mention.utf8Range.lowerBound
            // `with Ann Reed`, `with the Oxford economist Ann Reed`
            var opens = false
            let lead = s.before(p, 60)
            if let r = lead.lowercased().fastRange(of: " with ", options: .backwards) {
                let between = lead.lowercased()[r.upperBound...]
                let words = between.lowerWords
                opens = words.isEmpty || words.first == "the" && (2...4).contains(words.count) && !between.contains(",")
                    && !words.dropFirst().contains { RelationContext.governing.contains($0) || ["and", "or", "in", "on"].contains($0) || $0.hasSuffix("'s") }
            }
            let joined = chain.map { c in c.end <= start && ["and", ", and"].contains(s.slice(c.end, start).trimming(" ")) } ?? false
            guard opens || joined else { continue }
            // ` as its chair`, `, a former banker, as chief executive`
            var after = Substring(s.after(p, 160))
            var skipped = 0
            if after.hasPrefix(", "), let close = after.dropFirst(2).firstIndex(of: ",") {
                let aside = after[after.index(after.startIndex, offsetBy: 2)..<close]
                guard aside.lowerWords.count <= 10 else { continue }
                skipped = after.utf8.distance(from: after.startIndex, to: after.index(after: close))
                after = after[after.index(after: close)...]
            }
            guard after.hasPrefix(" as ") else { continue }
            let asAt = s.mentions[p].mention.utf8Range.upperBound + skipped + 4
            // no other name in the aside
            guard !s.mentions.indices.contains(where: { $0 != p && s.mentions[$0].mention.utf8Range.lowerBound > start && s.mentions[$0].mention.utf8Range.lowerBound < asAt }) else { continue }
            let phrase = after.dropFirst(4).prefix(beforeAnyASCII: ",;:.()")
            var words = phrase.split(separator: " ").map(String.init)
            var possessive: String?
            if let f = words.first?.lowercased(), ["its", "their"].contains(f) { possessive = f; words.removeFirst() }
            let kept = words.prefix { !RelationReader.withAsTitleStops.contains($0.lowercased()) }
            let title = kept.joined(separator: " ")
            let titleEnd = asAt + (possessive.map { $0.utf8.count + 1 } ?? 0) + title.utf8.count
            // a post naming its own body (`as chair of Harbour Homes`) is read by ``asRoles(_:)``
            guard !kept.isEmpty, kept.count <= 6, RelationReader.isRole(title), RelationReader.isOrganizationPost(title),
                  !kept.contains(where: { ["of", "at"].contains($0.lowercased()) }) else { continue }
            var body: Int?
            if joined, let c = chain {
                body = c.body
            } else if otherLeadersBodies(out, s, before: p).count > 1 {
                // two leaders of two bodies before: which body is this post's is not said
                continue
            } else if let subject = clauseSubjectBody(s, before: start) {
                // `..., and the Disability Council opened in 2000 with Ann Reed as its chair`: the clause's subject
                body = subject
            } else if possessive != nil {
                body = pronounOwner(s, context, before: asAt, parties: false).flatMap { $0.party ? nil : $0.index }
            } else {
                let bodies = otherLeadersBodies(out, s, before: p)
                if bodies.count == 1 { body = bodies.first }
                else if bodies.isEmpty, let first = s.mentions.indices.first(where: { s.isActor($0) }), s.type(first) == .organization,
                        !RelationReader.isParty(s.mentions[first].mention.text), !s.isClassName(first),
                        Sentence.slice(s.text, s.range.lowerBound, s.mentions[first].mention.utf8Range.lowerBound).lowerWords.allSatisfy({ RelationContext.leadIns.contains($0) }) {
                    body = s.mentions[first].index
                }
            }
            guard let body, body != s.mentions[p].index else { continue }
            // the clause from its body to the holder states it as done (`is to open with Ann Reed as chair` is a plan)
            let bodyEnd = s.mentions.first { $0.index == body }?.mention.utf8Range.upperBound ?? s.range.lowerBound
            guard RelationModality.isFactual(s.slice(min(bodyEnd, start), start), question: s.isQuestion) else { continue }
            chain = (titleEnd, body)
            let subject = s.mentions[p].index
            let key = RoleTitle.key(title)
            if out.contains(where: { $0.predicate == "holds_role" && $0.subject == subject && $0.object != nil && RoleTitle.key($0.label ?? "") == key }) { continue }
            // the same post read without its body gives way
            out.removeAll { ($0.predicate == "holds_role" && RoleTitle.key($0.label ?? "") == key || $0.predicate == "leads")
                && $0.subject == subject && $0.objectName == nil && $0.object == nil }
            let q = RoleTitle.qualifier(title)
            let label = RoleTitle.clean(title)
            out.append(Found(predicate: "holds_role", subject: subject, object: body, label: label, qualifier: q, offset: start))
            if RelationReader.isLeaderTitle(label) {
                out.append(Found(predicate: "leads", subject: subject, object: body, qualifier: q, offset: start))
            }
        }
        return out
    }
}
