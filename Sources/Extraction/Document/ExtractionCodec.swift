import Corpus

/// A compact binary form of a ``DocumentExtraction``, for keeping a document's extraction between runs (the
/// `--store` of incremental runs) and reading it back far faster than extracting it again.
///
/// The form is a flat sequence of fields in declaration order: integers as variable-length (LEB128,
/// zig-zag for signed values), strings as their UTF-8 length then bytes, optionals behind a one-byte flag,
/// enumerations by their position in `allCases`. It carries no field names, so any change of the types it
/// writes must change ``formatVersion`` (stores keep the version beside each record and ignore other versions).
/// A test round-trips the extractions of a corpus written to use every field.
public enum ExtractionCodec {
    /// The version of the binary form; stored records of another version are extracted again.
    public static let formatVersion = 4

    /// Why stored bytes could not be read back.
    public struct DecodingError: Error, CustomStringConvertible, Sendable {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// The extraction as bytes.
    public static func encode(_ x: DocumentExtraction) -> [UInt8] {
        var w = BinaryWriter()
        w.document(x.document)
        w.array(x.dates) { w, d in
            w.int(d.post); w.optional(d.passage) { $0.int($1) }; w.kind(d.kind); w.int(d.line)
            w.expression(d.expression); w.bool(d.isDateline)
        }
        w.array(x.mentions) { w, m in
            w.int(m.post); w.int(m.passage); w.kind(m.kind); w.int(m.line)
            let e = m.mention
            w.string(e.text); w.range(e.utf8Range); w.enumCase(e.type); w.string(e.canonicalName)
            w.optional(e.knowledgeID) { $0.string($1) }; w.string(e.cue.rawValue); w.optional(e.role) { $0.string($1) }
        }
        w.array(x.sentences) { w, s in
            w.int(s.post); w.int(s.passage); w.kind(s.kind); w.int(s.line); w.range(s.utf8Range)
        }
        w.array(x.sentenceMentions) { w, list in w.array(list) { $0.int($1) } }
        w.array(x.events) { w, e in
            w.int(e.post); w.int(e.passage); w.kind(e.kind); w.int(e.line); w.value(e.date)
            w.string(e.dateText); w.string(e.summary); w.optional(e.trigger) { $0.string($1) }
            w.array(e.participants) { $0.int($1) }
            w.string(e.sentence); w.int(e.sentenceIndex); w.bool(e.dateIsRelative); w.bool(e.dateInferred); w.bool(e.dateIsYearModifier)
            w.uint(UInt64(e.cues.rawValue))
            w.array(e.impliedParticipants) { $0.string($1) }
        }
        w.array(x.relations) { w, r in
            w.string(r.predicate); w.int(r.subject); w.optional(r.object) { $0.int($1) }
            w.optional(r.objectName) { $0.string($1) }; w.array(r.objectCandidates) { $0.string($1) }
            w.optional(r.label) { $0.string($1) }; w.optional(r.qualifier) { $0.string($1) }
            w.optional(r.start) { $0.value($1) }; w.optional(r.end) { $0.value($1) }
            w.int(r.post); w.kind(r.kind); w.int(r.line)
        }
        return w.bytes
    }

    /// Reads back what ``encode(_:)`` wrote.
    public static func decode(_ bytes: [UInt8]) throws -> DocumentExtraction {
        try bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            let document = try r.document()
            let dates = try r.array { r in
                LocatedDate(post: try r.int(), passage: try r.optional { try $0.int() }, kind: try r.kind(),
                            line: try r.int(), expression: try r.expression(), isDateline: try r.bool())
            }
            let mentions = try r.array { r in
                let post = try r.int(), passage = try r.int(), kind: PassageKind = try r.kind(), line = try r.int()
                let mention = EntityMention(text: try r.string(), utf8Range: try r.range(), type: try r.enumCase(),
                                            canonicalName: try r.string(), knowledgeID: try r.optional { try $0.string() },
                                            cue: try r.cue(), role: try r.optional { try $0.string() })
                return LocatedMention(post: post, passage: passage, kind: kind, line: line, mention: mention)
            }
            let sentences = try r.array { r in
                SentenceSpan(post: try r.int(), passage: try r.int(), kind: try r.kind(), line: try r.int(),
                             utf8Range: try r.range())
            }
            let sentenceMentions = try r.array { r in try r.array { try $0.int() } }
            let events = try r.array { r in
                var e = EventCandidate(post: try r.int(), passage: try r.int(), kind: try r.kind(), line: try r.int(),
                                       date: try r.value(), dateText: try r.string(), summary: try r.string(),
                                       trigger: try r.optional { try $0.string() }, participants: try r.array { try $0.int() })
                e.sentence = try r.string()
                e.sentenceIndex = try r.int()
                e.dateIsRelative = try r.bool()
                e.dateInferred = try r.bool()
                e.dateIsYearModifier = try r.bool()
                e.cues = EventCues(rawValue: UInt8(truncatingIfNeeded: try r.uint()))
                e.impliedParticipants = try r.array { try $0.string() }
                return e
            }
            let relations = try r.array { r in
                let predicate = try r.string(), subject = try r.int(), object = try r.optional { try $0.int() }
                let objectName = try r.optional { try $0.string() }, candidates = try r.array { try $0.string() }
                var c = RelationCandidate(predicate: predicate, subject: subject, object: object, objectName: objectName,
                                          label: try r.optional { try $0.string() }, qualifier: try r.optional { try $0.string() },
                                          start: try r.optional { try $0.value() }, end: try r.optional { try $0.value() },
                                          post: try r.int(), kind: try r.kind(), line: try r.int())
                c.objectCandidates = candidates
                return c
            }
            guard r.atEnd else { throw DecodingError(description: "\(r.remaining) bytes left over after the extraction") }
            return DocumentExtraction(document: document, dates: dates, mentions: mentions, sentences: sentences,
                                      sentenceMentions: sentenceMentions, events: events, relations: relations)
        }
    }
}

