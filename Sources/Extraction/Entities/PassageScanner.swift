/// Finds names in one passage from general cues and the knowledge base, left to right in one pass.
///
/// Order of cues at each capitalised position: a knowledge name (longest match), an honorific, an
/// organization suffix or head (`... Council`, `Ministry of ...`), a programme suffix (`... Act 2014`), a role
/// title (`Justice Secretary`), a given name (`Amy Rees`), an initial (`P Wilson`), an acronym, and finally an
/// unknown capitalised run typed by its context (role phrase, speech verb, `CEO of ...`, `... organisation`).
struct PassageScanner {
    let tokens: [TextToken]
    let text: String
    let bytes: [UInt8]
    let kb: KnowledgeBase
    private(set) var mentions: [RawMention] = []
    private(set) var definitions: [AcronymDefinition] = []
    /// Per line of the passage: mostly capitalised short line (a heading).
    private(set) var headingLines: Set<Int> = []

    /// Per token: the longest knowledge match starting there (record index and end), computed once.
    private let kbRecordAt: [Int32]
    private let kbEndAt: [Int32]

    init(text: String, knowledge: KnowledgeBase) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.kb = knowledge
        let toks = PassageTokenizer.tokenize(text)
        self.tokens = toks
        self.headingLines = PassageScanner.findHeadingLines(toks)
        var rec = [Int32](repeating: -1, count: toks.count)
        var end = [Int32](repeating: -1, count: toks.count)
        for i in toks.indices where toks[i].kind == .word && !toks[i].inURL {
            if let m = knowledge.matcher.longestMatch(in: toks, at: i) {
                rec[i] = Int32(m.record)
                end[i] = Int32(m.end)
            }
        }
        self.kbRecordAt = rec
        self.kbEndAt = end
    }

    /// The longest knowledge name starting at token `k` (cached).
    @inline(__always) func kbMatch(_ k: Int) -> (record: Int, end: Int)? {
        guard k >= 0, k < kbRecordAt.count, kbRecordAt[k] >= 0 else { return nil }
        return (Int(kbRecordAt[k]), Int(kbEndAt[k]))
    }

    // MARK: - Driver

    mutating func scan() {
        let n = tokens.count
        var i = 0
        while i < n {
            let t = tokens[i]
            guard t.kind == .word, !t.inURL else { i += 1; continue }
            if let e = commaListOrganization(at: i) {
                emit(shape: .typed, type: .organization, start: i, end: e, cue: "org-list-name")
                i = e
                continue
            }
            if let m = knowledgeMatch(at: i) {
                i = emitKnowledge(m, start: i, runEnd: runEnd(from: i, atLeast: m.end))
                continue
            }
            guard isCap(i) else { i += 1; continue }
            let end = runEnd(from: i, atLeast: i + 1)
            let reached = segment(i, end)
            i = max(end, reached, i + 1)
        }
        findDefinitions()
        applyCoordination()
    }

    // MARK: - Token predicates

    @inline(__always) func isWord(_ k: Int) -> Bool { k >= 0 && k < tokens.count && tokens[k].kind == .word && !tokens[k].inURL }

    /// A capitalised word (or a word starting with a digit and holding capitals, like `4Front`).
    @inline(__always) func isCap(_ k: Int) -> Bool {
        guard isWord(k) else { return false }
        let t = tokens[k]
        return t.isCapitalised || (t.hasDigit && t.upperCount > 0 && !t.isNumber)
    }

    @inline(__always) func lower(_ k: Int) -> String { tokens[k].lower }

    func isCommon(_ k: Int) -> Bool {
        let l = lower(k)
        return CommonWords.all.contains(l) || NameLexicon.boilerplate.contains(l) || NameLexicon.months.contains(l)
            || NameLexicon.days.contains(l)
    }

    func isGiven(_ k: Int) -> Bool { isWord(k) && GivenNames.all.contains(lower(k)) && !tokens[k].isAllCaps }

    func isHonorific(_ k: Int) -> Bool { isWord(k) && NameLexicon.honorifics.contains(lower(k)) && tokens[k].isCapitalised }

    func isRoleNoun(_ k: Int) -> Bool { isWord(k) && NameLexicon.roleNouns.contains(lower(k)) }

    func isOrgSuffix(_ k: Int) -> Bool { isCap(k) && NameLexicon.orgSuffixes.contains(lower(k)) }

    /// A word that can stand in a person's name after a given name or honorific.
    func canBeSurname(_ k: Int) -> Bool {
        guard isCap(k) else { return false }
        let t = tokens[k]
        let l = t.lower
        if t.hasDigit { return false }
        if t.isAllCaps && t.letterCount > 1 && !headingLines.contains(t.line) { return false }
        if NameLexicon.months.contains(l) || NameLexicon.days.contains(l) { return false }
        if NameLexicon.roleNouns.contains(l) || NameLexicon.honorifics.contains(l) { return false }
        if NameLexicon.orgSuffixes.contains(l) || NameLexicon.programmeSuffixes.contains(l) { return false }
        if NameLexicon.boilerplate.contains(l) { return false }
        if PassageScanner.nonSurnames.contains(l) { return false }
        if let m = kbMatch(k), kb.records[m.record].type != .person { return false }
        return true
    }

    /// Function words and a few others that never end a person's name.
    static let nonSurnames: Set<String> = {
        var s = Set(CommonWords.functionWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        s.formUnion(CommonWords.interjections.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        s.formUnion(["uk", "us", "eu", "mp", "mps", "qc", "tv", "pm", "ok", "etc", "inc", "ltd", "plc", "q", "a",
                     "i", "yes", "no", "not", "said", "says", "british", "european", "american", "labour", "tory", "tories",
                     "conservative", "conservatives", "liberal", "democrat", "democrats", "brexit", "covid",
                     "government", "probation", "prison", "prisons", "justice", "nps", "crc", "crcs", "moj"])
        return s
    }()

    /// Whether the token sits among other all-capital words (a shouted phrase or an all-caps heading).
    func isShouted(_ k: Int) -> Bool {
        guard isWord(k), tokens[k].isAllCaps else { return false }
        for d in [-1, 1] {
            var j = k + d
            while j >= 0 && j < tokens.count && tokens[j].kind == .punct && tokens[j].line == tokens[k].line
                && (tokens[j].text == "," || tokens[j].text == "!" || tokens[j].text == "?") { j += d }
            if isWord(j), tokens[j].line == tokens[k].line, tokens[j].isAllCaps, tokens[j].letterCount >= 2,
               kbMatch(j) == nil {
                return true
            }
        }
        return false
    }

    /// Whether the all-capital words around `k` on its line include an ordinary word (`THIS`, `ON`, `A`):
    /// a shouted sentence rather than a string of acronyms (`NPS CRC`).
    func shoutedPhrase(_ k: Int) -> Bool {
        var a = k
        while a - 1 >= 0, tokens[a - 1].line == tokens[k].line,
              tokens[a - 1].kind != .word || tokens[a - 1].isAllCaps { a -= 1 }
        var b = k
        while b + 1 < tokens.count, tokens[b + 1].line == tokens[k].line,
              tokens[b + 1].kind != .word || tokens[b + 1].isAllCaps { b += 1 }
        var ordinary = 0
        for j in a...b where tokens[j].kind == .word && tokens[j].letterCount >= 1 {
            if CommonWords.all.contains(tokens[j].lower) { ordinary += 1 }
        }
        return ordinary >= 1
    }

    // MARK: - Runs

    /// The end of the capitalised run starting at `i` (words, inner connectors, `&`), at least `atLeast`.
    func runEnd(from i: Int, atLeast: Int) -> Int {
        var j = i
        var end = i
        let n = tokens.count
        while j < n {
            let t = tokens[j]
            if j < atLeast {
                j += 1
                end = j
                continue
            }
            if isCap(j) {
                j += 1
                end = j
                continue
            }
            if t.kind == .word, !t.isCapitalised, NameLexicon.connectors.contains(t.lower), t.lower != "the",
               j > i {
                var k = j + 1
                if k < n, tokens[k].kind == .word, tokens[k].lower == "the", !tokens[k].isCapitalised { k += 1 }
                if isCap(k), tokens[k].line == t.line { j = k; continue }
                break
            }
            if t.kind == .punct, t.text == "&", j > i, isCap(j + 1) { j += 1; continue }
            if possessiveInsideName(j) { j += 1; continue }
            if t.kind == .punct, t.text == ".", j == end, j > i, isHonorific(j - 1), isCap(j + 1) { j += 1; continue }
            break
        }
        return max(end, atLeast)
    }

    // MARK: - Knowledge

    func knowledgeMatch(at i: Int) -> (record: Int, end: Int)? {
        guard let m = kbMatch(i) else { return nil }
        // A short acronym inside a shouted phrase (`LET US KNOW`) is not a name.
        if m.end == i + 1, tokens[i].isAllCaps, tokens[i].letterCount <= 3, isShouted(i) { return nil }
        // A knowledge surname glued to a given name that is not the record's (`Harold Wilson` vs `Paul Wilson`).
        let r = kb.records[m.record]
        if r.type == .person, m.end == i + 1, isGiven(i - 1), tokens[i - 1].end + 1 >= tokens[i].start,
           !NameKey.words(r.name).contains(lower(i - 1)) {
            return nil
        }
        // `Cameron Smith`: a knowledge surname used as someone else's first name.
        if r.type == .person, m.end == i + 1, isCap(i + 1), tokens[i + 1].line == tokens[i].line,
           canBeSurname(i + 1), kbMatch(i + 1) == nil,
           !NameKey.words(r.name).contains(lower(i + 1)) {
            return nil
        }
        return m
    }

    /// Emits a knowledge match (or the organization it heads: `Durham County Council`); returns the next index.
    mutating func emitKnowledge(_ m: (record: Int, end: Int), start matchStart: Int, runEnd b: Int, role: String? = nil) -> Int {
        let rec = kb.records[m.record]
        // `the Met`, `the Treasury`: the article is part of the pattern, not of the name
        var start = matchStart
        while start + 1 < m.end, lower(start) == "the" { start += 1 }
        if rec.type == .organization, m.end == start + 1, tokens[start].isAcronymLike,
           let e = acronymLedName(start, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: e, cue: "acronym-led-name")
            return e
        }
        if let ext = orgExtension(afterKnowledge: rec, start: start, end: m.end, runEnd: b) {
            emit(shape: .typed, type: .organization, start: start, end: ext, cue: "org-suffix")
            return ext
        }
        var r: String? = nil
        if rec.type == .person { r = role ?? roleBefore(start) ?? roleAfter(m.end) }
        emit(shape: .knowledge(record: m.record), type: rec.type, start: start, end: m.end, cue: "knowledge",
             role: r, name: rec.name)
        return m.end
    }

    /// `London` + `Probation Service`, `Durham` + `County Council`, `Sodexo` + `Medical Advisory Council`,
    /// `Tony Blair` + `Institute`: a knowledge name followed, within the run, by an organization suffix.
    func orgExtension(afterKnowledge rec: KnowledgeRecord, start: Int, end: Int, runEnd b: Int) -> Int? {
        guard rec.type != .programme else { return nil }
        var k = end
        var unknownBetween = false
        var steps = 0
        while k < b && steps < 6 {
            steps += 1
            if !isCap(k) {
                if isWord(k), tokens[k].lower == "and" || tokens[k].lower == "&", rec.type == .place { k += 1; continue }
                if tokens[k].kind == .punct, tokens[k].text == "&", rec.type == .place { k += 1; continue }
                return nil
            }
            if isRoleNoun(k) || isHonorific(k) { return nil }
            if let m = kbMatch(k) {
                let r = kb.records[m.record]
                switch (rec.type, r.type) {
                case (.place, .place):
                    k = m.end
                    continue
                case (.place, .organization):
                    // `London Probation Service`: a place-qualified organization, unless the org is a full name
                    // on its own that merely follows a place (`London NPS`).
                    if m.end - k >= 2 || NameLexicon.orgSuffixes.contains(lower(m.end - 1)) {
                        return withTail(m.end, runEnd: b)
                    }
                    // `Northumbria Healthcare NHS Foundation Trust`: a known body's acronym inside a longer name
                    if m.end == k + 1, tokens[k].isAcronymLike, m.end < b, orgSuffixLater(k, b) {
                        k = m.end
                        continue
                    }
                    return nil
                case (.organization, .organization), (.organization, .programme), (_, .person), (.person, _):
                    if r.type == .organization, unknownBetween, NameLexicon.orgSuffixes.contains(lower(m.end - 1)) {
                        return withTail(m.end, runEnd: b)
                    }
                    return nil
                default:
                    return nil
                }
            }
            // `London Borough of Hackney`: a place, an organization head and its tail
            if rec.type == .place, k == end, isCap(k), NameLexicon.orgHeads.contains(lower(k)), k + 1 < b,
               lower(k + 1) == "of" {
                let e = withTail(k + 1, runEnd: b)
                if e > k + 1 { return e }
            }
            if isOrgSuffix(k) || (isSectorSuffix(k) && rec.type == .place && k == end && !orgSuffixLater(k, b)) {
                if rec.type == .person && k != end { return nil }
                // `London Probation` + `Service`: a known name that does not end in a suffix of its own, with a
                // suffix right after it, is part of a longer name.
                let extendsName = rec.type == .organization && k == end
                    && (end - start >= 2 || ordinaryWordBeforeSuffix(start, end))
                    && !NameLexicon.orgSuffixes.contains(lower(end - 1)) && !tokens[end - 1].isAcronymLike
                if rec.type == .organization && !unknownBetween && !extendsName { return nil }
                var e = k + 1
                while e < b, isOrgSuffix(e) { e += 1 }
                return withTail(e, runEnd: b)
            }
            if isGiven(k) && rec.type != .place { return nil }
            if !isCommon(k) { unknownBetween = true } else if rec.type == .organization { unknownBetween = true }
            k += 1
        }
        return nil
    }

    /// After an organization head (`Institute`, `League`, `Division`): `for Government`, `of the NPS`.
    func withTail(_ e: Int, runEnd b: Int) -> Int {
        guard e < b, NameLexicon.orgHeads.contains(lower(e - 1)) || isRoleLikeHead(e - 1) else { return e }
        let c = lower(e)
        // `Commission on Justice in Wales`, `Committee on Standards in Public Life`
        let topical = c == "on" && PassageScanner.topicalHeads.contains(lower(e - 1))
        guard c == "of" || c == "for" || topical else { return e }
        var k = e + 1
        if k < b, lower(k) == "the" { k += 1 }
        guard k < b, isCap(k) else { return e }
        var last = k
        while last < b {
            if isCap(last) && (!isRoleNoun(last) || roleNounInsideMembersName(last, runEnd: b)) && !isHonorific(last)
                && !isCalendarWord(last) { last += 1; continue }
            // `Department of Health and Social Care`, but not `Borough of Hackney and Wexcombe City Council`
            if isWord(last), lower(last) == "and" || lower(last) == "&", isCap(last + 1), !orgSuffixLater(last, b) {
                last += 1
                continue
            }
            // `Commission on Funding of Care and Support`
            if topical, isWord(last), lower(last) == "in" || lower(last) == "of", isCap(last + 1), !isCalendarWord(last + 1) {
                last += 1
                continue
            }
            break
        }
        return last
    }

    /// Organization heads that take a topic after `on` (`Commission on ...`).
    static let topicalHeads: Set<String> = ["commission", "committee", "council", "panel", "taskforce", "forum",
                                            "conference", "centre", "institute"]

    func isCalendarWord(_ k: Int) -> Bool {
        isWord(k) && (NameLexicon.months.contains(lower(k)) || NameLexicon.days.contains(lower(k)))
    }

    // MARK: - Segmenting a capitalised run

    /// Types the names inside the capitalised run `[a, b)`; returns how far it read (past `b` when a name that
    /// started inside the run goes on after it, as `the Business, Energy and Industrial Strategy Committee`).
    @discardableResult
    mutating func segment(_ a: Int, _ b: Int) -> Int {
        var p = a
        var pendingRole: String? = nil
        while p < b {
            guard isCap(p) else { p += 1; continue }
            if p > a, let e = commaListOrganization(at: p) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "org-list-name")
                p = e
                continue
            }
            if let m = knowledgeMatch(at: p) {
                let rec = kb.records[m.record]
                p = emitKnowledge(m, start: p, runEnd: b, role: rec.type == .person ? pendingRole : nil)
                if rec.type == .person { pendingRole = nil }
                continue
            }
            let t = tokens[p]
            // Shouting (`THIS IS WHAT HAPPENS WHEN YOU RUN A SERVICE`): capitals among capitals name nothing
            // unless the knowledge base knows them (checked above).
            if t.isAllCaps, t.letterCount >= 2, isShouted(p), shoutedPhrase(p) {
                p += 1
                continue
            }
            // Sentence-initial ordinary words (`However`, `The`, `Whilst`); a title (`Chief Inspector ...`) stays.
            // `Public Health England`, `Sport England said ...`
            if p == a, let e = nationalBodyName(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "national-body")
                p = e
                continue
            }
            // `Southern Cross Healthcare went ...`: a compass word opening an organization name stays
            if t.sentenceStart, OrganizationLexicon.compassWords.contains(t.lower), let e = orgSpan(p, b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "org-suffix")
                p = e
                continue
            }
            // `Personal Independence Payment was ...`, `National Widget Office figures ...`: an ordinary word opening
            // a sentence is kept when a programme or organization cue covers the whole run from it
            if t.sentenceStart, isCommon(p), b - p >= 3, !isHonorific(p), !isGiven(p), !isRoleNoun(p) {
                if let e = programmeSpan(p, b), e == b {
                    emit(shape: .typed, type: .programme, start: p, end: e, cue: "programme-suffix")
                    p = e
                    continue
                }
                if let e = orgSpan(p, b), e == b, (p + 1..<e).contains(where: { isSpecific($0) && !isOrgSuffix($0) }) {
                    emit(shape: .typed, type: .organization, start: p, end: e, cue: "org-suffix")
                    p = e
                    continue
                }
            }
            if t.sentenceStart && isCommon(p) && !isHonorific(p) && !isGiven(p) {
                if t.lower != "the", NameLexicon.roleNouns.contains(t.lower) || NameLexicon.roleModifiers.contains(t.lower),
                   let e = roleSpan(p, b) {
                    pendingRole = slice(p, e)
                    p = e
                    continue
                }
                p += 1
                continue
            }
            if isHonorific(p), let e = honorificPerson(p, b, role: pendingRole) {
                pendingRole = nil
                p = e
                continue
            }
            if let e = prisonSpan(p, b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "prison")
                p = e
                continue
            }
            if let e = orgSpan(p, b) {
                // `the Riverside Conference Centre`, `Wembley Arena`: a venue is a place
                let venue = isVenue(end: e)
                emit(shape: .typed, type: venue ? .place : .organization, start: p, end: e, cue: venue ? "venue" : "org-suffix")
                p = e
                continue
            }
            if let e = programmeSpan(p, b) {
                emit(shape: .typed, type: .programme, start: p, end: e, cue: "programme-suffix")
                p = e
                continue
            }
            if let e = roleSpan(p, b) {
                pendingRole = slice(p, e)
                p = e
                continue
            }
            if isGiven(p), let e = givenNamePerson(p, b, role: pendingRole) {
                pendingRole = nil
                p = e
                continue
            }
            if t.letterCount == 1, t.isAllCaps, !t.hasDigit, t.text != "I", t.text != "A", p + 1 < b {
                var q = p + 1
                if tokens[q].kind == .punct, tokens[q].text == "." { q += 1 }
                if q < b, canBeSurname(q), !isGiven(q) {
                    emit(shape: .initialSurname, type: .person, start: p, end: q + 1, cue: "initial",
                         name: slice(p, q + 1), nameWords: [t.text, tokens[q].text])
                    p = q + 1
                    continue
                }
            }
            if let e = majestysBody(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "hm-body")
                p = e
                continue
            }
            if t.isAcronymLike, let e = acronymLedName(p, runEnd: b) ?? acronymLedNameInContext(p, runEnd: b) {
                emit(shape: .typed, type: .organization, start: p, end: e, cue: "acronym-led-name")
                p = e
                continue
            }
            if t.isAcronymLike {
                // `THAT`, `ANYONE`: shouting, not acronyms
                let ordinary = CommonWords.all.contains(t.lower) || NameLexicon.boilerplate.contains(t.lower)
                    || PassageScanner.nonAcronyms.contains(t.lower)
                if !isShouted(p), !t.isNumber, !ordinary {
                    if let cue = institutionalCue(p, p + 1) ?? acronymOrganizationCue(p) {
                        emit(shape: .acronym, type: .organization, start: p, end: p + 1, cue: cue)
                    } else {
                        emit(shape: .acronym, type: .organization, start: p, end: p + 1,
                             cue: acronymUse(p).map { $0 == .actor ? "candidate-acronym-actor" : "candidate-acronym-noun" }
                                 ?? "candidate-acronym")
                    }
                }
                p += 1
                continue
            }
            // An unknown sub-run: capitalised words with no cue of their own.
            var q = p + 1
            while q < b, isCap(q), !isHonorific(q), !isRoleNoun(q), !isOrgSuffix(q), !tokens[q].isAcronymLike,
                  !(isGiven(q) && q + 1 < b && canBeSurname(q + 1)), kbMatch(q) == nil {
                q += 1
            }
            classifyUnknown(p, q)
            p = q
        }
        return p
    }

    static let nonAcronyms: Set<String> = [
        "i", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "ok", "tv", "pc", "am", "pm", "uk",
        "q&a", "faq", "asap", "fyi", "aka", "etc", "lol", "omg", "wtf", "imho", "imo", "btw", "ps", "nb",
        "rip", "diy", "vip", "ceo", "md", "mp", "mps", "qc", "kc", "gp", "gps",
    ]

    /// `Mr Le Vay`, `Dame Glenys`, `Lord Carter of Coles`.
    mutating func honorificPerson(_ p: Int, _ b: Int, role: String?) -> Int? {
        var q = p + 1
        if q < tokens.count, tokens[q].kind == .punct, tokens[q].text == "." { q += 1 }
        var e = q
        var words: [String] = []
        while e < tokens.count && words.count < 3 {
            if canBeSurname(e) && !isHonorific(e) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), !tokens[e].isCapitalised, NameLexicon.particles.contains(lower(e)), canBeSurname(e + 1) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            break
        }
        guard !words.isEmpty else { return nil }
        let h = lower(p)
        // `Lord Carter of Coles`
        if ["lord", "baroness", "lady", "baron", "viscount"].contains(h), e + 1 < tokens.count, isWord(e),
           lower(e) == "of", canBeSurname(e + 1) || territorialPlace(e + 1) {
            e += 2
        }
        let shape: RawMention.Shape
        if words.count >= 2 && GivenNames.all.contains(words[0].lowercased()) {
            shape = .fullName
        } else if NameLexicon.firstNameHonorifics.contains(h) && GivenNames.all.contains(words[0].lowercased()) {
            shape = .titledFirstName
        } else {
            shape = .titledSurname
        }
        let nameEnd = q + words.count
        let r = role ?? roleBefore(p) ?? roleAfter(e)
        emit(shape: shape, type: .person, start: p, end: e, cue: "honorific", role: r,
             name: slice(q, nameEnd), nameWords: words, honorific: tokens[p].text)
        return e
    }

    /// `Amy Rees`, `Julian Le Vay`, `Iain Duncan Smith`.
    mutating func givenNamePerson(_ p: Int, _ b: Int, role: String?) -> Int? {
        let t = tokens[p]
        var words = [t.text]
        var e = p + 1
        while e < tokens.count && words.count < 3 {
            if canBeSurname(e) {
                if words.count == 2 && isGiven(e) { break }
                words.append(tokens[e].text)
                e += 1
                continue
            }
            if isWord(e), NameLexicon.particles.contains(lower(e)), canBeSurname(e + 1) {
                words.append(tokens[e].text)
                e += 1
                continue
            }
            break
        }
        if words.count < 2 {
            // A lone given name: only if the document names the person in full (decided later).
            if !t.sentenceStart || !GivenNames.ambiguous.contains(t.lower) {
                emit(shape: .firstName, type: .person, start: p, end: p + 1, cue: "candidate-first-name",
                     nameWords: [t.text])
            }
            return p + 1
        }
        // `Will Power` at a sentence start or in a heading: not enough on its own, unless a role phrase or a
        // speech verb says it is a person (`Mark Fairhurst, national chair of ...`, `Grant Shapps said`).
        let r = role ?? roleBefore(p) ?? roleAfter(e)
        // past forms only: `comments`, `claims`, `notes` after a name are as often nouns
        let speaks = isWord(e) && NameLexicon.speechVerbs.contains(lower(e)) && !lower(e).hasSuffix("s")
        let weak = GivenNames.ambiguous.contains(t.lower) && (t.sentenceStart || headingLines.contains(t.line))
            && r == nil && !speaks
        emit(shape: .fullName, type: .person, start: p, end: e, cue: weak ? "candidate-given-name" : "given-name",
             role: r, nameWords: words)
        return e
    }

    /// An organization ending in a suffix (`Darlington Borough Council`) or headed by one
    /// (`House of Commons`, `Department for Education`).
    func orgSpan(_ p: Int, _ b: Int) -> Int? {
        // Head first: `Ministry of ...`, `House of ...`.
        if NameLexicon.orgHeads.contains(lower(p)) || isRoleLikeHead(p), p + 1 < b,
           lower(p + 1) == "of" || lower(p + 1) == "for" || lower(p + 1) == "on" {
            let e = withTail(p + 1, runEnd: b)
            if e > p + 1 {
                return e
            }
        }
        var k = p
        var specific = false
        var words = 0
        var sawAnd = false
        var wordsAfterAnd = 0
        var acronymBeforeAnd = false
        while k < b {
            if possessiveInsideName(k) { k += 1; continue }
            if !isCap(k) {
                let l = tokens[k].kind == .punct ? tokens[k].text : lower(k)
                if (l == "and" || l == "&") && words > 0 && !sawAnd && !acronymBeforeAnd {
                    sawAnd = true
                    k += 1
                    continue
                }
                return nil
            }
            // `the Health and Safety Executive`, `the Building Safety Regulator`
            let roleLikeEnd = isRoleLikeHead(k) && words > 0 && definiteInstitution(p, suffix: k)
            // `The King's Fund`: a title word before a possessive inside the name
            let titleInName = isRoleNoun(k) && possessiveInsideName(k + 1)
            if (isRoleNoun(k) && !roleLikeEnd && !titleInName) || isHonorific(k) { return nil }
            let sectorName = isSectorSuffix(k) && (specific || sectorQualifiersOnly(p, k)) && !sawAnd && !orgSuffixLater(k, b)
            if sectorName { specific = true }
            if (isOrgSuffix(k) || roleLikeEnd || sectorName) && words > 0 {
                // `Canal & River Trust` but not `NPS and CRC`: a word must stand between `and` and the suffix
                if sawAnd && wordsAfterAnd == 0 { return nil }
                var e = k + 1
                while e < b, isOrgSuffix(e) { e += 1 }
                let tailEnd = withTail(e, runEnd: b)
                if !specific {
                    // `North East Division of the NPS`: the tail can make a generic head specific
                    let specificTail = tailEnd > e && (e..<tailEnd).contains(where: {
                        isCap($0) && (isSpecific($0) || kbMatch($0) != nil)
                    })
                    // `the Forward Trust`, `British Quality Foundation`: ordinary words before a suffix that
                    // rarely ends a generic phrase, capitalised in running text.
                    let strongSuffix = NameLexicon.strongOrgSuffixes.contains(lower(e - 1)) && namedInRunningText(p)
                        || definiteInstitution(p, suffix: e - 1)
                    // `this from Civil Society News:-`, `chief executive of Together Housing Group`
                    guard specificTail || strongSuffix || organizationCue(p, tailEnd, ordinary: true) != nil else {
                        return nil
                    }
                }
                if titleOfALaw(after: tailEnd) { return nil }
                // `Arriva Rail North`: a compass word after a sector suffix belongs to the name
                if isSectorSuffix(e - 1), tailEnd == e, e < b, OrganizationLexicon.compassWords.contains(lower(e)) {
                    return e + 1
                }
                return tailEnd
            }
            // a known place inside the name (`West London Free School`) makes it specific; other known names end it
            // and so does a known organization's acronym followed by more of the name (`Mid Staffordshire NHS
            // Foundation Trust`)
            if let m = kbMatch(k), k > p {
                let r = kb.records[m.record]
                let innerAcronym = r.type == .organization && m.end == k + 1 && tokens[k].isAcronymLike && isCap(k + 1)
                    && k + 1 < b
                guard r.type == .place || innerAcronym else { return nil }
                specific = true
            }
            if isSpecific(k) { specific = true }
            if tokens[k].isAcronymLike && !sawAnd { acronymBeforeAnd = true }
            if sawAnd { wordsAfterAnd += 1 }
            words += 1
            k += 1
            if words > 6 { return nil }
        }
        return nil
    }

    /// Whether a capitalised run starting at `p` reads as a name in running text rather than a heading, a
    /// sentence-initial phrase or a generic noun phrase (`a Housing Association`, `our Trust`).
    func namedInRunningText(_ p: Int) -> Bool {
        guard !headingLines.contains(tokens[p].line) else { return false }
        var before = p - 1
        while before >= 0, tokens[before].kind == .punct, tokens[before].text == "\u{201C}" || tokens[before].text == "\"" {
            before -= 1
        }
        if tokens[p].sentenceStart { return false }
        guard before >= 0, isWord(before) else { return true }
        if lower(before) == "the" { return true }
        return !PassageScanner.genericDeterminers.contains(lower(before))
    }

    /// Words before a capitalised phrase that make it generic (`a Trust`, `our Housing Association`).
    static let genericDeterminers: Set<String> = [
        "a", "an", "our", "my", "your", "their", "his", "her", "its", "each", "every", "any", "some", "no",
        "this", "that", "these", "those", "another", "which", "whose", "local", "other", "new", "one",
    ]

    /// `HMP Birmingham`, `HMYOI Feltham`, `HM Prison Wandsworth`.
    func prisonSpan(_ p: Int, _ b: Int) -> Int? {
        var k = p
        let l = lower(p)
        if l == "hmp" || l == "hmyoi" || l == "hmpyoi" {
            k = p + 1
        } else if l == "hm", p + 1 < b, lower(p + 1) == "prison" {
            k = p + 2
        } else {
            return nil
        }
        var e = k
        while e < b, e - k < 3, isCap(e), !isRoleNoun(e), !isHonorific(e), !tokens[e].isAcronymLike { e += 1 }
        return e > k ? e : nil
    }

    /// Not an ordinary word: a proper-looking token that can make a generic phrase a name.
    func isSpecific(_ k: Int) -> Bool {
        let l = lower(k)
        if tokens[k].isAcronymLike || tokens[k].hasDigit { return true }
        if CommonWords.all.contains(l) || NameLexicon.roleModifiers.contains(l) { return false }
        if NameLexicon.orgSuffixes.contains(l) || NameLexicon.programmeSuffixes.contains(l) { return false }
        if NameLexicon.months.contains(l) || NameLexicon.days.contains(l) { return false }
        return true
    }

    /// `Offender Rehabilitation Act 2014`, `Effective Proposal Framework`.
    func programmeSpan(_ p: Int, _ b: Int) -> Int? {
        var k = p
        var specific = false
        var words = 0
        while k < b {
            guard isCap(k) else {
                let l = lower(k)
                if (l == "and" || l == "&" || l == "of" || l == "for" || l == "the" || l == "on" || l == "in") && words > 0 {
                    k += 1
                    continue
                }
                return nil
            }
            let l = lower(k)
            if isRoleNoun(k) || isHonorific(k) { return nil }
            if (PassageScanner.strongProgrammeSuffixes.contains(l) || ProgrammeLexicon.schemeHeads.contains(l)) && words > 0 {
                guard specific || words >= 2 else { return nil }
                var e = k + 1
                // `Act 2014`
                if e < tokens.count, tokens[e].isNumber, tokens[e].text.count == 4 { e += 1 }
                return e
            }
            if isSpecific(k) { specific = true }
            words += 1
            k += 1
            if words > 6 { return nil }
        }
        return nil
    }

    static let strongProgrammeSuffixes: Set<String> = [
        "act", "bill", "programme", "program", "scheme", "strategy", "framework", "initiative", "protocol",
        "arrangements", "regulations", "system", "model", "project", "fund", "review", "inquiry", "plan",
        "white", "policy", "pathway", "playbook",
    ]

    /// A title such as `Justice Secretary`, `Chief Inspector of Probation`, `HM Chief Inspector`.
    func roleSpan(_ p: Int, _ b: Int) -> Int? {
        var k = p
        var lastRoleEnd: Int? = nil
        while k < b {
            let l = lower(k)
            if isCap(k) || (isWord(k) && (l == "of" || l == "for" || l == "and" || l == "the")) {
                if NameLexicon.roleNouns.contains(l) && tokens[k].isCapitalised {
                    lastRoleEnd = k + 1
                } else if !NameLexicon.roleModifiers.contains(l) {
                    break
                }
                k += 1
                continue
            }
            break
        }
        guard let e = lastRoleEnd else { return nil }
        // Extend over `of Probation` after the last role noun.
        var end = e
        if end + 1 < b, lower(end) == "of" || lower(end) == "for", isCap(end + 1),
           NameLexicon.roleModifiers.contains(lower(end + 1)), !isGiven(end + 1) {
            end += 2
        }
        return end
    }

    /// Types a run of capitalised words that no cue of its own explains.
    mutating func classifyUnknown(_ p: Int, _ q: Int) {
        var a = p
        // drop leading ordinary words (`Another`, `Big`)
        while a < q, isCommon(a), !isSpecific(a) { a += 1 }
        let words = q - a
        // `Kestrel's board`, `owned by Marlin Holdings`, `the manufacturers Kestrel`, `Ofwat published its ...`
        if a < q, words <= 4, let cue = institutionalCue(a, q) {
            emit(shape: .typed, type: .organization, start: a, end: q, cue: cue)
            return
        }
        if a < q, words >= 2 && words <= 3 {
            if let r = roleAfterDetailed(q).flatMap({ $0.indefinite ? nil : $0.role }) ?? roleBefore(a) ?? roleBeforeComma(a, q) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: "role-phrase", role: r,
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
            if isWord(q), NameLexicon.speechVerbs.contains(lower(q)) {
                emit(shape: .fullName, type: .person, start: a, end: q, cue: "speech-verb",
                     nameWords: (a..<q).map { tokens[$0].text })
                return
            }
        }
        // Context that says organization, read over the whole run: its words may all be ordinary ones
        // (`chief executive of Crisis`, `a piece in Inside Housing`, `the Vote Leave organisation`).
        if q - p <= 4, let cue = organizationCue(p, q, ordinary: a == q) {
            emit(shape: .typed, type: .organization, start: p, end: q, cue: cue)
            return
        }
        guard a < q else {
            // Ordinary words capitalised in running text (`Together Women`): a candidate that a list of
            // organizations or the corpus may confirm.
            if q - p >= 2, q - p <= 4, namedInRunningText(p) {
                emit(shape: .unknownRun, type: .organization, start: p, end: q, cue: "candidate-run")
            }
            return
        }
        if words == 1 {
            if isCommon(a) || tokens[a].isNumber || GivenNames.all.contains(lower(a)) && tokens[a].sentenceStart { return }
            // `Sodexo-Nacro`: a compound of known organizations
            if tokens[a].text.contains("-") {
                let parts = tokens[a].text.split(separator: "-").map(String.init)
                if parts.count >= 2, parts.allSatisfy({ !kb.records(named: $0, type: .organization).isEmpty }) {
                    emit(shape: .typed, type: .organization, start: a, end: q, cue: "org-compound")
                    return
                }
            }
            let before = mentions.count
            emit(shape: .bareWord, type: .person, start: a, end: q, cue: "candidate-name")
            // (a junk word is not emitted)
            guard mentions.count > before else { return }
            let v = contextVotes(a, q)
            mentions[mentions.count - 1].personVotes = v.person
            mentions[mentions.count - 1].orgVotes = v.org
            mentions[mentions.count - 1].strongVote = v.strong
        } else if words <= 4 {
            emit(shape: .unknownRun, type: .organization, start: a, end: q, cue: "candidate-run")
        }
    }

    static let personPronouns: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    static let orgPronouns: Set<String> = ["it", "its", "itself"]
    static let personEventNouns: Set<String> = ["case", "trial", "murder", "murders", "killing", "killings", "inquest",
                                                "affair", "verdict", "conviction", "decision", "release", "appeal"]
    static let orgPremodified: Set<String> = [
        "staff", "employees", "managers", "management", "bosses", "offices", "contract", "contracts", "areas",
        "headquarters", "hq", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "shareholders", "workers",
        "executives", "premises", "sites", "branch", "branches", "booths",
    ]
    static let prepositions: Set<String> = ["in", "at", "from", "to", "across", "throughout", "around", "near", "into",
                                            "within", "outside", "on", "of", "for", "with", "by", "via", "about"]

    /// Evidence around a lone capitalised word at `[a, q)` for person or organization.
    func contextVotes(_ a: Int, _ q: Int) -> (person: Int, org: Int, strong: Bool) {
        var person = 0, org = 0, strong = false
        let afterPreposition = a > 0 && isWord(a - 1) && PassageScanner.prepositions.contains(lower(a - 1))
        var k = q
        if k < tokens.count, tokens[k].kind == .possessive { k += 1 }
        if isWord(k) {
            let l = lower(k)
            if NameLexicon.speechVerbs.contains(l) && k == q { person += 1; strong = true }
            if ["are", "were", "have"].contains(l) && k == q && !afterPreposition && !tokens[q - 1].lower.hasSuffix("s") {
                org += 1
                strong = true
            }
            if PassageScanner.orgPremodified.contains(l) && k == q { org += 1; strong = true }
        }
        if k + 1 < tokens.count, tokens[k].kind == .punct, tokens[k].text == ",", isWord(k + 1) {
            if lower(k + 1) == "who" { person += 1; strong = true }
            if lower(k + 1) == "which" && !afterPreposition { org += 1; strong = true }
        }
        // `the Sonnex case`, `the Worboys decision`
        if a > 0, isWord(a - 1), lower(a - 1) == "the", isWord(q), PassageScanner.personEventNouns.contains(lower(q)) {
            person += 1
        }
        if let p = personalPronounAfter(a, q) {
            person += 1
            if p.subject { strong = true }
        }
        return (person, org, strong)
    }

    /// `CEO of`, `director of probation at`, `works for` just before token `a`.
    func roleOfBefore(_ a: Int) -> Bool {
        var k = a - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 0, isWord(k), ["of", "at", "for", "with", "by"].contains(lower(k)) else { return false }
        var steps = 0
        k -= 1
        while k >= 0 && steps < 5 {
            guard isWord(k) else { return false }
            let l = lower(k)
            if NameLexicon.roleNouns.contains(l) { return !tokens[k].sentenceStart || true }
            if ["works", "worked", "working", "employed", "contracted", "joined"].contains(l) { return true }
            steps += 1
            k -= 1
        }
        return false
    }

    // MARK: - Role phrases around a name

    /// `former justice secretary` right before the name starting at `p`.
    func roleBefore(_ p: Int) -> String? {
        let prev = p - 1
        guard prev >= 0, isWord(prev), NameLexicon.roleNouns.contains(lower(prev)),
              tokens[prev].line == tokens[p].line else { return nil }
        var k = prev
        var steps = 0
        while k - 1 >= 0, steps < 7 {
            let j = k - 1
            guard isWord(j), tokens[j].line == tokens[p].line else { break }
            let l = lower(j)
            guard NameLexicon.roleModifiers.contains(l) || NameLexicon.roleNouns.contains(l) else { break }
            if tokens[j].sentenceStart && (l == "the" || l == "a") { break }
            k = j
            steps += 1
        }
        while k < prev, ["the", "a", "an", "of", "for", "and", "to", "at", "in", "on"].contains(lower(k)) { k += 1 }
        let s = slice(k, prev + 1)
        return PassageScanner.plausibleRole(s) ? s : nil
    }

    /// `, general secretary of Napo,` / ` MP` / ` the Justice Secretary` right after the name ending at `e`.
    func roleAfter(_ e: Int) -> String? { roleAfterDetailed(e)?.role }

    /// The role after a name, and whether it was introduced by `a`/`an` (`, an independent auditor`), which
    /// can describe an organization as well as a person.
    func roleAfterDetailed(_ e: Int) -> (role: String, indefinite: Bool)? {
        guard e < tokens.count else { return nil }
        let t = tokens[e]
        if t.kind == .word, ["mp", "qc", "kc", "mep", "msp"].contains(t.lower), t.isAllCaps {
            return (t.text, false)
        }
        var k = e
        if t.kind == .punct, t.text == "," || t.text == "(" {
            k = e + 1
        } else if t.kind == .word, t.lower == "the" || t.lower == "is" || t.lower == "was" {
            k = e + 1
            if t.lower != "the", isWord(k), ["a", "an", "the"].contains(lower(k)) { k += 1 }
            if t.lower == "the" { k = e }
        } else {
            return nil
        }
        var indefinite = false
        let appositive = t.kind == .punct
        // `, and ministers say ...`, `, whatever some MPs wanted`: a clause, not an appositive role
        if appositive, isWord(k), PassageScanner.clauseOpeners.contains(lower(k)) { return nil }
        while isWord(k), ["the", "a", "an"].contains(lower(k)) {
            if lower(k) != "the" { indefinite = true }
            k += 1
        }
        if k > 0, isWord(k - 1), ["a", "an"].contains(lower(k - 1)) { indefinite = true }
        let start = k
        // `, Spurr and ...`: another name, not a role
        if isCap(k), !NameLexicon.roleNouns.contains(lower(k)), !NameLexicon.roleModifiers.contains(lower(k)) {
            if kbMatch(k).map({ kb.records[$0.record].type == .person }) ?? true,
               !(tokens[k].isAcronymLike && !isCap(k + 1)) {
                if !isRoleNoun(k + 1) && !isRoleNoun(k + 2) { return nil }
            }
        }
        if !appositive {
            // `David Gauke the Justice Secretary biting ...`: role words only
            var e = k
            var lastRole: Int? = nil
            while isWord(e), NameLexicon.roleModifiers.contains(lower(e)) || NameLexicon.roleNouns.contains(lower(e)) {
                if NameLexicon.roleNouns.contains(lower(e)) { lastRole = e + 1 }
                e += 1
            }
            guard let end = lastRole else { return nil }
            return (slice(start, end), indefinite)
        }
        var sawRole = false
        var words = 0
        while k < tokens.count {
            let tk = tokens[k]
            if tk.kind == .newline { break }
            if tk.kind == .punct && [",", ".", ";", ")", ":", "\u{2013}", "\u{2014}", "(", "!", "?", "\""].contains(tk.text) { break }
            if tk.kind == .word {
                if NameLexicon.speechVerbs.contains(tk.lower) || ["who", "which", "whose", "that", "has", "had", "is",
                                                                  "was", "will", "would", "says", "and"].contains(tk.lower) && sawRole { break }
                if NameLexicon.roleNouns.contains(tk.lower) && words < 6 { sawRole = true }
                words += 1
                if words > 14 { return nil }
                if words >= 6 && !sawRole { return nil }
            }
            k += 1
        }
        guard sawRole, k > start else { return nil }
        let s = slice(start, k)
        return PassageScanner.plausibleRole(s) ? (s, indefinite) : nil
    }

    /// Words that open a clause after a comma, never an appositive role.
    static let clauseOpeners: Set<String> = ["and", "or", "but", "whatever", "whoever", "which", "where", "when",
                                             "while", "whilst", "though", "although", "because", "so", "if", "as",
                                             "then", "yet", "nor"]

    static func plausibleRole(_ s: String) -> Bool {
        let words = NameKey.words(s)
        guard !words.isEmpty, words.count <= 16 else { return false }
        return words.contains { NameLexicon.roleNouns.contains($0) }
    }

    // MARK: - Acronym definitions and coordination

    /// `National Probation Service (NPS)` and `CJS (Criminal Justice Skills)`.
    mutating func findDefinitions() {
        let n = tokens.count
        var k = 0
        while k + 2 < n {
            defer { k += 1 }
            guard tokens[k].kind == .punct, tokens[k].text == "(" else { continue }
            // Long (ACR)
            if isWord(k + 1), tokens[k + 1].isAcronymLike, k + 2 < n, tokens[k + 2].kind == .punct || tokens[k + 2].kind == .possessive,
               tokens[k + 2].text == ")" || tokens[k + 2].kind == .possessive {
                let acr = tokens[k + 1].text
                if let m = mentions.lastIndex(where: { $0.end == k }) {
                    let mm = mentions[m]
                    if PassageScanner.initialsMatch(acr, NameKey.words(mm.name).isEmpty ? [] : wordsOf(mm.start, mm.end)) {
                        var rec: Int? = nil
                        if case .knowledge(let r) = mm.shape { rec = r }
                        definitions.append(AcronymDefinition(acronym: acr, longName: mm.name, type: mm.type, record: rec))
                        continue
                    }
                }
                if let s = longFormBefore(k, acronym: acr), !PassageScanner.namesARole(s.words) {
                    let type = PassageScanner.typeOfLongForm(s.words)
                    let name = slice(s.start, k)
                    definitions.append(AcronymDefinition(acronym: acr, longName: name, type: type, record: nil))
                    // The long form itself is a name the document states.
                    // Fragments inside it (`Association of` + `Adult Social Services` for `Association of
                    // Directors of Adult Social Services (ADASS)`) give way; a person named inside does not.
                    if !mentions.contains(where: { $0.start >= s.start && $0.end <= k && $0.type == .person
                        && $0.shape != .bareWord && $0.shape != .firstName }) {
                        mentions.removeAll { $0.start >= s.start && $0.end <= k }
                        emit(shape: .typed, type: type, start: s.start, end: k, cue: "acronym-definition")
                    }
                }
            }
            // ACR (Long)
            if k >= 1, isWord(k - 1), tokens[k - 1].isAcronymLike {
                var e = k + 1
                while e < n, isWord(e), e - k <= 8 { e += 1 }
                if e < n, tokens[e].kind == .punct, tokens[e].text == ")", e > k + 1 {
                    let acr = tokens[k - 1].text
                    let ws = wordsOf(k + 1, e)
                    if PassageScanner.initialsMatch(acr, ws), !PassageScanner.namesARole(ws) {
                        let type = PassageScanner.typeOfLongForm(ws)
                        definitions.append(AcronymDefinition(acronym: acr, longName: slice(k + 1, e), type: type, record: nil))
                    }
                }
            }
        }
        mentions.sort { $0.start < $1.start }
    }

    func wordsOf(_ a: Int, _ b: Int) -> [String] {
        (a..<b).compactMap { tokens[$0].kind == .word ? tokens[$0].text : nil }
    }

    /// The shortest run of words ending just before `(` whose initials spell the acronym.
    func longFormBefore(_ paren: Int, acronym: String) -> (start: Int, words: [String])? {
        let letters = PassageScanner.acronymLetters(acronym)
        guard letters.count >= 2 else { return nil }
        var k = paren - 1
        var steps = 0
        while k >= 0, steps < letters.count + 4 {
            guard isWord(k), tokens[k].line == tokens[paren].line || tokens[k].line + 1 >= tokens[paren].line else { return nil }
            let ws = wordsOf(k, paren)
            if PassageScanner.initialsMatch(acronym, ws) && !["of", "for", "and", "the", "by", "in", "on", "to"].contains(lower(k)) {
                return (k, ws)
            }
            steps += 1
            k -= 1
            if k >= 0, tokens[k].kind == .punct, tokens[k].text != "&", tokens[k].text != "-" { return nil }
        }
        return nil
    }

    static func acronymLetters(_ acr: String) -> [Character] {
        var s = acr
        if s.count > 2, s.hasSuffix("s"), s.dropLast().last?.isUppercase == true { s = String(s.dropLast()) }
        return s.filter { $0.isUppercase || $0.isNumber }.map { Character($0.lowercased()) }
    }

    /// Whether the acronym's capitals are the initials of the words, with or without small words.
    static func initialsMatch(_ acr: String, _ words: [String]) -> Bool {
        let letters = acronymLetters(acr)
        guard letters.count >= 2, !words.isEmpty else { return false }
        let small: Set<String> = ["of", "for", "and", "the", "&", "by", "in", "on", "to", "a"]
        func initials(_ keepSmall: Bool, _ allCapsWhole: Bool) -> [Character] {
            var out: [Character] = []
            for w in words {
                let l = w.lowercased()
                if !keepSmall && small.contains(l) { continue }
                if allCapsWhole, w.count <= 4, w.allSatisfy({ $0.isUppercase }) {
                    out += l.map { $0 }
                    continue
                }
                // hyphenated words give each part's initial (Multi-Agency)
                for part in l.split(separator: "-") where !part.isEmpty { out.append(part.first!) }
            }
            return out
        }
        for keep in [false, true] {
            for caps in [true, false] where initials(keep, caps) == letters { return true }
        }
        // `OASys`: lowercase letters of the acronym may come from inside words; accept a prefix match of the
        // capitals when the acronym has lowercase letters.
        if acr.contains(where: { $0.isLowercase }) {
            let ini = initials(false, true)
            if ini.count == letters.count && zip(ini, letters).allSatisfy({ $0 == $1 }) { return true }
        }
        return false
    }

    static func typeOfLongForm(_ words: [String]) -> EntityType {
        guard let last = words.last?.lowercased() else { return .organization }
        // a brand written in capitals (`CRIMINAL JUSTICE SKILLS (CJS)`)
        if words.count >= 2, words.allSatisfy({ w in w.allSatisfy { !$0.isLowercase } }),
           !NameLexicon.programmeSuffixes.contains(last) { return .organization }
        if NameLexicon.orgSuffixes.contains(last) || NameLexicon.orgHeads.contains(words.first!.lowercased())
            || namesAKindOfBody(last) {
            return .organization
        }
        if NameLexicon.programmeSuffixes.contains(last) || strongProgrammeSuffixes.contains(last) { return .programme }
        if NameLexicon.roleNouns.contains(last) { return .programme }
        if words.allSatisfy({ $0.first?.isLowercase == true || ["of", "for", "and", "by"].contains($0) }) {
            return .programme
        }
        if words.count >= 2, words.allSatisfy({ w in
            CommonWords.all.contains(w.lowercased()) || NameLexicon.connectors.contains(w.lowercased())
        }) {
            return .programme
        }
        return .organization
    }

    /// Lists: `Brian Cant & Floella Benjamin` (an unknown run joined to a person becomes a person);
    /// `The Nelson Trust in Gloucestershire, Anawim in Birmingham and Together Women` and `firms including Buddi
    /// and Steatite` (an unknown name in a list of organizations, or after `firms including`, becomes one).
    mutating func applyCoordination() {
        guard !mentions.isEmpty else { return }
        for i in mentions.indices {
            let m = mentions[i]
            let unknownRun = m.shape == .unknownRun && m.end - m.start <= 4
            // `the National Union of Widgets (NUW) and the ATW`: an acronym listed with a body
            if m.shape == .acronym, m.cue.hasPrefix("candidate-acronym") {
                for j in [i - 1, i + 1] where j >= 0 && j < mentions.count {
                    let o = mentions[j]
                    // (a body, or the acronym a definition gives it in brackets)
                    let defined = o.shape == .acronym && o.start >= 1 && tokens[o.start - 1].text == "("
                    guard o.type == .organization, o.shape == .typed || isKnowledgeOrganization(o) || defined else { continue }
                    if coordinatedWithArticle(o, m, otherFirst: j < i) {
                        mentions[i].cue = "org-coordination"
                        break
                    }
                }
                continue
            }
            guard unknownRun || m.shape == .bareWord else { continue }
            if m.shape == .bareWord || mentions[i].end - mentions[i].start <= 3,
               (m.start..<m.end).contains(where: { isSpecific($0) }) {
                var joined = false
                for j in [i - 1, i + 1] where j >= 0 && j < mentions.count && unknownRun {
                    let o = mentions[j]
                    guard o.type == .person, o.shape == .fullName || isKnowledgePerson(o) else { continue }
                    if coordinated(o, m, otherFirst: j < i, allowPlace: false) {
                        mentions[i].shape = .fullName
                        mentions[i].type = .person
                        mentions[i].cue = "coordination"
                        mentions[i].nameWords = wordsOf(mentions[i].start, mentions[i].end)
                        joined = true
                        break
                    }
                }
                if joined { continue }
            }
            var isOrg = listOfOrganizationsBefore(m.start)
            if !isOrg {
                // neighbours in the list, passing over the places that locate its members (`X in Birmingham`)
                var before = i - 1
                while before >= 0, mentions[before].type == .place { before -= 1 }
                var after = i + 1
                while after < mentions.count, mentions[after].type == .place { after += 1 }
                for j in [before, after] where j >= 0 && j < mentions.count {
                    let o = mentions[j]
                    guard o.type == .organization, o.shape != .unknownRun, o.shape != .bareWord,
                          o.shape != .acronym else { continue }
                    if coordinated(o, m, otherFirst: j < i, allowPlace: true) { isOrg = true; break }
                }
            }
            if isOrg {
                mentions[i].shape = .typed
                mentions[i].type = .organization
                mentions[i].cue = "org-coordination"
            }
        }
    }

    /// Whether two mentions are joined by `and`, `&`, `,` or `, and` — with `allowPlace`, after an optional
    /// `in Birmingham` following the first.
    func coordinated(_ o: RawMention, _ m: RawMention, otherFirst: Bool, allowPlace: Bool) -> Bool {
        var (x, y) = otherFirst ? (o.end, m.start) : (m.end, o.start)
        guard y > x else { return false }
        if allowPlace, isWord(x), ["in", "from", "of"].contains(lower(x)), isCap(x + 1) {
            x += 1
            while x < y, isCap(x) { x += 1 }
        }
        guard y > x, y - x <= 2 else { return false }
        let between = (x..<y).map { tokens[$0].lower }
        return between == ["and"] || between == ["&"] || between == [","] || between == [",", "and"]
    }

    func isKnowledgePerson(_ m: RawMention) -> Bool {
        if case .knowledge = m.shape { return m.type == .person }
        return false
    }

    // MARK: - Emitting

    func slice(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        let s = tokens[a].start, e = tokens[b - 1].end
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    mutating func emit(shape: RawMention.Shape, type: EntityType, start startIn: Int, end: Int, cue: String,
                       role: String? = nil, name: String? = nil, nameWords: [String] = [], honorific: String? = nil) {
        var start = startIn
        if shape == .typed, end - start >= 2, lower(start) == "the" { start += 1 }
        guard start < end else { return }
        if isJunk(shape: shape, type: type, start: start, end: end) { return }
        let surface = slice(start, end)
        let m = RawMention(shape: shape, type: type, start: start, end: end,
                           bytes: tokens[start].start..<tokens[end - 1].end, text: surface,
                           name: name ?? surface, cue: cue, role: role, line: tokens[start].line,
                           sentenceStart: tokens[start].sentenceStart, nameWords: nameWords, honorific: honorific)
        mentions.append(m)
    }

    // MARK: - Headings

    static func findHeadingLines(_ tokens: [TextToken]) -> Set<Int> {
        var out = Set<Int>()
        var line = 0, words = 0, caps = 0
        var endsWithStop = false
        func close() {
            if words >= 2 && words <= 14 && Double(caps) >= 0.6 * Double(words) && !endsWithStop { out.insert(line) }
        }
        for t in tokens {
            if t.kind == .newline {
                close()
                line = t.line + 1
                words = 0
                caps = 0
                endsWithStop = false
                continue
            }
            if t.kind == .word && t.letterCount > 0 {
                words += 1
                if t.isCapitalised { caps += 1 }
                endsWithStop = false
            } else if t.kind == .punct {
                endsWithStop = t.text == "." || t.text == ","
            }
        }
        close()
        return out
    }
}
