import Algorithms
import Corpus
import HindsightSupport

/// Resolves the names of one document against each other: a surname, `Mr X`, `Dame Judith`, `R Wilson` or a
/// lone first name to the full name given elsewhere in the same document; an acronym to its definition;
/// a misspelt surname (one letter off) to the document's person. Everything is keyed by hashing.
struct DocumentNameResolver {
    struct Item {
        var post: Int
        var passage: Int
        var kind: PassageKind
        var firstLine: Int
        var raw: RawMention
    }

    let kb: KnowledgeBase
    var items: [Item]
    var definitions: [AcronymDefinition]

    /// Canonical person names of the document, by key of surname / first name / `initial surname`.
    private var bySurname: [String: [String]] = [:]
    private var byFirst: [String: [String]] = [:]
    /// Canonical person name → knowledge record.
    private var personRecord: [String: Int] = [:]
    private var confirmedKeys: [String: (name: String, type: EntityType, record: Int?)] = [:]
    private var orgKeys: Set<String> = []
    private var blends: Set<String> = []
    private var knowledgePersons: [(name: String, record: Int)] = []
    /// Per lone capitalised word of the document: summed context votes and the number of mentions.
    private var bareVotes: [String: (person: Int, org: Int, strong: Bool, count: Int)] = [:]
    /// Surname key → the canonical name of the person last named in full with it, so far in the document:
    /// `Phil Wilson ... Mr Wilson` is Phil even when the document also names Ruth Wilson.
    private var recentBySurname: [String: String] = [:]
    /// Keys of two-word names written after an honorific that are the last two words of exactly one longer
    /// person of the document (`Mr Duncan Smith` after `Iain Duncan Smith`), with that person.
    private var titledTails: [String: String] = [:]
    /// Bare heads of the document's organizations (``companyHeads(of:)``): `tarn` → `Tarn Water`.
    private var companyHeads: [String: (name: String, type: EntityType, record: Int?)] = [:]

    init(kb: KnowledgeBase, items: [Item], definitions: [AcronymDefinition]) {
        self.kb = kb
        self.items = items
        self.definitions = definitions
    }

    mutating func resolve() -> [LocatedMention] {
        collectConfirmed()
        var out: [LocatedMention] = []
        out.reserveCapacity(items.count)
        var defs = definitionTable()
        for (acr, d) in implicitDefinitions(defs) { defs[acr] = d }
        for item in items {
            guard let m = resolveOne(item.raw, defs) else { continue }
            noteRecent(item.raw, m)
            let line = item.firstLine + item.raw.line
            out.append(LocatedMention(post: item.post, passage: item.passage, kind: item.kind, line: line, mention: m))
        }
        return out
    }

    // MARK: - Confirmed names

