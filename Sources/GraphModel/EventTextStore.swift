/// A run of bytes in an ``EventTextStore``: its offset and length, 32 bits each.
public struct TextRange: Hashable, Sendable {
    public var offset: UInt32
    public var length: UInt32

    public init(offset: UInt32, length: UInt32) {
        self.offset = offset
        self.length = length
    }
}

/// The texts of a graph's events (each event's summary and sentence) as UTF-8 in one byte buffer, shared by every
/// event: an event holds two ranges into it (``EventText``) instead of two strings of its own. A graph holds an
/// event per dated statement, and most summaries are their whole sentence, so the text is stored once, in one
/// allocation, instead of twice in two. Immutable once made (the event merger fills an ``EventTextBuffer`` and
/// freezes it).
///
/// The buffer holds at most 4 GiB (the offsets are 32 bits): the events' sentences of a corpus many times larger
/// than any this tool is meant for.
public final class EventTextStore: Sendable {
    /// The texts, one after another (a summary equal to its sentence is stored once).
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The text of a range of this store, byte for byte as it was stored.
    public func string(_ r: TextRange) -> String {
        let start = Int(r.offset)
        return bytes.withUnsafeBufferPointer { b in
            String(decoding: UnsafeBufferPointer(rebasing: b[start..<(start + Int(r.length))]), as: UTF8.self)
        }
    }
}

/// Texts being collected for an ``EventTextStore``: appended one by one, then frozen into the store.
struct EventTextBuffer: Sendable {
    private(set) var bytes: [UInt8] = []

    /// Appends a text's UTF-8 bytes and returns their range.
    mutating func append(_ s: String) -> TextRange {
        let start = bytes.count
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
        precondition(bytes.count <= Int(UInt32.max), "the events' texts exceed 4 GiB")
        return TextRange(offset: UInt32(start), length: UInt32(bytes.count - start))
    }

    /// Whether the range holds exactly the bytes of `s` (not merely a canonically equivalent string).
    func holds(_ s: String, at r: TextRange) -> Bool {
        var s = s
        return s.withUTF8 { other in
            guard other.count == Int(r.length) else { return false }
            return bytes.withUnsafeBufferPointer { b in
                UnsafeBufferPointer(rebasing: b[Int(r.offset)..<(Int(r.offset) + Int(r.length))]).elementsEqual(other)
            }
        }
    }

    /// The store of the texts appended, at its exact size; the buffer is empty afterwards.
    mutating func freeze() -> EventTextStore {
        var exact = bytes
        if bytes.capacity > bytes.count + bytes.count / 8 {
            exact = [UInt8](unsafeUninitializedCapacity: bytes.count) { out, n in
                _ = bytes.withUnsafeBufferPointer { out.initialize(from: $0) }
                n = bytes.count
            }
        }
        bytes = []
        return EventTextStore(bytes: exact)
    }

    /// The store of the texts appended so far, the buffer left as it is.
    func store() -> EventTextStore { EventTextStore(bytes: bytes) }
}

/// An event's summary and sentence: two ranges into an ``EventTextStore`` shared with the other events of its
/// graph. Compares and hashes by the two strings, as two `String` properties would.
struct EventText: Hashable, Sendable {
    private let store: EventTextStore
    private let summaryRange: TextRange
    private let sentenceRange: TextRange

    /// The two texts in a store of their own (one copy when they are the same bytes).
    init(summary: String, sentence: String) {
        var buffer = EventTextBuffer()
        let s = buffer.append(sentence)
        let c = buffer.holds(summary, at: s) ? s : buffer.append(summary)
        self.init(store: buffer.freeze(), summary: c, sentence: s)
    }

    init(store: EventTextStore, summary: TextRange, sentence: TextRange) {
        self.store = store
        self.summaryRange = summary
        self.sentenceRange = sentence
    }

    var summary: String { store.string(summaryRange) }
    var sentence: String { store.string(sentenceRange) }

    static func == (a: EventText, b: EventText) -> Bool {
        a.summary == b.summary && a.sentence == b.sentence
    }

    func hash(into h: inout Hasher) {
        h.combine(summary)
        h.combine(sentence)
    }
}
