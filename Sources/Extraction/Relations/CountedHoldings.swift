import Foundation
import HindsightSupport

/// Holdings counted without their noun, the noun being the class of bodies the text has just named: `The
/// county's nine care trusts were put out to tender in 2016. Harbour Care won four, Westside Health took
/// three, and Northgate Homes, bidding with a local charity, got two.` Each bidder owns (or, after `ran`,
/// operates) bodies of that class; the edge goes to the class itself (`care trusts`), since the text does not
/// say which ones.
///
/// Also holdings counted with a possessive pronoun and handed on: `Westside Care went bust in May. Its three
/// trusts were handed to Harbour Care.` Westside Care owned bodies of the class, Harbour Care owns them now, and
/// succeeds Westside Care there.
///
/// The class is the nearest plural class name (``RelationReader/isGeneric(_:_:)``: `care trusts`, `CRCs`)
/// before the count, in the sentence or in the sentences of its passage just before. A count that a noun
/// follows (`won four contracts`, `had three chief executives`) is left to the other rules; a negation, a
/// modal or a question gives nothing (`could take five`, `did not win any`).
extension RelationReader {
    /// Verbs of taking or holding, and of running, before a bare count.
    static let countedOwnVerbs = ["bought", "buys", "took", "takes", "won", "wins", "got", "gets", "had", "has",
                                  "held", "holds", "kept", "keeps", "inherited", "acquired", "owned", "owns",
                                  "picked up", "ended up with", "was left with", "secured", "landed"]
    static let countedRunVerbs = ["ran", "runs", "operated", "operates", "managed", "manages"]

    /// After a name: an optional apposition closed by a comma, adverbs, a verb, a bare count, then the end of the
    /// clause or a phrase that does not name what was counted (`with`, `among them`, `including`, `in all`).
    static let countedHolding = try! NSRegularExpression(pattern:
        "^(?:,[^,.;:!?]{1,70},)? (?:(?:now|also|still|then|later|eventually|just|finally|itself|in turn) )?"
        + "(" + (countedOwnVerbs + countedRunVerbs).joined(separator: "|") + ") "
        + "(?:all |the other |another |only |just )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]{1,3})"
        + "(?: (?:of them|between them|in all|in total|altogether|more))?(?:$|[.,;:)!?]| with | in | among | including | from | for | between | alongside | through | until | and )")

