import Corpus
import GraphModel

/// The few facts the report reads from the graph that other parts of Hindsight are still refining, read in one
/// place so that a richer graph (an importance score on events, addresses on posts, spans on relations) is taken
/// up by changing this file alone.
enum GraphReading {
    /// How much an event matters, for choosing the key events of the home page: the number of places that tell
    /// it (each weighs most), then its participants.
    static func importance(of event: Event) -> Int {
        event.sources.count * 10 + Set(event.sources.map(\.post)).count * 10 + min(event.participants.count, 5)
    }

    /// How the home page introduces the key events.
    static let keyEventsIntroduction = "told most often (in the most places and posts)"

    /// Why an event ranks where it does, in a few words.
    static func importanceReasons(of event: Event) -> [String] {
        let posts = Set(event.sources.map(\.post)).count
        var reasons = ["told \(event.sources.count) time\(event.sources.count == 1 ? "" : "s")"]
        if posts > 1 { reasons.append("in \(posts) posts") }
        if !event.participants.isEmpty {
            reasons.append("\(event.participants.count) participant\(event.participants.count == 1 ? "" : "s")")
        }
        return reasons
    }

    /// The sentence that tells an event (its summary until the graph carries the whole sentence).
    static func sentence(of event: Event) -> String { event.summary }

    /// The original address of a post, when the input gives it.
    static func url(of post: PostNode) -> String? { nil }

    /// Whether a relation is stated in the corpus (as opposed to known only from the `Entities/` knowledge).
    static func isStated(_ edge: Edge) -> Bool { !edge.fromKnowledge }

    /// The time a relation is seen to hold: its first and last post days in the corpus.
    static func span(of edge: Edge) -> (from: String?, to: String?) {
        (edge.firstSeen?.iso, edge.lastSeen?.iso)
    }
}
