import Foundation
import HindsightSupport

/// Reads the relations one sentence states between the names in it: who holds which role where, who owns,
/// runs or partners what, what is part of what, who replaced whom, who criticised whom.
///
/// The rules live in files named by family (`RoleRelations`, `MembershipRelations`, `OwnershipRelations`,
/// `SuccessionRelations`, `CriticismRelations`); ``RelationModality`` keeps negated, questioned, planned and
/// conditional statements out, and ``RoleTitle`` normalises role titles. Every rule reads the words between
/// two names (or just before or after one), so it carries to any policy area: `Dr Ann Reed, the chief nurse
/// of Leeds Trust`, `Harbour Homes, which runs the Eastside estate`, `the Schools Minister, Tom Vale`.
public struct RelationReader: Sendable {
    public let knowledge: KnowledgeBase
    /// For each normalised role title of `Entities/` people roles, the organizations it belongs to.
    let titleOrganizations: [String: Set<String>]
    /// ``titleOrganizations`` with each title's words as a set, made once (not for every title at every look-up).
    let titleEntries: [(words: Set<String>, organizations: Set<String>)]
    /// For each word, the positions in ``titleEntries`` of the titles holding it: the titles that hold every word of
    /// a stated title are among those that hold any one of its words.
    let titleEntriesByWord: [String: [Int]]

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
        var map: [String: Set<String>] = [:]
        for r in knowledge.records where r.type == .person {
            for role in r.roles {
                guard let org = role.organization else { continue }
                map[RoleTitle.key(role.title), default: []].insert(org)
            }
        }
        titleOrganizations = map
        var entries: [(words: Set<String>, organizations: Set<String>)] = []
        var byWord: [String: [Int]] = [:]
        for (key, orgs) in map {
            let words = Set(key.split(separator: " ").map(String.init))
            for w in words { byWord[w, default: []].append(entries.count) }
            entries.append((words, orgs))
        }
        titleEntries = entries
        titleEntriesByWord = byWord
    }

    /// One relation read from a sentence. `object` is a mention index; when the object is not named in the
    /// sentence but implied (the organization of a role), `objectName` names it; a role with neither is a
    /// role alone (`MP`, `blogger`).
    public struct Found: Hashable, Sendable {
        public var predicate: String
        public var subject: Int
        public var object: Int?
        public var objectName: String?
        public var label: String?
        public var qualifier: String?
        /// Names the object may have by naming convention (`Health Secretary` → `Department of Health`), used
        /// when the corpus names such an organization; otherwise the role stands alone.
        public var objectCandidates: [String] = []
        /// The UTF-8 offset (in the passage) of the words that state it, for its line.
        public var offset: Int
        /// A post whose organization only the passage gives (`has chaired the board since 2020`): dropped when
        /// no organization can be placed.
        public var needsOrganization = false

        /// What makes two readings one relation: predicate, subject, object (or the object's name) and label.
        var identity: String { "\(predicate)|\(subject)|\(object ?? -1)|\(objectName ?? "")|\(label ?? "")" }
    }

    /// The sentence being read: its text in the passage, and its mentions in order.
    struct Sentence {
        let text: String
        let utf8: String.UTF8View
        let range: Range<Int>
        /// Mention indices and mentions, sorted by start.
        let mentions: [(index: Int, mention: EntityMention)]
        /// The mentions' types, by position (read often: kept apart from the mentions to avoid copies).
        let types: [EntityType]
        /// Whether the sentence is a question.
        let isQuestion: Bool
        /// The sentence's own text (`slice(range.lowerBound, range.upperBound)`), cut once for every rule.
        let whole: String
        /// What is made of the whole sentence once, on first use, and shared by the rules that read it.
        private let shared: Shared

        init(text: String, range: Range<Int>, mentions: [(index: Int, mention: EntityMention)]) {
            self.text = text
            self.utf8 = text.utf8
            self.range = range
            self.mentions = mentions.sorted { $0.mention.utf8Range.lowerBound < $1.mention.utf8Range.lowerBound }
            self.types = self.mentions.map(\.mention.type)
            let s = Sentence.slice(text, range.lowerBound, range.upperBound)
            self.isQuestion = s.trimmingCharacters(" \t\n\"'\u{201D}\u{2019})").hasSuffix("?")
            self.whole = s
            self.shared = Shared(s)
        }

        /// The same sentence with only some of its mentions (`mentions` a subset of this one's, in order): its
        /// text, and what is made of it, shared.
        init(_ other: Sentence, keeping keep: (EntityMention) -> Bool) {
            text = other.text
            utf8 = other.utf8
            range = other.range
            mentions = other.mentions.filter { keep($0.mention) }
            types = mentions.map(\.mention.type)
            isQuestion = other.isQuestion
            whole = other.whole
            shared = other.shared
        }

        /// ``whole`` lower-cased (`String.lowercased()`, the same string every rule made for itself before:
        /// about twenty lower-casings of every sentence became one).
        var lower: String { shared.lower }

        /// The UTF-8 bytes of ``lower``, for byte searches (``ByteSearch``).
        var lowerBytes: [UInt8] { shared.lowerBytes }

        /// The texts made of a sentence on first use: a class, so that every copy of the sentence a rule is
        /// handed shares them (one sentence is read by one thread).
        private final class Shared {
            let whole: String
            init(_ whole: String) { self.whole = whole }
            private(set) lazy var lower: String = whole.lowercased()
            private(set) lazy var lowerBytes: [UInt8] = Array(lower.utf8)
            /// The space-separated words of ``lowerBytes`` (cut at the space byte and at a no-break space, C2 A0)
            /// as bits of a 1,024-bit mask, one bit per word (``RelationReader/wordBit(_:)``), for
            /// ``Sentence/mayHold(_:)``. (Cutting at no-break spaces too keeps every word a byte search can find
            /// between spaces, in ``lower`` or in it with its no-break spaces made plain: ``plainSpaces(_:)``.)
            private(set) lazy var wordMask: [UInt64] = {
                var mask = [UInt64](repeating: 0, count: 16)
                lowerBytes.withUnsafeBufferPointer { b in
                    var start = 0
                    var i = 0
                    while i <= b.count {
                        let cut = i == b.count ? 1 : b[i] == 0x20 ? 1 : b[i] == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : 0
                        if cut == 0 { i += 1; continue }
                        if i > start {
                            let bit = RelationReader.wordBit(UnsafeBufferPointer(rebasing: b[start..<i]))
                            mask[bit >> 6] |= 1 << UInt64(bit & 63)
                        }
                        i += cut
                        start = i
                    }
                }
                return mask
            }()
            /// ``RelationReader/isClassName(_:)`` of the mentions asked about, by mention index (the rules ask
            /// it of the same names again and again).
            private var classNames: [Int: Bool] = [:]
            func isClassName(_ m: (index: Int, mention: EntityMention)) -> Bool {
                if let known = classNames[m.index] { return known }
                let answer = RelationReader.isClassName(m.mention.text)
                classNames[m.index] = answer
                return answer
            }
        }

        /// Whether ``lower`` may hold a cue whose words between spaces set `bits` (``RelationReader/cueBits(_:)``):
        /// false when one of them is no space-separated word of the sentence, and then a byte search for the cue
        /// (``HindsightSupport/ByteSearch``, `fastRange`) finds nothing either. `the company ` needs the word
        /// `company`; `it ` needs none. (Two words may share a bit: then the search is made and decides.)
        func mayHold(_ bits: [Int]) -> Bool {
            if bits.isEmpty { return true }
            let mask = shared.wordMask
            for bit in bits where mask[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            return true
        }

        /// ``mayHold(_:)`` for a cue written where it is searched (`for cue in [" merged into ", ...] where
        /// s.mayHold(cue: cue)`): its words between spaces are hashed in place, with no list made. It answers for a
        /// byte search in ``lower``, in a part of it, in a lower-cased slice of the sentence, or in any of those with
        /// no-break spaces made plain or curly apostrophes straight; a cue holding an apostrophe, a non-ASCII byte,
        /// `;`, `` ` `` or `K` is not filtered (true). `" merged into "` needs the word `merged`.
        func mayHold(cue: String) -> Bool {
            var cue = cue
            let mask = shared.wordMask
            return cue.withUTF8 { c in
                for b in c where b >= 0x80 || b == 0x27 || b == 0x3B || b == 0x60 || b == 0x4B { return true }
                var start = -1   // after the first space: a word before it may be the end of a longer one
                for i in c.indices where c[i] == 0x20 {
                    if start >= 0, i > start {
                        let bit = RelationReader.wordBit(UnsafeBufferPointer(rebasing: c[start..<i]))
                        if mask[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
                    }
                    start = i + 1
                }
                return true
            }
        }

        /// Whether the mention at position `k` names a class of bodies rather than one
        /// (``RelationReader/isClassName(_:)`` of its text, read once per sentence).
        func isClassName(_ k: Int) -> Bool { shared.isClassName(mentions[k]) }

        static func slice(_ text: String, _ a: Int, _ b: Int) -> String {
            let u = text.utf8
            guard a < b, a >= 0, b <= u.count else { return "" }
            let i = u.index(u.startIndex, offsetBy: a), j = u.index(u.startIndex, offsetBy: b)
            return String(text[i..<j])
        }

        /// The text between two UTF-8 offsets of the passage (clamped to the sentence).
        func slice(_ a: Int, _ b: Int) -> String {
            Sentence.slice(text, max(a, range.lowerBound), min(b, range.upperBound))
        }

        /// The text between the end of mention `i` and the start of mention `j` (positions in `mentions`).
        func between(_ i: Int, _ j: Int) -> String {
            slice(mentions[i].mention.utf8Range.upperBound, mentions[j].mention.utf8Range.lowerBound)
        }

        /// Up to `n` bytes of text before position `i`'s mention, within the sentence (a no-break space, which
        /// web pages often put before or after a name, read as a space).
        func before(_ i: Int, _ n: Int = 80) -> String {
            let end = mentions[i].mention.utf8Range.lowerBound
            return Sentence.plainSpaces(slice(max(range.lowerBound, end - n), end))
        }

        /// Up to `n` bytes after position `i`'s mention, within the sentence (no-break spaces read as spaces).
        func after(_ i: Int, _ n: Int = 120) -> String {
            let start = mentions[i].mention.utf8Range.upperBound
            return Sentence.plainSpaces(slice(start, min(range.upperBound, start + n)))
        }

        /// The text with its no-break spaces made plain spaces.
        static func plainSpaces(_ text: String) -> String {
            text.replacingPresent("\u{00A0}", with: " ")
        }

        func type(_ i: Int) -> EntityType { types[i] }
        func isActor(_ i: Int) -> Bool { type(i) == .person || type(i) == .organization }
    }

    /// One sentence as the rules see it, for tracing a rule from a test: its text, then each name in it as
    /// `text/type/role` (`-` when no role was read next to it). For `Ann Reed, the trust's chair, resigned.`:
    /// `Ann Reed, the trust's chair, resigned. || Ann Reed/person/chair`.
    public static func describe(passage text: String, sentence range: Range<Int>, mentions ms: [Int], all: [LocatedMention]) -> String {
        let s = Sentence(text: text, range: range, mentions: ms.map { ($0, all[$0].mention) })
        return s.slice(range.lowerBound, range.upperBound) + " || "
            + s.mentions.map { "\($0.mention.text)/\($0.mention.type)/\($0.mention.role ?? "-")" }.joined(separator: "; ")
    }

    /// The relations stated in one sentence. `mentions` are the indices (into `all`) of the names inside it;
    /// `dates` the sentence's dates, whose time adverbials (`in May 2014`, `that summer`) a second reading skips
    /// with the other ``TransparentPhrases``: what it reads that the first did not is added.
    public func read(passage text: String, sentence range: Range<Int>, mentions ms: [Int], all: [LocatedMention],
                     dates: [TemporalExpression] = []) -> [Found] {
        guard !ms.isEmpty else { return [] }
        let s = Sentence(text: text, range: range, mentions: ms.map { ($0, all[$0].mention) })
        let context = RelationContext(text: text, sentence: range, mentions: ms, all: all)
        var out = read(s, context, all: all)
        if let variant = TransparentPhrases.variant(of: s, dates: dates) {
            var seen = Set(out.map(\.identity))
            for var f in read(variant.sentence, context, all: all) where variant.keeps(f) {
                guard seen.insert(f.identity).inserted else { continue }
                f.offset = variant.original(f.offset)
                out.append(f)
            }
        }
        return out
    }

    /// The relations every rule reads in `s`, one of each.
    private func read(_ s: Sentence, _ context: RelationContext, all: [LocatedMention]) -> [Found] {
        var out: [Found] = []
        out += roleRelations(s)
        out += membershipRelations(s)
        out += affiliationAfterName(s)
        // (a place inside a description is no party to who owns or runs what: `Eastside View, a clinic near Leeds
        // run by Harbour Care`, read as if the place were a plain word)
        let placeless = s.types.contains(.place) ? Sentence(s, keeping: { $0.type != .place }) : s
        out += ownershipRelations(placeless)
        out += successionRelations(s, previousOrganization: context.previousSentenceOrganization?.index)
        out += criticismRelations(s, context, all: all)
        out += membershipClauses(s, context)
        out += predecessorsPosts(out, s)
        out += pronounSuccession(s, context)
        out += pronounOwnership(s, context)
        out += organizationTransfers(s)
        out += organizationRenamings(s)
        out += organizationRestructurings(s)
        out += describedOwners(placeless, context)
        out += consortiumRelations(placeless, all: all)
        out += ownerDescriptions(placeless, context)
        out += referredOrganizationRelations(placeless, context)
        out += operatorClauses(placeless)
        out += unitPlacements(placeless, context)
        out += formerHoldings(s)
        out += countedHoldings(placeless, context)
        out += programmeSuccession(placeless)
        out += listedHolders(s)
        out += pronounObjects(placeless)
        out += handingOn(s)
        out += stepDownTakeOver(s, context)
        out += passiveSuccessionAfterClause(s, context)
        out += chainedSuccessors(s, context)
        out += introducedPostHolders(s, context)
        out += pronounHandOver(s, context)
        out += workSplitBetween(s, context)
        out += bodyPartChanges(s, context)
        out += turnedIntoNewBody(s, context)
        out += formedByMergers(s, context)
        out += workTakenOver(s, context)
        out += replacedWith(s, context)
        out += absorbedBodyLists(s, context)
        out += replacedPastRelativeClause(s)
        out += splitOffToFormBodies(s)
        out += transcriptRoles(s, context, all: all)
        out += signatureMembership(s, all: all)
        out += firstPersonRelations(s, all: all)
        out += founders(s)
        out += coordinatedRoles(s)
        out += listedOrganizations(out, s)
        out += officeRelations(s, context, found: out)
        out += listedHolders(s, context, found: out)
        out = placeRoles(out, s, context)
        out += postChain(out, s, context, all: all)
        // One of each (predicate, subject, object, label). A post is held by a person: a body read as the holder
        // (`A, who had run the Science Museum, became director` taking the museum before `became`) is no edge.
        var seen = Set<String>()
        return out.filter { f in
            guard f.object.map({ $0 != f.subject }) ?? true else { return false }
            guard f.predicate != "holds_role" || all[f.subject].mention.type != .organization else { return false }
            return seen.insert(f.identity).inserted
        }
    }

    /// The words a cue spells between two of its spaces (`the chief executive ` → `chief`, `executive`), which a
    /// sentence must hold as space-separated words for a byte search to find the cue (``Sentence/mayHold(_:)``).
    /// Empty (no filter) for a cue a byte search does not answer alone: non-ASCII, or holding `;`, `` ` `` or `K`
    /// (``HindsightSupport/FastSearch`` asks Foundation about those).
    static func spacedWords(_ cue: String) -> [String] {
        guard cue.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x3B && $0 != 0x60 && $0 != 0x4B }) else { return [] }
        let parts = cue.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return [] }
        return parts.dropFirst().dropLast().filter { !$0.isEmpty }.map(String.init)
    }

    /// The bit of a word in a sentence's word mask: a hash of its bytes (FNV-1a), 0 to 1,023.
    static func wordBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: (h ^ (h >> 32)) & 1023)
    }

    /// The bits of ``spacedWords(_:)`` of a cue, for ``Sentence/mayHold(_:)``: made once per cue.
    static func cueBits(_ cue: String) -> [Int] {
        spacedWords(cue).map { w in Array(w.utf8).withUnsafeBufferPointer { wordBit($0) } }
    }

    func found(_ predicate: String, _ s: Sentence, subject: Int, object: Int?, objectName: String? = nil,
               label: String? = nil, qualifier: String? = nil) -> Found {
        Found(predicate: predicate, subject: s.mentions[subject].index, object: object.map { s.mentions[$0].index },
              objectName: objectName, label: label, qualifier: qualifier,
              offset: s.mentions[subject].mention.utf8Range.lowerBound)
    }
}

