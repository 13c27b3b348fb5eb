import Corpus
import HindsightSupport

/// A point in a passage from which relative dates speak from a day the text states rather than the post's
/// date.
///
/// - An **update note**: a line opening with `Update`, `Updated`, `Edit`, `PS`, `Postscript` or `Addendum` and
///   a full date, then a colon or dash ("UPDATE 3 April 2020: the minister said on Friday…"): what follows was
///   written that day, so "on Friday" is the Friday before 3 April 2020. It holds for the rest of the post.
/// - A **dated section**: after a section break (a line of `*`, `-`, `_`, `~`, `#` or `=` only), or at the start
///   of quoted material, a short line stating a full date ("Evidence session, 14 October 2019"): the section
///   (a transcript, a quoted article) speaks from that day until the passage ends.
public struct ReferenceShift: Hashable, Sendable {
    /// UTF-8 offset in the passage's text where the shift starts (a line start).
    public var offset: Int
    /// The day relative dates resolve against from there on.
    public var day: CalendarDay
    /// Whether it holds for the following passages of the post too (an update note) or only to the end of
    /// this passage (a dated section).
    public var persists: Bool

    static let updateWords: Set<String> = ["update", "updated", "updates", "edit", "edited", "ps", "p.s.", "postscript",
                                           "addendum", "later"]

    /// The shifts of `text`, in order. `quoted` says the passage is quoted material, whose first line may
    /// date it.
    public static func find(in text: String, quoted: Bool, tagger: TemporalTagger) -> [ReferenceShift] {
        var out: [ReferenceShift] = []
        var offset = 0
        var afterBreak = quoted
        for line in text.lineSlices() {
            let start = offset
            offset += line.utf8.count + 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "*" || $0 == "[" || $0 == "(" || $0 == "_" }
            if trimmed.isEmpty { continue }
            if isBreak(line) {
                afterBreak = true
                continue
            }
            defer { afterBreak = false }
            let firstWord = trimmed.prefix { $0.isLetter || $0 == "." }.lowercased()
            if updateWords.contains(firstWord), let day = statedDay(in: trimmed.prefix(60), tagger: tagger),
               trimmed.prefix(80).contains(where: { $0 == ":" || $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }) {
                out.append(ReferenceShift(offset: start, day: day, persists: true))
            } else if afterBreak, trimmed.count <= 100, let day = statedDay(in: trimmed, tagger: tagger) {
                out.append(ReferenceShift(offset: start, day: day, persists: false))
            }
        }
        return out
    }

    /// A line of break marks only: `***`, `* * *`, `-----`, `###`, `~~~`, `===`.
    static func isBreak(_ line: Substring) -> Bool {
        // (a line whose first byte other than a space or tab cannot open a mark is no break: most lines, turned
        // away before their characters are filtered)
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
              [0x2A, 0x2D, 0x5F, 0x7E, 0x23, 0x3D, 0xE2].contains(first) else { return false }   // * - _ ~ # = and en/em dash
        let marks = line.filter { $0 != " " && $0 != "\t" }
        return marks.count >= 3 && marks.allSatisfy { "*-_~#=\u{2013}\u{2014}".contains($0) }
    }

    /// The first full day (not relative) stated in `s`.
    static func statedDay(in s: Substring, tagger: TemporalTagger) -> CalendarDay? {
        for e in tagger.tag(String(s), reference: nil) where !e.isRelative {
            if let v = e.value, v.precision == .day { return v.start }
        }
        return nil
    }
}
