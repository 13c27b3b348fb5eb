import Corpus
import Extraction

/// Merges event candidates that tell the same happening: compatible dates (one within the other), at least one
/// participant in common, and the same trigger (or one of them without a trigger). Candidates from the same
/// post and line never merge with each other, so that two different happenings on one date stay apart unless
/// the evidence joins them.
struct EventMerger {
    private struct Pending {
        var date: TemporalValue
        var summary: String
        var trigger: String?
        var participants: [String: Int]
        var sources: [SourceRef]
    }
    private var pending: [Pending] = []
    /// Candidate indices by year of the date's start, to avoid comparing every pair.
    private var byYear: [Int: [Int]] = [:]

    mutating func add(date: TemporalValue, summary: String, trigger: String?, participants: [String], source: SourceRef) {
        let people = Set(participants)
        for i in byYear[date.start.year] ?? [] {
            var p = pending[i]
            guard !people.isEmpty, p.participants.keys.contains(where: people.contains) else { continue }
            guard date.isWithin(p.date) || p.date.isWithin(date) else { continue }
            guard let t1 = trigger, let t2 = p.trigger, t1 == t2 else { continue }
            guard !p.sources.contains(where: { $0.post == source.post }) else { continue }
            // Keep the finer date and the summary from a post body over a comment.
            if date.precision < p.date.precision { p.date = date }
            if source.kind != .comment && p.sources.allSatisfy({ $0.kind == .comment }) { p.summary = summary }
            for x in participants { p.participants[x, default: 0] += 1 }
            p.sources.append(source)
            pending[i] = p
            return
        }
        var counts: [String: Int] = [:]
        for x in participants { counts[x, default: 0] += 1 }
        byYear[date.start.year, default: []].append(pending.count)
        pending.append(Pending(date: date, summary: summary, trigger: trigger, participants: counts, sources: [source]))
    }

    /// The merged events in date order, with stable ids.
    func events(mentionCounts: [String: Int]) -> [Event] {
        var out: [Event] = []
        var used: [String: Int] = [:]
        for p in pending {
            let participants = p.participants.keys.sorted {
                (p.participants[$0]!, mentionCounts[$0] ?? 0, $1) > (p.participants[$1]!, mentionCounts[$1] ?? 0, $0)
            }
            let first = p.sources[0]
            var id = "event:\(p.date.value)-\(EntityType.slug(first.document))-\(first.line)"
            used[id, default: 0] += 1
            if used[id]! > 1 { id += "-\(used[id]!)" }
            out.append(Event(id: id, date: p.date, summary: p.summary, trigger: p.trigger, participants: participants,
                             sources: p.sources))
        }
        return out.sorted { ($0.date, $0.sources[0]) < ($1.date, $1.sources[0]) }
    }
}
