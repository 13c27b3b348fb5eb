import Corpus
import Testing
@testable import Extraction

/// ``DefiniteDescription``, the one resolver of `the trust`, `the council's`, `the company` to a body named before:
/// on candidates given directly (its policy: kind, window, most often named, ties and none refused), then through
/// the four readers that use it, which must agree. Sentences written for these tests about health, housing,
/// schools and welfare; the names are invented.
@Suite struct DefiniteDescriptionTests {
    typealias C = DefiniteDescription.Candidate

    @Test func aHeadNounStandsForTheOneBodyOfItsKind() {
        // health: `the trust` after a trust and a council
        let named = [C(id: 1, names: ["Eastmoor Health Trust"], distance: 80), C(id: 2, names: ["Kingsford Borough Council"], distance: 20)]
        #expect(DefiniteDescription.resolve(["trust"], among: named) == 1)
        #expect(DefiniteDescription.resolve(["council"], among: named) == 2)
        // welfare: the kind word comes before `of`/`for`
        #expect(DefiniteDescription.resolve(["ministry"], among: [C(id: 3, names: ["Ministry for Work and Welfare"], distance: 300)]) == 3)
    }

    @Test func theBodyNamedMostOftenWinsAndATieRefuses() {
        // schools: a page about Brook Lane School that names Hilltop School once, nearer
        let page = [C(id: 1, names: ["Brook Lane School"], distance: 900), C(id: 1, names: ["Brook Lane School"], distance: 400),
                    C(id: 2, names: ["Hilltop School"], distance: 50)]
        #expect(DefiniteDescription.resolve(["school"], among: page) == 1)
        // housing: two councils named once each are equally possible
        let two = [C(id: 1, names: ["Kingsford Borough Council"], distance: 60), C(id: 2, names: ["Westfield District Council"], distance: 20)]
        #expect(DefiniteDescription.resolve(["council"], among: two) == nil)
    }

    @Test func noBodyOfTheKindIsNoBody() {
        let named = [C(id: 1, names: ["Eastmoor Hospital Trust"], distance: 40), C(id: 2, names: ["Prison and Probation Service"], distance: 90)]
        #expect(DefiniteDescription.resolve(["department"], among: named) == nil)
        // the kind is the name's kind word: a hospital trust is no hospital, a prison service no prison
        #expect(DefiniteDescription.resolve(["hospital"], among: named) == nil)
        #expect(DefiniteDescription.resolve(["prison"], among: named) == nil)
        // a plural name is a set of bodies; a plain noun does not stand alone, but a whole name spelled does
        #expect(DefiniteDescription.resolve(["trust"], among: [C(id: 3, names: ["Academy Trusts"], distance: 10)]) == nil)
        #expect(DefiniteDescription.resolve(["service"], among: named) == nil)
        #expect(DefiniteDescription.resolve(["prison", "and", "probation", "service"], among: named) == 2)
        // a business noun: a company suffix, or a name that says so
        #expect(DefiniteDescription.resolve(["company"], among: [C(id: 4, names: ["Harbour Lettings Ltd"], distance: 200)]) == 4)
        #expect(DefiniteDescription.resolve(["company"], among: [C(id: 5, names: ["Lakeside Water"], distance: 200)]) == nil)
    }

    @Test func aBodyBeyondTheWindowIsOutOfReach() {
        let w = DefiniteDescription.window
        #expect(DefiniteDescription.resolve(["council"], among: [C(id: 1, names: ["Kingsford Borough Council"], distance: w)]) == 1)
        #expect(DefiniteDescription.resolve(["council"], among: [C(id: 1, names: ["Kingsford Borough Council"], distance: w + 1)]) == nil)
        #expect(DefiniteDescription.resolve(["council"], among: [C(id: 1, names: ["Kingsford Borough Council"], distance: .max)]) == nil)
        // a suffix alone reaches only about a paragraph back
        let s = DefiniteDescription.suffixWindow
        #expect(DefiniteDescription.resolve(["firm"], among: [C(id: 2, names: ["Tolvan plc"], distance: s + 1)]) == nil)
        // a body named after the description is not before it
        #expect(DefiniteDescription.resolve(["council"], among: [C(id: 1, names: ["Kingsford Borough Council"], distance: -5)]) == nil)
    }

    @Test func theFourReadersAgree() {
        let records = [KnowledgeRecord(name: "Kingsford Benefits Agency", type: .organization),
                       KnowledgeRecord(name: "Westfield Housing Agency", type: .organization),
                       KnowledgeRecord(name: "Northgate Advice Centre", type: .organization),
                       KnowledgeRecord(name: "Ruth Hartley", type: .person), KnowledgeRecord(name: "Owen Pryce", type: .person)]
        // (a sentence between, so that no reader takes the body the sentence before is about)
        let one = "Kingsford Benefits Agency opened a new office in Leeds. Claims rose all year. "
        let two = "Ruth Hartley visited Kingsford Benefits Agency and Westfield Housing Agency in Leeds. Claims rose all year. "
        // the possessive posts, criticism, a description as the subject of ownership
        let sentences = ["The agency's chief executive, Ruth Hartley, cut the ribbon.",
                         "Owen Pryce condemned the agency.",
                         "The agency runs Northgate Advice Centre."]
        let expected = ["holds_role Ruth Hartley -> Kingsford Benefits Agency", "criticised Owen Pryce -> Kingsford Benefits Agency",
                        "operates Kingsford Benefits Agency -> Northgate Advice Centre"]
        for (sentence, edge) in zip(sentences, expected) {
            #expect(RelationTestSupport.read(one + sentence, records: records).contains(edge), "\(sentence)")
            // two agencies: none of the readers places it
            #expect(!RelationTestSupport.read(two + sentence, records: records).contains { $0.contains("Agency") },
                    "\(sentence)")
        }
        // event participants
        let head = "Monday, 3 March 2025\n\nT\n\n"
        func participants(_ page: String) -> [String] {
            let x = DocumentExtractor(knowledge: KnowledgeBase(records: records)).extract(PlainTextPageReader().read(text: page, path: "p.txt"))
            return x.events.first { $0.date.value == "2019" }.map { $0.participants.map { x.mentions[$0].mention.canonicalName } } ?? []
        }
        #expect(participants(head + one + "In 2019 the agency paid its staff late.\n").contains("Kingsford Benefits Agency"))
        #expect(!participants(head + two + "In 2019 the agency paid its staff late.\n").contains { $0.hasSuffix("Agency") })
    }
}
