/// A period a person typed (a `--from` or `--to` value) that is not a date at any precision.
public struct InvalidPeriod: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public let text: String

    public init(_ text: String) { self.text = text }

    public var description: String {
        "'\(text)' is not a date: use 2014, 2014-06, 2014-06-01, 2019-Q4, 2019-H1, 2022-SP or 201X"
    }
}

extension TemporalValue {
    /// Reads a period written by a person, at any precision: the ISO forms the exports carry (`2014`, `2014-06`,
    /// `2014-06-01`, `2019-Q4`, `2019-H1`, `2022-SP`, `201X`) in any case and with spaces around, plus a season
    /// by name (`2022-spring`, `2022-fall`) and a decade as people write it (`2010s`). The filters of every
    /// subcommand (`--from`, `--to`) read their dates with it.
    ///
    /// - Throws: ``InvalidPeriod`` for anything else (`June`, `2014-13`, `2014-02-30`).
    public init(period text: String) throws(InvalidPeriod) {
        let s = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        if let v = TemporalValue.parse(s.uppercased()) { self = v; return }
        let lower = s.lowercased()
        if lower.count == 5, lower.hasSuffix("0s"), let y = Int(lower.dropLast()), let v = TemporalValue.decade(y) {
            self = v
            return
        }
        let parts = lower.split(separator: "-", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]),
           let season = TemporalValue.seasonNames[parts[1]], let v = TemporalValue.season(year: y, season) {
            self = v
            return
        }
        throw InvalidPeriod(text)
    }

    /// Season names a period may end with, in lower case (`fall` is autumn).
    static let seasonNames: [String: Season] = [
        "spring": .spring, "summer": .summer, "autumn": .autumn, "fall": .autumn, "winter": .winter,
    ]
}
