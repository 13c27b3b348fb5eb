import Foundation
import HindsightSupport

/// The largest holder of a body's shares owns it (`owns`): a superlative, `majority` or `controlling` before a
/// noun of holding (`shareholder`, `owner`, `investor`, `stakeholder`), tying the holder to the held body in one
/// of three shapes:
///
/// - the held body named in the description, the holder after a copula: `The largest shareholder in Kestrel
///   Water is the Fenland Pension Fund`; `Kestrel Water's biggest investor was the banker Ann Reed`;
/// - the holder first, then the copula and the description: `The Fenland Pension Fund is the largest
///   shareholder in Kestrel Water`; `the Harbour Bank, which became the majority shareholder of Eastside Rail`;
/// - the holder in apposition to a possessive description: `Kestrel Water's biggest shareholder, the Fenland
///   Pension Fund, voted against the deal`.
///
/// A plain `a shareholder in` (one holder among many) states no ownership, and neither does a negation, a plan,
/// a modal or a question (`could become the largest shareholder in`, `is no longer the biggest investor in`).
/// The holder is an organization or a person; the held body an organization.
extension RelationReader {
    /// The description of the largest holder: `largest shareholder`, `single biggest investor`, `majority owner`.
    static let largestHolder = "(?:largest|biggest|main|principal|dominant|controlling|majority)(?: single)? (?:shareholder|owner|investor|stakeholder)"
    /// `the largest shareholder in the `: the description before the held body, opening its phrase.
    static let largestHolderIn = try! NSRegularExpression(pattern:
        "(?:^|[\\s,(])the (?:single )?" + largestHolder + " (?:in|of)(?: the)? ?$")
    /// `is the `, `was now the Czech billionaire `: a copula between the held body and its holder, with at most a
    /// description of the holder (lower-case words) after the article.
    static let holderCopula = try! NSRegularExpression(pattern:
        "^(?:is|was|has been|had been|became|becomes|remains|remained)(?: now| still| already)?(?: (?:the|a|an)(?: [a-z-]+){0,3})?$")
    /// `'s biggest shareholder, the `, `'s largest investor is `, `' main shareholder is `: a possessive description
    /// of the holder of the body before it.
    static let possessiveHolder = try! NSRegularExpression(pattern:
        "^(?:'s|\u{2019}s|'|\u{2019}) (?:single )?" + largestHolder + "(?:,|,? (?:is|was|has been|had been|became|remains|remained)(?: now| still)?)(?: (?:the|a|an)(?: [a-z-]+){0,3})?$")
    /// `is the largest shareholder in the`, `, which became the majority owner of`: the holder first.
    static let holderIsLargest = try! NSRegularExpression(pattern:
        "^(?:, (?:which|who) )?(?:is|was|has been|had been|became|becomes|remains|remained)(?: now| still| already)? (?:the )?(?:single )?" + largestHolder + " (?:in|of)(?: the)?$")

    func largestShareholders(_ s: Sentence) -> [Found] {
        let lower = s.lower
        guard lower.fastContains("holder") || lower.fastContains("owner") || lower.fastContains("investor") else { return [] }
        var out: [Found] = []
        let n = s.mentions.count
        let holder = { (k: Int) -> Bool in s.type(k) == .organization || s.type(k) == .person }
        let held = { (k: Int) -> Bool in
            s.type(k) == .organization && !RelationReader.isGeneric(s, k) && !RelationReader.isParty(s.mentions[k].mention.text)
        }
        for x in 0..<max(0, n - 1) {
            let y = x + 1
            let gap = RelationReader.gap(s, x, y).lowercased().trimming(" ")
            guard s.mentions[x].mention.canonicalName != s.mentions[y].mention.canonicalName,
                  RelationModality.isFactual(s.before(x, 60) + " " + gap, question: s.asks(after: s.mentions[y].mention.utf8Range.upperBound)),
                  !RelationModality.isFuture(s.before(x, 60) + " " + gap) else { continue }
            let range = NSRange(gap.startIndex..., in: gap)
            let lead = s.before(x, 60).lowercased()
            // `The largest shareholder in Kestrel Water is the Fenland Fund`
            if held(x), holder(y), RelationReader.largestHolderIn.firstMatch(in: lead, range: NSRange(lead.startIndex..., in: lead)) != nil,
               RelationReader.holderCopula.firstMatch(in: gap, range: range) != nil {
                out.append(found("owns", s, subject: y, object: x))
            // `Kestrel Water's biggest shareholder, the Fenland Fund,`
            } else if held(x), holder(y), RelationReader.possessiveHolder.firstMatch(in: gap, range: range) != nil {
                out.append(found("owns", s, subject: y, object: x))
            // `The Fenland Fund is the largest shareholder in Kestrel Water`
            } else if holder(x), held(y), RelationReader.holderIsLargest.firstMatch(in: gap, range: range) != nil {
                out.append(found("owns", s, subject: x, object: y))
            }
        }
        return out
    }
}

