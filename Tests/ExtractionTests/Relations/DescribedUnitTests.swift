import Corpus
import Testing
@testable import Extraction

/// Units named beside a description of what they belong to (``RelationReader/unitPlacements(_:_:)`` and the unit
/// cue of ``RelationReader/ownershipRelations(_:)``): `a new executive agency of X, Y`; `Y, the team in X`; `Y
/// itself is an agency of X`; `Y, its enforcement arm`; `although it remains part of X`; and bodies coordinated
/// before one verb of belonging (`A and B ... became part of X`). Sentences written for these tests on several
/// policy areas, with invented or generic names given as knowledge records; each rule has twins that give no edge.
@Suite struct DescribedUnitTests {
    static let records: [KnowledgeRecord] = [
        "Department for Transport", "Vehicle Standards Agency", "Department for Communities", "Rough Sleepers Unit",
        "Youth Justice Board", "Ministry of Justice", "Rail Safety Board", "Rail Inspectorate", "Healthwatch England",
        "Patient Advice Service", "Care Quality Commission", "Homes Advice Wales", "Welsh Housing Agency", "Home Office",
        "Border Data Unit", "Harbour Trust", "Westside Council", "Treasury", "Schools Office", "Exams Unit",
        "Department for Education", "Museums Council", "Arts Board", "Heritage Board", "Water Board", "River Unit",
    ].map { KnowledgeRecord(name: $0, type: .organization) } + [KnowledgeRecord(name: "Ann Reed", type: .person)]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    @Test func aUnitNamedAfterADescriptionOfItsParentIsPartOfIt() {
        for (text, edge) in [
            ("From April the licensing work moves to a new executive agency of the Department for Transport, the Vehicle Standards Agency, whose chief executive starts in May.",
             "part_of Vehicle Standards Agency -> Department for Transport"),
            ("Exam appeals now go to a small unit within the Department for Education, the Exams Unit.",
             "part_of Exams Unit -> Department for Education"),
            ("Flood grants are handled by the specialist team in the Water Board, the River Unit, which reports monthly.",
             "part_of River Unit -> Water Board"),
        ] {
            #expect(read(text).contains(edge), "\(text) \(read(text))")
        }
        for text in ["Ministers have proposed a new agency of the Home Office, the Border Data Unit, to hold the records.",
                     "There will be a new agency of the Home Office, the Border Data Unit.",
                     "The money goes to a new partner of the Home Office, the Border Data Unit.",
                     "Is the work going to a new agency of the Home Office, the Border Data Unit?"] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text) \(read(text))")
        }
    }

    @Test func aUnitDescribedAfterItsNameAsATeamInABodyIsPartOfIt() {
        for (text, edge) in [
            ("The idea came from the Rough Sleepers Unit, the team in the Department for Communities that ministers set up in 1999.",
             "part_of Rough Sleepers Unit -> Department for Communities"),
            ("The Youth Justice Board itself is an executive agency of the Ministry of Justice, and it funds local teams.",
             "part_of Youth Justice Board -> Ministry of Justice"),
            ("Last year the advice line was renamed Homes Advice Wales, although it remains part of the Welsh Housing Agency.",
             "part_of Homes Advice Wales -> Welsh Housing Agency"),
        ] {
            #expect(read(text).contains(edge), "\(text) \(read(text))")
        }
        for text in ["The Rough Sleepers Unit met the team in the Department for Communities.",
                     "Homes Advice Wales says that it no longer remains part of the Welsh Housing Agency."] {
            #expect(!read(text).contains { $0.hasPrefix("part_of") }, "\(text) \(read(text))")
        }
    }

    @Test func aUnitDescribedByItsParentsPronounIsPartOfTheBodyBefore() {
        for (text, edge) in [
            ("The Rail Safety Board was set up in 1994, and the Rail Inspectorate, its enforcement arm, a year later.",
             "part_of Rail Inspectorate -> Rail Safety Board"),
            ("The Museums Council grew quickly after 2001, and the Arts Board, its grant-giving arm, moved to Leeds.",
             "part_of Arts Board -> Museums Council"),
        ] {
            #expect(read(text).contains(edge), "\(text) \(read(text))")
        }
        for text in ["The Rail Safety Board met Ann Reed and the Rail Inspectorate, its enforcement arm, in May.",
                     "The Rail Safety Board was set up in 1994; the Rail Inspectorate, its enforcement arm, came later."] {
            #expect(!read(text).contains("part_of Rail Inspectorate -> Rail Safety Board"), "\(text) \(read(text))")
        }
    }

    @Test func bodiesCoordinatedBeforeOneVerbOfBelongingAreEachPartOfTheBody() {
        for (text, edges) in [
            ("Healthwatch England and the Patient Advice Service stopped being separate charities and became part of the Care Quality Commission.",
             ["part_of Healthwatch England -> Care Quality Commission", "part_of Patient Advice Service -> Care Quality Commission"]),
            ("The Arts Board and the Heritage Board are now part of the Museums Council.",
             ["part_of Arts Board -> Museums Council", "part_of Heritage Board -> Museums Council"]),
            ("The Schools Office and the Exams Unit, both executive agencies of the Department for Education, closed in 2012.",
             ["part_of Schools Office -> Department for Education", "part_of Exams Unit -> Department for Education"]),
        ] {
            let all = read(text)
            for e in edges { #expect(all.contains(e), "\(text) \(all)") }
        }
        // an apposition describes only the name it follows; a plan or a negation gives nothing
        let apposition = read("Harbour Trust and Westside Council, an executive agency of the Treasury, signed the deal.")
        #expect(!apposition.contains("part_of Harbour Trust -> Treasury"), "\(apposition)")
        #expect(apposition.contains("part_of Westside Council -> Treasury"), "\(apposition)")
        for text in ["The Arts Board and the Heritage Board should become part of the Museums Council.",
                     "The Arts Board and the Heritage Board never became part of the Museums Council.",
                     "Ann Reed funded the Arts Board and the Heritage Board, which is part of the Museums Council."] {
            #expect(!read(text).contains("part_of Arts Board -> Museums Council"), "\(text) \(read(text))")
        }
    }
}

