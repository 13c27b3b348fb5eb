import HindsightSupport

/// Cues in the wording of a dated sentence that say it is not a milestone of the story, whatever its date:
/// each is a general pattern of how people write, not a list of sentences.
public struct EventCues: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The writer's own life: a first-person subject with a life verb near the date ("I joined the service in
    /// 1990", "when I retired in 2012", "my first job in 2001").
    public static let personalAnecdote = EventCues(rawValue: 1)
    /// A line of figures: several numbers besides the date ("12,400 in 2019, 13,100 in 2020"), or a number
    /// with little text around it.
    public static let statistics = EventCues(rawValue: 2)
    /// A bare year that belongs to a name, not to a happening: "the Care Act 2014", "Vision 2030", "the 2012 Act".
    public static let namedInPassing = EventCues(rawValue: 4)
    /// The date bounds a period rather than marks a happening: "since 2012", "until March", "by 31 May 2016".
    public static let periodBound = EventCues(rawValue: 8)
    /// A plan or forecast, not a happening: a modal or a verb of intention governs the date's clause ("the
    /// trust will close the ward in May", "she plans to step down in June", "ministers are expected to announce
    /// it next month", "staff would leave by 31 March"), read within the date’s clause, up to 12 words before
    /// the date or 4 after it (not past `that`, `which`, `who`: "today the board announced that the ward will
    /// close" is an announcement).
    public static let forecast = EventCues(rawValue: 16)

    /// The cues of `sentence` for the date written at UTF-8 offsets `date` within it.
    public static func read(_ sentence: Substring, date: Range<Int>, dateText: String) -> EventCues {
        Reader(sentence).cues(date: date, dateText: dateText)
    }

    /// A sentence split into words once, read for each of its dates.
    public struct Reader {
        let words: [Word]
        /// ``Word/lower`` of each word, made once (the cue tests read the same words' lower-case forms again for
        /// every date of the sentence).
        let lowers: [String]
        /// Whether a clause mark (`,` `;` `:` `.` `?` `!` a bracket or a dash) stands between word `k - 1` and
        /// word `k`.
        let breakBefore: [Bool]
        /// Numbers (not years) and letters in the whole sentence, and whether a word of figures occurs.
        let numbers: Int
        let letters: Int
        let figureWord: Bool

        public init(_ sentence: Substring) {
            words = Word.split(sentence)
            let bytes = sentence.utf8Bytes
            var marks = [Bool](repeating: false, count: words.count)
            for k in words.indices.dropFirst() {
                for b in bytes[words[k - 1].range.upperBound..<words[k].range.lowerBound] {
                    // , ; : . ? ! ( ) and the last byte of an en or em dash (E2 80 93/94)
                    switch b {
                    case 0x2C, 0x3B, 0x3A, 0x2E, 0x3F, 0x21, 0x28, 0x29, 0x93, 0x94: marks[k] = true
                    default: break
                    }
                }
            }
            breakBefore = marks
            var n = 0, l = 0, f = false
            if !bytes.contains(where: { $0 >= 0x80 }) {
                // An ASCII sentence (most): the same counts read from each word's bytes, where a character is a
                // byte, a number starts with 0–9 and lower-casing is per byte (see ``Word/isASCIIFigure``).
                let lowers = words.map { Word.asciiLower(bytes[$0.range]) }
                for (k, w) in words.enumerated() {
                    let wb = bytes[w.range]
                    if Word.isASCIIFigure(wb, w) { n += 1 } else if !(wb.first! >= 0x30 && wb.first! <= 0x39) {
                        l += wb.count
                        if figureWords.contains(lowers[k]) { f = true }
                    }
                }
                self.lowers = lowers
            } else {
                for w in words {
                    if EventCues.isFigure(w) { n += 1 } else if !w.isNumber {
                        l += w.text.count
                        if figureWords.contains(w.lower) { f = true }
                    }
                }
                lowers = words.map(\.lower)
            }
            numbers = n
            letters = l
            figureWord = f
        }

        /// The cues for the date at UTF-8 offsets `date` of the sentence.
        public func cues(date: Range<Int>, dateText: String) -> EventCues {
            // The words of the date itself, found by binary search.
            var lo = 0, hi = words.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if words[mid].range.upperBound <= date.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < words.count, words[end].range.lowerBound < date.upperBound { end += 1 }
            var cues: EventCues = []
            if isAnecdote(at: lo, end: end, date: date) { cues.insert(.personalAnecdote) }
            var n = numbers, l = letters
            for w in words[lo..<end] {
                if EventCues.isFigure(w) { n -= 1 } else if !w.isNumber { l -= w.text.count }
            }
            if n >= 3 || (n >= 1 && (l < 30 || figureWord)) { cues.insert(.statistics) }
            if isTitleYear(at: lo, date: date, dateText: dateText) { cues.insert(.namedInPassing) }
            if lo > 0, periodWords.contains(lowers[lo - 1]), date.lowerBound - words[lo - 1].range.upperBound <= 2 {
                cues.insert(.periodBound)
            }
            if isForecast(at: lo, end: end) { cues.insert(.forecast) }
            return cues
        }

        /// A modal (`will`, `would`, `shall`, `'ll`, a lower-case `may`, `might`) or a verb of intention before
        /// `to` (`plans to`, `expected to`, `set to`) in the date’s clause: up to 12 words before the
        /// date, or up to 4 after it, stopping at a clause mark and (after the date) at `that`, `which`, `who`.
        func isForecast(at lo: Int, end: Int) -> Bool {
            func forecastWord(_ k: Int) -> Bool {
                let w = words[k]
                let l = lowers[k]
                if EventCues.modals.contains(l) || l.hasSuffix("'ll") || l.hasSuffix("\u{2019}ll") { return true }
                if l == "may" || l == "might" { return w.text.first?.isLowercase == true }
                if l == "to", k > 0, EventCues.intentionVerbs.contains(lowers[k - 1]) { return true }
                return false
            }
            var k = lo - 1
            while k >= 0, lo - k <= 12, !breakBefore[k + 1] {
                if forecastWord(k) { return true }
                k -= 1
            }
            k = end
            while k < words.count, k - end < 4, !breakBefore[k], !EventCues.clauseOpeners.contains(lowers[k]) {
                if forecastWord(k) { return true }
                k += 1
            }
            return false
        }

        /// A first-person word followed, within two words, by a life verb, within 60 bytes of the date.
        func isAnecdote(at lo: Int, end: Int, date: Range<Int>) -> Bool {
            var k = lo - 1
            while k >= 0, date.lowerBound - words[k].range.upperBound <= 60 {
                if isLifeClause(k) { return true }
                k -= 1
            }
            k = end
            while k < words.count, words[k].range.lowerBound - date.upperBound <= 60 {
                if isLifeClause(k) { return true }
                k += 1
            }
            return false
        }

        private func isLifeClause(_ k: Int) -> Bool {
            let w = words[k]
            guard firstPerson.contains(lowers[k]), lowers[k] != "i" || w.text == "I" else { return false }
            for j in (k + 1)..<min(words.count, k + 3) where lifeVerbs.contains(lowers[j]) { return true }
            return false
        }

        /// A bare four-digit year right after a capitalized word that is not a time word (`Act 2014`), or right
        /// before a title noun (`2014 Act`).
        func isTitleYear(at k: Int, date: Range<Int>, dateText: String) -> Bool {
            guard dateText.count == 4, dateText.allSatisfy(\.isNumber), k < words.count else { return false }
            if k > 0 {
                let before = words[k - 1]
                if before.isCapitalized, !timeWords.contains(lowers[k - 1]), !before.isNumber,
                   date.lowerBound - before.range.upperBound <= 2 { return true }
            }
            if k + 1 < words.count, words[k + 1].isCapitalized, ProgrammeLexicon.yearTitleHeads.contains(lowers[k + 1]) { return true }
            return false
        }
    }

    /// Modals that put a happening in the future or in a condition.
    static let modals: Set<String> = ["will", "would", "shall", "won't", "won’t", "wouldn't", "wouldn’t"]
    /// Verbs of intention or expectation that make the verb after `to` a plan: "plans to", "expected to".
    static let intentionVerbs: Set<String> = [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "expected", "expects",
        "set", "hope", "hopes", "hoping", "aim", "aims", "aiming", "going", "want", "wants", "propose",
        "proposes", "proposed", "proposing", "scheduled", "poised", "likely", "preparing", "prepares",
    ]
    /// Words that open a clause of their own after a date: a modal past them is not the date's.
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "where", "when", "because", "and", "but"]

    /// Words before a date that make it the bound of a period.
    static let periodWords: Set<String> = ["since", "until", "till", "by"]

    /// A number that is a figure: not a year (another date's year is not a figure).
    static func isFigure(_ w: Word) -> Bool {
        guard w.isNumber || w.text.hasSuffix("%") else { return false }
        if w.text.count == 4, let y = Int(w.text), (1900...2099).contains(y) { return false }
        return true
    }

    /// A word of a sentence with its UTF-8 range.
    struct Word {
        /// ``EventCues/isFigure(_:)`` of an ASCII word, given its bytes: a character is a byte, so `isNumber` is a
        /// first byte 0–9, a final `%` a last byte 0x25, and four characters four bytes.
        static func isASCIIFigure(_ b: ArraySlice<UInt8>, _ w: Word) -> Bool {
            guard let first = b.first, let last = b.last else { return false }
            guard (first >= 0x30 && first <= 0x39) || last == 0x25 else { return false }
            if b.count == 4, let y = Int(w.text), (1900...2099).contains(y) { return false }
            return true
        }

        /// ``lower`` of an ASCII word, given its bytes (capitals lowered byte by byte).
        static func asciiLower(_ b: ArraySlice<UInt8>) -> String {
            String(unsafeUninitializedCapacity: b.count) { out in
                var k = 0
                for c in b { out[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c; k += 1 }
                return b.count
            }
        }

        var text: Substring
        var range: Range<Int>
        var lower: String { text.lowercased() }
        var isNumber: Bool { text.first?.isNumber == true }
        var isCapitalized: Bool { text.first?.isUppercase == true }

        /// Runs of letters, digits and in-word marks (`'`, `’`, `,` and `.` between digits, `%`).
        static func split(_ s: Substring) -> [Word] {
            if let ascii = asciiSplit(s) { return ascii }
            var out: [Word] = []
            var offset = 0
            var start: String.Index?
            var startOffset = 0
            let chars = Array(s)
            var byteOffsets: [Int] = []
            byteOffsets.reserveCapacity(chars.count + 1)
            for c in chars { byteOffsets.append(offset); offset += c.utf8.count }
            byteOffsets.append(offset)
            var i = 0
            var idx = s.startIndex
            func isInner(_ k: Int) -> Bool {
                let c = chars[k]
                guard k > 0, k + 1 < chars.count else { return false }
                if c == "'" || c == "\u{2019}" { return chars[k - 1].isLetter && chars[k + 1].isLetter }
                if c == "," || c == "." { return chars[k - 1].isNumber && chars[k + 1].isNumber }
                return false
            }
            while i < chars.count {
                let c = chars[i]
                let inWord = c.isLetter || c.isNumber || c == "%" || (start != nil && isInner(i))
                if inWord {
                    if start == nil { start = idx; startOffset = byteOffsets[i] }
                } else if let st = start {
                    out.append(Word(text: s[st..<idx], range: startOffset..<byteOffsets[i]))
                    start = nil
                }
                idx = s.index(after: idx)
                i += 1
            }
            if let st = start { out.append(Word(text: s[st..<s.endIndex], range: startOffset..<byteOffsets[chars.count])) }
            return out
        }

        /// ``split(_:)`` of an ASCII sentence, read byte by byte (nil when it is not ASCII): in ASCII a letter is
        /// A–Z or a–z, a number 0–9, and every byte a character (a CR LF pair, one character, is no letter either
        /// way), so the words and their ranges are the ones the `Character` walk finds, without asking Unicode's
        /// tables for every character of every dated sentence.
        private static func asciiSplit(_ s: Substring) -> [Word]? {
            let found: [Word]?? = s.utf8.withContiguousStorageIfAvailable { b -> [Word]? in
                if b.contains(where: { $0 >= 0x80 }) { return nil }
                func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
                func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
                let u = s.utf8
                func index(_ k: Int) -> String.Index { u.index(u.startIndex, offsetBy: k) }
                var out: [Word] = []
                var start: Int?
                for i in 0..<b.count {
                    let c = b[i]
                    var inWord = isLetter(c) || isDigit(c) || c == 0x25   // %
                    if !inWord, start != nil, i > 0, i + 1 < b.count {
                        if c == 0x27 { inWord = isLetter(b[i - 1]) && isLetter(b[i + 1]) }   // '
                        else if c == 0x2C || c == 0x2E { inWord = isDigit(b[i - 1]) && isDigit(b[i + 1]) }   // , .
                    }
                    if inWord {
                        if start == nil { start = i }
                    } else if let st = start {
                        out.append(Word(text: s[index(st)..<index(i)], range: st..<i))
                        start = nil
                    }
                }
                if let st = start { out.append(Word(text: s[index(st)..<s.endIndex], range: st..<b.count)) }
                return out
            }
            return found ?? nil
        }
    }

    static let firstPerson: Set<String> = ["i", "i've", "i'd", "i’ve", "i’d", "my", "me", "we", "we'd", "we’d"]
    static let lifeVerbs: Set<String> = [
        "joined", "left", "started", "retired", "qualified", "trained", "worked", "was", "were", "became",
        "moved", "began", "got", "came", "went", "remember", "recall", "had", "first", "resigned", "quit",
        "graduated", "applied", "transferred", "spent", "did", "took",
    ]

    /// Words that say a sentence reports figures.
    static let figureWords: Set<String> = [
        "statistics", "figures", "headcount", "total", "percent", "per", "rate", "rates", "average", "median",
        "number", "numbers", "caseload", "caseloads", "fte", "lower", "higher", "fell", "rose", "increase",
        "decrease", "£", "million", "billion", "bn", "m",
    ]

    /// Words that introduce a year as a time, not as part of a name.
    static let timeWords: Set<String> = [
        "in", "by", "since", "from", "until", "till", "to", "of", "before", "after", "during", "and", "or", "the",
        "early", "late", "mid", "spring", "summer", "autumn", "winter", "year", "circa", "c", "around", "about",
        "between", "through", "throughout", "on", "at", "for", "as", "that", "this", "each", "every", "fy",
    ]

}