/// The largest holder of the body the sentence before is about: a sentence that opens with the description and
/// names no held body of its own (`Harbour Water's chief executive spent months courting investors. The biggest
/// shareholder, the Fenland Pension Fund, led the revolt` → the fund owns Harbour Water). The held body is the
/// first organization of the sentence before (``RelationContext/previousSentenceOrganization``); nothing is read
/// when the description names a body itself (`The largest shareholder in Kestrel Water is ...`, read in the
/// sentence), or when the holding is negated, planned or asked.
extension RelationReader {
    /// `The biggest shareholder, the `, `The single largest investor is `, `Its largest shareholder was `: the
    /// opening of a sentence before the holder's name.
    static let openingHolder = try! NSRegularExpression(pattern:
        "^(?:the|its|their) (?:single )?" + largestHolder + "(?:,|,? (?:is|was|has been|had been|became|remains|remained)(?: now| still)?)(?: (?:the|a|an)(?: [a-z-]+){0,3})?$")

    func contextShareholders(_ s: Sentence, _ context: RelationContext) -> [Found] {
        guard let y = s.mentions.indices.first, s.type(y) == .organization || s.type(y) == .person,
              let body = context.previousSentenceOrganization, body.mention.type == .organization,
              body.mention.canonicalName != s.mentions[y].mention.canonicalName,
              !RelationReader.isClassName(body.mention.text), !RelationReader.isParty(body.mention.text) else { return [] }
        let opening = s.slice(s.range.lowerBound, s.mentions[y].mention.utf8Range.lowerBound).lowercased().trimming(" ")
        guard opening.utf8.count <= 80,
              RelationReader.openingHolder.firstMatch(in: opening, range: NSRange(opening.startIndex..., in: opening)) != nil,
              RelationModality.isFactual(opening, question: s.isQuestion) else { return [] }
        return [Found(predicate: "owns", subject: s.mentions[y].index, object: body.index, offset: s.mentions[y].mention.utf8Range.lowerBound)]
    }
}

/// Names a run or own verb does not take as its object.
extension RelationReader {
    /// Nouns of a contract, after which `for`/`to` names what the contract covers (`won the contract for`).
    static let contractNouns: Set<String> = ["contract", "contracts", "franchise", "franchises", "licence", "licences", "license",
                                             "tender", "concession", "concessions", "subcontract"]
    /// Whether the words between a run or own verb and the next name end in a preposition that makes the name the
    /// verb's client or partner rather than its object: `runs four prisons on behalf of the`, `runs six centres in
    /// partnership with`, `manages the estate for the`, `provides meals to the`. A contract noun before `for`/`to`
    /// keeps the name the object (`holds the contract for the`).
    static func governedByClient(_ rest: String) -> Bool {
        var words = rest.lowerWords
        while words.last == "the" { words.removeLast() }
        guard let last = words.last else { return false }
        if last == "of", words.count >= 2, words[words.count - 2] == "behalf" { return true }
        if last == "with" { return true }
        if ["for", "to"].contains(last) {
            let before = words.count >= 2 ? words[words.count - 2] : ""
            return !contractNouns.contains(before) && !words.dropLast().isEmpty
        }
        return false
    }
}
