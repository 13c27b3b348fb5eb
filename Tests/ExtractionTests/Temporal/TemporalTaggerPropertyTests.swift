import Corpus
import PropertyBased
import Testing
@testable import Extraction

/// Pieces that random passages are glued from: date words and numbers, the punctuation around them, and
/// hostile text (control characters, non-ASCII letters and marks, emoji, URL fragments, clock times).
private let fragments: [String] = [
    "15", "1st", "25th", "2nd", "31", "29", "0", "00", "2016", "1999", "2199", "0000", "9999", "20161", "12:30", "18.51",
    "3.7bn", "£", "%", "$", "January", "Jan", "Sept", "February", "May", "may", "March", "march", "June", "Monday",
    "Friday", "Fri", "spring", "summer", "Q", "Q4", "H", "H1", "Q79", "the", "end", "beginning", "of", "last", "next",
    "this", "that", "following", "year", "years", "month", "week", "quarter", "half", "ago", "two", "twenty", "a",
    "an", "fortnight", "on", "in", "by", "until", "or", "and", "to", "today", "yesterday", "tomorrow", "morning",
    "mid", "early", "late", "earlier", "later", "s", "st", "th", "1990s", "'90s", "90", " ", "  ", "\n", "\r\n", "\t",
    ",", ".", "/", "-", ":", "(", ")", "'", "’", "–", "—", "“", "”", "…", "\u{A0}", "\u{2028}", "\u{0}", "\u{7F}",
    "é", "É", "ß", "日本", "🙂", "\u{FFFD}", "\u{301}", "http://x.co/2016/01/02/a", "www.", "will", "was", "Theresa",
]

private let fragment = Gen<String?>.element(of: fragments).map { $0 ?? "" }

/// Any scalar at all, weighted towards ASCII.
private let scalar = zip(Gen.bool(0.7), Gen<UInt32>.value(in: 0...0x10FFFF)).map { ascii, raw -> String in
    if ascii { return String(Character(Unicode.Scalar(UInt8(raw % 128)))) }
    return Unicode.Scalar(raw).map { String(Character($0)) } ?? "\u{FFFD}"
}

/// A passage glued from fragments and stray scalars.
private let passage = zip(fragment.array(of: 0...40), scalar.array(of: 0...6), Gen.int(in: 0...40)).map {
    pieces, extra, at -> String in
    var parts = pieces
    for (k, s) in extra.enumerated() { parts.insert(s, at: min(parts.count, (at + k * 7) % (parts.count + 1))) }
    return parts.joined()
}

/// A reference day between 1990 and 2035, or none.
private let reference = Gen.int(in: 7300...23_800).map { CalendarDay(dayNumber: $0) }.optional()

/// Sentences the tagger knows well, to be mutated.
private let sentences = [
    "Friday, 15 January 2016",
    "In her speech last March she said she had started in June.",
    "The merger on 1st April 2016 was followed by the sale in February 2017, and by Q4 2019 it was over.",
    "Just two weeks ago, and again yesterday, the minister spoke; next month he will decide by 4 July.",
    "Theresa May said in May 2019 that 2000 cases at 18.51 cost £3.7bn.",
]

/// Checks what must hold for any input: ranges inside the text, in order and not overlapping, each slice
/// equal to the expression's text, values with their start not after their end.
private func checkInvariants(_ text: String, _ result: [TemporalExpression]) {
    let bytes = Array(text.utf8)
    var previousEnd = 0
    for e in result {
        #expect(e.utf8Range.lowerBound >= previousEnd, "overlap or disorder in \(text.debugDescription)")
        #expect(e.utf8Range.upperBound <= bytes.count, "range past the end in \(text.debugDescription)")
        #expect(!e.utf8Range.isEmpty)
        guard e.utf8Range.upperBound <= bytes.count, e.utf8Range.lowerBound >= 0 else { continue }
        #expect(String(decoding: bytes[e.utf8Range], as: UTF8.self) == e.text, "slice differs in \(text.debugDescription)")
        if let v = e.value {
            #expect(v.start <= v.end)
            #expect(CalendarDay.isPlausibleYear(v.start.year))
            #expect(TemporalValue.parse(v.value) == v, "\(v.value) does not round-trip")
        }
        previousEnd = e.utf8Range.upperBound
    }
}

@Suite("Temporal tagger properties")
struct TemporalTaggerPropertyTests {
    let tagger = TemporalTagger()

    @Test("random passages never crash the tagger, and every range is a slice of the text")
    func randomPassages() async {
        await propertyCheck(count: 600, input: passage, reference) { text, day in
            checkInvariants(text, tagger.tag(text, reference: day))
        }
    }

    @Test("mutated sentences keep the invariants")
    func mutatedSentences() async {
        let edit = zip(Gen.int(in: 0...(sentences.count - 1)), Gen.int(in: 0...200), fragment, Gen.int(in: 0...3))
        await propertyCheck(count: 600, input: edit.array(of: 1...4), reference) { edits, day in
            var bytes = Array(sentences[edits[0].0].utf8)
            for (_, at, piece, op) in edits {
                let k = bytes.isEmpty ? 0 : at % (bytes.count + 1)
                switch op {
                case 0: bytes.insert(contentsOf: Array(piece.utf8), at: k)
                case 1: if k < bytes.count { bytes.remove(at: k) }
                case 2: if k < bytes.count { bytes[k] = piece.utf8.first ?? 0x20 }
                default: bytes.replaceSubrange(k..<min(bytes.count, k + 3), with: Array(piece.utf8))
                }
            }
            // Byte edits may cut a scalar in half; the string repairs it and the tagger sees valid UTF-8.
            let text = String(decoding: bytes, as: UTF8.self)
            checkInvariants(text, tagger.tag(text, reference: day))
        }
    }

    @Test("absolute dates do not depend on the reference")
    func absoluteIndependentOfReference() async {
        await propertyCheck(count: 300, input: passage, reference) { text, day in
            let without = tagger.tag(text, reference: nil).filter { !$0.isRelative }
            let with = tagger.tag(text, reference: day).filter { !$0.isRelative }
            #expect(without == with, "\(text.debugDescription)")
        }
    }

    @Test("with no reference, nothing relative gets a value unless an earlier date in the passage gave it one")
    func nilReferenceLeavesRelativeUnresolved() async {
        await propertyCheck(count: 300, input: passage) { text in
            let result = tagger.tag(text, reference: nil)
            let hasAbsolute = result.contains { !$0.isRelative }
            for e in result where e.isRelative && !hasAbsolute {
                #expect(e.value == nil, "\(e.text) in \(text.debugDescription)")
            }
        }
    }

    @Test("any valid day written out in full is found with its value, and any impossible one (a day no month has, a year outside 1800 to five years from now) is not")
    func writtenDays() async {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        await propertyCheck(count: 400, input: Gen.int(in: 1...31), Gen.int(in: 1...12), Gen.int(in: 1000...2199)) { d, m, y in
            let text = "It happened on \(d) \(months[m - 1]) \(y), they say."
            let result = tagger.tag(text, reference: nil)
            if CalendarDay.isPlausibleStatedYear(y), let expected = TemporalValue.day(year: y, month: m, day: d) {
                #expect(result.map(\.value) == [expected], "\(text)")
            } else {
                #expect(result.isEmpty, "\(text)")
            }
        }
    }
}