    /// The number words of ``countedHolding``'s count (3 to 6 letters).
    static let countedNumberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                                  "eleven", "twelve"]

    /// Number words that may stand before a class name after `its`: `its three trusts`.
    static let countWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                          "eleven", "twelve", "all", "remaining", "other"]

    func countedHoldings(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for i in 0..<n where s.type(i) == .organization && !RelationReader.isGeneric(s, i) && !RelationReader.isParty(s.mentions[i].mention.text) {
            let after = s.after(i, 140).lowercased()
            // (the pattern needs its count, digits or a number word between a space and a space, a mark or the end,
            // so a word of its own, ``countedNumberWords``: an exact test before it)
            let afterBytes = Array(after.utf8)
            guard afterBytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
                    || ByteSearch.containsLowercaseWord(afterBytes, in: RelationReader.countedNumberWords, lengths: 3...6) else { continue }
            guard let m = RelationReader.countedHolding.firstMatch(in: after, range: NSRange(after.startIndex..., in: after)),
                  let whole = Range(m.range, in: after), let verbRange = Range(m.range(at: 1), in: after) else { continue }
            let end = s.mentions[i].mention.utf8Range.upperBound + after.utf8.distance(from: after.startIndex, to: whole.upperBound)
            // a name inside the apposition is its own, not the subject (`Harbour, bidding with Westside, won four`)
            // but no name may sit between the verb and the count
            let verbAt = s.mentions[i].mention.utf8Range.upperBound + after.utf8.distance(from: after.startIndex, to: verbRange.lowerBound)
            guard !(i + 1..<n).contains(where: { s.mentions[$0].mention.utf8Range.lowerBound >= verbAt && s.mentions[$0].mention.utf8Range.lowerBound < end - 1 }),
                  !s.asks(after: verbAt),
                  // (from the verb on: an apposition may say how it bid, `Harbour, bidding with Westside, won four`)
                  RelationModality.isFactual(String(after[verbRange.lowerBound..<whole.upperBound])),
                  RelationModality.isFactual(s.before(i, 30)) else { continue }
            // (the subject is the clause's: no verb of saying or other subject right before the name)
            let lead = s.before(i, 24).lowerWords
            guard !["by", "from", "to", "with", "of", "than"].contains(lead.last ?? "") else { continue }
            // (`Harbour has three: Eastside Trust, Westside Trust and ...`: the bodies are named, and read as such)
            if after[whole].hasSuffix(":"), let next = (i + 1..<n).first(where: { s.mentions[$0].mention.utf8Range.lowerBound >= end }),
               s.type(next) == .organization, s.mentions[next].mention.utf8Range.lowerBound - end <= 3 { continue }
            guard let cls = countedClass(s, context, before: i) else { continue }
            let verb = String(after[verbRange])
            let predicate = RelationReader.countedRunVerbs.contains(verb) ? "operates" : "owns"
            let past = ["had", "held", "owned", "ran", "operated", "managed", "kept"].contains(verb)
            out.append(Found(predicate: predicate, subject: s.mentions[i].index, object: cls,
                             qualifier: past ? "former" : nil, offset: s.mentions[i].mention.utf8Range.lowerBound))
        }
        out += handedCountedHoldings(s, context)
        return out
    }

    /// The class of bodies a bare count stands for: the nearest plural class name before mention `i`, in the
    /// sentence, else within the passage's last 1,500 bytes before it.
    func countedClass(_ s: Sentence, _ context: RelationContext, before i: Int) -> Int? {
        if let k = (0..<i).last(where: { s.type($0) == .organization && RelationReader.isGeneric(s, $0) }) {
            return RelationReader.isPluralClass(s.mentions[k].mention.text) ? s.mentions[k].index : nil
        }
        let from = s.range.lowerBound - 1500
        guard let c = context.before.last(where: { $0.mention.type == .organization && $0.mention.utf8Range.lowerBound >= from
            && RelationReader.isClassName($0.mention.text) }), RelationReader.isPluralClass(c.mention.text) else { return nil }
        return c.index
    }



    /// Whether a class name is plural (`CRCs`, `Community Rehabilitation Companies`, `care trusts`).
    static func isPluralClass(_ text: String) -> Bool {
        guard let last = text.lowerWords.last else { return false }
        return last.hasSuffix("s") && !last.hasSuffix("ss")
    }

    /// `Its three trusts were handed to Harbour Care`; `its CRCs went to Harbour`: the body `its` stands for owned
    /// bodies of the class, and the one they went to owns them.
    func handedCountedHoldings(_ s: Sentence, _ context: RelationContext) -> [Found] {
        var out: [Found] = []
        let n = s.mentions.count
        for k in 0..<n where s.type(k) == .organization && RelationReader.isGeneric(s, k) && RelationReader.isPluralClass(s.mentions[k].mention.text) {
            let lead = s.before(k, 40).lowerWords
            guard let its = lead.lastIndex(of: "its"), lead[(its + 1)...].allSatisfy({ RelationReader.countWords.contains($0) || $0.allSatisfy(\.isNumber) }),
                  k + 1 < n, s.type(k + 1) == .organization, !RelationReader.isGeneric(s, k + 1) else { continue }
            let gap = s.between(k, k + 1).lowercased().trimming(" ,")
            guard ["were handed to", "went to", "were sold to", "were transferred to", "passed to", "were passed to",
                   "were given to", "were awarded to", "all went to", "then went to", "were handed over to"]
                    .contains(gap.hasSuffix(" the") ? String(gap.dropLast(4)) : gap),
                  !s.isQuestion, RelationModality.isFactual(s.before(k, 60)) else { continue }
            out.append(found("owns", s, subject: k + 1, object: k))
            // the body `its` stands for: at the sentence's start the previous sentence's subject, else the
            // sentence's first organization
            let at = s.mentions[k].mention.utf8Range.lowerBound
            let atStart = s.slice(s.range.lowerBound, at).lowerWords.first == "its"
            if let owner = pronounAntecedent(s, context, before: at, atStart: atStart), owner != s.mentions[k + 1].index {
                out.append(Found(predicate: "owns", subject: owner, object: s.mentions[k].index, qualifier: "former", offset: at))
                // the new owner takes the old one's place there
                out.append(Found(predicate: "successor_of", subject: s.mentions[k + 1].index, object: owner, offset: at))
            }
        }
        return out
    }
}
