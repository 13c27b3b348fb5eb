import Corpus
import Testing
@testable import Extraction

/// The largest holder of a body's shares owns it (``RelationReader/largestShareholders(_:)``), and a run or own
/// verb does not take a name governed by a preposition of client or partner as its object
/// (``RelationReader/governedByClient(_:)``). Sentences written for these tests, with invented names from water,
/// buses, steel, retail and prisons; each shape has twins where nothing may be read.
@Suite struct ShareholderRelationTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Kestrel Water", type: .organization),
        KnowledgeRecord(name: "Fenland Pension Fund", type: .organization),
        KnowledgeRecord(name: "Harbour Buses", type: .organization),
        KnowledgeRecord(name: "Lowmoor Capital", type: .organization),
        KnowledgeRecord(name: "Ashby Steel", type: .organization),
        KnowledgeRecord(name: "Ministry of Justice", type: .organization),
        KnowledgeRecord(name: "Westshire Care", type: .organization),
        KnowledgeRecord(name: "Kelby Trust", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    // MARK: the largest shareholder

    @Test func theLargestShareholderNamedAfterACopulaOwnsTheBody() {
        let cases: [(String, String)] = [
            ("The largest shareholder in Kestrel Water is the Fenland Pension Fund.", "owns Fenland Pension Fund -> Kestrel Water"),
            ("The biggest shareholder of Harbour Buses was Lowmoor Capital, which sold out in 2015.", "owns Lowmoor Capital -> Harbour Buses"),
            ("The single largest investor in Ashby Steel is the Czech billionaire Ann Reed.", "owns Ann Reed -> Ashby Steel"),
        ]
        for (text, edge) in cases {
            let found = read(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
    }

    @Test func aPossessiveDescriptionOfTheLargestHolderNamesTheOwner() {
        let cases: [(String, String)] = [
            ("Kestrel Water's biggest shareholder, the Fenland Pension Fund, voted against the bonus.", "owns Fenland Pension Fund -> Kestrel Water"),
            ("Harbour Buses' main shareholder is Lowmoor Capital.", "owns Lowmoor Capital -> Harbour Buses"),
            ("Ashby Steel\u{2019}s majority owner, Lowmoor Capital, closed the furnace.", "owns Lowmoor Capital -> Ashby Steel"),
        ]
        for (text, edge) in cases {
            let found = read(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
    }

    @Test func theHolderNamedFirstIsTheLargestShareholder() {
        let cases: [(String, String)] = [
            ("The Fenland Pension Fund is the largest shareholder in Kestrel Water.", "owns Fenland Pension Fund -> Kestrel Water"),
            ("In 2019 Lowmoor Capital became the majority shareholder of Harbour Buses.", "owns Lowmoor Capital -> Harbour Buses"),
            ("Ann Reed, who is the controlling shareholder in Ashby Steel, said nothing.", "owns Ann Reed -> Ashby Steel"),
        ]
        for (text, edge) in cases {
            let found = read(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
    }

    @Test func oneHolderAmongManyOrAnUnmadeHoldingOwnsNothing() {
        // twins: a plain shareholder, a plan, a modal, a negation and a question
        for text in ["The Fenland Pension Fund is a shareholder in Kestrel Water.",
                     "Lowmoor Capital could become the largest shareholder in Harbour Buses.",
                     "Lowmoor Capital wants to become the biggest shareholder of Harbour Buses.",
                     "The Fenland Pension Fund is not the largest shareholder in Kestrel Water.",
                     "Is the Fenland Pension Fund the largest shareholder in Kestrel Water?",
                     "Kestrel Water's biggest customer, the Fenland Pension Fund, complained."] {
            let found = read(text)
            #expect(!found.contains(where: { $0.hasPrefix("owns ") }), "\(text): \(found)")
        }
    }

    func last(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func aSentenceOpeningWithTheLargestHolderOwnsTheBodyOfTheSentenceBefore() {
        let cases: [(String, String)] = [
            ("Kestrel Water's chief executive spent months courting investors. The biggest shareholder, the Fenland Pension Fund, led the revolt.",
             "owns Fenland Pension Fund -> Kestrel Water"),
            ("Ashby Steel lost money for a decade. Its largest shareholder was Lowmoor Capital.", "owns Lowmoor Capital -> Ashby Steel"),
            ("Harbour Buses cut the night routes. The single largest investor is Ann Reed.", "owns Ann Reed -> Harbour Buses"),
        ]
        for (text, edge) in cases {
            let found = last(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
        // twins: another noun than a holder's, a holder only hoped for, a question
        for text in ["Kestrel Water had a bad year. The biggest customer, the Fenland Pension Fund, left.",
                     "Ashby Steel lost money. The largest shareholder may soon be Lowmoor Capital.",
                     "Harbour Buses cut the routes. Is the largest shareholder Ann Reed?"] {
            let found = last(text)
            #expect(!found.contains(where: { $0.hasPrefix("owns ") }), "\(text): \(found)")
        }
    }

    // MARK: an adverb after a described relative clause

    @Test func anAdverbAfterADescribedRelativePronounKeepsTheVerbsObject() {
        let cases: [(String, String)] = [
            ("The homes went to Lowmoor Capital, the Essex-based company that already owns Kestrel Water.", "owns Lowmoor Capital -> Kestrel Water"),
            ("Ashby Steel, the firm which now runs the Kelby Trust, bid again.", "operates Ashby Steel -> Kelby Trust"),
            ("The depot passed to Westshire Care, the charity that also manages Harbour Buses.", "operates Westshire Care -> Harbour Buses"),
        ]
        for (text, edge) in cases {
            let found = read(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
        // twin: a verb of another kind after the adverb
        let other = read("The homes went to Lowmoor Capital, the company that already criticised Kestrel Water.")
        #expect(!other.contains(where: { $0.hasPrefix("owns ") || $0.hasPrefix("operates ") }), "\(other)")
    }

    // MARK: a client or partner is no object of a run verb

    @Test func aNameAfterAPrepositionOfClientOrPartnerIsNotRun() {
        let cases: [(String, String)] = [
            ("Westshire Care runs four prisons on behalf of the Ministry of Justice.", "operates Westshire Care -> Ministry of Justice"),
            ("Harbour Buses runs six routes in partnership with the Kelby Trust.", "operates Harbour Buses -> Kelby Trust"),
            ("Westshire Care provides hot meals to the Kelby Trust.", "operates Westshire Care -> Kelby Trust"),
            ("Lowmoor Capital manages the estate for Ashby Steel.", "operates Lowmoor Capital -> Ashby Steel"),
        ]
        for (text, edge) in cases {
            let found = read(text)
            #expect(!found.contains(edge), "\(text): \(found)")
        }
        // a body named after `with` runs the holding as the subject's partner (prisons, buses, care homes)
        for (text, edge) in [("Westshire Care ran six prisons with the Kelby Trust.", "partner_of Westshire Care -> Kelby Trust"),
                             ("Harbour Buses runs the night routes jointly with Lowmoor Capital.", "partner_of Harbour Buses -> Lowmoor Capital"),
                             ("Ashby Steel manages four care homes together with the Kelby Trust.", "partner_of Ashby Steel -> Kelby Trust")] {
            let found = read(text)
            #expect(found.contains(edge), "\(text): \(found)")
        }
        // twin: `, with` opens an absolute phrase, no partnership
        let absolute = read("Westshire Care ran the prisons, with the Kelby Trust paying the bills.")
        #expect(!absolute.contains(where: { $0.hasPrefix("partner_of") || $0.hasPrefix("operates Westshire Care -> Kelby") }), "\(absolute)")
        // twins: the name as the verb's object, and a contract noun before `for`
        let direct = read("Westshire Care runs the Kelby Trust.")
        #expect(direct.contains("operates Westshire Care -> Kelby Trust"), "\(direct)")
        #expect(RelationReader.governedByClient("four prisons on behalf of the"))
        #expect(RelationReader.governedByClient("six routes in partnership with"))
        #expect(!RelationReader.governedByClient("the contract for the"))
        #expect(!RelationReader.governedByClient("six homes including"))
        #expect(!RelationReader.governedByClient(""))
    }
}
