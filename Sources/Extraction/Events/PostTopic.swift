import HindsightSupport

/// The organization a post is about, as far as it has been read: the body its running text names most often.
///
/// A post about one body (a regulator's troubles, a company's collapse) names it again and again, and then
/// often leaves it unnamed where it is plain: `Tom Vale became chair in 2014`, `the regulator fined Harbour
/// Water in May`, `the organisation missed its target`. Such a change of post or description takes part as the
/// topic when nothing nearer names its body (see ``EventParticipantReader``).
///
/// The topic is the body named most often in the post's body passages before the sentence (comments and quoted
/// matter are other voices), named at least ``least`` times and strictly more often than any other: a tie is no
/// topic. For example, after `Harbour Water raised bills. Ofwat objected. Harbour Water appealed, and Harbour
/// Water lost.` the topic is Harbour Water; after one mention each of two bodies there is none.
struct PostTopic {
    /// How often the topic must have been named.
    static let least = 3
    private var counts: [String: Int] = [:]
    private var latest: [String: Int] = [:]

    /// Counts a mention of a body (its canonical name and mention index).
    mutating func add(_ name: String, mention: Int) {
        counts[name, default: 0] += 1
        latest[name] = mention
    }

    /// Counts the bodies a post's title names (`Goodbye, Harbour County Council`) as named ``titleWeight`` times
    /// each: a headline tells what the post is about, so one such body named once in the text is the topic.
    mutating func addTitle(_ title: String?, organizations: Set<String>) {
        guard let title, !title.isEmpty else { return }
        for name in organizations where name.count > 3 && !RelationReader.isParty(name) && Self.names(title, name) {
            counts[name, default: 0] += Self.titleWeight
        }
    }

    /// Whether `title` holds `name` as whole words (`Unite` is not in `United Utilities fined`).
    /// (searched with ``String/fastRange(of:options:range:)``, Foundation's answer without its per-call cost: this
    /// runs for every body of the document against every post's title)
    static func names(_ title: String, _ name: String) -> Bool {
        var from = title.startIndex
        while let r = title.fastRange(of: name, range: from..<title.endIndex) {
            let before = r.lowerBound == title.startIndex ? nil : title[title.index(before: r.lowerBound)]
            let after = r.upperBound == title.endIndex ? nil : title[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            from = r.upperBound
        }
        return false
    }
    static let titleWeight = 2

    /// The latest mention of the topic, if the post has one so far.
    var mention: Int? {
        guard let top = counts.values.max(), top >= Self.least else { return nil }
        let best = counts.filter { $0.value == top }
        guard best.count == 1, let name = best.first?.key else { return nil }
        return latest[name]
    }

    /// The body the whole post is about: ``mention`` once all of the post's body passages are counted (with its
    /// title, as ``addTitle(_:organizations:)``), for a `we` that speaks for a body before the body is named
    /// (``BodyVoice``: `Yesterday our strike ended. It was the second walkout the union has called ...`).
    /// `inPost` are the indices into `mentions` of the post's own mentions, in order (grouped once per document,
    /// so that a feed of many posts is not walked once per post).
    static func whole(title: String?, titleOrganizations: Set<String>, mentions: [LocatedMention], inPost: [Int]) -> Int? {
        var topic = PostTopic()
        topic.addTitle(title, organizations: titleOrganizations)
        for i in inPost where mentions[i].kind == .body && mentions[i].mention.type == .organization {
            topic.add(mentions[i].mention.canonicalName, mention: i)
        }
        return topic.mention
    }
}