extension String {
    func trimmingCharacters(_ set: String) -> String { trimming(set) }

    /// The string without the given characters at either end.
    func trimming(_ set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }

}

extension StringProtocol {
    /// The lowercase words of a phrase (letters, digits, hyphens and apostrophes kept inside words).
    var lowerWords: [String] {
        if let ascii = asciiLowerWords() { return ascii }
        var out: [String] = []
        var cur = ""
        for ch in self.lowercased() {
            if ch.isLetter || ch.isNumber || ((ch == "-" || ch == "'" || ch == "\u{2019}") && !cur.isEmpty) {
                cur.append(ch == "\u{2019}" ? "'" : ch)
            } else if !cur.isEmpty {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out
    }

    /// ``lowerWords`` of an ASCII phrase, read byte by byte (nil when the phrase is not ASCII): in ASCII the
    /// letters are A–Z and a–z, the numbers 0–9, and lower-casing is per byte, so the words are the same as
    /// the `Character` walk finds (`Ann Reed's 2nd co-chair` → `ann`, `reed's`, `2nd`, `co-chair`), at a
    /// fraction of its cost (the walk asked Unicode's tables for every character of every sentence).
    private func asciiLowerWords() -> [String]? {
        let done: [String]?? = utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var out: [String] = []
            out.reserveCapacity(bytes.count / 4 + 1)
            var start = -1   // the current word's first byte, -1 between words
            var upper = false   // whether the current word holds a capital
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                    if start < 0 { start = i }
                } else if b >= 0x41 && b <= 0x5A {
                    if start < 0 { start = i }
                    upper = true
                } else if (b == 0x2D || b == 0x27) && start >= 0 {   // - '
                    continue
                } else if start >= 0 {
                    out.append(Self.lowerASCIIWord(UnsafeBufferPointer(rebasing: bytes[start..<i]), upper))
                    start = -1
                    upper = false
                }
            }
            if start >= 0 { out.append(Self.lowerASCIIWord(UnsafeBufferPointer(rebasing: bytes[start...]), upper)) }
            return out
        }
        return done ?? nil
    }

    /// An ASCII word as a string, its capitals made small (made in place: no byte array per word).
    private static func lowerASCIIWord(_ bytes: UnsafeBufferPointer<UInt8>, _ upper: Bool) -> String {
        guard upper else { return String(decoding: bytes, as: UTF8.self) }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (k, b) in bytes.enumerated() { buffer[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            return bytes.count
        }
    }
}

