/// The kind of happening a canonical trigger (see `EventTriggers`) marks, and how strongly it marks a turn in
/// the story: a decision, a change of structure or of hands, a change of people at the top are milestones;
/// "said", "met", "warned" report what someone thought.
public enum TriggerKind: Hashable, Sendable {
    /// Announced, published, decided, consulted: a plan or a finding made public.
    case announcement
    /// Created, split, ended (abolished), unified, merged, privatised, introduced, launched: the structure changes.
    case structure
    /// Sold, transferred, took over, awarded, signed: something changes hands.
    case ownership
    /// Collapsed: an organization fails.
    case failure
    /// Resigned, appointed, elected, dismissed, retired, arrived (in a post): a change of people.
    case personnel
    /// Law and votes: passed.
    case law
    /// Said, warned, criticised, interviewed, met, visited, took evidence: reporting what someone said or did.
    case reporting
    /// Any other trigger, a kind of its own.
    case other(String)

    public init(_ trigger: String) {
        switch trigger {
        case "announced", "published", "decided", "consulted": self = .announcement
        case "created", "split", "ended", "unified", "merged", "privatised", "introduced", "launched", "opened",
             "closed", "replaced":
            self = .structure
        case "sold", "transferred", "took over", "awarded", "signed": self = .ownership
        case "collapsed": self = .failure
        case "resigned", "appointed", "elected", "dismissed", "retired", "arrived": self = .personnel
        case "passed": self = .law
        case "said", "warned", "criticised", "interviewed", "met", "visited", "took evidence", "rated", "inspected":
            self = .reporting
        default: self = .other(trigger)
        }
    }

    /// Whether the kind marks a turn in the story (as opposed to reporting, or an ordinary verb).
    public var isMilestone: Bool {
        switch self {
        case .announcement, .structure, .ownership, .failure, .personnel, .law: return true
        case .reporting, .other: return false
        }
    }
}