    private mutating func addPerson(_ canonical: String, record: Int?) {
        let words = NameKey.person(canonical).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return }
        let last = words.last!, first = words[0]
        if !(bySurname[last]?.contains(canonical) ?? false) { bySurname[last, default: []].append(canonical) }
        if !(byFirst[first]?.contains(canonical) ?? false) { byFirst[first, default: []].append(canonical) }
        // a two-word surname (`De Souza`) is also indexed whole
        if words.count == 3 {
            let two = words[1] + " " + words[2]
            if !(bySurname[two]?.contains(canonical) ?? false) { bySurname[two, default: []].append(canonical) }
        }
        if let r = record { personRecord[canonical] = r }
    }

    /// Cues that make an unknown capitalised run a person only weakly (an organization cue elsewhere wins).
    static let weakPersonCues: Set<MentionCue> = [.rolePhrase, .speechVerb, .coordination, .relativeWho]

    private mutating func collectConfirmed() {
        // Names an organization cue types in this document.
        for item in items {
            let r = item.raw
            if case .typed = r.shape, r.type == .organization {
                orgKeys.insert(NameKey.of(r.name))
            }
        }
        var fullNames: [String] = []
        var titledFullNames: Set<String> = []
        for item in items where item.raw.shape == .bareWord {
            let r = item.raw
            let k = NameKey.person(r.name)
            var v = bareVotes[k] ?? (0, 0, false, 0)
            v.person += r.personVotes
            v.org += r.orgVotes
            v.strong = v.strong || r.strongVote
            v.count += 1
            bareVotes[k] = v
        }
        var textKeys: [String: String] = [:]  // NameKey of each knowledge mention's text, computed once
        for item in items {
            let r = item.raw
            switch r.shape {
            case .knowledge(let rec):
                let record = kb.records[rec]
                if record.type == .person { knowledgePersons.append((record.name, rec)) }
                let textKey = textKeys[r.text] ?? NameKey.of(r.text)
                textKeys[r.text] = textKey
                confirmedKeys[textKey] = (record.name, record.type, rec)
                confirmedKeys[kb.nameKeys[rec]] = (record.name, record.type, rec)
            case .fullName where !r.cue.isCandidate:
                let name = personName(r)
                if DocumentNameResolver.weakPersonCues.contains(r.cue) && orgKeys.contains(NameKey.of(name)) { continue }
                fullNames.append(name)
                if r.honorific != nil { titledFullNames.insert(NameKey.person(name)) }
            case .typed:
                confirmedKeys[NameKey.of(r.name)] = (r.name, r.type, nil)
            default:
                break
            }
        }
        companyHeads = Self.companyHeads(of: confirmedKeys)
        // A full name ending in a stray `s` (`Anne Fieldings`) defers to the name without it.
        let keys = Set(fullNames.map { NameKey.person($0) })
        let distinct = fullNames.filter { name in
            let k = NameKey.person(name)
            return !(k.hasSuffix("s") && keys.contains(String(k.dropLast())))
        }.uniqued(on: NameKey.person)
        // `Tom Hughes` when the document has `Tom Baker` and `Anne Hughes`: a blend, not a person.
        var firstToSurnames: [String: Set<String>] = [:]
        var surnameToFirsts: [String: Set<String>] = [:]
        // The knowledge persons once each, in the order first named, with the record last named (as adding
        // every mention in turn would leave them).
        var knowledgeNames: [String] = []
        var lastRecord: [String: Int] = [:]
        for (name, rec) in knowledgePersons {
            if lastRecord.updateValue(rec, forKey: name) == nil { knowledgeNames.append(name) }
        }
        let allNames = distinct + knowledgeNames
        titledTails = Self.titledTails(titled: titledFullNames, of: allNames)
        // where each name is first written: a blend mixes two names the writer has already given, so a name
        // written before either of them (`Paul Ames, the former chief executive, ...` before `Paul Lowe` and
        // `Jane Ames`) is a person of its own (knowledge names count as given from the start)
        var firstWritten: [String: Int] = [:]
        for (i, n) in distinct.enumerated() where firstWritten[NameKey.person(n)] == nil { firstWritten[NameKey.person(n)] = i }
        for n in knowledgeNames { firstWritten[NameKey.person(n)] = -1 }
        var keysByFirst: [String: [String]] = [:]
        var keysBySurname: [String: [String]] = [:]
        for n in allNames {
            let w = NameKey.person(n).split(separator: " ").map(String.init)
            guard w.count >= 2 else { continue }
            firstToSurnames[w[0], default: []].insert(w.last!)
            surnameToFirsts[w.last!, default: []].insert(w[0])
            keysByFirst[w[0], default: []].append(NameKey.person(n))
            keysBySurname[w.last!, default: []].append(NameKey.person(n))
        }
        func givenBefore(_ keys: [String]?, _ own: String) -> Bool {
            let at = firstWritten[own] ?? Int.max
            return (keys ?? []).contains { $0 != own && (firstWritten[$0] ?? Int.max) < at }
        }
        for name in knowledgeNames { addPerson(name, record: lastRecord[name]) }
        for name in distinct where titledTails[NameKey.person(name)] == nil {
            let w = NameKey.person(name).split(separator: " ").map(String.init)
            let kbRecord = kb.recordIndices(named: name, type: .person).first
            if kbRecord == nil, w.count == 2,
               (firstToSurnames[w[0]] ?? []).count > 1, (surnameToFirsts[w[1]] ?? []).count > 1,
               givenBefore(keysByFirst[w[0]], NameKey.person(name)), givenBefore(keysBySurname[w[1]], NameKey.person(name)) {
                blends.insert(NameKey.person(name))
                continue
            }
            addPerson(kbRecord.map { kb.records[$0].name } ?? name, record: kbRecord)
            confirmedKeys[NameKey.of(name)] = (name, .person, kbRecord)
        }
    }

    /// A two-word name written after an honorific (`Mr Duncan Smith`, `Lady Ruiz Vega`) whose two words end
    /// exactly one longer name of the document (`Iain Duncan Smith`) is that person under a double surname, not a
    /// second person with the given name `Duncan`: the key of each such name, with the longer name. When two
    /// longer names end in the same two words (`Ana Ruiz Vega`, `Luis Ruiz Vega`), it stays apart.
    static func titledTails(titled: Set<String>, of names: [String]) -> [String: String] {
        guard !titled.isEmpty else { return [:] }
        var longer: [String: Set<String>] = [:]
        var canonical: [String: String] = [:]
        for n in names {
            let k = NameKey.person(n)
            let w = k.split(separator: " ")
            guard w.count >= 3 else { continue }
            let tail = w.suffix(2).joined(separator: " ")
            guard titled.contains(tail) else { continue }
            longer[tail, default: []].insert(k)
            canonical[tail] = n
        }
        var out: [String: String] = [:]
        for (tail, keys) in longer where keys.count == 1 { out[tail] = canonical[tail] }
        return out
    }

    /// A company's short name in its document: the words of an organization's name before its trade, group and
    /// legal words (``OrganizationLexicon/shortFormTails``, one of them a trade or group word), so that `Vantage
    /// Crest` or `Kelby` with no cue of its own is `Vantage Crest Healthcare` or `Kelby Energy Ltd` when the
    /// document names that. A head that two different companies share (`Kelby Energy`, `Kelby Rail`) stands for
    /// neither; of names that extend one another (`Kelby Energy`, `Kelby Energy Ltd`) the shortest is taken.
    static func companyHeads(of confirmed: [String: (name: String, type: EntityType, record: Int?)])
        -> [String: (name: String, type: EntityType, record: Int?)] {
        var found: [String: [(key: String, value: (name: String, type: EntityType, record: Int?))]] = [:]
        for key in confirmed.keys.sorted() {
            guard let c = confirmed[key], c.type == .organization else { continue }
            let words = key.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            for cut in 1..<words.count {
                let tail = words[cut...]
                guard tail.allSatisfy({ OrganizationLexicon.shortFormTails.contains($0) || OrganizationLexicon.legalSuffixes.contains($0) }),
                      tail.contains(where: { OrganizationLexicon.shortFormTails.contains($0) }) else { continue }
                // One word of a policy remit (`Defence` of `Defence Logistics`) is a portfolio before it is a
                // company: `the Defence Secretary`, `Health questions`.
                if cut == 1, OrganizationLexicon.remitTopics.contains(words[0]) { continue }
                found[words[..<cut].joined(separator: " "), default: []].append((NameKey.of(c.name), c))
            }
        }
        var out: [String: (name: String, type: EntityType, record: Int?)] = [:]
        for (head, list) in found {
            guard let shortest = list.min(by: { ($0.key.count, $0.key) < ($1.key.count, $1.key) }) else { continue }
            guard list.allSatisfy({ $0.key == shortest.key || $0.key.hasPrefix(shortest.key + " ") }) else { continue }
            out[head] = shortest.value
        }
        return out
    }

    private func personName(_ r: RawMention) -> String {
        let words = r.nameWords.isEmpty ? [r.name] : r.nameWords
        return words.joined(separator: " ")
    }

    /// `Tarn Equipment and Support ... TE&S was created in 2007`: an acronym the document never defines, whose
    /// letters are the initials (``PassageScanner/initialsMatch(_:_:)``) of exactly one organization the
    /// document names in full, is that organization's short form, as if the document had written `Tarn Equipment
    /// and Support (TE&S)`. Three capitals at least, and few small letters (`MaPS`, not `MTCnovo`); the
    /// acronym's own definitions win.
    private func implicitDefinitions(_ defs: [String: AcronymDefinition]) -> [String: AcronymDefinition] {
        var longs: [(key: String, name: String, words: [String], record: Int?)] = []
        var seen: Set<String> = []
        for item in items where item.raw.type == .organization && !item.raw.cue.isCandidate {
            let r = item.raw
            var name = r.name
            var record: Int? = nil
            switch r.shape {
            case .typed: break
            case .knowledge(let rec):
                guard kb.records[rec].type == .organization else { continue }
                name = kb.records[rec].name
                record = rec
            default: continue
            }
            let words = name.split(separator: " ").map(String.init)
            guard words.count >= 3 else { continue }
            let key = NameKey.of(name)
            if seen.insert(key).inserted { longs.append((key, name, words, record)) }
        }
        guard !longs.isEmpty else { return [:] }
        var out: [String: AcronymDefinition] = [:]
        var tried: Set<String> = []
        for item in items where item.raw.shape == .acronym {
            let acr = item.raw.text
            guard defs[acr] == nil, tried.insert(acr).inserted, PassageScanner.acronymLetters(acr).count >= 3 else { continue }
            // (`MaPS`, `DE&S`, `CRCs`, but not `MTCnovo`: a brand that only opens with capitals spells no initials)
            let upper = acr.filter { $0.isUppercase }.count, lowerCount = acr.filter { $0.isLowercase }.count
            guard lowerCount * 2 < upper else { continue }
            let matches = longs.filter { PassageScanner.initialsMatch(acr, $0.words) }
            guard matches.count == 1, let m = matches.first else { continue }
            out[acr] = AcronymDefinition(acronym: acr, longName: m.name, type: .organization, record: m.record)
        }
        return out
    }

    private func definitionTable() -> [String: AcronymDefinition] {
        var t: [String: AcronymDefinition] = [:]
        for d in definitions {
            if t[d.acronym] == nil { t[d.acronym] = d }
            let letters = d.acronym
            if letters.count > 2, letters.hasSuffix("s") {
                let singular = String(letters.dropLast())
                if t[singular] == nil { t[singular] = d }
            } else if t[letters + "s"] == nil {
                t[letters + "s"] = d
            }
        }
        return t
    }

    /// Records a person named in full (or by a knowledge name of two words or more) as the latest holder of
    /// their surname.
    private mutating func noteRecent(_ r: RawMention, _ m: EntityMention) {
        guard m.type == .person else { return }
        switch r.shape {
        case .fullName, .knowledge: break
        default: return
        }
        let words = NameKey.person(m.canonicalName).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return }
        let canonical = m.canonicalName
        recentBySurname[words.last!] = canonical
        if words.count == 3 { recentBySurname[words[1] + " " + words[2]] = canonical }
    }

    /// The person a surname shared by several of the document's people refers to: the last one named in full.
    private func recent(_ surname: String) -> String? {
        guard let list = bySurname[surname], list.count > 1, let c = recentBySurname[surname], list.contains(c) else {
            return nil
        }
        return c
    }

    // MARK: - One mention

    private func unique(_ list: [String]?) -> String? {
        guard let l = list, l.count == 1 else { return nil }
        return l[0]
    }

    private func person(_ canonical: String, _ r: RawMention, cue: MentionCue? = nil) -> EntityMention {
        let rec = personRecord[canonical]
        return EntityMention(text: r.text, utf8Range: r.bytes, type: .person,
                             canonicalName: rec.map { kb.records[$0].name } ?? canonical,
                             knowledgeID: rec.map { kb.records[$0].id }, cue: cue ?? r.cue, role: r.role)
    }

    private func knowledge(_ rec: Int, _ r: RawMention, cue: MentionCue? = nil) -> EntityMention {
        let record = kb.records[rec]
        return EntityMention(text: r.text, utf8Range: r.bytes, type: record.type, canonicalName: record.name,
                             knowledgeID: record.id, cue: cue ?? r.cue, role: record.type == .person ? r.role : nil)
    }

    private func plain(_ r: RawMention, name: String, type: EntityType, cue: MentionCue? = nil) -> EntityMention {
        EntityMention(text: r.text, utf8Range: r.bytes, type: type, canonicalName: name, knowledgeID: nil,
                      cue: cue ?? r.cue, role: type == .person ? r.role : nil)
    }

    private func resolveOne(_ r: RawMention, _ defs: [String: AcronymDefinition]) -> EntityMention? {
        switch r.shape {
        case .knowledge(let rec):
            // `the criminal justice system (CJS)`: the document's own definition of an acronym beats a body the
            // knowledge base knows by the same letters
            if let d = defs[r.text], d.record == nil, NameKey.of(d.longName) != kb.nameKeys[rec],
               kb.recordIndices(named: d.longName).isEmpty {
                return plain(r, name: d.longName, type: d.type, cue: .acronym)
            }
            return knowledge(rec, r)

        case .fullName:
            let name = personName(r)
            let k = NameKey.person(name)
            if blends.contains(k) { return nil }
            if r.honorific != nil, let c = titledTails[k] { return person(c, r) }
            if DocumentNameResolver.weakPersonCues.contains(r.cue) && orgKeys.contains(NameKey.of(name)) {
                return plain(r, name: name, type: .organization, cue: .document)
            }
            if k.hasSuffix("s"), let c = unique(bySurname[String(k.split(separator: " ").last!.dropLast())]),
               NameKey.person(c) == String(k.dropLast()) {
                return person(c, r)
            }
            if let i = kb.recordIndices(named: name, type: .person).first {
                return knowledge(i, r)
            }
            if r.cue.isCandidate {
                // a weak full name (`Will Power` in a heading) stands if the document confirms it elsewhere
                if let c = confirmedKeys[NameKey.of(name)], c.type == .person { return person(c.name, r, cue: .givenName) }
                return plain(r, name: name, type: .person)
            }
            return person(name, r)

        case .titledSurname, .initialSurname:
            let words = r.nameWords.map { NameKey.person($0) }.filter { !$0.isEmpty }
            let surname = words.joined(separator: " ")
            if r.shape == .initialSurname {
                let initial = words.first?.first
                let last = words.last ?? ""
                let cands = (bySurname[last] ?? []).filter { NameKey.person($0).first == initial }
                if cands.count == 1 { return person(cands[0], r) }
                return plain(r, name: r.name, type: .person, cue: .initial)
            }
            if let c = unique(bySurname[surname]) { return person(c, r) }
            if let c = unique(bySurname[NameKey.person(r.name)]) { return person(c, r) }
            if let c = recent(surname) { return person(c, r, cue: .recentSurname) }
            // several people of the document share it and none was named before: it stays apart
            if (bySurname[surname]?.count ?? 0) > 1 { return plain(r, name: r.name, type: .person) }
            if let list = kb.personsBySurname[surname], list.count == 1 { return knowledge(list[0], r) }
            // `Dame Judith` when the honorific usually takes a surname but the word is a known first name
            if let c = unique(byFirst[surname]) { return person(c, r) }
            return plain(r, name: r.name, type: .person)

        case .titledFirstName:
            let first = NameKey.person(r.name)
            if let c = unique(byFirst[first]) { return person(c, r) }
            if let c = unique(bySurname[first]) { return person(c, r) }
            return plain(r, name: (r.honorific.map { $0 + " " } ?? "") + r.name, type: .person)

        case .firstName:
            let first = NameKey.person(r.name)
            if let c = unique(byFirst[first]) { return person(c, r, cue: .firstName) }
            // Many surnames are given names too (`Lewis`, `Douglas`, `Howard`, `Owen`): once the document has
            // named `Derek Lewis` in full and no one called Lewis by first name, `Lewis was replaced by ...` is him.
            if let c = unique(bySurname[first]) { return person(c, r, cue: .surname) }
            if let c = recent(first) { return person(c, r, cue: .recentSurname) }
            return nil

        case .bareWord:
            // `Defra`, `Ofsted`: a word the document defines as the clipped name of a body
            if let d = defs[r.text], d.type == .organization {
                if let rec = d.record { return knowledge(rec, r, cue: .acronym) }
                if let i = kb.recordIndices(named: d.longName).first { return knowledge(i, r, cue: .acronym) }
                return plain(r, name: d.longName, type: .organization, cue: .acronym)
            }
            let key = NameKey.person(r.name)
            if let c = unique(bySurname[key]) { return person(c, r, cue: .surname) }
            if let c = recent(key) { return person(c, r, cue: .recentSurname) }
            if GivenNames.all.contains(key) {
                if let c = unique(byFirst[key]) { return person(c, r, cue: .firstName) }
                return nil
            }
            if let c = confirmedKeys[NameKey.of(r.name)] ?? companyHeads[NameKey.of(r.name)] {
                if let rec = c.record { return knowledge(rec, r, cue: .document) }
                return plain(r, name: c.name, type: c.type, cue: .document)
            }
            if let c = fuzzySurname(key) { return person(c, r, cue: .misspeltSurname) }
            if let v = bareVotes[key] {
                if v.person > 0 && v.org == 0 && (v.strong || v.count >= 2) {
                    return plain(r, name: r.name, type: .person, cue: .context)
                }
                if v.org > 0 && v.person == 0 && v.strong {
                    return plain(r, name: r.name, type: .organization, cue: .context)
                }
                // Evidence too thin here: leave it to the corpus, with the lean of this document.
                if v.person > v.org { return plain(r, name: r.name, type: .person, cue: .candidateNamePerson) }
                if v.org > v.person { return plain(r, name: r.name, type: .organization, cue: .candidateNameOrganization) }
            }
            return plain(r, name: r.name, type: .person)

        case .acronym:
            if let d = defs[r.text] {
                if let rec = d.record { return knowledge(rec, r, cue: .acronym) }
                if let i = kb.recordIndices(named: d.longName).first {
                    return knowledge(i, r, cue: .acronym)
                }
                return plain(r, name: d.longName, type: d.type, cue: .acronym)
            }
            let key = NameKey.person(r.text)
            if r.text.count >= 4, let c = unique(bySurname[key]) { return person(c, r, cue: .surname) }
            return plain(r, name: r.text, type: .organization)

        case .unknownRun:
            if let c = confirmedKeys[NameKey.of(r.name)] ?? companyHeads[NameKey.of(r.name)] {
                if let rec = c.record { return knowledge(rec, r, cue: .document) }
                return plain(r, name: c.name, type: c.type, cue: .document)
            }
            return plain(r, name: r.name, type: .organization)

        case .typed:
            if let i = kb.recordIndices(named: r.name, type: r.type).first {
                return knowledge(i, r)
            }
            // `Jo Marlow ... Marlow sold the firm`: a corporate context is weaker than the document's person
            if r.cue == .orgCorporate, !r.name.contains(" "), let c = unique(bySurname[NameKey.person(r.name)]) {
                return person(c, r, cue: .surname)
            }
            if r.type == .organization || r.type == .programme, let d = defs[r.text], d.longName != r.name {
                return plain(r, name: d.longName, type: d.type)
            }
            return plain(r, name: r.name, type: r.type)
        }
    }

    /// A person of the document whose surname is one edit away (`Billiard` for `Billiald`).
    private func fuzzySurname(_ key: String) -> String? {
        guard key.count >= 5, !key.contains(" ") else { return nil }
        var found: String? = nil
        for s in bySurname.keys.sorted() where s.count >= 5 && s.first == key.first && abs(s.count - key.count) <= 1 {
            guard EditDistance.isAtMostOne(Array(s), Array(key)) else { continue }
            guard let c = unique(bySurname[s]) else { continue }
            if found != nil && found != c { return nil }
            found = c
        }
        return found
    }
}
