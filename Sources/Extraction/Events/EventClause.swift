import HindsightSupport

/// A light reading of the clause that holds an event's date, to say who takes part in the event: the names of
/// that clause (its subject, its object, the agent of a passive, a possessor), not every name of the sentence.
///
/// The sentence is read as plain English punctuation and a few function words, never as a list of names:
///
/// - **Asides** are set apart: a bracket (`Harbour Trust (which Ann Reed founded) closed in 2019` — Ann Reed
///   does not close the trust), a quotation when the date is outside it (`Reed said in May 2019 that "the
///   council failed"` — the council is quoted, not acting), a relative clause (`Harbour, which is owned by
///   Eastside Group, took over the clinic in 2016` — Eastside Group is in another clause), and an apposition
///   after a name (`Tom Vale, previously chair of the Carers Union, joined in 2018`). A bracket that only glosses a
///   name (`Harbour Housing (HH)`) is not an aside. Two spaced dashes set off an aside too (`the report – out in
///   May – said`).
/// - **Clauses** are cut at `;`, `:`, and a comma followed by a conjunction that opens a clause
///   (`, and` / `, but` with a clause after it; `, while`, `, after`, `, because`, `, until`, `hours after`...):
///   `Ann Reed resigned in May 2019, and Tom Vale took over in June` gives May to Reed and June to Vale.
/// - **Inheritance**: a clause that names no one of its own borrows a subject. A relative clause or an apposition
///   holding the date takes the name it hangs on (`the trust, which Eastside bought in 2016,` → the trust and
///   Eastside); a clause that opens with its verb (`, and joined the board in 2020`) or names no one takes the
///   subject of the clause before it (the name a compound qualifies: `Harbour owner Eastside Group` → Eastside
///   Group); a label before a colon (`Update, 2 May: Harbour closed the ward`) is read with the clause after it.
/// - **Quotation**: a date inside a quotation is read inside it, so the speaker outside (`“... as they were in
///   2015,” he added`) does not take part.
/// - A name that only addresses someone (`Ms Reed, you said in 2019 ...`) does not take part; a speaker's label
///   before a colon (`Ann Reed: In 2019 we ...`) does.
///
/// Pronouns are flagged for the caller, which knows the people named before the sentence.
public enum EventClause {
    /// A name of the sentence: its UTF-8 byte range in the sentence, and whether it is a person or an
    /// organization (only they take part; places and programmes are context).
    public struct Name: Sendable, Hashable {
        public var range: Range<Int>
        public var isActor: Bool
        public var isPerson: Bool

        public init(range: Range<Int>, isActor: Bool, isPerson: Bool) {
            self.range = range
            self.isActor = isActor
            self.isPerson = isPerson
        }
    }

    /// What the clause of a date says about who takes part.
    public struct Reading: Sendable, Hashable {
        /// Indices into the names given, in sentence order.
        public var takingPart: [Int] = []
        /// The clause's own stretch of the sentence (UTF-8 bytes): where its pronouns and titles are read.
        public var clause: Range<Int> = 0..<0
        /// A subject pronoun (`he`, `she`) stands before any person of the clause: the person meant takes part.
        public var subjectPronoun = false
        /// An object pronoun (`replaced him`, `succeeded her as`): the person meant, named before, takes part.
        public var objectPronoun = false
        /// `it` acts (`it bought X in 2019`) before any name of the clause: the organization named before.
        public var itSubject = false
        /// Where the subject `it` of ``itSubject`` stands (a UTF-8 offset of the sentence).
        public var itSubjectAt: Int?
        /// Where `it` stands (a UTF-8 offset of the sentence) as the object of a verb whose object is mostly a body
        /// (``bodyObjectVerbs``: `the panel she chaired it for`, `Eastside Group bought it in 2021`), if it does.
        public var itObject: Int?
        /// Bodies the sentence names only in a description of someone's past post (indices into the names given,
        /// ``describesFormerPost(_:names:words:bytes:date:)``): no post of theirs takes part either.
        public var background: [Int] = []
        /// The clause speaks as `we` / `our` / `us`, or as `I` / `my` / `me`.
        public var firstPersonPlural = false
        public var firstPersonSingular = false
    }

    private enum SpanKind { case bracket, quote, relative, apposition, dashes }
    private struct Aside {
        var range: Range<Int>
        var kind: SpanKind
        /// `, who chairs the trust,` or `, the trust's chair,` says where the person works: its organizations stay
        /// with the person.
        var keepsOrganizations = false
    }

    /// Words that open a relative clause after a comma (`, which`, `, who`).
    static let relativeWords: Set<String> = ["which", "who", "whose", "whom", "where"]
    /// Words that open a coordinated clause after a comma, when a clause (three words or more) follows.
    static let coordinators: Set<String> = ["and", "but", "yet", "so"]
    /// Words that open a subordinate clause after a comma.
    /// (`when`, `as` and `since` are left out: `in 2020, when X took over` tells what happened in 2020.)
    static let subordinators: Set<String> = ["while", "whilst", "whereas", "although", "though", "because", "unless",
                                              "until", "after", "before"]
    /// Words that make `hours after`, `weeks before` a subordinate clause.
    static let measures: Set<String> = ["hours", "days", "weeks", "months", "years", "shortly", "soon", "just",
                                         "long", "only", "even", "minutes"]
    /// Words that open an apposition after a name (`Ann Reed, the chief executive,`).
    static let appositionWords: Set<String> = ["the", "a", "an", "then", "previously", "formerly", "former", "now",
                                                "currently", "until", "its", "his", "her", "their", "once", "later",
                                                "herself", "himself", "also"]
    /// Verbs that open a clause with no subject of its own (`, and joined`): a few irregular ones and any `-ed`.
    static let bareVerbs: Set<String> = ["was", "is", "were", "are", "has", "had", "have", "will", "would", "could",
                                          "said", "says", "took", "became", "left", "went", "made", "set", "won",
                                          "lost", "ran", "runs", "began", "gave", "got", "put", "sold", "bought",
                                          "told", "came", "kept", "held", "led", "paid", "quit", "spent", "wrote",
                                          "did", "does", "sent", "met", "brought", "built", "saw", "shut", "cut",
                                          "then", "later", "also", "now", "still", "again"]

    /// Verbs of a `who` clause that says where a person works (`, who chairs the trust,`).
    static let postVerbs: Set<String> = ["chairs", "chaired", "leads", "heads", "headed", "runs", "directs", "manages",
                                          "works", "serves", "sits", "represents", "founded", "owns", "edits"]

    /// Words between a body and a person it labels by membership or honour (`Harbour Party MP`, `HMI Dame`); an
    /// office in the body (`Napo General Secretary Ann Reed`) makes the person speak for it, and the body stays.
    static let labelTitles: Set<String> = ["mp", "mps", "mep", "msp", "am", "peer", "dame", "sir", "lord", "lady",
                                            "baroness", "councillor", "member", "mr", "mrs", "ms", "dr", "professor", "prof"]

    /// Pronouns that open a clause with its subject (`, and he left in 2019`): it borrows none.
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my"]

    static let plural: Set<String> = ["we", "our", "us", "ours", "ourselves"]
    static let singular: Set<String> = ["i", "my", "me", "mine", "myself"]

    /// The most bytes read around a date: a longer "sentence" (a list or a table run together) is read in a window
    /// of whole words this wide either side of the date, so that each date costs the same however long the run.
    static let window = 600

    /// Reads the clause of the date at `date` (UTF-8 bytes of `sentence`).
    /// `otherDates` are the UTF-8 offsets of the sentence's dates of other values: a clause that names no one does
    /// not borrow the names of a clause that holds another date (`The report came in May 2019, and Harbour Trust
    /// answered in June 2020`: Harbour Trust is June's).
    public static func read(_ sentence: Substring, date: Range<Int>, names: [Name], otherDates: [Int] = []) -> Reading {
        read(sentence, date: date, names: names, otherDates: otherDates, words: nil)
    }

    /// ``read(_:date:names:otherDates:)`` of a sentence whose words (``words(_:)`` of its bytes) the caller has
    /// read already, so that they are not read again (nil: read them here).
    static func read(_ sentence: Substring, date: Range<Int>, names: [Name], otherDates: [Int], words: [Word]?) -> Reading {
        let utf8 = sentence.utf8
        let n = utf8.count
        guard n > 3 * window else { return readWhole(sentence, date: date, names: names, otherDates: otherDates, words: words) }
        // a window of whole words around the date
        func byte(_ i: Int) -> UInt8 { utf8[utf8.index(utf8.startIndex, offsetBy: i)] }
        var lo = max(0, date.lowerBound - window), hi = min(n, date.upperBound + window)
        while lo > 0, byte(lo - 1) != 0x20 { lo += 1; if lo >= date.lowerBound { lo = date.lowerBound; break } }
        while hi < n, byte(hi) != 0x20 { hi -= 1; if hi <= date.upperBound { hi = date.upperBound; break } }
        while lo > 0, lo < n, byte(lo) & 0xC0 == 0x80 { lo += 1 }
        while hi < n, hi > lo, byte(hi) & 0xC0 == 0x80 { hi -= 1 }
        let part = sentence[utf8.index(utf8.startIndex, offsetBy: lo)..<utf8.index(utf8.startIndex, offsetBy: hi)]
        var inside: [Int] = []
        var shifted: [Name] = []
        for (k, name) in names.enumerated() where name.range.lowerBound >= lo && name.range.upperBound <= hi {
            inside.append(k)
            shifted.append(Name(range: (name.range.lowerBound - lo)..<(name.range.upperBound - lo), isActor: name.isActor,
                                isPerson: name.isPerson))
        }
        var reading = readWhole(part, date: (date.lowerBound - lo)..<(date.upperBound - lo), names: shifted,
                                otherDates: otherDates.map { $0 - lo })
        reading.takingPart = reading.takingPart.map { inside[$0] }
        reading.background = reading.background.map { inside[$0] }
        reading.clause = (reading.clause.lowerBound + lo)..<(reading.clause.upperBound + lo)
        return reading
    }

