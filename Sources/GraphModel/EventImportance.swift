import Corpus
import Extraction

/// How much an event matters to the story a corpus tells, scored from evidence a reader would accept, each
/// signal adding or taking points and giving its reason:
///
/// - **Sources**: every further post telling it in its own text (after merging, across precisions too) adds 8,
///   and every further post where only readers' comments tell it 3, up to 32 in all — a happening several
///   writers tell is part of the story, one readers keep coming back to less so; every further sentence of the
///   same posts adds 3, up to 6 — a post that comes back to a happening dwells on it.
/// - **Where it is told**: a post body +10, quoted material (an article, a report) +6; told only in reader
///   comments −18.
/// - **The date**: stated on its own and precise (`1 June 2014` +10, `June 2014` +7, `2014` +3) beats a date
///   resolved against the post (`yesterday` +5, `last month` +3); a date resting on an inferred post date −6;
///   a plan or forecast, −8 — a date after the day of every post telling it ("the contracts end in 2020",
///   written in 2018), or worded as one in every telling (`EventCues.forecast`: "will", "would", "plans to",
///   "expected to") — and its verb counts as a plan (+4), not a turn;
///   a happening still dated a year or more after it happened ("since the split on 1 June 2014", written in
///   2016) +6 — people keep the dates of the turns of a story.
/// - **The trigger**: a verb that marks a turn (announced, published, abolished, created, transferred, sold,
///   took over, collapsed, launched, unified, resigned, appointed) +14, and +6 more when the sentence says what
///   turned in policy terms (a plan, reform, law, contract, service, system: ``EventWording``); another verb
///   +4; a reporting verb (said, warned, met) or a routine publication (a report, an inspection, figures, when
///   nothing policy-level is named) 0, but a body's own statement (said or warned with only organizations or
///   programmes taking part: "the audit office said last month that the scheme was failing") +6; no verb of a
///   happening −6. A change of people (appointed, resigned, retired) that names no organization or programme is
///   one person's career ("in 2009 she was appointed head of a city office"): +4, like another verb.
/// - **Participants**: the most mentioned participant's share of the corpus's most mentioned entity, up to +10;
///   an organization or programme of the policy's own curated knowledge (`Entities/`) among them +8; the two
///   together at most +12. When nothing happens (a reporting verb, a routine publication, no verb) they count
///   up to +6, and +6 together: central people speak every day; what matters is what they do.
/// - **Wording**: a personal anecdote ("I joined in 1998") −20, a line of figures −15, a year that belongs to a
///   name ("the Care Act 2014") −20, a year used as an adjective ("the 2019 intake", "a 2016 report": it says
///   which thing is meant, not that something happened; the tagger's `TemporalExpression.isYearModifier`) −15, a
///   date that bounds a period rather than marks a happening ("since 2012", "by 31 May") −8, a question ("Will
///   the trust close the ward in May?") −10.
///
/// - **Repeats**: a coarse date that only repeats a finer event of its period (the same turn, named by no
///   participant: "the agencies were merged in 2021" beside "merged at the end of June 2021") −20; the finer
///   event counts its telling.
///
/// For example "The department announced on 3 March 2020 plans to merge the two agencies", told in two post
/// bodies and naming a curated organization, scores 8 + 10 + 10 + 14 + 6 + (centrality and the curated
/// organization, at most 12).
public enum EventImportance {
    /// One signal's points and the reason to print.
    struct Signal {
        var points: Int
        var reason: String
    }

