import Extraction
import Timeline

/// A milestone of a policy's history, written from public knowledge (the source says where to check it), to
/// measure whether `--top N` tells the story. `words` are lower-case stems, any of which the event's sentence
/// must contain; its date must overlap the milestone's month (or the milestone's own period, if coarser).
struct Milestone: Sendable, CustomStringConvertible {
    var date: String
    var what: String
    var words: [String]
    var source: String

    var description: String { date + " " + what }

    /// Whether a timeline entry tells this milestone.
    func isTold(by e: TimelineEntry) -> Bool {
        guard let v = TemporalValue.parse(date) else { return false }
        let window = v.precision == .day ? TemporalValue.month(year: v.start.year, month: v.start.month)! : v
        guard e.date.overlaps(window), e.date.precision <= .year else { return false }
        let text = e.sentence.lowercased()
        return words.contains { text.contains($0) }
    }

    /// The probation reform story, 2013 to 2021 (the period of the seed pages).
    static let probation: [Milestone] = [
        Milestone(date: "2013-01-09", what: "Transforming Rehabilitation consultation published",
                  words: ["consult", "transforming rehabilitation", "publish", "announc"],
                  source: "https://www.gov.uk/government/consultations/transforming-rehabilitation-a-revolution-in-the-way-we-manage-offenders"),
        Milestone(date: "2013-05-09", what: "TR strategy for reform published by Chris Grayling",
                  words: ["strategy", "transforming rehabilitation", "grayling", "publish", "announc"],
                  source: "https://en.wikipedia.org/wiki/Transforming_Rehabilitation"),
        Milestone(date: "2014-03", what: "Offender Rehabilitation Act 2014 becomes law",
                  words: ["offender rehabilitation act", "royal assent", "became law"],
                  source: "https://www.legislation.gov.uk/ukpga/2014/11/contents"),
        Milestone(date: "2014-06-01", what: "Probation split: trusts dissolved, NPS and 21 CRCs created",
                  words: ["split", "trust", "national probation service", "crc", "community rehabilitation", "tr"],
                  source: "https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/1747/174706.htm"),
        Milestone(date: "2015-02-01", what: "CRCs transferred to their new, mainly private, owners",
                  words: ["crc", "community rehabilitation", "owner", "sold", "sale", "transfer", "hands"],
                  source: "https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/1747/174706.htm"),
        Milestone(date: "2016-03", what: "Dame Glenys Stacey takes over as Chief Inspector of Probation",
                  words: ["glenys", "stacey", "chief inspector"],
                  source: "https://www.justiceinspectorates.gov.uk/hmiprobation/"),
        Milestone(date: "2017-03", what: "CRC contracts adjusted after forecast losses",
                  words: ["contract", "crc", "loss"],
                  source: "https://publications.parliament.uk/pa/cm201719/cmselect/cmpubacc/1747/174706.htm"),
        Milestone(date: "2018-07-27", what: "David Gauke announces CRC contracts will end 14 months early",
                  words: ["contract", "terminat", "gauke", "early", "crc", "announc"],
                  source: "https://publications.parliament.uk/pa/cm5801/cmselect/cmjust/285/28503.htm"),
        Milestone(date: "2019-02", what: "Working Links collapses; its CRCs pass to Seetec",
                  words: ["working links", "seetec", "collaps", "administration"],
                  source: "https://en.wikipedia.org/wiki/Transforming_Rehabilitation"),
        Milestone(date: "2019-03-01", what: "National Audit Office progress review of Transforming Rehabilitation",
                  words: ["national audit office", "nao", "progress review", "audit"],
                  source: "https://www.magistrates-association.org.uk/news/national-audit-office-progress-review-transforming-rehabilitation"),
        Milestone(date: "2019-05-16", what: "Gauke announces offender management returns to the NPS (reunification)",
                  words: ["gauke", "national probation service", "nps", "reunif", "renationalis", "announc"],
                  source: "https://www.davidgauke.com/content/probation-service"),
        Milestone(date: "2021-06-26", what: "Unification: the Probation Service takes over all CRC work",
                  words: ["unif", "probation service", "crc", "contracts end"],
                  source: "https://commonslibrary.parliament.uk/research-briefings/cbp-9252/"),
    ]

    /// The sample corpus's story (Corpus/), the same reform seen post by post.
    static let sampleCorpus: [Milestone] = probation.filter { $0.date != "2017-03" } + [
        Milestone(date: "2017-04", what: "HM Prison and Probation Service replaces NOMS",
                  words: ["hm prison and probation service", "hmpps", "noms"],
                  source: "https://www.gov.uk/government/organisations/her-majestys-prison-and-probation-service"),
        Milestone(date: "2020-06", what: "Robert Buckland brings unpaid work and interventions into the NPS as well",
                  words: ["buckland", "unpaid work", "interventions", "national probation service"],
                  source: "https://commonslibrary.parliament.uk/research-briefings/cbp-9252/"),
    ]
}