    static func readWhole(_ sentence: Substring, date: Range<Int>, names given: [Name], otherDates: [Int] = [],
                          words known: [Word]? = nil) -> Reading {
        // (the sentence's bytes and words, read once for every step below)
        let bytes = sentence.utf8Bytes
        let words = known ?? Self.words(bytes)
        // a year that ends a name set in a phrase of its own (`Under the Care Act 2014, councils …`) dates that
        // name, not the clause around it: the name alone is the happening's, as context (`Reed rushed the Care Act
        // 2014 through` and `his 2016 review` are the clause's)
        if let k = given.indices.first(where: { !given[$0].isActor && given[$0].range.lowerBound < date.lowerBound
            && given[$0].range.upperBound == date.upperBound && given[$0].range.count >= date.count + 4 }),
           let lead = words.last(where: { $0.range.upperBound <= given[k].range.lowerBound && $0.lower != "the" }),
           namePrepositions.contains(lead.lower) {
            var reading = Reading()
            reading.takingPart = [k]
            reading.clause = given[k].range
            return reading
        }
        // a "name" inside the date itself (`Friday 25th`) is no one
        var names = given
        // nor is an ordinal (`25thJanuary`)
        let allBytes = bytes
        func ordinal(_ r: Range<Int>) -> Bool {
            guard r.lowerBound >= 0, r.upperBound <= allBytes.count else { return false }
            let text = String(decoding: allBytes[r], as: UTF8.self).lowercased()
            let digits = text.prefix { $0.isNumber }
            guard !digits.isEmpty else { return false }
            return ["st", "nd", "rd", "th"].contains { text.dropFirst(digits.count).hasPrefix($0) }
        }
        for k in names.indices where names[k].range.overlaps(date) || ordinal(names[k].range) {
            names[k].isActor = false
            names[k].range = -1 ..< -1
        }
        let n = bytes.count
        var reading = Reading()
        guard n > 0 else { return reading }
        // the index of the first word starting after each byte
        var nextWord = [Int](repeating: words.count, count: n + 1)
        do {
            var w = words.count
            for i in stride(from: n - 1, through: 0, by: -1) {
                if w > 0, words[w - 1].range.lowerBound > i { w -= 1; while w > 0, words[w - 1].range.lowerBound > i { w -= 1 } }
                nextWord[i] = w
            }
        }
        func wordAfter(_ i: Int) -> Int? { i + 1 <= n && nextWord[min(i, n)] < words.count ? nextWord[min(i, n)] : nil }
        let at = min(max(0, date.lowerBound), n)

        // The region read: a quotation holding the date, or the whole sentence.
        var region = 0..<n
        let quotes = quoteSpans(bytes)
        if let q = quotes.first(where: { $0.contains(at) && $0.count > 12 }) {
            region = q
        }
        // Asides of the region that do not hold the date.
        var asides: [Aside] = []
        for b in bracketSpans(bytes) where b.lowerBound >= region.lowerBound && b.upperBound <= region.upperBound {
            // a bracket that only glosses a name (`(HH)`, `(Harbour Housing)`) is no aside
            let inner = names.filter { $0.range.lowerBound > b.lowerBound && $0.range.upperBound < b.upperBound }
            let innerWords = words.filter { $0.range.lowerBound > b.lowerBound && $0.range.upperBound < b.upperBound }
            if inner.count == 1, innerWords.count <= 5,
               innerWords.allSatisfy({ w in inner[0].range.contains(w.range.lowerBound) }) { continue }
            asides.append(Aside(range: b, kind: .bracket))
        }
        for q in quotes where q != region && q.lowerBound >= region.lowerBound && q.upperBound <= region.upperBound {
            asides.append(Aside(range: q, kind: .quote))
        }
        // two spaced dashes set off an aside (`the report – published in May – said`); a single one cuts a clause
        let dashes = (region.lowerBound..<region.upperBound).filter { bytes[$0] != 0x3B && bytes[$0] != 0x3A && isHardMark(bytes, $0) }
        var pairedDashes = Set<Int>()
        var d = 0
        while d + 1 < dashes.count {
            let r = dashes[d]..<(dashes[d + 1] + markLength(bytes, dashes[d + 1]))
            if !bytes[r].contains(0x3B) {
                asides.append(Aside(range: r, kind: .dashes))
                pairedDashes.insert(dashes[d]); pairedDashes.insert(dashes[d + 1])
            }
            d += 2
        }
        // (which bytes an aside covers, read once: a check per byte must not walk every aside)
        let earlyCover = covered(by: asides.map(\.range), count: n)
        func inAside(_ i: Int) -> Bool { i >= 0 && i < n ? earlyCover[i] : asides.contains { $0.range.contains(i) } }

        // Comma-led asides: relative clauses anywhere, appositions right after a name.
        var commaAsides: [Aside] = []
        for (k, w) in words.enumerated() where k > 0 && region.contains(w.range.lowerBound) && !inAside(w.range.lowerBound) {
            guard let comma = commaBefore(w.range.lowerBound, bytes), comma > region.lowerBound else { continue }
            let kind: SpanKind
            if relativeWords.contains(w.lower) {
                kind = .relative
            } else if appositionWords.contains(w.lower),
                      names.contains(where: { $0.isActor && $0.range.upperBound <= comma && comma - $0.range.upperBound <= 1 }),
                      !coordinators.contains(w.lower) {
                kind = .apposition
            } else { continue }
            // it runs to a comma after which the host clause goes on with its verb (`Ann Reed, who chairs the
            // trust, resigned`), or to a clause mark, or to the end of the region
            var end = w.range.lowerBound
            var closedByVerb = false
            while end < region.upperBound {
                if !inAside(end) {
                    if isHardMark(bytes, end) { break }
                    if bytes[end] == 0x2C {
                        let next = wordAfter(end).map { words[$0].lower } ?? ""
                        // (`Ann Reed, the former chair of Harbour, to review …`: an infinitive goes on with the host too)
                        if isVerbWord(next) || relativeWords.contains(next) || next == "to" { closedByVerb = true; break }
                        if kind == .apposition { break }
                    }
                }
                end += 1
            }
            // an apposition is closed by a comma and the host's verb (`Ann Reed, the chair, resigned`); one that
            // runs on is no apposition
            if kind == .apposition, !closedByVerb { continue }
            // `the Eastside Trust,` in a list is a name, not an apposition
            if kind == .apposition, let name = names.first(where: { $0.range.lowerBound > w.range.lowerBound && $0.range.lowerBound <= w.range.upperBound + 1 }),
               name.range.upperBound >= end - 1 { continue }
            // nor is `the Eastside Trust and the Carers Union,`: names joined by `and` go on with the list
            if kind == .apposition {
                let span = w.range.lowerBound..<end
                let inName = { (x: Word) in names.contains { $0.isActor && $0.range.contains(x.range.lowerBound) } }
                let loose = words.filter { span.contains($0.range.lowerBound) && !inName($0) }
                if words.contains(where: { span.contains($0.range.lowerBound) && inName($0) }),
                   loose.contains(where: { ["and", "or"].contains($0.lower) }),
                   loose.allSatisfy({ ["the", "and", "or"].contains($0.lower) }) { continue }
            }
            // a `who` clause or an apposition says where a person works: its organizations stay (`Ann Reed, the
            // trust's chair,`), unless the post is past (`Ann Reed, previously chair of the trust,`)
            let w2 = k + 1 < words.count ? words[k + 1].lower : "", w3 = k + 2 < words.count ? words[k + 2].lower : ""
            // (`, the former chair of …`, `, a former head of …`: past after an article too)
            let past = ["previously", "formerly", "former", "once"].contains(w.lower)
                || (["the", "a", "an"].contains(w.lower) && ["former", "then", "ex"].contains(w2))
            let holdsPost = w.lower == "who" && (postVerbs.contains(w2)
                || (["is", "was"].contains(w2) && ["the", "a", "an", "now", "also", "its", "their", "chief", "head", "chair"].contains(w3)))
            let afterPerson = names.contains { $0.isPerson && $0.range.upperBound <= comma && comma - $0.range.upperBound <= 1 }
            commaAsides.append(Aside(range: comma..<end, kind: kind,
                                     keepsOrganizations: holdsPost || (kind == .apposition && !past && afterPerson)))
        }
        asides += commaAsides
        func kept(_ k: Int) -> Bool {
            !names[k].isPerson && asides.contains { $0.keepsOrganizations && $0.range.contains(names[k].range.lowerBound) }
                && asides.filter { $0.range.contains(names[k].range.lowerBound) }.count == 1
        }

        // The aside that holds the date, if any: its clause is read on its own, hung on the name before it.
        // A bracket that holds only the date (`the meeting (2 May 2019)`) dates the clause around it.
        var holding = asides.filter { $0.range.contains(at) }.min { $0.range.count < $1.range.count }
        if let h = holding, h.kind == .bracket,
           words.filter({ h.range.contains($0.range.lowerBound) && !date.contains($0.range.lowerBound) }).count <= 1 {
            asides.removeAll { $0.range == h.range }
            holding = nil
        }
        let asideRanges = asides.map(\.range)
        let cover = covered(by: asideRanges, count: n)
        func outside(_ i: Int) -> Bool { i >= 0 && i < n ? !cover[i] : !asides.contains { $0.range.contains(i) } }

        /// `, six years after …`, `, more than a year before …`: a measure of time, then `after` or `before`.
        func measuredAfter(_ k: Int) -> Bool {
            let ahead = words[k..<min(words.count, k + 5)].map(\.lower)
            guard let a = ahead.firstIndex(where: { $0 == "after" || $0 == "before" }), a > k else { return false }
            return ahead[ahead.startIndex..<a].contains { measures.contains($0) || ["year", "month", "week", "day", "decade", "decades"].contains($0) }
        }

        // Clause cuts at the region's own level.
        var cuts: [(at: Int, next: Int, cue: String)] = []
        var i = region.lowerBound
        while i < region.upperBound {
            if outside(i) || holding.map({ $0.range.contains(i) }) == true {
                if isHardMark(bytes, i), !pairedDashes.contains(i), bytes[i] == 0x3B || bytes[i] == 0x3A {
                    let len = markLength(bytes, i)
                    cuts.append((i, i + len, bytes[i] == 0x3A ? ":" : ";"))
                    i += len
                    continue
                }
                if bytes[i] == 0x2C, let k = wordAfter(i), commaBefore(words[k].range.lowerBound, bytes) == i {
                    let w = words[k]
                    let next = k + 1 < words.count ? words[k + 1].lower : ""
                    // (words of an aside after it count: `, and Ann Reed, the chair, resigned` is a clause)
                    let rest = wordsUntilMark(after: k, words: words, bytes: bytes, limit: region.upperBound,
                                              skipping: asideRanges)
                    // `A, B, and C` is a list, not a clause: the item before the comma is a name after a comma
                    let listItem = names.first { $0.range.upperBound == i }.map { name in
                        var j = name.range.lowerBound - 1
                        while j >= 0, bytes[j] == 0x20 { j -= 1 }
                        if j >= 3, String(decoding: bytes[(j - 3)...j], as: UTF8.self).lowercased() == " the" {
                            j -= 4
                            while j >= 0, bytes[j] == 0x20 { j -= 1 }
                        }
                        return j >= 0 && bytes[j] == 0x2C
                    } ?? false
                    if coordinators.contains(w.lower), rest >= 3, !listItem {
                        cuts.append((i, w.range.upperBound, w.lower))
                    } else if subordinators.contains(w.lower) || (measures.contains(w.lower) && ["after", "before"].contains(next))
                                || measuredAfter(k) {
                        cuts.append((i, w.range.lowerBound, "sub"))
                    }
                }
            }
            i += 1
        }
        // a second predicate joined by a bare `and` (no comma) is a clause of its own (``predicateJoins``)
        for cut in predicateJoins(words: words, names: names, bytes: bytes, region: region, cuts: cuts, dateAt: at,
                                  readable: { at in outside(at) || holding.map { $0.range.contains(at) } == true }) {
            cuts.append(cut)
        }
        cuts.sort { $0.at < $1.at }
        // The segments between cuts.
        var segments: [(range: Range<Int>, cue: String)] = []
        var start = region.lowerBound, cue = ""
        for c in cuts {
            segments.append((start..<c.at, cue))
            start = c.next
            cue = c.cue
        }
        segments.append((start..<region.upperBound, cue))

        func actors(in r: Range<Int>) -> [Int] {
            names.indices.filter { k in
                names[k].isActor && r.contains(names[k].range.lowerBound) && (outside(names[k].range.lowerBound) || kept(k))
            }
        }

        /// The subject among a clause's names: the first, or the name it qualifies (`Harbour owner Eastside
        /// Group` → Eastside Group).
        func subjectOf(_ list: [Int]) -> Int? {
            guard var k = list.first else { return nil }
            for j in list.dropFirst() {
                let gap = names[k].range.upperBound..<names[j].range.lowerBound
                guard gap.lowerBound <= gap.upperBound else { break }
                let between = words.filter { gap.contains($0.range.lowerBound) }
                let clean = gap.allSatisfy { bytes[$0] == 0x20 || (bytes[$0] | 0x20 >= 0x61 && bytes[$0] | 0x20 <= 0x7A) }
                guard clean, between.count <= 2, between.allSatisfy({ $0.text.first?.isLowercase == true && !isVerbWord($0.lower)
                    && !["and", "or", "of", "for", "to", "in", "by", "with", "from"].contains($0.lower) }) else { break }
                k = j
            }
            return k
        }

        var out: [Int] = []
        var clause: Range<Int>
        // where the run of predicates a bare `and` joined opens (``predicateJoins``): its pronouns and its change of
        // post are read there too (`She joined in 2010 and stayed until 2018`: `she` and `joined` tell of 2018)
        var runStart: Int?
        if let h = holding, h.kind != .quote {
            clause = h.range
            out = names.indices.filter { names[$0].isActor && h.range.contains(names[$0].range.lowerBound) }
            if h.kind == .relative || h.kind == .apposition || out.isEmpty {
                // the name it hangs on: the last one before it, outside other asides
                if let ante = names.indices.last(where: {
                    names[$0].isActor && names[$0].range.upperBound <= h.range.lowerBound && outside(names[$0].range.lowerBound)
                }) { out.insert(ante, at: 0) }
                // and the subject of the clause it stands in (`Harbour published a study, which found in 2019 …`),
                // unless a person of its own acts in it (`the contracts, which Ann Reed announced in 2019 would end`)
                let ownPerson = names.contains { $0.isPerson && h.range.contains($0.range.lowerBound) }
                if h.kind == .relative, !ownPerson, let host = segments.first(where: { $0.range.contains(h.range.lowerBound) }),
                   let subject = subjectOf(actors(in: host.range.lowerBound..<h.range.lowerBound)), !out.contains(subject) {
                    out.insert(subject, at: 0)
                }
            }
        } else {
            let s = segments.firstIndex { $0.range.contains(at) || $0.range.upperBound == at } ?? 0
            clause = segments[s].range
            out = actors(in: clause)
            // a date told inside a reported statement (`Ann Reed announced that Harbour Trust would close in 2020`):
            // the statement's own names take part, not its speaker, when it names any
            if let that = reportedStatement(in: clause, before: at, words: words, bytes: bytes) {
                let inside = out.filter { names[$0].range.lowerBound >= that }
                if !inside.isEmpty { out = inside }
            }
            let firstWord = words.first { clause.contains($0.range.lowerBound) && outside($0.range.lowerBound) }
            let opensWithVerb = firstWord.map { w in isVerbWord(w.lower) } ?? true
            if s > 0, out.isEmpty || (segments[s].cue != "sub" && segments[s].cue != ":" && segments[s].cue != ";" && opensWithVerb
                                       && !startsWithName(clause, names: names, words: words)
                                       && !subjectPronouns.contains(firstWord?.lower ?? "")) {
                // borrow the subject of the clause before it: a pronoun that opens it, or a name within its first
                // words (`His letter to Ann Reed described …, and said` borrows no Ann Reed)
                // (a predicate joined by a bare `and` borrows from the clause that opened the run of predicates)
                var from = s - 1
                if segments[s].cue == Self.predicateCue {
                    while from > 0, segments[from].cue == Self.predicateCue { from -= 1 }
                    runStart = segments[from].range.lowerBound
                }
                let prev = segments[from].range
                let prevWords = words.filter { prev.contains($0.range.lowerBound) && outside($0.range.lowerBound) }
                // (its subject is every name before the verb of that clause: `Harbour's chair, Ann Reed, was criticised
                // by the panel and resigned in 2019` → Harbour and Ann Reed, not the panel)
                let firstVerb = prevWords.first { w in isVerbWord(w.lower) && !names.contains { $0.range.contains(w.range.lowerBound) } }
                let zone = segments[s].cue == Self.predicateCue
                    ? actors(in: prev).filter { k in firstVerb.map { names[k].range.upperBound <= $0.range.lowerBound } ?? false } : []
                if let lead = prevWords.first, ["he", "she", "his", "her"].contains(lead.lower),
                   let at = words.firstIndex(of: lead), !possessiveOfNamed(at, words: words, names: names, bytes: bytes) {
                    reading.subjectPronoun = true
                } else if let lead = prevWords.first, ["it", "its"].contains(lead.lower) {
                    reading.itSubject = true
                } else if !zone.isEmpty {
                    out.insert(contentsOf: zone.filter { !out.contains($0) }, at: 0)
                } else if let subject = subjectOf(actors(in: prev)), !out.contains(subject),
                          prevWords.filter({ $0.range.lowerBound < names[subject].range.lowerBound }).count <= 5 {
                    out.insert(subject, at: 0)
                }
                // a report on the work the predicate before told of keeps that work's bodies (``reportsOnTheWork``)
                if segments[s].cue == Self.predicateCue,
                   Self.reportsOnTheWork(words.filter { clause.contains($0.range.lowerBound) && outside($0.range.lowerBound) }) {
                    out += actors(in: segments[s - 1].range).filter { !out.contains($0) }
                }
            }
            // a label (`Harbour News, 2019:`, `Update, 2 May:`) is read with the clause after it
            // (a heading with no verb is a label too: `Annual meeting of Harbour Trust (2 May): talks by …`)
            let wordsHere = words.filter { clause.contains($0.range.lowerBound) && !date.contains($0.range.lowerBound) }
            if out.isEmpty || wordsHere.count <= 3 || !wordsHere.contains(where: { isVerbWord($0.lower) }),
               s + 1 < segments.count, segments[s + 1].cue == ":" {
                out += actors(in: segments[s + 1].range)
            }
            if out.isEmpty, s > 0 {
                out = actors(in: segments[s - 1].range)
            }
            if out.isEmpty, s + 1 < segments.count, segments[s + 1].cue == "sub" || segments[s + 1].cue == ":" {
                out = actors(in: segments[s + 1].range)
            }
            // the other side of a change of post, told in the next coordinated clause with no date of its own
            // (`Ann Reed resigned in May 2019, and Tom Vale replaced her`): the successor takes part
            if s + 1 < segments.count, coordinators.contains(segments[s + 1].cue) || segments[s + 1].cue == Self.predicateCue,
               !otherDates.contains(where: { segments[s + 1].range.contains($0) }),
               tellsSuccession(words.filter { segments[s + 1].range.contains($0.range.lowerBound) }.map(\.lower)) {
                out += actors(in: segments[s + 1].range).filter { !out.contains($0) }
            }
            // the people a colon lists after the clause, with no verb of their own (`appointed two commissioners:
            // Ann Reed as chair and Tom Vale to run the budget`)
            if s + 1 < segments.count, segments[s + 1].cue == ":", !out.isEmpty,
               !otherDates.contains(where: { segments[s + 1].range.contains($0) }),
               let first = words.first(where: { segments[s + 1].range.contains($0.range.lowerBound) }),
               names.contains(where: { $0.isPerson && $0.range.contains(first.range.lowerBound) }),
               !words.contains(where: { w in segments[s + 1].range.contains(w.range.lowerBound) && isVerbWord(w.lower)
                   && !names.contains { n in n.range.contains(w.range.lowerBound) } }) {
                out += actors(in: segments[s + 1].range).filter { names[$0].isPerson && !out.contains($0) }
            }
            // a speaker's label before a colon at the start (`Ann Reed: ...`)
            if s > 0, segments[s].cue == ":", let first = segments.first,
               words.filter({ first.range.contains($0.range.lowerBound) }).count <= 4 {
                for k in actors(in: first.range) where names[k].isPerson && !out.contains(k) { out.insert(k, at: 0) }
            }
        }
        // a clause that names no one and borrows no one: the names of the sentence outside its asides (places
        // and programmes too, as context)
        var fellBack = false
        if out.isEmpty, !reading.subjectPronoun, !reading.itSubject {
            // (not the names of a clause that holds a date of its own)
            // (a year inside a name, `the Care Act 2014`, is the name's, no date of another clause)
            let dated = otherDates.filter { o in !given.contains { $0.range.contains(o) } }
            func elsewhereDated(_ k: Int) -> Bool {
                segments.contains { seg in seg.range.contains(names[k].range.lowerBound) && dated.contains { seg.range.contains($0) } }
            }
            out = actors(in: region).filter { !elsewhereDated($0) }
            if out.isEmpty {
                out = names.indices.filter { region.contains(names[$0].range.lowerBound) && outside(names[$0].range.lowerBound) && !elsewhereDated($0) }
                fellBack = true
            }
        }
        // a date in a free relative with a subject of its own that is everyone or no one in particular (`Ann Reed
        // admitted what everyone has said since 2014`, `what most of us have known since 2019`): the one who admits
        // it takes no part in what everyone said; only names after `what` do
        if let w = genericFreeRelative(words: words, in: clause, before: date.lowerBound) {
            out.removeAll { names[$0].range.lowerBound < w }
            clause = w..<clause.upperBound
        }
        // one who is only addressed (`Ms Reed, you ...`) takes no part
        out.removeAll { k in
            let end = names[k].range.upperBound
            guard end + 1 < n, bytes[end] == 0x2C, let w = wordAfter(end).map({ words[$0] }) else { return false }
            return commaBefore(w.range.lowerBound, bytes) == end && w.lower == "you"
        }
        // a body named only in a description of someone's past post (`Ann Reed, a former chief executive of Harbour
        // Trust, joined in 2019`), or that only qualifies the name of another body (`the Commons Audit Committee`)
        for k in names.indices where names[k].isActor && !names[k].isPerson
            && (describesFormerPost(k, names: names, words: words, bytes: bytes, date: date)
                || describesEarlierPost(k, names: names, words: words, bytes: bytes, date: date)
                || describesPostLeftForAnother(k, names: names, words: words, bytes: bytes, date: date)) {
            reading.background.append(k)
        }
        out.removeAll { k in
            reading.background.contains(k)
                || (names[k].isActor && !names[k].isPerson && qualifiesBody(k, names: names, words: words, bytes: bytes))
        }
        // a body that only labels the person after it (`Harbour Party MP Ann Reed`, `HMI Dame Ann Reed`) takes no
        // part of its own; a possessive one (`Harbour's chair Ann Reed`) or one the person holds an office in
        // (`Harbour Union General Secretary Ann Reed`) does
        out.removeAll { k in
            guard names[k].isActor, !names[k].isPerson else { return false }
            var i = names[k].range.upperBound
            var w = wordAfter(i)
            var titles = 0
            while let j = w {
                let gap = i..<words[j].range.lowerBound
                guard gap.allSatisfy({ bytes[$0] == 0x20 }) else { return false }
                // (a person of one word may be a programme or a title misread: `BBC Panorama`)
                if let p = names.first(where: { $0.isPerson && $0.range.lowerBound == words[j].range.lowerBound }) {
                    return words.filter { p.range.contains($0.range.lowerBound) }.count >= 2
                }
                guard titles < 3, labelTitles.contains(words[j].lower) else { return false }
                titles += 1
                i = words[j].range.upperBound
                w = j + 1 < words.count ? j + 1 : nil
            }
            return false
        }
        // places and programmes of the clause stay with it as context
        for k in names.indices where !fellBack && !names[k].isActor && clause.contains(names[k].range.lowerBound)
            && (outside(names[k].range.lowerBound) || holding.map { $0.range == clause } == true) {
            out.append(k)
        }
        reading.takingPart = Array(Set(out)).sorted()
        if let r = runStart, r < clause.lowerBound { clause = r..<clause.upperBound }
        reading.clause = clause

        // Pronouns of the clause.
        let firstPersonAt = names.filter { $0.isPerson && clause.contains($0.range.lowerBound) }.map(\.range.lowerBound).min()
        let firstActorAt = names.filter { $0.isActor && clause.contains($0.range.lowerBound) }.map(\.range.lowerBound).min()
        // (in a succession the owner of `his successor` is the other side of it: `His successor, Tom Vale, took over
        // in May` tells of both)
        let clauseLower = words.filter { clause.contains($0.range.lowerBound) }.map(\.lower)
        let succession = clauseLower.indices.contains { i in
            RoleChangeParticipants.replacingVerbs.contains(clauseLower[i])
                || (["took", "takes", "taking", "take"].contains(clauseLower[i]) && i + 1 < clauseLower.count && clauseLower[i + 1] == "over")
        }
        func ownerOnlyQualifies(_ k: Int) -> Bool { !succession && possessiveOfNamed(k, words: words, names: names, bytes: bytes) }
        for (k, w) in words.enumerated() where clause.contains(w.range.lowerBound) && (outside(w.range.lowerBound) || holding != nil) {
            let next = k + 1 < words.count && words[k + 1].range.lowerBound - w.range.upperBound <= 1 ? words[k + 1].lower : ""
            switch w.lower {
            case "he", "she", "his":
                // (`his successor, Tom Vale,`: the person named after the noun acts, not the pronoun's owner)
                if w.lower == "his", ownerOnlyQualifies(k) { continue }
                if firstPersonAt.map({ w.range.lowerBound < $0 }) ?? true { reading.subjectPronoun = true }
            case "him":
                reading.objectPronoun = true
            case "her":
                if next.isEmpty || ["as", "in", "on", "at", "from", "to", "with", "by", "after", "before", "last", "this",
                                    "that", "and", "for", "over"].contains(next) {
                    reading.objectPronoun = true
                } else if firstPersonAt.map({ w.range.lowerBound < $0 }) ?? true,
                          !ownerOnlyQualifies(k) {
                    reading.subjectPronoun = true   // her report: its owner
                }
            case "it":
                // `it bought X`: the organization named before acts (`it is` / `it was` are too often no one)
                // (`it was bought by X`, `it has since been renamed`: what is done to the organization, ``passiveAfterIt``)
                if firstActorAt.map({ w.range.lowerBound < $0 }) ?? true,
                   (isVerbWord(next) && !["is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "then", "later",
                                      "also", "now", "still", "again", "does", "did"].contains(next))
                    || passiveAfterIt(words.map(\.lower), at: k) {
                    reading.itSubject = true
                    reading.itSubjectAt = w.range.lowerBound
                } else if k > 0, reading.itObject == nil, bodyObjectVerbs.contains(words[k - 1].lower),
                          words[k].range.lowerBound - words[k - 1].range.upperBound == 1,
                          !["past", "by", "to", "clear", "down", "seriously", "on"].contains(next) {
                    reading.itObject = w.range.lowerBound
                }
            default:
                if plural.contains(w.lower) { reading.firstPersonPlural = true }
                if singular.contains(w.lower) { reading.firstPersonSingular = true }
            }
        }
        return reading
    }

