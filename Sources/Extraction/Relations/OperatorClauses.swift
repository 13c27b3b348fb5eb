import Foundation
import HindsightSupport

/// Operators named by a clause around the thing they run, rather than as its verb's subject before it:
///
/// - an object relative clause: `the Eastside estate, which Harbour Homes runs,`; `the Warm Homes scheme, which the
///   Energy Office administers and which ...` → the body in the clause runs the name before it (its verb has no object
///   of its own: `the Eastside estate, which Harbour Homes runs with the Westside estate` still does, `which Harbour
///   Homes runs the Westside estate from` does not);
/// - a body hired to run it: `the Ministry hired Kestrel Ltd to run the Free Meals scheme`; `the council contracted
///   Harbour Care to operate the Eastside Clinic` → the hired body runs it;
/// - a body that runs it alongside the subject: `Harbour delivers the Free Meals Scheme alongside Kestrel Ltd` →
///   Kestrel Ltd runs it too (the two are partners, read with the partnerships).
///
/// - a body that runs it for a client, named between the participle and `by`: `the Eastside estate was managed for
///   Tarnside Council by Harbour Homes`; `the Warm Homes grant, administered on behalf of the Energy Office by Kestrel
///   Ltd` → the body after `by` runs it, and it and the client are partners (a contractor and the body it works for).
///
/// A negation, a plan, a modal or a question gives no edge (`may hire Kestrel to run`, `which Harbour will run`).
extension RelationReader {
    /// Verbs of running or owning with no object after them, in an object relative clause, and the predicate each gives.
    static let relativeRunVerbs: [String: String] = [
        "runs": "operates", "ran": "operates", "run": "operates", "operates": "operates", "operated": "operates",
        "manages": "operates", "managed": "operates", "administers": "operates", "administered": "operates",
        "delivers": "operates", "delivered": "operates", "owns": "owns", "owned": "owns", "bought": "owns", "acquired": "owns",
    ]
    /// Verbs of hiring before the body hired: `hired`, `contracted`, `appointed`.
    static let hiringVerbs: Set<String> = ["hired", "contracted", "appointed", "commissioned", "engaged", "chose", "selected",
                                           "employed", "paid", "brought in", "hires", "contracts", "appoints", "commissions"]
    /// The words between a hired body and what it was hired to run: `to run`, `to operate the`.
    static let hiredToRun = try! NSRegularExpression(pattern:
        "^to (?:run|operate|manage|administer|deliver)(?: the)?$")

    /// The words between a body or programme run for a client and the client: `was managed for the`, `, administered
    /// on behalf of`, `is now run directly for`, after a kind noun the name is used with (`the Tracker scheme, run for`).
    static let runForClient = try! NSRegularExpression(pattern:
        "^(?:(?:scheme|programme|service|services|estate|centre|project|grant|fund|contract) ?)?,? ?(?:which |that )?(?:(?:is|was|are|were|has been|had been|have been|being) )?(?:(?:now|still|then|later|jointly|directly|largely) )?(?:run|operated|managed|administered|delivered|provided|carried out)(?: (?:day to day|day-to-day|directly|locally|under contract))? (?:for|on behalf of)(?: the)?$")

