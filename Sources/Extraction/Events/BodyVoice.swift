import Foundation

/// `we` and `our` spoken for a body with no one introducing the words: the post's topic body takes part when
/// the clause's first person plural does what only an organization does.
///
/// A post written from inside a body (a union member on strike, a service answering its staff's questions, an
/// inspectorate's report pasted without a heading) says `we` of that body: `Yesterday our two-day strike ended`,
/// `In March we launched a new tenancy scheme`, `Our last inspection of Harbour Hospital took place in 2018`,
/// `We are consulting the unions in May`. Such a `we` stands for the body the whole post names most
/// (``PostTopic/whole(title:titleOrganizations:mentions:inPost:)``), when nothing introduced the words (a
/// quotation's speaker is read first).
///
/// Only an institutional `we` counts: the subject of a verb of what bodies do (`launched`, `published`,
/// `inspected`, `consulted`, `recruited`), or the owner of a noun of a body's own (`our strike`, `our
/// inspection`, `our members`, `our board`). The blogger's or the public's `we` does none of that: `we have been
/// here before`, `we all knew it`, `while we wait for the decision`, `we are told today`, `our schools`, `our
/// hospitals` take no body.
///
/// Some of a body's verbs are also what a writer does to the post's subject in the present (`In this piece we
/// assess the 2015 cuts`, `below we review the bus reforms`, `we open with the 1998 Act`): those count only in
/// the past (`in May we consulted tenants`, `we have reviewed the rota`) or as `-ing` after a form of `be`
/// (`we are consulting nurses`), never as a bare present.
enum BodyVoice {
    /// Verbs whose subject `we` is a body in any form (present, past and `-ing`).
    static let verbs: Set<String> = {
        let stems = ["launch", "inspect", "rate", "engage", "commission", "recruit", "appoint",
                     "award", "announce", "ballot", "fine",
                     "fund", "hire", "employ", "audit", "strike", "reorganise", "restructure"]
        var out: Set<String> = []
        for s in stems { out.formUnion(forms(s)) }
        out.formUnion(["struck", "walked"])
        return out
    }()

    /// Verbs a writer also uses of the post itself in the present (`we review`, `we assess`, `we introduce`):
    /// their past forms are a body's (`we investigated`), their `-ing` forms only after `be` (``progressive``).
    static let writerStems = ["consult", "introduce", "assess", "investigate", "open", "close", "review", "publish"]
    static let writerPast: Set<String> = Set(writerStems.map { forms($0)[1] })
    static let writerProgressive: Set<String> = Set(writerStems.map { forms($0)[3] })
    /// Forms of `be` before an `-ing` form (`we are consulting`, `we’re reviewing`).
    static let progressive: Set<String> = ["are", "were", "we're", "we’re"]

    /// A regular stem's forms: base, past, third person, `-ing` (`close`, `closed`, `closes`, `closing`).
    static func forms(_ s: String) -> [String] {
        [s, s.hasSuffix("e") ? s + "d" : s + "ed", s + "s", s.hasSuffix("e") ? String(s.dropLast()) + "ing" : s + "ing"]
    }

    /// Nouns a body owns as `our …`: its action, its people, its parts.
    static let nouns: Set<String> = ["strike", "strikes", "walkout", "ballot", "inspection", "inspections", "findings",
                                     "branch", "branches", "members", "membership", "staff", "employees", "workforce",
                                     "managers", "management", "board", "trustees", "offices", "headquarters",
                                     "inspectors", "inspectorate", "consultation", "recruitment", "executive"]

    /// Words that may stand between `we` and its verb (`we are now consulting`, `we have recently launched`).
    static let between: Set<String> = ["are", "were", "have", "had", "will", "also", "now", "then", "recently", "today",
                                       "first", "formally", "jointly", "continue", "continued", "to", "last", "'ve", "’ve",
                                       "again", "finally", "successfully"]

    /// Whether the clause (`words` whose start lies in `clause`) says `we` or `our` of a body.
    static func speaksForBody(_ words: [EventClause.Word], clause: Range<Int>) -> Bool {
        let here = words.filter { clause.contains($0.range.lowerBound) }.map(\.lower)
        for (k, w) in here.enumerated() {
            switch w {
            case "we", "we've", "we’ve", "we're", "we’re":
                var j = k + 1
                while j < here.count, j <= k + 4, between.contains(here[j]) { j += 1 }
                if j < here.count, verbs.contains(here[j]) || writerPast.contains(here[j]) { return true }
                if j < here.count, writerProgressive.contains(here[j]),
                   here[k..<j].contains(where: { progressive.contains($0) }) { return true }
            case "our":
                // the noun within three words (`our last inspection`, `our 48-hour strike`), before any other `of`
                for j in (k + 1)..<min(here.count, k + 4) {
                    if nouns.contains(here[j]) { return true }
                    if ["of", "and", "to", "in", "was", "is", "were", "are"].contains(here[j]) { break }
                }
            default: continue
            }
        }
        return false
    }
}