// MARK: - Writing

/// Writes the binary form's fields (see ``ExtractionCodec``); also frames the shard files of `hindsight extract`.
public struct BinaryWriter {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int(_ v: Int) { uint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
    public mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    /// Bytes as their length then themselves (an encoded extraction inside a larger file).
    public mutating func blob(_ b: [UInt8]) {
        uint(UInt64(b.count))
        bytes.append(contentsOf: b)
    }

    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            uint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func optional<T>(_ v: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let v {
            bytes.append(1)
            write(&self, v)
        } else {
            bytes.append(0)
        }
    }

    public mutating func array<T>(_ items: [T], _ write: (inout BinaryWriter, T) -> Void) {
        uint(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    public mutating func range(_ r: Range<Int>) { int(r.lowerBound); int(r.upperBound - r.lowerBound) }

    public mutating func enumCase<E: CaseIterable & Equatable>(_ e: E) {
        uint(UInt64(E.allCases.firstIndex(of: e).map { E.allCases.distance(from: E.allCases.startIndex, to: $0) } ?? 0))
    }

    public mutating func kind(_ k: PassageKind) { enumCase(k) }

    public mutating func day(_ d: CalendarDay) { int(d.year); uint(UInt64(d.month)); uint(UInt64(d.day)) }

    public mutating func value(_ v: TemporalValue) { string(v.value); enumCase(v.precision); day(v.start); day(v.end) }

    public mutating func expression(_ e: TemporalExpression) {
        string(e.text); range(e.utf8Range); optional(e.value) { $0.value($1) }; bool(e.isRelative); bool(e.referenceInferred)
        bool(e.isYearModifier)
    }

    public mutating func passage(_ p: Passage) { kind(p.kind); int(p.firstLine); int(p.lastLine); string(p.text) }

    public mutating func document(_ d: Document) {
        string(d.id); string(d.path); array(d.duplicatePaths) { $0.string($1) }; string(d.format); int(d.lineCount)
        array(d.posts) { w, p in
            w.string(p.id); w.optional(p.title) { $0.string($1) }; w.optional(p.titleLine) { $0.int($1) }
            w.optional(p.published) { $0.day($1) }; w.bool(p.publishedInferred)
            w.optional(p.datelineLine) { $0.int($1) }; w.optional(p.datelineText) { $0.string($1) }
            w.int(p.firstLine); w.int(p.lastLine)
            w.array(p.passages) { $0.passage($1) }
            w.array(p.comments) { w, c in
                w.optional(c.number) { $0.string($1) }; w.bool(c.isReply); w.passage(c.passage)
                w.optional(c.author) { $0.string($1) }; w.optional(c.timestamp) { $0.string($1) }
            }
            w.optional(p.author) { $0.string($1) }
            w.optional(p.url) { $0.string($1) }
        }
        array(d.warnings) { $0.warning($1) }
    }

    mutating func warning(_ warning: CorpusWarning) {
        switch warning {
        case .decodedAsWindows1252(let p): uint(0); string(p)
        case .empty(let p): uint(1); string(p)
        case .duplicate(let p, let of): uint(2); string(p); string(of)
        case .notAFile(let p, let kind): uint(3); string(p); string(kind)
        case .entityKept(let p, let line, let name, let external): uint(4); string(p); int(line); string(name); bool(external)
        case .impossibleDateline(let p, let line, let text): uint(5); string(p); int(line); string(text)
        case .futureDate(let p, let line, let date): uint(6); string(p); optional(line) { $0.int($1) }; string(date)
        }
    }
}

// MARK: - Reading

/// Reads what ``BinaryWriter`` wrote, throwing ``ExtractionCodec/DecodingError`` on damaged bytes.
public struct BinaryReader {
    private let buffer: UnsafeBufferPointer<UInt8>
    private var position = 0

    public init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

    public var atEnd: Bool { position == buffer.count }
    public var remaining: Int { buffer.count - position }

    private func truncated() -> ExtractionCodec.DecodingError {
        ExtractionCodec.DecodingError(description: "the stored extraction ends early (byte \(position) of \(buffer.count))")
    }

    public mutating func byte() throws -> UInt8 {
        guard position < buffer.count else { throw truncated() }
        position += 1
        return buffer[position - 1]
    }

    public mutating func uint() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw ExtractionCodec.DecodingError(description: "an integer is too long at byte \(position)") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }

    public mutating func int() throws -> Int {
        let u = try uint()
        return Int(Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))))
    }

    public mutating func count() throws -> Int {
        let n = try uint()
        guard n <= UInt64(buffer.count - position) else { throw truncated() }
        return Int(n)
    }

    public mutating func bool() throws -> Bool { try byte() != 0 }

    /// What ``BinaryWriter/blob(_:)`` wrote.
    public mutating func blob() throws -> [UInt8] {
        let n = try count()
        defer { position += n }
        return Array(buffer[position..<(position + n)])
    }

    public mutating func string() throws -> String {
        let n = try count()
        let s = String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<(position + n)]), as: UTF8.self)
        position += n
        return s
    }

    public mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        try byte() == 0 ? nil : try read(&self)
    }

    public mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }

    public mutating func range() throws -> Range<Int> {
        let low = try int(), length = try int()
        guard length >= 0 else { throw ExtractionCodec.DecodingError(description: "a negative range at byte \(position)") }
        return low..<(low + length)
    }

    public mutating func enumCase<E: CaseIterable>() throws -> E {
        let i = try uint()
        guard i < UInt64(E.allCases.count) else {
            throw ExtractionCodec.DecodingError(description: "unknown \(E.self) number \(i) at byte \(position)")
        }
        return E.allCases[E.allCases.index(E.allCases.startIndex, offsetBy: Int(i))]
    }

    public mutating func kind() throws -> PassageKind { try enumCase() }

    /// A mention's cue, written by its raw value.
    public mutating func cue() throws -> MentionCue {
        let s = try string()
        guard let cue = MentionCue(rawValue: s) else {
            throw ExtractionCodec.DecodingError(description: "unknown cue \(s) at byte \(position)")
        }
        return cue
    }

    public mutating func day() throws -> CalendarDay {
        let y = try int(), m = try uint(), d = try uint()
        guard let day = CalendarDay(year: y, month: Int(m), day: Int(d)) else {
            throw ExtractionCodec.DecodingError(description: "an impossible day \(y)-\(m)-\(d) at byte \(position)")
        }
        return day
    }

    public mutating func value() throws -> TemporalValue {
        TemporalValue(value: try string(), precision: try enumCase(), start: try day(), end: try day())
    }

    public mutating func expression() throws -> TemporalExpression {
        TemporalExpression(text: try string(), utf8Range: try range(), value: try optional { try $0.value() },
                           isRelative: try bool(), referenceInferred: try bool(), isYearModifier: try bool())
    }

    public mutating func passage() throws -> Passage {
        Passage(kind: try kind(), firstLine: try int(), lastLine: try int(), text: try string())
    }

    public mutating func document() throws -> Document {
        let id = try string(), path = try string(), duplicates = try array { try $0.string() }
        let format = try string(), lineCount = try int()
        let posts = try array { r in
            Post(id: try r.string(), title: try r.optional { try $0.string() }, titleLine: try r.optional { try $0.int() },
                 published: try r.optional { try $0.day() }, publishedInferred: try r.bool(),
                 datelineLine: try r.optional { try $0.int() }, datelineText: try r.optional { try $0.string() },
                 firstLine: try r.int(), lastLine: try r.int(), passages: try r.array { try $0.passage() },
                 comments: try r.array { r in
                     Comment(number: try r.optional { try $0.string() }, isReply: try r.bool(), passage: try r.passage(),
                             author: try r.optional { try $0.string() }, timestamp: try r.optional { try $0.string() })
                 },
                 author: try r.optional { try $0.string() }, url: try r.optional { try $0.string() })
        }
        var document = Document(id: id, path: path, duplicatePaths: duplicates, format: format, lineCount: lineCount, posts: posts)
        document.warnings = try array { try $0.warning() }
        return document
    }

    mutating func warning() throws -> CorpusWarning {
        switch try uint() {
        case 0: return .decodedAsWindows1252(path: try string())
        case 1: return .empty(path: try string())
        case 2: return .duplicate(path: try string(), of: try string())
        case 3: return .notAFile(path: try string(), kind: try string())
        case 4: return .entityKept(path: try string(), line: try int(), name: try string(), external: try bool())
        case 5: return .impossibleDateline(path: try string(), line: try int(), text: try string())
        case 6: return .futureDate(path: try string(), line: try optional { try $0.int() }, date: try string())
        case let n: throw ExtractionCodec.DecodingError(description: "unknown warning number \(n) at byte \(position)")
        }
    }
}
