import Corpus
import GraphModel

/// The few facts the report reads from the graph that other parts of Hindsight are still refining, read in one
/// place so that a richer graph (an importance score on events, addresses on posts, spans on relations) is taken
/// up by changing this file alone.
enum GraphReading {
    /// How the home page introduces the key events.
    static let keyEventsIntroduction = "the most important, by the timeline's score (how many posts tell them, where, how exactly they are dated, what happened, who took part)"

    /// Why an event ranks where it does, in a few words: the score's reasons.
    static func importanceReasons(of event: Event) -> [String] { event.reasons }

    /// The whole sentence that tells an event.
    static func sentence(of event: Event) -> String { event.sentence }

    /// The original address of a post, when the input gives it.
    static func url(of post: PostNode) -> String? { post.url }

    /// Whether a relation is stated in the corpus (as opposed to known only from the `Entities/` knowledge).
    static func isStated(_ edge: Edge) -> Bool { !edge.fromKnowledge }

    /// The time a relation is seen to hold: its first and last post days in the corpus.
    static func span(of edge: Edge) -> (from: String?, to: String?) {
        (edge.firstSeen?.iso, edge.lastSeen?.iso)
    }
}