extension RelationReader {
    /// The separators inside a sentence after which a new clause opens.
    static let clauseSeparators = ["; ", ", and ", ", but ", ", while "]

    /// Where clauses open inside `text` (UTF-8 offsets right after each separator, in order; the text's own start
    /// not included): after `; `, `, and `, `, but `, `, while ` (``clauseSeparators``, or `separators`). A `, and`
    /// that closes a list of names (`founded by Kelby Council, Harbour Bank, and Marsh Water`: a comma before a short
    /// capitalised item) opens no clause, so the list's last item is never read as a clause's subject. The one
    /// clause splitter of the readers that weigh a clause's subject.
    static func clauseStarts(in text: String, separators: [String] = clauseSeparators) -> [Int] {
        var out: [Int] = []
        for sep in separators {
            var from = text.startIndex
            while let r = text.fastRange(of: sep, range: from..<text.endIndex) {
                from = r.upperBound
                if sep == ", and ", closesList(text[..<r.lowerBound]) { continue }
                out.append(text.utf8.distance(from: text.startIndex, to: r.upperBound))
            }
        }
        return out.sorted()
    }

    /// Whether `lead` ends on a list's middle item: `..., Harbour Bank` after a comma, the item at most four words
    /// and capitalised.
    static func closesList(_ lead: Substring) -> Bool {
        guard let comma = lead.fastRange(of: ", ", options: .backwards) else { return false }
        let item = lead[comma.upperBound...]
        guard let first = item.first, first.isUppercase else { return false }
        return item.split(separator: " ").count <= 4 && !item.contains(";")
    }
}
