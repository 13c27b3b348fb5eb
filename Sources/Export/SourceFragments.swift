import HindsightSupport
import GraphModel

/// The quoted, escaped document path and post id of the last source a writer wrote, copied into the next source
/// that stands in the same post (or the same document) instead of being escaped again.
///
/// An export writes a source for every mention, date, event telling and edge sighting, and the sources of one
/// record come sorted by document: an entity named forty times in one post writes that post's path and id forty
/// times. The bytes are kept exactly as ``JSONText/string(_:)`` wrote them the first time, so the output is the
/// same byte for byte; a post is recognised by its shared ``SourcePost`` (one per post for a run), and a
/// document by its path's bytes (a page of several posts), never by Unicode equivalence.
///
/// One is kept per run of records a thread renders, so that nothing is shared between threads.
struct SourceFragments {
    private var place: SourcePost?
    private var documentBytes: [UInt8] = []
    private var postBytes: [UInt8] = []
    /// Whether `postBytes` belongs to `place` (a place met through its document alone has its post still to write).
    private var postKnown = false

    /// Writes `s`'s document path as a JSON string.
    mutating func document(_ j: inout JSONText, _ s: SourceRef) {
        let p = s.place
        if let last = place {
            if last === p { j.append(documentBytes); return }
            if SourceFragments.sameBytes(last.document, p.document) {
                j.append(documentBytes)
                place = p
                postKnown = false
                return
            }
        }
        let mark = j.bytes.count
        j.string(p.document)
        documentBytes = Array(j.bytes[mark...])
        place = p
        postKnown = false
    }

    /// Writes `s`'s post id as a JSON string (after ``document(_:_:)`` of the same source).
    mutating func post(_ j: inout JSONText, _ s: SourceRef) {
        let p = s.place
        if postKnown, let last = place, last === p { j.append(postBytes); return }
        let mark = j.bytes.count
        j.string(p.post)
        postBytes = Array(j.bytes[mark...])
        if let last = place, last === p { postKnown = true }
    }

    /// Equal UTF-8 bytes (not Unicode equivalence, which `==` tests: two paths spelt with different bytes must
    /// each be written as they are).
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a.utf8.elementsEqual(b.utf8)
    }
}
