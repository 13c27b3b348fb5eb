import Foundation
import HindsightSupport

/// The policy of who takes part in one dated happening, read from its sentence and what the post said before it
/// (the caller, ``DocumentExtractor``, walks the post and keeps that context).
extension EventParticipants {
    /// The name a person mention stands for in `Entities/` when it matched a record, else its canonical name.
    func personName(_ m: LocatedMention) -> String {
        if let id = m.mention.knowledgeID, let r = knowledge.record(id: id) { return r.name }
        return m.mention.canonicalName
    }

    /// The names that take part in the event of the date at `date` (bytes of `sentence`): those of the date's
    /// clause (``EventClause``), the people its pronouns stand for, the organization `it` stands for, the body
    /// of a post `Entities/` knows for a person of it when the sentence names the post apart from the name, the voice of quoted material for
    /// `we` and `I`, and the holder of a post it names by title alone. Returns mention indices and implied names, and
    /// the organization a definite description opening the sentence stands for (`In May the commission fined …`:
    /// the commission is what `it` in the next sentence means), if the clause holds one.
    func takingPart(_ sentence: Substring, date: Range<Int>, value: TemporalValue, names: [EventClause.Name], ms: [Int],
                    mentions: [LocatedMention], recentPersons: [Int], lastSentencePersons: [Int],
                    recentOrganizations: [Int] = [], organizationsByName: [String: Int] = [:], previousSubject: Int?,
                    previousOrganizations: [Int] = [],
                    passage: Int = 0, passageStarts: [Int] = [], sentenceStart: Int = 0,
                    voice: DocumentExtractor.Voice?, relations: [RelationCandidate] = [], otherDates: [Int] = [],
                    label: Int? = nil, topic: Int? = nil, passageText: String? = nil,
                    postTopic: Int? = nil) -> (mentions: [Int], implied: [String], describedSubject: Int?) {
        // (the sentence's bytes and words read once, for the clause's reading and every rule below)
        let sentenceBytes = sentence.utf8Bytes
        let sentenceWords = EventClause.words(sentenceBytes)
        let reading = EventClause.read(sentence, date: date, names: names, otherDates: otherDates, words: sentenceWords)
        var parts = reading.takingPart.map { ms[$0] }
        var implied: [String] = []
        func isPerson(_ m: Int) -> Bool { mentions[m].mention.type == .person }
        let clauseStart = reading.clause.lowerBound
        let before = ms.enumerated().filter { names[$0.offset].range.upperBound <= clauseStart && isPerson($0.element) }.map(\.element)
        var pronounPerson: Int?
        // (no one named before: the person named after, `Given his report, Ann Reed said`)
        let after = ms.enumerated().filter { names[$0.offset].range.lowerBound >= reading.clause.upperBound && isPerson($0.element) }.map(\.element)
        // (a clause opening with `he` / `she` takes the subject of the last sentence that named people before the
        // person named last: `Ann Reed hired Tom Vale. She left in 2019` is Ann Reed)
        // (one whose title says another sex is passed over: `Dame Ann Reed` is no `he`)
        // (the sex as the shared resolver's candidates read it: `EventParticipants.fits`)
        let sex = EventParticipants.pronoun(words: sentenceWords, clause: reading.clause)?.sex
        func fits(_ m: Int) -> Bool { EventParticipants.fits(mentions[m].mention, sex: sex) }
        let opening = sentenceWords.first { reading.clause.contains($0.range.lowerBound) }?.lower
        // (a clause that opens with a possessive, `Her review in May 2019 found …`, is read the same way: the owner is
        // the subject of the last sentence that named people)
        let subjectFirst = ["he", "she", "his", "her"].contains(opening ?? "")
        if reading.subjectPronoun, let person = before.last(where: fits) ?? (subjectFirst ? lastSentencePersons.first(where: fits) : nil)
            ?? recentPersons.last(where: fits) ?? after.first(where: fits) {
            pronounPerson = person
            if !parts.contains(where: { personName(mentions[$0]) == personName(mentions[person]) }) { parts.append(person) }
        }
        // `replaced him`: the subject of the sentence, else of the last sentence that named people, else the person
        // last named
        var objectPerson: Int?
        if reading.objectPronoun {
            let taken = Set(parts.filter(isPerson).map { personName(mentions[$0]) })
            if let person = (before + lastSentencePersons + recentPersons.reversed()).first(where: { !taken.contains(personName(mentions[$0])) }) {
                parts.append(person)
                objectPerson = person
            }
        }
        if reading.itSubject {
            let orgsBefore = ms.enumerated().filter {
                names[$0.offset].range.upperBound <= clauseStart && mentions[$0.element].mention.type == .organization
            }.map(\.element)
            // (else, as the relation stage reads `it`: the subject of the nearest clause before, ``PronounResolver``)
            if let org = orgsBefore.last ?? previousSubject ?? Self.soleOrganization(previousOrganizations, mentions: mentions)
                ?? reading.itSubjectAt.flatMap({ sharedOrganization(at: $0, sentence, ms: ms, mentions: mentions, passage: passage,
                                                                    sentenceStart: sentenceStart, passageText: passageText,
                                                                    recent: recentPersons + recentOrganizations) }),
               !parts.contains(org) { parts.append(org) }
        }
        // `it` after a verb whose object is mostly a body (`Ann Reed chaired it until 2016`, `Eastside sold it in May`): the
        // organization it stands for as the relation stage reads it (``RelationContext/organization(at:in:)``), unless
        // that is a body the clause already has (its own subject: `Harbour sold it` is not Harbour selling itself)
        if let at = reading.itObject,
           let org = sharedOrganization(at: at, sentence, ms: ms, mentions: mentions, passage: passage, sentenceStart: sentenceStart,
                                        passageText: passageText, recent: recentPersons + recentOrganizations),
           !ms.contains(where: { reading.clause.contains(names[ms.firstIndex(of: $0)!].range.lowerBound)
               && mentions[$0].mention.canonicalName == mentions[org].mention.canonicalName }),
           !parts.contains(where: { mentions[$0].mention.canonicalName == mentions[org].mention.canonicalName }) {
            parts.append(org)
        }
        // an organization the clause names by a definite description (`the trust paid`, ``DefiniteReference``)
        var describedSubject: Int?
        for ref in DefiniteReference.find(bytes: sentenceBytes, words: sentenceWords, within: reading.clause, names: names.map(\.range)) {
            let here = ms.enumerated().filter {
                names[$0.offset].range.upperBound <= ref.range.lowerBound && mentions[$0.element].mention.type == .organization
            }.map(\.element)
            // (bytes back from the description through the post: a body named a few paragraphs before is in reach,
            // as far as ``DefiniteDescription/window`` allows)
            let at = sentenceStart + ref.range.lowerBound
            func distance(_ m: Int) -> Int {
                let x = mentions[m]
                if x.passage == passage { return at - x.mention.utf8Range.upperBound }
                guard x.passage < passage, passage < passageStarts.count else { return Int.max }
                return passageStarts[passage] + at - passageStarts[x.passage] - x.mention.utf8Range.upperBound
            }
            // (a set of bodies written in the plural, `Harbour Trusts` for the canonical `Harbour Trust`, is none of them)
            let candidates = (Array(here.reversed()) + recentOrganizations.reversed()).filter { !Self.isPlural(mentions[$0].mention) }.map { m in
                DefiniteDescription.Candidate(id: m, names: [mentions[m].mention.canonicalName, mentions[m].mention.text],
                                              distance: distance(m))
            }
            // (a lone business noun with no body of its kind in reach: the business that opened the sentence before)
            func candidate(_ m: Int) -> DefiniteDescription.Candidate {
                DefiniteDescription.Candidate(id: m, names: [mentions[m].mention.canonicalName, mentions[m].mention.text], distance: 0)
            }
            var b = ref.range.lowerBound - 1
            while b >= 0, sentenceBytes[b] == 0x20 { b -= 1 }
            let inApposition = b >= 0 && sentenceBytes[b] == 0x2C && names.contains { $0.isActor && $0.range.upperBound == b }
            if let m = DefiniteReference.resolve(ref, among: candidates) ?? (ref.words.count > 1 ? organizationsByName[ref.words.joined(separator: " ")] : nil)
                ?? DefiniteReference.regulator(ref, among: candidates, inApposition: inApposition)
                ?? DefiniteReference.business(ref, subject: previousSubject.map(candidate), here: here.map(candidate), inApposition: inApposition)
                ?? DefiniteReference.topic(ref, topic: topic.map(candidate), here: here.map(candidate), inApposition: inApposition) {
                // (a description before any name of the sentence opens it: what `it` in the next sentence stands for)
                if describedSubject == nil, !names.contains(where: { $0.isActor && $0.range.lowerBound < ref.range.lowerBound }) {
                    describedSubject = m
                }
                if !parts.contains(where: { mentions[$0].mention.canonicalName == mentions[m].mention.canonicalName }) {
                    parts.append(m)
                }
            }
        }
        let utf8 = sentence.utf8
        let c = reading.clause.clamped(to: 0..<utf8.count)
        let clauseText = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: c.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: c.upperBound)],
                                as: UTF8.self)
        // the body of a role the sentence names for one of its people, away from the name (`stepping into the
        // chief inspector role`, `resigned as health secretary`; not `Ann Reed, the health secretary`)
        // (in the clause when the person stands in it, else anywhere in the sentence)
        // (a long run of text is read only near the date, as the clause is)
        let near = max(0, date.lowerBound - EventClause.window)..<min(utf8.count, date.upperBound + EventClause.window)
        var lo = near.lowerBound, hi = near.upperBound
        func byte(_ i: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: i)] }
        while lo < hi, byte(lo) & 0xC0 == 0x80 { lo += 1 }
        while hi > lo, hi < utf8.count, byte(hi) & 0xC0 == 0x80 { hi -= 1 }
        let text = sentence[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
        func shift(_ r: Range<Int>) -> Range<Int> { max(0, r.lowerBound - lo)..<max(0, r.upperBound - lo) }
        for (j, m) in ms.enumerated() where parts.contains(m) && isPerson(m) && names[j].range.lowerBound >= lo {
            let within = reading.clause.contains(names[j].range.lowerBound) ? shift(reading.clause) : 0..<(hi - lo)
            implied += self.titledOrganizations(of: personName(mentions[m]), in: text, awayFrom: shift(names[j].range),
                                                        within: within, dateAt: date.lowerBound - lo, on: value)
        }
        if let v = voice {
            if reading.firstPersonPlural {
                implied += v.organizations
                for person in v.people { implied += self.organizations(of: person, on: value) }
                if v.labelled { implied += v.people }
            }
            if reading.firstPersonSingular { implied += v.people }
        }
        // `we` or `our` of a body with no one introducing the words (`our strike ended yesterday`, `in May we launched
        // the scheme`): the body the whole post is about (``BodyVoice``)
        if reading.firstPersonPlural, voice.map({ $0.people.isEmpty && $0.organizations.isEmpty }) ?? true, let t = postTopic,
           !Self.isParty(mentions[t].mention.canonicalName), BodyVoice.speaksForBody(sentenceWords, clause: reading.clause) {
            implied.append(mentions[t].mention.canonicalName)
        }
        if !parts.contains(where: isPerson) {
            implied += self.implied(by: clauseText[...], on: value)
        }
        // a report or an inspection is its author's body's (`his annual report came out in May`): the organization
        // a person of the clause worked for then, by `Entities/`
        for owner in Self.reportOwners(bytes: sentenceBytes, words: sentenceWords, clause: c, names: ms.indices.filter { isPerson(ms[$0]) }.map { names[$0].range },
                                       pronoun: pronounPerson != nil) {
            let person = owner.map { ms.filter(isPerson)[$0] } ?? pronounPerson
            if let person, parts.contains(person) || person == pronounPerson {
                implied += self.organizations(of: personName(mentions[person]), on: value)
            }
        }
        // a change of post in a body the clause does not name (``RoleChangeParticipants``): the body of the post
        // stated for the person nearest before the change word in the sentence (else the pronoun's person)
        let clauseWords = sentenceWords.filter { reading.clause.contains($0.range.lowerBound) }
        let lowerWords = clauseWords.map(\.lower)
        // (the posts are read from the relations only when the clause tells of a post: a run of thousands of dated
        // sentences must not read them all for each date)
        lazy var posts = relations.compactMap { r -> RoleChangeParticipants.Post? in
            guard r.predicate == "holds_role" || r.predicate == "leads", r.subject < mentions.count else { return nil }
            guard let org = r.object.map({ mentions[$0].mention.canonicalName }) ?? r.objectName else { return nil }
            return RoleChangeParticipants.Post(person: personName(mentions[r.subject]), organization: org, title: r.label,
                                               past: RoleChangeParticipants.isPast(r.qualifier, label: r.label))
        }
        // (when the clause names no organization of its own, a post of that title stated for someone else before, or
        // a body named alone as a label just before, `Harbour Trust. Ann Reed has been chief executive since 2019.`)
        // (only a body the text named counts there: a minister's department by convention is no party to what the
        // minister does)
        let namesOrganization = parts.contains { mentions[$0].mention.type == .organization }
        lazy var namedPosts = relations.compactMap { r -> RoleChangeParticipants.Post? in
            guard r.predicate == "holds_role" || r.predicate == "leads", r.subject < mentions.count, let o = r.object else { return nil }
            return RoleChangeParticipants.Post(person: personName(mentions[r.subject]), organization: mentions[o].mention.canonicalName,
                                               title: r.label, past: RoleChangeParticipants.isPast(r.qualifier, label: r.label))
        }
        // the organization the passage is about where the sentence starts, as the relation stage reads it
        // (``RelationContext/topic(at:in:)``: subjects and descriptions weigh, `The company is ...` too), else the
        // body the post names most (``PostTopic``)
        lazy var passageTopic: Int? = discourseTopic(sentence, ms: ms, mentions: mentions, passage: passage,
                                                     sentenceStart: sentenceStart, passageText: passageText,
                                                     recent: recentPersons + recentOrganizations) ?? topic
        func bodyOfTitle(_ title: Set<String>, person: Int, change: Bool = false) -> String? {
            guard !namesOrganization, RoleChangeParticipants.isOfficeOfABody(title) else { return nil }
            if let l = label { return mentions[l].mention.canonicalName }
            // (else, for a change of post whose title the clause writes, `stood down as chair`, the body the post is
            // about, ``PostTopic``; a title stated before, `the chief inspector of probation`, may name its own body)
            return RoleChangeParticipants.organization(ofTitle: title, among: namedPosts, except: personName(mentions[person]))
                ?? (change ? topic.map { mentions[$0].mention.canonicalName } : nil)
        }
        // (a change told near the date: `Ann Reed, who became chair in May, spoke today` is no change of today)
        // (nor one told in a relative clause after the date: `Yesterday Ann Reed, who took over in May, said`)
        var changed: Int?
        // (the change of post is looked for once: the department rule below asks it too)
        let changeAt = RoleChangeParticipants.changeIndex(lowerWords)
        if let k = changeAt,
           abs(clauseWords[k].range.lowerBound - date.lowerBound) <= RoleChangeParticipants.reach,
           !clauseWords[..<k].contains(where: { $0.range.lowerBound > date.lowerBound && EventClause.relativeWords.contains($0.lower) }) {
            let at = clauseWords[k].range.lowerBound
            let near = ms.indices.filter { isPerson(ms[$0]) && parts.contains(ms[$0]) && names[$0].range.upperBound <= at }
                .max { names[$0].range.lowerBound < names[$1].range.lowerBound }.map { ms[$0] }
            if let m = near ?? pronounPerson {
                changed = m
                let named = RoleChangeParticipants.namedPost(lowerWords)
                let run = RoleChangeParticipants.postRuns(Array(lowerWords[(k + 1)...].prefix(5))).first
                let own = relations.filter { $0.subject < mentions.count && personName(mentions[$0.subject]) == personName(mentions[m])
                    && $0.predicate == "holds_role" && $0.object == nil && $0.objectName == nil && $0.qualifier != "former" }
                    .compactMap(\.label).last.map { Set($0.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)) }
                if let org = RoleChangeParticipants.organization(of: personName(mentions[m]), among: posts, named: named)
                    ?? bodyOfTitle(run ?? own ?? [], person: m, change: run != nil) {
                    implied.append(org)
                } else if !namesOrganization, RoleChangeParticipants.takesOverFrom(lowerWords, at: k) {
                    // the successor takes the post of the one named after the change (`Tom Vale took over from
                    // her in May`, `Ann Reed replaced Tom Vale in 2019`): the body of that person's post, past or not
                    let predecessor = ms.indices.filter { isPerson(ms[$0]) && names[$0].range.lowerBound > at
                        && reading.clause.contains(names[$0].range.lowerBound) }
                        .min { names[$0].range.lowerBound < names[$1].range.lowerBound }.map { ms[$0] } ?? objectPerson
                    if let p = predecessor, personName(mentions[p]) != personName(mentions[m]),
                       let org = RoleChangeParticipants.organization(of: personName(mentions[p]),
                                                                     among: posts.map { var q = $0; q.past = false; return q }, named: named) {
                        implied.append(org)
                    } else if let t = topicOfBareChange(lowerWords, at: k, person: personName(mentions[m]), on: value,
                                                        posts: posts, ownTitle: own, namesOrganization: namesOrganization, topic: passageTopic) {
                        implied.append(mentions[t].mention.canonicalName)
                    }
                } else if let t = topicOfBareChange(lowerWords, at: k, person: personName(mentions[m]), on: value,
                                                    posts: posts, ownTitle: own, namesOrganization: namesOrganization, topic: passageTopic) {
                    implied.append(mentions[t].mention.canonicalName)
                }
            }
        }
        // a post the clause names for one of its people (`Its chief executive, Ann Reed, had been in post since
        // 2019`, `Tom Vale was chair during the strikes`): the body of that post as stated for them before
        for run in RoleChangeParticipants.postRuns(lowerWords) where RoleChangeParticipants.isOfficeOfABody(run) {
            let people = ms.indices.filter { isPerson(ms[$0]) && parts.contains(ms[$0]) && reading.clause.contains(names[$0].range.lowerBound) }
                .map { ms[$0] } + (pronounPerson.map { [$0] } ?? [])
            for m in people where m != changed {
                if let org = RoleChangeParticipants.organization(of: personName(mentions[m]), among: namedPosts, named: run)
                    ?? bodyOfTitle(run, person: m) {
                    implied.append(org)
                }
            }
        }
        // `Its first chair, Ann Reed, …`: the organization the sentence before opened with
        if RoleChangeParticipants.opensWithOwnedPost(clauseWords.map(\.lower)), let org = previousSubject, !parts.contains(org) {
            parts.append(org)
        }
        // a party that only labels a person (`Ann Reed, the Harbour Party MP for Leeds`, `a Harbour Party peer`,
        // `she is a Harbour Party member`) takes no part; a party that acts (`the Harbour Party won`) does
        var labels: Set<String> = []
        for (j, m) in ms.enumerated() where Self.isParty(mentions[m].mention.canonicalName) {
            let r = names[j].range
            let next = sentenceWords.first { $0.range.lowerBound >= r.upperBound }
            let before = sentenceWords.last { $0.range.upperBound <= r.lowerBound }
            if let next, next.range.lowerBound - r.upperBound <= 1 {
                if Self.partyLabels.contains(next.lower) { labels.insert(mentions[m].mention.canonicalName); continue }
                // (`a Harbour Party government` is the party in power; its `leader` leads it)
                if ["government", "administration", "leader", "leadership"].contains(next.lower) { continue }
            }
            if ["a", "an"].contains(before?.lower ?? "") { labels.insert(mentions[m].mention.canonicalName) }
        }
        // (nor as the body of the person's post: `peer` is no post in the party)
        parts.removeAll { labels.contains(mentions[$0].mention.canonicalName) }
        implied.removeAll { labels.contains($0) }
        // (nor a body named only as someone's past: `Tom Vale, previously chief executive of Harbour Trust, took over
        // as chair in March` is no happening of Harbour Trust's, whatever post of his is known there)
        // (the body as written: `formerly head of Harbour TV Studios` read as Harbour TV leaves Harbour TV's own posts)
        let background = Set(reading.background.filter { $0 < ms.count }.map { ms[$0] }
            .filter { mentions[$0].mention.text == mentions[$0].mention.canonicalName }.map { mentions[$0].mention.canonicalName })
        implied.removeAll { background.contains($0) }
        // a minister's department by convention takes no part in the minister's change of post (`Ann Reed became
        // health secretary in 2019`, `Tom Vale resigned as Prime Minister`): the post changes hands, the department
        // does nothing; a department the sentence names stays (`resigned from the Home Office`)
        if changeAt != nil {
            implied.removeAll { ministerialBodies.contains($0) }
        }
        var seen = Set(parts.map { personName(mentions[$0]) })
        implied = implied.filter { seen.insert($0).inserted }
        return (parts.sorted(), implied, describedSubject)
    }

    /// The body a bare change of post happens in, when nothing but the post's topic can tell it: `Harbour Water`
    /// after a post about it, for `He left last month`, `She stepped down in May 2020 after two years`, `Tom Vale,
    /// who joined in 2017, ...` or `She stayed until 2018 and was succeeded by Ann Reed` (a mention index of the
    /// topic, ``PostTopic``).
    ///
    /// Only when the clause names no body and no post (``RoleChangeParticipants/isBareChange(_:at:)``: `left the
    /// army`, `resigned as health secretary` are other matters), and the person has no post of their own the text
    /// stated at a body (`posts`) nor one `Entities/` knows on that date, and the post stated alone for them, if any,
    /// is an office of a body (`ownTitle`: `chief executive`, not `health secretary`): a minister who resigns, a
    /// chair of another body, take the topic nowhere.
    func topicOfBareChange(_ words: [String], at k: Int, person: String, on date: TemporalValue,
                           posts: [RoleChangeParticipants.Post], ownTitle: Set<String>?, namesOrganization: Bool,
                           topic: Int?) -> Int? {
        guard let topic, !namesOrganization, ownTitle.map(RoleChangeParticipants.isOfficeOfABody) ?? true,
              RoleChangeParticipants.isBareChange(words, at: k),
              !posts.contains(where: { $0.person == person }) else { return nil }
        let known = organizations(of: person, on: date)
        return known.isEmpty ? topic : nil
    }

    /// The relation stage's reading of the sentence (``RelationContext`` and ``RelationReader/Sentence``), when the
    /// caller gives the passage's text: the last of `recent` (mentions of the post before the sentence) in the same
    /// passage anchors a sentence that names no one.
    func relationReading(_ sentence: Substring, ms: [Int], mentions: [LocatedMention], passage: Int, sentenceStart: Int,
                         passageText: String?, recent: [Int]) -> (context: RelationContext, sentence: RelationReader.Sentence)? {
        guard let passageText else { return nil }
        let range = sentenceStart..<(sentenceStart + sentence.utf8.count)
        let anchor = recent.filter { mentions[$0].passage == passage && mentions[$0].mention.utf8Range.upperBound <= sentenceStart }.max()
        guard !ms.isEmpty || anchor != nil else { return nil }
        let context = RelationContext(text: passageText, sentence: range, mentions: ms, all: mentions, anchor: anchor)
        return (context, RelationReader.Sentence(text: passageText, range: range, mentions: ms.map { ($0, mentions[$0].mention) }))
    }

    /// The organization `it` at `offset` (a UTF-8 offset of `sentence`) stands for, as the relation stage reads it
    /// (``RelationContext/organization(at:in:)``): the subject of the nearest clause before, or the topic.
    func sharedOrganization(at offset: Int, _ sentence: Substring, ms: [Int], mentions: [LocatedMention], passage: Int,
                            sentenceStart: Int, passageText: String?, recent: [Int]) -> Int? {
        guard let r = relationReading(sentence, ms: ms, mentions: mentions, passage: passage, sentenceStart: sentenceStart,
                                      passageText: passageText, recent: recent),
              let org = r.context.organization(at: sentenceStart + offset, in: r.sentence), org.mention.type == .organization,
              !Self.isParty(org.mention.canonicalName) else { return nil }
        return org.index
    }

    /// The organization the passage is about at the start of `sentence` (``RelationContext/topic(at:in:)``, the
    /// relation stage's reading of the discourse topic), when the caller gives the passage's text
    /// (``relationReading(_:ms:mentions:passage:sentenceStart:passageText:recent:)``).
    func discourseTopic(_ sentence: Substring, ms: [Int], mentions: [LocatedMention], passage: Int, sentenceStart: Int,
                        passageText: String?, recent: [Int]) -> Int? {
        guard let r = relationReading(sentence, ms: ms, mentions: mentions, passage: passage, sentenceStart: sentenceStart,
                                      passageText: passageText, recent: recent),
              let t = r.context.topic(at: sentenceStart, in: r.sentence), !Self.isParty(t.mention.canonicalName) else { return nil }
        return t.index
    }

    /// Whether a mention writes a set of bodies: its text in the plural where its canonical name is singular
    /// (`Community Health Trusts` for `Community Health Trust`, `Regional Boards` for `Regional Board`), or an
    /// acronym with a plural `s` (`CHTs`). Such a set is no one body for `the trust` to stand for.
    static func isPlural(_ m: EntityMention) -> Bool {
        let text = m.text.split(separator: " ").last.map(String.init) ?? ""
        let canonical = (m.canonicalName.split(separator: " ").last.map(String.init) ?? "").lowercased()
        let lower = text.lowercased()
        if text.count >= 3, text.hasSuffix("s"), text.dropLast().allSatisfy({ $0.isUppercase }) { return true }
        guard lower != canonical, !canonical.isEmpty else { return false }
        return lower == canonical + "s" || canonical.hasSuffix("y") && lower == canonical.dropLast() + "ies"
    }

    /// The one organization a sentence named, when it named no other (by canonical name), for `it` opening the
    /// next sentence when that sentence opened with no organization: `Ann Reed was appointed in 2020 to chair the
    /// Harbour Inquiry. It was given new powers in 2021.` → Harbour Inquiry (`it` is no person). A sentence that
    /// named two bodies (`Ann Reed left Harbour Trust for Eastside Council.`) leaves `it` unsure, and it stands
    /// for neither; so does one that also named a programme (`Ann Reed took the Harbour Homes Bill to the council.
    /// It was passed in 2021.`: the bill passed), for which the extractor passes no organizations.
    static func soleOrganization(_ organizations: [Int], mentions: [LocatedMention]) -> Int? {
        guard let first = organizations.first,
              Set(organizations.map { mentions[$0].mention.canonicalName }).count == 1 else { return nil }
        return first
    }

    /// Whether an organization's name is a political party's (`Labour Party`, `Liberal Democrats`).
    static func isParty(_ name: String) -> Bool {
        name.hasSuffix(" Party") || ["Liberal Democrats", "Conservatives", "Labour", "Conservative"].contains(name)
    }

    /// Words after a party's name that make it a label of the person (`Labour MP`, `Conservative peer`; not
    /// `leader`: the party's leader speaks for it).
    static let partyLabels: Set<String> = ["mp", "mps", "peer", "peers", "councillor", "councillors", "member", "members",
                                           "mep", "msp", "minister", "secretary", "chancellor", "mayor", "candidate", "whip",
                                           "politician", "backbencher", "chair", "chairman", "spokesman", "spokeswoman", "spokesperson",
                                           "transport", "health", "education", "home", "justice", "work", "business", "culture",
                                           "environment", "foreign", "defence", "housing", "energy"]

    /// Nouns of a report, whose author's body takes part.
    static let reportWords: Set<String> = ["report", "reports", "inspection", "inspections"]

    /// The owners of a report the clause `clause` (UTF-8 bytes of `sentence`) tells of: a person named with a
    /// possessive (`Ann Reed's annual report`, an index into `people`, their UTF-8 ranges) or a possessive pronoun
    /// (`her latest report`, nil), at most three words before the report's noun.
    /// `bytes` and `words` (``EventClause/words(_:)``) are the sentence's, read once by the caller.
    static func reportOwners(bytes: [UInt8], words: [EventClause.Word], clause: Range<Int>, names people: [Range<Int>],
                             pronoun: Bool) -> [Int?] {
        /// Whether `possessive` (the byte after a possessive) stands at most three words before a report's noun.
        func beforeReport(_ from: Int) -> Bool {
            guard let k = words.firstIndex(where: { $0.range.lowerBound >= from }) else { return false }
            return words[k..<min(words.count, k + 4)].contains { clause.contains($0.range.lowerBound) && reportWords.contains($0.lower) }
        }
        var out: [Int?] = []
        for (p, r) in people.enumerated() where clause.contains(r.lowerBound) {
            // `Ann Reed's` or `Ann Reed’s`
            let e = r.upperBound
            let straight = e + 1 < bytes.count && bytes[e] == 0x27 && bytes[e + 1] | 0x20 == 0x73
            let curly = e + 3 < bytes.count && bytes[e] == 0xE2 && bytes[e + 1] == 0x80 && bytes[e + 2] == 0x99 && bytes[e + 3] | 0x20 == 0x73
            if straight && beforeReport(e + 2) || curly && beforeReport(e + 4) { out.append(p) }
        }
        if pronoun {
            for w in words where clause.contains(w.range.lowerBound) && (w.lower == "his" || w.lower == "her") && beforeReport(w.range.upperBound) {
                out.append(nil)
                break
            }
        }
        return out
    }
}
