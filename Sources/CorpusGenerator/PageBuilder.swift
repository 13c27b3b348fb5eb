import Corpus
import Foundation

/// Writes the text of one generated page: a single post with its comments, or a label page of several posts.
///
/// Everything comes from the page's own random stream, so a page depends only on the seed, its index and the
/// name pool.
struct PageBuilder {
    var rng: SplitMix64
    let names: NamePool
    private(set) var out = ""
    private(set) var posts = 0
    private(set) var comments = 0
    /// The publication day of the post being written: relative dates are stated against it.
    private var reference = CalendarDay(year: 2016, month: 1, day: 15)!
    private var lastSurname: String?

    init(rng: SplitMix64, names: NamePool) {
        self.rng = rng
        self.names = names
        out.reserveCapacity(16_384)
    }

    /// The first and last publication days of generated posts.
    static let firstDay = CalendarDay(year: 2010, month: 1, day: 1)!
    static let lastDay = CalendarDay(year: 2023, month: 12, day: 31)!

    /// Builds a page; returns its path relative to the output folder.
    mutating func build(index: Int) -> String {
        let day = CalendarDay(dayNumber: rng.within(PageBuilder.firstDay.dayNumber...PageBuilder.lastDay.dayNumber))
        let number = String(index).zeroPadded(6)
        if rng.chance(0.15) {
            let label = rng.pick(Templates.labels)
            labelPage(label: label, newest: day)
            return "\(day.year)/\(day.iso)-label-\(PageBuilder.slug(label))-\(number).txt"
        }
        let title = singlePostPage(day: day)
        return "\(day.year)/\(day.iso)-\(PageBuilder.slug(title))-\(number).txt"
    }

    // MARK: Pages

    /// One post with numbered comments, star-separated picks, or none.
    private mutating func singlePostPage(day: CalendarDay) -> String {
        let title = postHead(day: day)
        body(paragraphs: rng.within(4...12))
        switch rng.below(20) {
        case 0...13: numberedComments(count: commentCount())
        case 14...16: picks(count: rng.within(2...7))
        case 17: line("No comments:")
        default: break
        }
        return title
    }

    /// A label page: one or two header lines, then several posts, newest first, without numbered comments.
    private mutating func labelPage(label: String, newest: CalendarDay) {
        let header = "Showing posts with label \(label). Show all posts"
        line(header)
        if rng.chance(0.5) { line(header) }
        blank()
        var day = newest
        for k in 0..<rng.within(3...8) {
            if k > 0 { blank() }
            if day < PageBuilder.firstDay { day = PageBuilder.firstDay }
            _ = postHead(day: day)
            body(paragraphs: rng.within(3...8))
            if rng.chance(0.3) { picks(count: rng.within(2...5)) }
            day = day.adding(days: -rng.within(1...60))
        }
    }

    /// The dateline and title of a post; returns the title.
    private mutating func postHead(day: CalendarDay) -> String {
        reference = day
        lastSurname = nil
        posts += 1
        line(DatePhrases.dateline(day, &rng))
        blank()
        let start = out.utf8.count
        append(rng.pick(Templates.titles), capitalise: true)
        let title = String(out.utf8.dropFirst(start)) ?? ""
        out += "\n"
        blank()
        return title
    }

    private mutating func body(paragraphs: Int) {
        let quoteAt = rng.chance(0.2) ? rng.below(paragraphs) : -1
        for p in 0..<paragraphs {
            if p == quoteAt {
                // Quoted material: a line ending in ":-", the quoted paragraphs, then a section break.
                append(rng.pick(Templates.lead), capitalise: true)
                out += "\n"
                blank()
                for _ in 0..<rng.within(1...3) {
                    paragraph(Templates.quoted, sentences: 2...4)
                    blank()
                }
                line("--oo00oo--")
                blank()
            }
            paragraph(Templates.body, sentences: 2...5)
            blank()
        }
    }

    /// A Blogger comments section: `N comments:`, numbered comments with `ReplyDelete`, replies under some.
    private mutating func numberedComments(count: Int) {
        guard count > 0 else { return }
        // Decide the thread first, so that the header states the total, replies included.
        var thread: [Int] = []
        var total = 0
        while total < count {
            let replies = rng.chance(0.25) ? min(rng.within(1...3), count - total - 1) : 0
            thread.append(max(0, replies))
            total += 1 + max(0, replies)
        }
        line(total == 1 ? "1 comment:" : "\(total) comments:")
        blank()
        for (i, replies) in thread.enumerated() {
            commentText(prefix: "  \(i + 1). ", continuation: "    ")
            blank()
            line("    ReplyDelete")
            comments += 1
            if replies > 0 {
                line("    Replies")
                for r in 0..<replies {
                    commentText(prefix: "    \(r + 1). ", continuation: "      ")
                    blank()
                    line("      Delete")
                    comments += 1
                }
            }
        }
        blank()
    }