    func operatorClauses(_ s: Sentence) -> [Found] {
        let n = s.mentions.count
        guard n >= 2, !s.isQuestion else { return [] }
        var out: [Found] = []
        let lower = s.lower
        let relative = lower.fastContains(", which ") || lower.fastContains(", that ")
        let hiring = lower.fastContains(" to ")
        for i in 0..<(n - 1) where (s.type(i) == .organization || s.type(i) == .programme) && !RelationReader.isGeneric(s, i) {
            let j = i + 1
            guard s.type(j) == .organization, !RelationReader.isGeneric(s, j), !RelationReader.isParty(s.mentions[j].mention.text) else { continue }
            let gap = s.between(i, j).lowercased()
            if relative, [", which", ", which the", ", that", ", that the"].contains(gap.trimming(" ")), gap.hasPrefix(",") {
                // the verb right after the body, with no object of its own
                let after = s.after(j, 60)
                var words = after.lowerWords
                var skipped = 0
                while let w = words.first, ["now", "still", "also", "currently", "has", "had", "itself", "then", "later", "jointly"].contains(w) {
                    words.removeFirst()
                    skipped += 1
                }
                guard after.hasPrefix(" "), let verb = words.first, skipped <= 2, let predicate = RelationReader.relativeRunVerbs[verb],
                      predicate == "operates" || s.type(i) == .organization,
                      let v = after.lowercased().fastRange(of: verb) else { continue }
                let rest = after[v.upperBound...]
                // (`which Harbour runs the Westside estate from`: the verb has its own object)
                let next = rest.trimmingCharacters(in: .whitespaces)
                let objectWords: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "it", "them", "this", "these", "those", "all",
                                                "some", "both", "two", "three", "several", "many", "most", "services", "homes", "schools"]
                guard rest.hasPrefix(" ") || rest.hasPrefix(",") || rest.hasPrefix(".") || rest.isEmpty,
                      !(next.first.map { $0.isUppercase } ?? false),
                      !objectWords.contains(next.lowerWords.first ?? ""),
                      RelationModality.isFactual(gap + " " + String(after.prefix(30)), question: s.isQuestion) else { continue }
                out.append(found(predicate, s, subject: j, object: i,
                                 qualifier: ["ran", "operated", "managed", "administered", "delivered", "owned"].contains(verb) ? "former" : nil))
            }
        }
        // `Harbour delivers the Free Meals Scheme alongside Kestrel Ltd`: the partner runs it too
        if lower.fastContains("alongside ") || lower.fastContains("together with ") || lower.fastContains("jointly with ") {
            for a in 0..<max(0, n - 2) where s.type(a) == .organization && !RelationReader.isGeneric(s, a) {
                let x = a + 1, b = a + 2
                guard s.type(x) == .organization || s.type(x) == .programme, s.type(b) == .organization,
                      !RelationReader.isGeneric(s, x), !RelationReader.isGeneric(s, b) else { continue }
                var verb = s.between(a, x).lowercased().trimming(" ")
                if verb.hasSuffix(" the") { verb = String(verb.dropLast(4)) }
                for lead in ["now ", "also ", "still ", "currently ", "jointly "] where verb.hasPrefix(lead) { verb = String(verb.dropFirst(lead.count)) }
                var with = s.between(x, b).lowercased().trimming(" ,")
                if with.hasSuffix(" the") { with = String(with.dropLast(4)) }
                let tail = with.lowerWords
                guard RelationReader.runVerbs.contains(verb), ["alongside", "together with", "jointly with"].contains(where: { with.hasSuffix($0) }),
                      tail.count <= 4, RelationModality.isFactual(verb + " " + with, question: s.isQuestion) else { continue }
                out.append(found("operates", s, subject: b, object: x))
            }
        }
        // `the Eastside estate was managed for Tarnside Council by Harbour Homes`
        if lower.fastContains(" by ") {
            for i in 0..<max(0, n - 2) where (s.type(i) == .organization || s.type(i) == .programme) && !RelationReader.isGeneric(s, i) {
                let client = i + 1, runner = i + 2
                guard s.type(client) == .organization, s.type(runner) == .organization, !RelationReader.isGeneric(s, client),
                      !RelationReader.isGeneric(s, runner), !RelationReader.isParty(s.mentions[runner].mention.text),
                      ["by", "by the"].contains(s.between(client, runner).lowercased().trimming(" ")),
                      s.mentions[runner].mention.canonicalName != s.mentions[client].mention.canonicalName else { continue }
                let gap = s.between(i, client).lowercased().trimming(" ")
                guard RelationReader.runForClient.firstMatch(in: gap, range: NSRange(gap.startIndex..., in: gap)) != nil,
                      RelationModality.isFactual(gap, question: s.asks(after: s.mentions[i].mention.utf8Range.upperBound)) else { continue }
                let past = gap.fastContains("was ") || gap.fastContains("were ") || gap.fastContains("had been ")
                out.append(found("operates", s, subject: runner, object: i, qualifier: past ? "former" : nil))
                out.append(found("partner_of", s, subject: runner, object: client))
            }
        }
        // `hired Kestrel Ltd to run the Free Meals scheme`
        if hiring {
            for i in 0..<(n - 1) where s.type(i) == .organization && !RelationReader.isGeneric(s, i) {
                let j = i + 1
                guard s.type(j) == .organization || s.type(j) == .programme, !RelationReader.isGeneric(s, j) else { continue }
                let gap = s.between(i, j).lowercased().trimming(" ")
                guard RelationReader.hiredToRun.firstMatch(in: gap, range: NSRange(gap.startIndex..., in: gap)) != nil else { continue }
                var lead = s.before(i, 40).lowercased().trimming(" ")
                if lead.hasSuffix(" the") { lead = String(lead.dropLast(4)) }
                guard RelationReader.hiringVerbs.contains(where: { lead.hasSuffix(" " + $0) || lead == $0 }),
                      RelationModality.isFactual(lead + " " + gap, question: s.isQuestion) else { continue }
                out.append(found("operates", s, subject: i, object: j))
            }
        }
        return out
    }
}