    /// Whether the possessive at word `k` (`his`, `her`) only qualifies a person named right after its noun: the
    /// noun phrase (lower-case nouns, and an `as` with a post, at most six words) runs straight into a person's
    /// name, with a comma or a space between. `Her deputy, Tom Vale, took charge in May`, `his successor as
    /// chair Ann Reed arrived in 2019`, `her husband, Tom Vale, was arrested in June`: the named person acts, and the
    /// pronoun's owner takes no part. Not `his letter to Ann Reed` (a preposition: the owner wrote it) nor `his
    /// report, published in May, ...` (no name after the noun).
    /// Words that end the noun phrase after a possessive (``possessiveOfNamed(_:words:names:bytes:)``): a
    /// preposition, a conjunction, a relative pronoun or a verb of being or having.
    static let possessiveStops: Set<String> = ["to", "for", "on", "at", "and", "or", "that", "who", "which", "is", "was", "has", "had"]

    static func possessiveOfNamed(_ k: Int, words: [Word], names: [Name], bytes: [UInt8]) -> Bool {
        guard k + 1 < words.count, words[k + 1].text.first?.isLowercase == true else { return false }
        var j = k + 1
        var inPost = false
        while j < words.count, j <= k + 7 {
            let w = words[j]
            let gap = words[j - 1].range.upperBound..<w.range.lowerBound
            let comma = gap.contains { bytes[$0] == 0x2C }
            guard gap.allSatisfy({ bytes[$0] == 0x20 || bytes[$0] == 0x2C }), gap.filter({ bytes[$0] == 0x2C }).count <= 1 else { return false }
            if j > k + 1, names.contains(where: { $0.isPerson && $0.range.lowerBound == w.range.lowerBound }) { return true }
            // (a comma closes the noun phrase: only a name may follow it)
            if comma { return false }
            if w.lower == "as", j > k + 1, !inPost { inPost = true; j += 1; continue }
            if inPost {
                // (the post may name its body: `his successor as chair of Harbour Trust, Ann Reed`)
                guard !possessiveStops.contains(w.lower), !isVerbWord(w.lower) else { return false }
            } else {
                guard w.text.first?.isLowercase == true, !isVerbWord(w.lower), !namePrepositions.contains(w.lower),
                      !possessiveStops.contains(w.lower), !names.contains(where: { $0.range.contains(w.range.lowerBound) })
                else { return false }
            }
            j += 1
        }
        return false
    }

