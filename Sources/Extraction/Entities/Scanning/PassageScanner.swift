/// Finds names in one passage from general cues and the knowledge base, left to right in one pass.
///
/// Order of cues at each capitalised position: a knowledge name (longest match), an honorific, an
/// organization suffix or head (`... Council`, `Ministry of ...`), a programme suffix (`... Act 2014`), a role
/// title (`Health Secretary`), a given name (`Susan Clarke`), an initial (`R Wilson`), an acronym, and finally an
/// unknown capitalised run typed by its context (role phrase, speech verb, `CEO of ...`, `... organisation`).
struct PassageScanner {
    let tokens: [TextToken]
    let text: String
    let bytes: [UInt8]
    let kb: KnowledgeBase
    var mentions: [RawMention] = []
    /// The lower-cased name words of the person mentions emitted so far, kept by ``emit`` so that
    /// ``surnameOfPassagePerson(_:_:)`` is a lookup, not a walk over every mention of the passage (quadratic on a
    /// long passage). Exact while the scan runs: it only appends mentions and removes places, never people.
    private(set) var personWords: Set<String> = []
    var definitions: [AcronymDefinition] = []
    /// Per line of the passage: mostly capitalised short line (a heading).
    private(set) var headingLines: Set<Int> = []

    /// Per token: the longest knowledge match starting there (record index and end), computed once.
    private let kbRecordAt: [Int32]
    private let kbEndAt: [Int32]

    init(text: String, knowledge: KnowledgeBase) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.kb = knowledge
        let toks = PassageTokenizer.tokenize(bytes: bytes)
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
            if let byline = commenterByline(at: i) {
                if byline.person {
                    let initial = tokens[i].letterCount == 1 && tokens[i].isAllCaps
                    emit(shape: initial ? .initialSurname : .fullName, type: .person, start: i, end: byline.end,
                         cue: .speechVerb, name: slice(i, byline.end), nameWords: wordsOf(i, byline.end))
                }
                i = byline.end
                continue
            }
            if let e = commaListOrganization(at: i) {
                emit(shape: .typed, type: .organization, start: i, end: e, cue: .orgListName)
                i = e
                continue
            }
            // `the Lords Science, Technology and Innovation Committee`: the House is not part of the name
            if ["commons", "lords"].contains(lower(i)), tokens[i].isCapitalised, let e = commaListOrganization(at: i + 1) {
                emit(shape: .typed, type: .organization, start: i + 1, end: e, cue: .orgListName)
                i = e
                continue
            }
            // `Harbin General Nuclear`: a place opening a company's name with a rank in it (before the place alone)
            if let e = rankCompanyEnd(at: i) {
                emit(shape: .typed, type: .organization, start: i, end: e, cue: .orgSuffix)
                i = e
                continue
            }
            // `chaired UK Fell Running`: a nation opening a body's name that a context types (before the nation alone)
            if let n = nationLedOrganization(at: i) {
                emit(shape: .typed, type: .organization, start: i, end: n.end, cue: n.cue)
                i = n.end
                continue
            }
            if let m = knowledgeMatch(at: i) {
                i = emitKnowledge(m, start: i, runEnd: runEnd(from: i, atLeast: m.end))
                continue
            }
            // `the software house iKelby`: a brand written with a small letter first, in a context only a body has
            if !t.isCapitalised, let cue = lowerInitialBrandCue(at: i) {
                emit(shape: .typed, type: .organization, start: i, end: i + 1, cue: cue)
                i += 1
                continue
            }
            guard isCap(i) else { i += 1; continue }
            // `the Domestic Gas and Electricity (Tariff Cap) Act 2018`: a law's title with a bracket in it;
            // `the Independent Review of the Harbour Dues Act`: a review named head first
            if let e = bracketedLawEnd(at: i) ?? headFirstReviewEnd(at: i) {
                emit(shape: .typed, type: .programme, start: i, end: e, cue: .programmeSuffix)
                i = e
                continue
            }
            let end = runEnd(from: i, atLeast: i + 1)
            let reached = emitNames(inRunFrom: i, to: end)
            i = max(end, reached, i + 1)
        }
        findAppositiveDefinitions()
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

    func isGiven(_ k: Int) -> Bool { isWord(k) && !tokens[k].isAllCaps && GivenNames.all.contains(lower(k)) }

    func isHonorific(_ k: Int) -> Bool { isWord(k) && tokens[k].isCapitalised && NameLexicon.honorifics.contains(lower(k)) }

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
        if PersonLexicon.nonSurnames.contains(l) { return false }
        if let m = kbMatch(k), kb.records[m.record].type != .person { return false }
        return true
    }

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

    func isCalendarWord(_ k: Int) -> Bool {
        isWord(k) && (NameLexicon.months.contains(lower(k)) || NameLexicon.days.contains(lower(k)))
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
            if t.kind == .punct, t.text == ",", j == end, let listEnd = remitListEnd(runFrom: i, comma: j) {
                end = listEnd
                break
            }
            if possessiveInsideName(j) { j += 1; continue }
            if j == end, j > i, bracketInCompanyName(j) { j += 3; continue }
            if t.kind == .punct, t.text == ".", j == end, j > i, isHonorific(j - 1), isCap(j + 1) { j += 1; continue }
            break
        }
        return max(end, atLeast)
    }

    // MARK: - Emitting

    func slice(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        let s = tokens[a].start, e = tokens[b - 1].end
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    func wordsOf(_ a: Int, _ b: Int) -> [String] {
        (a..<b).compactMap { tokens[$0].kind == .word ? tokens[$0].text : nil }
    }

    mutating func emit(shape: RawMention.Shape, type: EntityType, start startIn: Int, end: Int, cue: MentionCue,
                       role: String? = nil, name: String? = nil, nameWords: [String] = [], honorific: String? = nil) {
        var start = startIn
        if shape == .typed, end - start >= 2, lower(start) == "the" { start += 1 }
        // `the Commons Transport Committee`: the House it sits in is not part of a committee's name
        if shape == .typed, type == .organization, end - start >= 3, ["commons", "lords"].contains(lower(start)),
           tokens[start].isCapitalised, ["committee", "committees"].contains(lower(end - 1)) { start += 1 }
        guard start < end else { return }
        // `UK Fenland Investments`, `Wales CRC`: a nation just read as a place opens the body's name
        if shape == .typed, type == .organization { start = nationBefore(start) }
        if isJunk(shape: shape, type: type, start: start, end: end) { return }
        let surface = slice(start, end)
        let m = RawMention(shape: shape, type: type, start: start, end: end,
                           bytes: tokens[start].start..<tokens[end - 1].end, text: surface,
                           name: name ?? surface, cue: cue, role: role, line: tokens[start].line,
                           sentenceStart: tokens[start].sentenceStart, nameWords: nameWords, honorific: honorific)
        mentions.append(m)
        if type == .person { for w in nameWords { personWords.insert(w.lowercased()) } }
    }
}