    /// Reader comments picked out below the post, each after a row of stars.
    private mutating func picks(count: Int) {
        line("--oo00oo--")
        blank()
        line(rng.pick(Templates.picks))
        blank()
        for _ in 0..<count {
            line("*******")
            commentText(prefix: "", continuation: "")
            blank()
            comments += 1
        }
    }

    /// One comment: a first paragraph after `prefix`, sometimes more paragraphs after `continuation`.
    private mutating func commentText(prefix: String, continuation: String) {
        lastSurname = nil
        out += prefix
        sentences(Templates.comment, count: rng.within(1...4))
        out += "\n"
        let more = rng.chance(0.3) ? rng.within(1...2) : 0
        for _ in 0..<more {
            blank()
            out += continuation
            sentences(Templates.comment, count: rng.within(1...4))
            out += "\n"
        }
    }

    /// The number of numbered comments under a post: often a handful, sometimes well over a hundred.
    private mutating func commentCount() -> Int {
        let u = Double(rng.next() >> 11) * 0x1.0p-53
        return min(180, Int(-32.0 * log1p(-u)))
    }

    // MARK: Text

    private mutating func paragraph(_ templates: [Templates.Template], sentences n: ClosedRange<Int>) {
        sentences(templates, count: rng.within(n))
        out += "\n"
    }

    /// The share of sentences that are plain commentary, naming no one and no date. With it a generated page has
    /// about 6 name mentions and 2.6 dates per kilobyte, against about 4 and 0.6 on the blog's own pages (without
    /// it, 11.5 and 6: a benchmark on such text would measure a blog that does not exist).
    static let plainShare = 0.6

    private mutating func sentences(_ templates: [Templates.Template], count: Int) {
        for k in 0..<count {
            if k > 0 { out += " " }
            let template = rng.chance(PageBuilder.plainShare) ? rng.pick(Templates.plain) : rng.pick(templates)
            append(template, capitalise: true)
        }
    }

    /// Appends a filled template; its first letter is capitalised when `capitalise`.
    private mutating func append(_ template: Templates.Template, capitalise: Bool) {
        var first = capitalise
        for segment in template {
            let piece: String
            switch segment {
            case .text(let s): piece = s
            case .slot(let slot): piece = fill(slot)
            }
            if first, let c = piece.first, c.isLowercase {
                out += c.uppercased()
                out += piece.dropFirst()
            } else {
                out += piece
            }
            first = false
        }
    }

    private mutating func fill(_ slot: Templates.Slot) -> String {
        switch slot {
        case .person:
            let name = names.person(&rng)
            lastSurname = name.split(separator: " ").last.map(String.init) ?? name
            return name
        case .surname:
            if let lastSurname { return lastSurname }
            let name = names.person(&rng)
            let surname = name.split(separator: " ").last.map(String.init) ?? name
            lastSurname = surname
            return surname
        case .organization: return names.organization(&rng)
        case .place: return names.place(&rng)
        case .programme: return names.programme(&rng)
        case .date: return DatePhrases.phrase(reference: reference, &rng)
        case .number: return rng.pick(Templates.numbers)
        case .role: return rng.pick(Templates.roles)
        case .topic: return rng.pick(Templates.topics)
        }
    }

    private mutating func line(_ s: String) {
        out += s
        out += "\n"
    }

    private mutating func blank() { out += "\n" }

    /// `Lessons Not Learned` → `lessons-not-learned` (ASCII letters and digits, at most 40 characters).
    static func slug(_ s: String) -> String {
        var out = ""
        var hyphen = false
        for c in s.lowercased().unicodeScalars {
            if (c >= "a" && c <= "z") || (c >= "0" && c <= "9") {
                if hyphen && !out.isEmpty { out += "-" }
                hyphen = false
                out.unicodeScalars.append(c)
                if out.count >= 40 { break }
            } else {
                hyphen = true
            }
        }
        return out.isEmpty ? "post" : out
    }
}

extension String {
    func zeroPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