    /// The signals of an event, given its evidence and the corpus's mention counts.
    static func signals(_ e: Event, evidence: EventMerger.Evidence, mentions: [String: Int], maxMentions: Int,
                        curated: (String) -> String?, isBody: (String) -> Bool = { _ in false }) -> [Signal] {
        var out: [Signal] = []
        let posts = evidence.posts.count
        if posts > 1 {
            // A post whose readers alone tell it counts for less than one telling it in its own text.
            let text = evidence.textPosts.count
            let commentOnly = posts - text
            let points = text > 0 ? 8 * (text - 1) + 3 * commentOnly : 3 * (posts - 1)
            let which = commentOnly > 0 ? " (\(commentOnly) in comments only)" : ""
            out.append(Signal(points: min(32, points), reason: "told in \(posts) posts\(which)"))
        }
        if evidence.sentences > posts {
            out.append(Signal(points: min(6, 3 * (evidence.sentences - posts)), reason: "told in \(evidence.sentences) sentences"))
        }
        if evidence.kinds.contains(.body) {
            out.append(Signal(points: 10, reason: "in a post body"))
        } else if evidence.kinds.contains(.quoted) {
            out.append(Signal(points: 6, reason: "in quoted material"))
        } else {
            out.append(Signal(points: -18, reason: "only in reader comments"))
        }
        if evidence.explicitDate {
            switch e.date.precision {
            case .day: out.append(Signal(points: 10, reason: "explicit day"))
            case .month: out.append(Signal(points: 7, reason: "explicit month"))
            case .year, .season, .quarter, .half: out.append(Signal(points: 3, reason: "explicit \(e.date.precision.rawValue)"))
            case .decade: break
            }
        } else if e.date.precision == .day {
            out.append(Signal(points: 5, reason: "relative day"))
        } else if e.date.precision == .month {
            out.append(Signal(points: 3, reason: "relative month"))
        }
        // A plan or forecast is not yet a happening: told before its date, or worded as one ("will", "plans to").
        let planned = evidence.prospective || evidence.cues.contains(.forecast)
        if evidence.prospective {
            out.append(Signal(points: -8, reason: "told before it happened"))
        } else if planned {
            out.append(Signal(points: -8, reason: "a plan or forecast"))
        }
        if evidence.allInferred { out.append(Signal(points: -6, reason: "date inferred from the page")) }
        var happening = false
        if let t = e.trigger {
            let kind = TriggerKind(t)
            // A change of people that names no body (no organization or programme takes part) is one person's
            // career ("in 2009 she was appointed head of a London office"), not a turn of the policy.
            let careerStep = kind == .personnel && !e.participants.contains(where: isBody)
            if kind == .announcement, t == "published", evidence.routineDocument, evidence.policyNoun == nil {
                out.append(Signal(points: 0, reason: "routine publication '\(t)'"))
            } else if kind.isMilestone, planned {
                out.append(Signal(points: 4, reason: "planned '\(t)'"))
            } else if careerStep {
                happening = true
                out.append(Signal(points: 4, reason: "a person's career '\(t)'"))
            } else if kind.isMilestone {
                happening = true
                out.append(Signal(points: 14, reason: "milestone verb '\(t)'"))
                if let noun = evidence.policyNoun { out.append(Signal(points: 6, reason: "policy-level '\(noun)'")) }
            } else if kind == .reporting {
                // A body speaking (no person named: "the audit office said last month that the service was
                // failing") states a finding or a position; a person's words are comment.
                if Self.speechVerbs.contains(t), !e.participants.isEmpty, e.participants.allSatisfy(isBody) {
                    out.append(Signal(points: 6, reason: "a body's statement '\(t)'"))
                } else {
                    out.append(Signal(points: 0, reason: "reporting verb '\(t)'"))
                }
            } else {
                happening = true
                out.append(Signal(points: 4, reason: "verb '\(t)'"))
            }
            if kind != .reporting, !planned, !careerStep, evidence.recalledAfterDays >= 365 {
                let years = evidence.recalledAfterDays / 365
                out.append(Signal(points: 6, reason: "dated \(years) year\(years == 1 ? "" : "s") later"))
            }
        } else {
            out.append(Signal(points: -6, reason: "no verb of a happening"))
        }
        // Who takes part: centrality and the policy's own bodies together count at most 12, since the most
        // central participant is often one of the policy's own.
        var participantPoints = 0
        if maxMentions > 0, let top = e.participants.max(by: { (mentions[$0] ?? 0, $1) < (mentions[$1] ?? 0, $0) }),
           let n = mentions[top], n > 0 {
            let share = Double(n) / Double(maxMentions)
            let points = Int(((happening ? 10 : 6) * share.squareRoot()).rounded())
            if points > 0 {
                out.append(Signal(points: points, reason: "central participant (\(n) mentions)"))
                participantPoints = points
            }
        }
        if let name = e.participants.lazy.compactMap(curated).first {
            let points = min(8, (happening ? 12 : 6) - participantPoints)
            if points > 0 { out.append(Signal(points: points, reason: "policy's own: \(name)")) }
        }
        if evidence.allQuestions { out.append(Signal(points: -10, reason: "asked, not told")) }
        if evidence.cues.contains(.personalAnecdote) { out.append(Signal(points: -20, reason: "personal anecdote")) }
        if evidence.cues.contains(.statistics) { out.append(Signal(points: -15, reason: "line of figures")) }
        if evidence.cues.contains(.namedInPassing) { out.append(Signal(points: -20, reason: "year of a name")) }
        if let finer = evidence.repeatsFiner {
            out.append(Signal(points: -20, reason: "repeats the event of \(finer.value)"))
        }
        if evidence.allYearModifiers { out.append(Signal(points: -15, reason: "year as an adjective")) }
        if evidence.cues.contains(.periodBound) { out.append(Signal(points: -8, reason: "bounds a period")) }
        return out
    }

    /// Reporting verbs of speech: a body that says or warns states its position.
    static let speechVerbs: Set<String> = ["said", "warned", "criticised"]

    /// The events with their importance and reasons filled in.
    static func score(_ events: [(event: Event, evidence: EventMerger.Evidence)], entities: [String: Entity]) -> [Event] {
        var list = events
        return score(taking: &list, entities: entities)
    }

    /// ``score(_:entities:)``, taking each event off the list as it is scored (the list is empty on return), so
    /// that the list and the scored events are not both held whole.
    static func score(taking events: inout [(event: Event, evidence: EventMerger.Evidence)], entities: [String: Entity]) -> [Event] {
        let mentions = entities.mapValues(\.weight)
        let maxMentions = mentions.values.max() ?? 0
        func curated(_ id: String) -> String? {
            guard let e = entities[id], e.knowledgeID != nil, e.type == .organization || e.type == .programme
            else { return nil }
            return e.name
        }
        func isBody(_ id: String) -> Bool {
            guard let t = entities[id]?.type else { return false }
            return t == .organization || t == .programme
        }
        var out: [Event] = []
        out.reserveCapacity(events.count)
        events.reverse()
        while let x = events.popLast() {
            var e = x.event
            let s = signals(e, evidence: x.evidence, mentions: mentions, maxMentions: maxMentions, curated: curated,
                            isBody: isBody)
            e.importance = s.reduce(0) { $0 + $1.points }
            e.reasons = s.map { $0.reason + " " + ($0.points >= 0 ? "+" : "") + String($0.points) }
            out.append(e)
        }
        events = []
        return out
    }
}