    /// Whether the words of a clause (lower case) tell that someone took a post over from another: `replaced`,
    /// `succeeded`, `took over`, `took on`, `stepped in`, `was appointed`.
    /// A clause that moves the time on (`has since succeeded him`, `later took over`) tells another happening.
    /// (`May` as a month is read as a date too: a clause of `may` as a verb tells no succession anyway.)
    static func tellsSuccession(_ words: [String]) -> Bool {
        /// (a year or a month in it is a date of its own)
        let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                                   "november", "december"]
        guard !words.contains(where: { ["since", "later", "subsequently", "eventually", "afterwards", "now"].contains($0)
            || months.contains($0) || ($0.count == 4 && Int($0).map { (1800...2100).contains($0) } == true) }) else { return false }
        for (k, w) in words.enumerated() {
            let next = k + 1 < words.count ? words[k + 1] : ""
            if RoleChangeParticipants.replacingVerbs.contains(w) { return true }
            if ["took", "takes", "taking"].contains(w), ["over", "on", "charge"].contains(next) { return true }
            if ["stepped", "steps"].contains(w), next == "in" { return true }
            if ["was", "were", "is"].contains(w), ["appointed", "named"].contains(next) { return true }
        }
        return false
    }

    /// Whether the `it` at word `k` of `words` (lower case) is the subject of a passive (`it was bought by Eastside
    /// Group`, `it has since been renamed Harbour Care`, `it was quietly abolished`): an auxiliary, adverbs, then a
    /// participle. What is done to the organization `it` stands for is its happening, as what it does is
    /// (`Harbour Homes grew fast. It was bought by Eastside Group in 2019.` → Harbour Homes takes part).
    /// An impersonal `it` (`it was announced that`, `it was agreed to`, `it was expected that`) stands for no one:
    /// participles of saying and thinking, and a participle followed by `that`, are left out.
    /// Verbs whose object is mostly a body (`chaired it`, `bought it`, `merged it with`): an `it` right after one
    /// stands for an organization more often than for a plan or a report (`published it`, `made it clear` are left
    /// out).
    static let bodyObjectVerbs: Set<String> = ["rated", "inspected", "chaired", "chairs", "ran", "runs", "joined", "joins", "led", "leads",
                                               "headed", "heads", "bought", "buys", "sold", "sells", "acquired", "nationalised",
                                               "privatised", "abolished", "closed", "founded", "merged", "renamed", "funded", "fined",
                                               "regulated", "replaced", "wound", "scrapped", "absorbed", "rescued", "owned", "owns",
                                               "audited", "sued", "managed", "manages", "controlled", "controls", "dissolved"]

    static func passiveAfterIt(_ words: [String], at k: Int) -> Bool {
        var j = k + 1
        guard j < words.count, ["was", "is", "were", "has", "had", "have"].contains(words[j]) else { return false }
        j += 1
        var steps = 0
        while j < words.count, steps < 3, ["been", "being", "itself", "since", "later", "then", "also", "quietly", "finally",
                                            "eventually", "formally", "effectively", "soon", "first", "duly"].contains(words[j]) {
            j += 1
            steps += 1
        }
        guard j < words.count else { return false }
        let w = words[j]
        // (`it was supposed to open in 2018`, `it was expected to report`: what the body was to do; not `it was agreed to`)
        if ["supposed", "expected", "scheduled", "meant", "planned", "intended", "due"].contains(w), j + 1 < words.count, words[j + 1] == "to" {
            return true
        }
        guard (w.hasSuffix("ed") && w.count > 4) || irregularParticiples.contains(w), !impersonalParticiples.contains(w)
        else { return false }
        return j + 1 >= words.count || words[j + 1] != "that"
    }

    /// A verb by its form: a few irregular ones and any `-ed` (as the clause reader tells them).
    /// The cue of a clause cut at a bare `and` between two predicates (``predicateJoins``).
    static let predicateCue = "and-predicate"

    /// Past forms that open a second predicate after a bare `and` and are not in ``bareVerbs``.
    static let predicateVerbs: Set<String> = ["stood", "stepped", "fell", "rose", "grew", "went", "chose", "drew", "oversaw",
                                               "chairs", "leads", "heads", "remains", "remained", "moved", "sits", "serves"]
    /// Verbs that report on a finished piece of work: after a bare `and` they tell the end of what the predicate
    /// before began, not another happening.
    static let workReportVerbs: Set<String> = ["reported", "concluded", "found", "published", "recommended", "delivered",
                                               "submitted", "presented"]

    /// Whether a predicate cut at a bare `and` (``predicateJoins``) opens with a verb of reporting a finished piece of
    /// work, after at most a couple of adverbs (`and reported`, `and finally published`). Such a predicate keeps the
    /// bodies the predicate before it names: `Ann Reed reviewed school meals for the Health Board and reported in
    /// May 2021` is a report to the board, so the board takes part in May 2021 — whereas `Ann Reed reviewed school
    /// meals for the Health Board and stood down in May 2021` is a leaving the board has no part in (still cut off).
    static func reportsOnTheWork(_ words: [Word]) -> Bool {
        for w in words.prefix(3) {
            if workReportVerbs.contains(w.lower) { return true }
            guard ["then", "later", "also", "eventually", "finally", "duly", "subsequently"].contains(w.lower) else { return false }
        }
        return false
    }

    /// `-ed` words that after `and` mostly describe a noun (`and related bodies`, `and registered providers`).
    static let describingParticiples: Set<String> = ["related", "associated", "affiliated", "registered", "licensed",
                                                      "regulated", "qualified", "skilled", "trusted", "unrelated",
                                                      "specialised", "specialized", "supported", "funded", "owned", "based"]

    /// Cuts at a bare `and` (no comma before it) that joins a second predicate to a clause with no subject of its
    /// own: `Tom Vale ran Harbour Homes from 2016 to 2020 and now chairs the Carers Union` is two happenings, and the
    /// union has no part in the years he ran Harbour Homes; `Ann Reed was criticised by the audit panel and stood
    /// down in 2019` is a leaving the panel takes no part in. The word after `and` must be a verb in lower case
    /// (``isVerbWord(_:)``, ``predicateVerbs``) and the stretch before it, back to the last cut, must hold a verb of
    /// its own (`the trust and trained staff` joins no predicates). Names joined by `and` (`Harbour and Eastside
    /// merged`) and an `and` inside a name (`Department for Business and Trade`) are left alone. The clause after the
    /// cut borrows the subject of the clause that opened the run (the caller's borrowing, cue ``predicateCue``).
    /// A date set before the first verb (`dateAt`, a UTF-8 offset: `Last April the panel called for a review and
    /// criticised Harbour Homes`) dates the whole run, which is then not cut; a succession told in the next
    /// predicate (`Ann Reed stepped down in 2019 and was succeeded by Tom Vale`) still brings the successor in.
    static func predicateJoins(words: [Word], names: [Name], bytes: [UInt8], region: Range<Int>,
                               cuts: [(at: Int, next: Int, cue: String)], dateAt: Int,
                               readable: (Int) -> Bool) -> [(at: Int, next: Int, cue: String)] {
        var out: [(at: Int, next: Int, cue: String)] = []
        var lastStart = region.lowerBound
        let openings = cuts.map(\.next)
        var blockedUntil = -1
        for (k, w) in words.enumerated() where w.lower == "and" && k > 0 && k + 1 < words.count {
            let at = w.range.lowerBound
            guard at >= blockedUntil, region.contains(at), readable(at), !names.contains(where: { $0.range.contains(at) }) else { continue }
            // (no comma or other mark before it: a space only)
            let gapBefore = words[k - 1].range.upperBound..<at
            guard !gapBefore.isEmpty, gapBefore.allSatisfy({ bytes[$0] == 0x20 }) else { continue }
            let next = words[k + 1]
            let gapAfter = w.range.upperBound..<next.range.lowerBound
            guard gapAfter.count == 1, bytes[gapAfter.lowerBound] == 0x20, next.text.first?.isLowercase == true,
                  (isVerbWord(next.lower) || predicateVerbs.contains(next.lower)),
                  !describingParticiples.contains(next.lower) else { continue }
            // the stretch before, from the last cut, holds a verb that is no part of a name
            let start = max(lastStart, openings.filter { $0 <= at }.max() ?? region.lowerBound)
            let firstVerb = words[..<k].first { x in
                x.range.lowerBound >= start && (isVerbWord(x.lower) || predicateVerbs.contains(x.lower))
                    && !names.contains { $0.range.contains(x.range.lowerBound) }
            }
            guard let firstVerb else { continue }
            // a date set before the clause's verb (`In May 2019 Ann Reed went further and said …`) dates every
            // predicate of the run: none is cut off
            if dateAt >= start, dateAt < firstVerb.range.lowerBound {
                blockedUntil = openings.filter { $0 > at }.min() ?? region.upperBound
                continue
            }
            out.append((at, w.range.upperBound, predicateCue))
            lastStart = w.range.upperBound
        }
        return out
    }

    static func isVerbWord(_ w: String) -> Bool { bareVerbs.contains(w) || (w.hasSuffix("ed") && w.count > 4) }

    /// Participles not ending in `-ed` that tell something done to a body (`bought`, `sold`, `taken over`).
    static let irregularParticiples: Set<String> = ["bought", "sold", "taken", "given", "run", "split", "shut", "set", "built",
                                                     "broken", "brought", "made", "won", "held", "led", "paid", "sent", "kept",
                                                     "cut", "put", "hit", "told", "struck", "spun", "wound", "stripped"]
    /// Participles of saying and thinking, after an impersonal `it` (`it was announced that`).
    static let impersonalParticiples: Set<String> = [
        "reported", "announced", "agreed", "decided", "claimed", "thought", "said", "feared", "estimated", "understood",
        "revealed", "confirmed", "suggested", "believed", "alleged", "argued", "noted", "hoped", "assumed", "known",
        "accepted", "recognised", "recognized", "acknowledged", "rumoured", "expected", "proposed", "considered",
        "reckoned", "felt", "stated", "explained", "added", "pointed", "emphasised", "stressed", "determined", "established",
        "concluded", "found", "shown", "proved", "proven", "deemed", "judged", "calculated", "planned",
        "intended", "recommended", "suspected", "predicted", "forecast", "supposed",
    ]

    /// Words that mark a post as past (`former`, `previously`, `a retired Crown Court judge`).
    static let pastPostWords: Set<String> = ["former", "formerly", "ex", "previously", "retired", "erstwhile", "onetime"]

    /// Words before `former` in a description of a past post (`a former`, `and a former`); any other word (a verb,
    /// `who`) makes it part of a clause that may tell the post's own happening.
    static let formerLead: Set<String> = ["a", "an", "the", "and", "also", "herself", "himself", "once", "as"]

    /// Whether the organization named at `k` stands only in a description of someone's past post, in a stretch of
    /// its own (from the last comma, bracket or clause mark before it, or the start): `former` or `formerly`, post
    /// words, then `of`/`at`/`with` and the body (`Ann Reed, a former chief executive of Harbour Trust, …`,
    /// `Tom Vale, formerly head of Northgate Studios, took over`); or `former` and the body qualifying a noun (`A
    /// former Eastside Bank economist, he joined in 2019`, `Ann Reed, a former Crown Court judge who …`). The body
    /// is a background of the person, not a party to what the person does now. Not when the stretch holds the
    /// date (`a former chair of Harbour Trust from 2010 to 2015` dates the post), nor when a verb or `who` comes
    /// before `former` (`who left her former post at Harbour Trust`), nor a body that is itself former (`the
    /// former Harbour Agency was abolished`: no noun after it).
    static func describesFormerPost(_ k: Int, names: [Name], words: [Word], bytes: [UInt8], date: Range<Int>) -> Bool {
        let r = names[k].range
        guard r.lowerBound > 0, let first = words.firstIndex(where: { $0.range.lowerBound >= r.lowerBound }) else { return false }
        // the stretch back to a comma, a bracket or a clause mark
        let start = stretchStart(bytes, before: r.lowerBound)
        let before = words[..<first].filter { $0.range.lowerBound >= start }
        guard let f = before.lastIndex(where: { pastPostWords.contains($0.lower) }) else { return false }
        let lead = before[before.startIndex..<f], between = before[(f + 1)...]
        guard lead.allSatisfy({ formerLead.contains($0.lower) || ($0.text.first?.isUppercase == true && !isVerbWord($0.lower))
            || ["peer", "mp", "member", "minister", "judge", "director", "officer", "official"].contains($0.lower) }) else { return false }
        guard !between.contains(where: { isVerbWord($0.lower) || relativeWords.contains($0.lower) }) else { return false }
        // the end of the stretch: the next comma or clause mark after the name, or a verb or `who` that opens
        // another clause (`a former Crown Court judge who has sat since 2018`)
        var end = stretchEnd(bytes, after: r.upperBound, closingBracket: false)
        if let stop = words[first...].first(where: { $0.range.lowerBound >= r.upperBound && $0.range.lowerBound < end
            && (isVerbWord($0.lower) || relativeWords.contains($0.lower)) }) { end = stop.range.lowerBound }
        if date.lowerBound >= start, date.lowerBound < end { return false }
        let tail = between.filter { $0.lower != "the" }
        // (a name that runs on in capitals, `head of Harbour TV Studios` read as Harbour TV, is only part of the body)
        let runsOn = words[first...].first { $0.range.lowerBound >= r.upperBound }
            .map { $0.range.lowerBound == r.upperBound + 1 && bytes[r.upperBound] == 0x20 && $0.text.first?.isUppercase == true } ?? false
        if let last = tail.last, ["of", "at", "with", "for"].contains(last.lower), tail.count >= 2 { return !runsOn }
        // `former Eastside Bank economist`: the body qualifies the noun after it
        guard tail.isEmpty, first < words.count else { return false }
        let afterName = words[first...].drop { $0.range.lowerBound < r.upperBound }
        guard let noun = afterName.first, noun.range.lowerBound - r.upperBound == 1, bytes[r.upperBound] == 0x20,
              noun.text.first?.isLowercase == true, !isVerbWord(noun.lower),
              !["and", "or", "of", "for", "to", "in", "by", "with", "from", "was", "is", "has", "had", "which", "that"].contains(noun.lower)
        else { return false }
        return true
    }

    /// Verbs of holding a post, after `had` (`who had run Harbour Trust`).
    static let postHeldVerbs: Set<String> = ["run", "ran", "chaired", "led", "headed", "managed", "directed", "founded",
                                             "spent", "worked", "served", "presided"]
    /// Gerunds of holding a post, after `after` (`after six years running Harbour Trust`).
    static let postGerunds: Set<String> = ["running", "leading", "heading", "chairing", "managing", "directing", "presiding"]
    /// Words that tell someone leaving a post: the body of an earlier post is then the one left.
    static let leavingWords: Set<String> = ["left", "leaves", "leaving", "resigned", "resigns", "retired", "retires", "quit",
                                            "quits", "departed", "sacked", "ousted", "dismissed", "gone"]
    /// Whether words (lower case) tell someone leaving a post: a word of ``leavingWords``, or `stepped`, `stood`
    /// or `walked` and `down`, `out` or `aside` (`Ann Reed, who had run Harbour Trust, stood aside in May`).
    static func tellsLeaving(_ words: [String]) -> Bool {
        words.indices.contains { i in
            leavingWords.contains(words[i]) || (i + 1 < words.count && (RoleChangeParticipants.stepDownVerbs.contains(words[i]) || words[i] == "walked")
                                                && ["down", "out", "aside"].contains(words[i + 1]))
        }
    }
    /// Words before a person that make the person the one whose post is taken over (`took over from`, `replaced`):
    /// the verbs of ``RoleChangeParticipants/replacingVerbs``, their bare forms, and `from`.
    static let predecessorWords: Set<String> = RoleChangeParticipants.replacingVerbs.union(["from", "replace", "succeed"])

    /// Whether the organization named at `k` stands only in a description of a post someone held before what the
    /// clause tells: a relative clause in the pluperfect (`Ann Reed, who had run Eastside Council, was appointed in
    /// May`, `a banker who had chaired Harbour Bank`) or `after` and a gerund of holding a post (`became chair in 2019
    /// after six years running the Rivers Trust`). The body is the person's past, not a party to the new post or to
    /// anything else the person does now. Not when the description holds the date (`who had run it since 2011`
    /// dates that post), nor when the clause tells a leaving (`Ann Reed, who had run Harbour Trust for years, retired
    /// in May`: the body left takes part), nor when the person is the one whose post is taken (`took over from Ann
    /// Reed, who had run Harbour Trust`: the body taken over takes part).
    static func describesEarlierPost(_ k: Int, names: [Name], words: [Word], bytes: [UInt8], date: Range<Int>) -> Bool {
        let r = names[k].range
        guard r.lowerBound > 0, let first = words.firstIndex(where: { $0.range.lowerBound >= r.lowerBound }) else { return false }
        let start = stretchStart(bytes, before: r.lowerBound)
        let end = stretchEnd(bytes, after: r.upperBound, closingBracket: true)
        let before = Array(words[..<first].filter { $0.range.lowerBound >= start })
        var opens: Int?
        if let h = before.lastIndex(where: { $0.lower == "had" }), h >= 1, before.count - h <= 6,
           before[max(0, h - 2)..<h].contains(where: { relativeWords.contains($0.lower) || $0.lower == "that" }),
           before[(h + 1)...].indices.contains(where: { i in postHeldVerbs.contains(before[i].lower)
               // (`had been chief executive of`, `had been at`; not `had been held at`)
               || (before[i].lower == "been" && i + 1 < before.count
                   && (RoleChangeParticipants.postNouns.contains(before[i + 1].lower) || ["at", "with", "a", "the"].contains(before[i + 1].lower))) }) {
            opens = h
        } else if let a = before.lastIndex(where: { $0.lower == "after" }), before.count - a <= 6,
                  before[(a + 1)...].contains(where: { postGerunds.contains($0.lower) }) {
            opens = a
        }
        guard let o = opens else { return false }
        let from = before[o].range.lowerBound
        if date.lowerBound >= from, date.lowerBound < end { return false }
        // (the sentence outside the description tells a leaving, or takes the person's post over)
        let rest = words.filter { $0.range.lowerBound < from - 1 || $0.range.lowerBound >= end }
        if tellsLeaving(rest.map(\.lower)) { return false }
        let lead = words.filter { $0.range.upperBound <= start }.suffix(6)
        if lead.contains(where: { predecessorWords.contains($0.lower) }) { return false }
        return true
    }

    /// Words that tell someone taking up a post (`was appointed chair`, `became chief executive`, `has replaced her`).
    static let takingUpWords: Set<String> = appointingWords.union(["became", "becomes", "joined", "joins"])
        .union(RoleChangeParticipants.replacingVerbs.filter { !$0.hasSuffix("ing") })
    /// Participles that give someone a post, in the passive (`was appointed`, `was named chair`).
    static let appointingWords: Set<String> = ["appointed", "made", "named", "chosen", "elected", "installed", "promoted"]
    /// Words of a post in an apposition (`the chief executive of`, `head teacher of`, `a junior minister at`).
    static let appositionPostWords: Set<String> = RoleChangeParticipants.postNouns.union(RoleChangeParticipants.titleWords)
        .union(["teacher", "minister", "secretary", "officer", "principal", "partner", "adviser", "advisor", "deputy", "trustee"])

    /// Whether the organization named at `k` stands only in an apposition that gives a person's post (`Ann Reed, the
    /// chief executive of Eastside Council, was appointed chair of the Rivers Board`, `Tom Vale, head teacher of
    /// Northgate School, was made chair in 2021`) in a clause that tells the person taking up another post: a post
    /// of another title, or at another body named after the change, or a post the apposition marks as ended
    /// (`Jo Lamb, until today a minister at the Housing Office, has replaced him`). The body of the old post is the
    /// person's past, not a party to the new one. Not when the apposition holds the date, nor when the clause tells
    /// a leaving or no change at all (`Ann Reed, the chief executive of Eastside Council, resigned in May` or `said
    /// in May`: that body takes part), nor when the new post is the apposition's own (`Tom Vale, the chair of Harbour
    /// Trust, was appointed in 2019`).
    static func describesPostLeftForAnother(_ k: Int, names: [Name], words: [Word], bytes: [UInt8], date: Range<Int>) -> Bool {
        let r = names[k].range
        let start = stretchStart(bytes, before: r.lowerBound, closingBracket: false)
        guard start > 0, bytes[start - 1] == 0x2C else { return false }
        // (a person's name right before the comma)
        guard names.contains(where: { $0.isPerson && $0.range.upperBound == start - 1 }) else { return false }
        let end = stretchEnd(bytes, after: r.upperBound, closingBracket: false)
        guard end < bytes.count, bytes[end] == 0x2C else { return false }
        if date.lowerBound >= start, date.lowerBound < end { return false }
        let inside = words.filter { $0.range.lowerBound >= start && $0.range.upperBound <= r.lowerBound }
        guard let of = inside.lastIndex(where: { ["of", "at", "for"].contains($0.lower) }), of == inside.count - 1
                || inside[(of + 1)...].allSatisfy({ $0.lower == "the" }) else { return false }
        let title = Set(inside[..<of].map(\.lower).filter { appositionPostWords.contains($0) })
        guard !title.isEmpty, !inside.contains(where: { isVerbWord($0.lower) || relativeWords.contains($0.lower) }) else { return false }
        let ended = inside.contains { ["until", "formerly", "previously", "former", "ex"].contains($0.lower) }
        // the rest of the clause, up to a clause mark
        var stop = end + 1
        while stop < bytes.count, !isHardMark(bytes, stop) { stop += 1 }
        let rest = words.filter { $0.range.lowerBound > end && $0.range.lowerBound < stop }
        if tellsLeaving(rest.map(\.lower)) { return false }
        // (`appointed`, `made`, `named` in the passive: the person takes the post; `appointed him` gives it away)
        guard let t = rest.indices.first(where: { i in
            let w = rest[i].lower
            if appointingWords.contains(w) {
                return i > 0 && ["was", "were", "been", "is", "be", "being"].contains(rest[i - 1].lower)
            }
            return takingUpWords.contains(w)
                || (w == "took" && i + 2 < rest.count && rest[i + 1].lower == "over" && rest[i + 2].lower == "as")
        }) else { return false }
        if ended { return true }
        let newTitle = Set(rest[(t + 1)...].prefix(5).map(\.lower).filter { appositionPostWords.contains($0) })
        let anotherBody = names.contains { $0.isActor && !$0.isPerson && $0.range.lowerBound > rest[t].range.upperBound && $0.range.lowerBound < stop }
        return anotherBody || (!newTitle.isEmpty && !newTitle.isSubset(of: title))
    }

    /// Subjects of a free relative that name no one in particular (`what everyone knew`, `what most of us said`).
    static let genericSubjects: Set<String> = ["everyone", "everybody", "anyone", "anybody", "nobody", "people", "most",
                                               "all", "many", "every", "few", "some"]

    /// Where a free relative opens (the UTF-8 offset of its `what`) when it holds the date at `at` and its subject is
    /// no one in particular: `what`, then within two words a word of ``genericSubjects`` (`what everyone reading this
    /// has said since 2014`, `what every one of us has known since May`), inside `clause`, before the date.
    static func genericFreeRelative(words: [Word], in clause: Range<Int>, before at: Int) -> Int? {
        guard let k = words.lastIndex(where: { $0.lower == "what" && clause.contains($0.range.lowerBound) && $0.range.upperBound <= at })
        else { return nil }
        let next = words[(k + 1)...].prefix(2)
        guard next.contains(where: { genericSubjects.contains($0.lower) }),
              !next.contains(where: { $0.range.lowerBound >= at }) else { return nil }
        return words[k].range.lowerBound
    }

    /// Whether the organization named at `k` only qualifies the name of another body right after it, a space
    /// apart, whose name ends in a noun of a body's kind (`the Commons Audit Committee` read as `Commons` and
    /// `Audit Committee`; `a Harbour Trust Staff Panel`): the body after it is the one that acts. A name after it
    /// that is no body's kind (`Harbour TV Newsnight`, a programme of the channel) leaves the first one standing.
    static func qualifiesBody(_ k: Int, names: [Name], words: [Word], bytes: [UInt8]) -> Bool {
        let end = names[k].range.upperBound
        guard end + 1 < bytes.count, bytes[end] == 0x20,
              let next = names.first(where: { $0.isActor && !$0.isPerson && $0.range.lowerBound == end + 1 }),
              let last = words.last(where: { $0.range.upperBound <= next.range.upperBound && $0.range.lowerBound >= next.range.lowerBound })
        else { return false }
        return DefiniteDescription.namedHeads.contains(last.lower)
    }

    /// Prepositions that set a name in a phrase of its own (`under the Care Act 2014`).
    static let namePrepositions: Set<String> = ["under", "by", "through", "in", "of", "from", "with", "after", "following"]

    /// Verbs that report what someone says or finds, before `that` (`announced that`, `told the board that`).
    static let reportingVerbs: Set<String> = ["said", "says", "announced", "announces", "told", "tells", "warned", "warns",
                                               "confirmed", "confirms", "reported", "reports", "argued", "argues", "claimed",
                                               "claims", "insisted", "admitted", "revealed", "concluded", "stated", "states",
                                               "added", "explained", "found", "finds", "suggested", "promised", "pledged",
                                               "ruled", "decided", "agreed", "accepted", "acknowledged", "noted"]

    /// Where a reported statement holding the date at `at` begins (the byte after its `that`): a `that` of the
    /// clause before the date, with a reporting verb at most four words before it and no comma between.
    static func reportedStatement(in clause: Range<Int>, before at: Int, words: [Word], bytes: [UInt8]) -> Int? {
        for (k, w) in words.enumerated().reversed() where w.lower == "that" && clause.contains(w.range.lowerBound) && w.range.upperBound <= at {
            var j = k - 1
            while j >= 0, j >= k - 4, clause.contains(words[j].range.lowerBound) {
                let gap = words[j].range.upperBound..<words[j + 1].range.lowerBound
                if gap.contains(where: { bytes[$0] != 0x20 }) { break }
                if reportingVerbs.contains(words[j].lower) { return w.range.upperBound }
                j -= 1
            }
        }
        return nil
    }

    // MARK: Reading the bytes

    struct Word: Hashable { var range: Range<Int>; var text: String; var lower: String }

    /// The words of the sentence (letters, digits, inner apostrophes and hyphens). A word of ASCII bytes is
    /// lower-cased byte by byte (its own string when it holds no capital): `lowercased()` gives the same for ASCII,
    /// and any other word still goes through it.
    static func words(_ bytes: [UInt8]) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(bytes.count / 5 + 1)
        var i = 0
        let n = bytes.count
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80 && b != 0xE2
        }
        while i < n {
            guard isWordByte(bytes[i]) else { i += 1; continue }
            var j = i
            var upper = false, ascii = true
            while j < n {
                let b = bytes[j]
                if isWordByte(b) {
                    if b >= 0x80 { ascii = false } else if b <= 0x5A && b >= 0x41 { upper = true }
                    j += 1
                    continue
                }
                if (b == 0x27 || b == 0x2D), j + 1 < n, isWordByte(bytes[j + 1]) { j += 1; continue }
                break
            }
            let text = String(decoding: bytes[i..<j], as: UTF8.self)
            let lower: String
            if !ascii {
                lower = text.lowercased()
            } else if !upper {
                lower = text
            } else {
                let count = j - i, from = i
                lower = String(unsafeUninitializedCapacity: count) { buffer in
                    for k in 0..<count { let b = bytes[from + k]; buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                    return count
                }
            }
            out.append(Word(range: i..<j, text: text, lower: lower))
            i = j
        }
        return out
    }

    /// Where a comma stands right before the word at `offset` (`, which`), if one does.
    static func commaBefore(_ offset: Int, _ bytes: [UInt8]) -> Int? {
        var j = offset - 1
        while j >= 0, bytes[j] == 0x20 { j -= 1 }
        return j >= 0 && bytes[j] == 0x2C && j < offset - 1 ? j : nil
    }

    /// Whether the byte at `i` ends a stretch of words: a comma, an opening bracket, a semicolon, a colon or a hard
    /// clause mark, and a closing bracket when `closingBracket` (an apposition that runs on past a bracket, `the
    /// chief executive (CEO) of Harbour Trust`, is read with it off).
    static func endsStretch(_ bytes: [UInt8], _ i: Int, closingBracket: Bool) -> Bool {
        let b = bytes[i]
        return b == 0x2C || b == 0x28 || (closingBracket && b == 0x29) || b == 0x3B || b == 0x3A || isHardMark(bytes, i)
    }

    /// Where the stretch of words ending at `offset` starts: just after the comma, bracket, semicolon, colon or
    /// hard clause mark before it (`Ann Reed, a former Harbour Trust chair, joined …`: the stretch before `Harbour`
    /// starts after the comma), or at the sentence's start.
    static func stretchStart(_ bytes: [UInt8], before offset: Int, closingBracket: Bool = true) -> Int {
        var start = offset
        while start > 0, !endsStretch(bytes, start - 1, closingBracket: closingBracket) { start -= 1 }
        return start
    }

    /// Where the stretch of words starting at `offset` ends: at the next byte of ``endsStretch(_:_:closingBracket:)``,
    /// or the sentence's end.
    static func stretchEnd(_ bytes: [UInt8], after offset: Int, closingBracket: Bool) -> Int {
        var end = offset
        while end < bytes.count, !endsStretch(bytes, end, closingBracket: closingBracket) { end += 1 }
        return end
    }

    /// A clause mark: `;`, `:` before a space or the end, a dash between spaces (`-`, `–`, `—`).

    static func isHardMark(_ bytes: [UInt8], _ i: Int) -> Bool {
        let n = bytes.count
        if bytes[i] == 0x3B { return true }
        if bytes[i] == 0x3A { return i + 1 >= n || bytes[i + 1] == 0x20 || bytes[i + 1] == 0x2D }
        guard i > 0, bytes[i - 1] == 0x20 else { return false }
        if bytes[i] == 0x2D { return i + 1 < n && bytes[i + 1] == 0x20 || (i + 2 < n && bytes[i + 1] == 0x2D && bytes[i + 2] == 0x20) }
        if bytes[i] == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return bytes[i + 3] == 0x20 }
        return false
    }

    static func markLength(_ bytes: [UInt8], _ i: Int) -> Int {
        if bytes[i] == 0xE2 { return 3 }
        if bytes[i] == 0x2D, i + 1 < bytes.count, bytes[i + 1] == 0x2D { return 2 }
        return 1
    }

    /// How many words follow the word at `k` before the next comma or clause mark.
    static func wordsUntilMark(after k: Int, words: [Word], bytes: [UInt8], limit: Int, skipping: [Range<Int>] = []) -> Int {
        var count = 0
        var j = k + 1
        while j < words.count, words[j].range.lowerBound < limit {
            let gap = words[j - 1].range.upperBound..<words[j].range.lowerBound
            if gap.contains(where: { p in (bytes[p] == 0x2C || isHardMark(bytes, p)) && !skipping.contains { $0.contains(p) } }) { break }
            count += 1
            j += 1
        }
        return count
    }

    /// Whether the clause's first word is part of a name (its subject named at once).
    static func startsWithName(_ clause: Range<Int>, names: [Name], words: [Word]) -> Bool {
        guard let first = words.first(where: { clause.contains($0.range.lowerBound) }) else { return false }
        return names.contains { $0.range.contains(first.range.lowerBound) }
    }

    /// Which of the bytes `0..<count` some range of `ranges` holds: a mark per byte, made in one pass over the
    /// bytes however many ranges there are (ranges `0..<3` and `6..<9` of 10 bytes → bytes 0–2 and 6–8).
    static func covered(by ranges: [Range<Int>], count: Int) -> [Bool] {
        var depth = [Int](repeating: 0, count: count + 1)
        for r in ranges {
            let lo = max(0, r.lowerBound), hi = min(count, r.upperBound)
            guard lo < hi else { continue }
            depth[lo] += 1
            depth[hi] -= 1
        }
        var out = [Bool](repeating: false, count: count)
        var open = 0
        for i in 0..<count {
            open += depth[i]
            out[i] = open > 0
        }
        return out
    }

    /// Bracketed stretches `( … )`, `[ … ]`, brackets included, outermost.
    static func bracketSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        var depth = 0
        for (i, b) in bytes.enumerated() {
            if b == 0x28 || b == 0x5B {
                if depth == 0 { open = i }
                depth += 1
            } else if (b == 0x29 || b == 0x5D), depth > 0 {
                depth -= 1
                if depth == 0, let o = open { out.append(o..<(i + 1)); open = nil }
            }
        }
        return out
    }

    /// Quoted stretches: `“ … ”` and pairs of straight `"`, marks included.
    static func quoteSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var curly: Int?
        var straight: Int?
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                if bytes[i + 2] == 0x9C { curly = i }
                if bytes[i + 2] == 0x9D, let o = curly { out.append(o..<(i + 3)); curly = nil }
                i += 3
                continue
            }
            if bytes[i] == 0x22 {
                if let o = straight { out.append(o..<(i + 1)); straight = nil } else { straight = i }
            }
            i += 1
        }
        return out
    }
}
