import Foundation
import HindsightSupport

/// When a relation stated in a sentence began or ended, read from the dates of that sentence: `since May 2015`
/// and `from 2016` give a start, `until June 2021` and `stepped down in 2019` an end, `was appointed in 2016`
/// and `took over the trust in 2014` a start.
public enum RelationSpan {
    /// Verbs of a beginning: a date in the same sentence is when the relation started.
    static let beginnings = ["appointed", "took over", "takes over", "bought", "acquired", "became", "joined",
                             "elected", "named", "replaced", "succeeded", "renamed", "merged", "won the contract",
                             "was awarded", "took up", "stepped into", "started", "began", "launched", "set up",
                             "founded", "created"]
    /// Verbs of an end.
    static let endings = ["stepped down", "resigned", "left", "retired", "was sacked", "was dismissed", "quit",
                          "collapsed", "was abolished", "ended", "stood down", "handed back", "lost the contract"]

    /// A move to a new post after the date of leaving the old one (`left in 2012 to become ...`).
    static let movesToNewPost = ["to become", "to join", "to take up", "to lead", "to head", "to run"]

    /// `region`, when given, is the text between the relation's two names: a verb of beginning or end must stand
    /// there (`Harbour, which runs A, took over B in 2014`: 2014 is when B was taken over, not when A was run).
    public static func read(_ text: String, sentence: Range<Int>, dates: [LocatedDate], region: Range<Int>? = nil) -> (start: TemporalValue?, end: TemporalValue?) {
        let values = dates.filter { !$0.isDateline && $0.expression.value != nil }
        guard !values.isEmpty else { return (nil, nil) }
        let u = text.utf8
        func slice(_ a: Int, _ b: Int) -> String {
            let a = max(a, sentence.lowerBound), b = min(b, sentence.upperBound)
            guard a < b else { return "" }
            return String(text[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: b)])
        }
        let whole = (region.map { slice($0.lowerBound, $0.upperBound) } ?? slice(sentence.lowerBound, sentence.upperBound)).lowercased()
        var start: TemporalValue?, end: TemporalValue?
        for d in values {
            let before = slice(d.expression.utf8Range.lowerBound - 14, d.expression.utf8Range.lowerBound).lowercased()
            let words = before.lowerWords
            guard let last = words.last else { continue }
            if last == "since" || last == "from" || (words.suffix(2) == ["as", "of"]) {
                start = start ?? d.expression.value
            } else if last == "until" || last == "till" || last == "to" || last == "before" {
                end = end ?? d.expression.value
            } else if last == "in" || last == "on" || last == "of" {
                // `Ann Reed, who left in 2012 to become chair of Westside`: the date of leaving one post for another
                // is when the new one began, for the relation that reaches the new post (its names span the move)
                let next = region == nil ? "" : slice(d.expression.utf8Range.upperBound, d.expression.utf8Range.upperBound + 14).lowercased()
                if region != nil, let move = movesToNewPost.first(where: { next.hasPrefix(" " + $0) }), whole.fastContains(move) {
                    start = start ?? d.expression.value
                } else if endings.contains(where: { whole.fastContains($0) }) {
                    end = end ?? d.expression.value
                } else if beginnings.contains(where: { whole.fastContains($0) }) {
                    start = start ?? d.expression.value
                }
            }
        }
        return (start, end)
    }
}