/// Funders of a body named inside its own apposition: `Harbour Rail was a subsidiary of the Council, funded jointly
/// by the Council and the Ministry` (the list funds the sentence's subject, not the body it belongs to).
@Suite struct FundedAppositionTests {
    static let records: [KnowledgeRecord] = [
        "Harbour Rail", "Westside Council", "Transport Ministry", "Eastside Clinic", "Harbour Trust", "Health Ministry",
        "Northgate Academy", "Kestrel Trust", "Education Ministry",
    ].map { KnowledgeRecord(name: $0, type: .organization) } + [KnowledgeRecord(name: "Ann Reed", type: .person)]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }

    @Test func theFundersOfABodyNamedInItsAppositionFundTheSubject() {
        for (text, edges) in [
            ("Harbour Rail was a subsidiary of the Westside Council, funded jointly by the Westside Council and the Transport Ministry.",
             ["funds Westside Council -> Harbour Rail", "funds Transport Ministry -> Harbour Rail"]),
            ("The Eastside Clinic is a branch of the Harbour Trust, funded by the Harbour Trust and the Health Ministry.",
             ["funds Harbour Trust -> Eastside Clinic", "funds Health Ministry -> Eastside Clinic"]),
            ("Northgate Academy is part of the Kestrel Trust, paid for by the Kestrel Trust and the Education Ministry.",
             ["funds Kestrel Trust -> Northgate Academy", "funds Education Ministry -> Northgate Academy"]),
        ] {
            let all = read(text)
            for e in edges { #expect(all.contains(e), "\(text) \(all)") }
        }
        for text in ["Ann Reed chaired a panel of the Westside Council, funded by the Westside Council and the Transport Ministry.",
                     "Harbour Rail was a subsidiary of the Westside Council, never funded by the Westside Council or the Transport Ministry.",
                     "Harbour Rail thanked the Westside Council, funded by the Westside Council and the Transport Ministry."] {
            #expect(!read(text).contains { $0.hasPrefix("funds") && $0.hasSuffix("-> Harbour Rail") }, "\(text) \(read(text))")
        }
    }
}
