import Corpus
import Testing
@testable import Extraction

/// A party read from a person's description after the name (appositions and relative clauses, over several
/// commas), a coordination before `both`, a party premodifier, co-members of a committee, and the wider employer
/// cues (`joined`, `came from the ... X`, `spent her career at`). Each with twins that must give nothing. The
/// sentences and names are invented.
@Suite struct PartyDescriptionTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Northgate College", type: .organization),
        KnowledgeRecord(name: "Audit Panel", type: .organization),
        KnowledgeRecord(name: "Rail Board", type: .organization),
        KnowledgeRecord(name: "Harbour Media", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Mark Cole", type: .person),
        KnowledgeRecord(name: "Sue Hart", type: .person),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("member_of ") }
            .map { $0.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "") }
    }

    @Test func aPartyInAnAppositionOrARelativeClause() {
        // health, schools, housing, transport
        #expect(read("The new hospital was opened by Ann Reed, the Labour politician who had campaigned for it.").contains("member_of Ann Reed -> Labour Party"))
        #expect(read("The school reforms were drafted by Tom Vale, then head of Northgate College, who went on to become a Conservative MP.")
            .contains("member_of Tom Vale -> Conservative Party"))
        #expect(read("The housing review went to Mark Cole, a retired surveyor who had advised Sue Hart's team and who later became a Labour housing minister.")
            .contains("member_of Mark Cole -> Labour Party"))
        #expect(read("Sue Hart, a crossbench peer and formerly a Liberal Democrat, chairs the rail inquiry.").contains("member_of Sue Hart -> Liberal Democrats"))
        #expect(read("Funding passed to Ann Reed, Lady Marsh, the Conservative who had served Tom Vale as transport minister.").contains("member_of Ann Reed -> Conservative Party"))
        // twins: a voter, a government, a negated or hedged clause, another person's clause
        #expect(read("The survey quoted Ann Reed, a former Labour voter who now backs nobody.").isEmpty)
        #expect(read("The cuts were attacked by Tom Vale, the Conservative government's fiercest critic on schools.").isEmpty)
        #expect(read("Mark Cole, a retired surveyor who never became a Labour councillor, chairs the tenants' group.").isEmpty)
        #expect(read("Mark Cole, a retired surveyor who hopes to become a Labour councillor, chairs the tenants' group.").isEmpty)
        #expect(read("Ann Reed, who chairs the trust, said Tom Vale was unfit for the job.").isEmpty)
        // twins: another person's description after a dash or inside the part; the party's own leader
        #expect(read("She succeeded Tom Vale, who left in 2012 to run a charity \u{2013} and its chair, the former Labour minister Ann Reed, stayed.")
            .filter { $0.hasPrefix("member_of Tom Vale") }.isEmpty)
        #expect(read("The pledge was made by Mark Cole, the Liberal Democrat leader, before the election.").isEmpty)
    }

    @Test func peopleCoordinatedBeforeBoth() {
        #expect(Set(read("Ann Reed in Leeds and Tom Vale in Hull, both Labour, want more buses.")) == ["member_of Ann Reed -> Labour Party", "member_of Tom Vale -> Labour Party"])
        #expect(Set(read("On welfare, Mark Cole and Sue Hart, both Conservative MPs, voted against the cut."))
            == ["member_of Mark Cole -> Conservative Party", "member_of Sue Hart -> Conservative Party"])
        // twins: parties coordinated, not people; one person only
        #expect(read("Ann Reed said that both Labour and the Tories had failed on housing.").isEmpty)
        #expect(read("The plan, backed by Ann Reed, both Labour and the unions say, is flawed.").isEmpty)
    }

    @Test func aLiberalPremodifierAndNoWebsiteForAParty() {
        #expect(read("The Act was steered through by the Liberal Home Secretary, Tom Vale, in 1908.").contains("member_of Tom Vale -> Liberal Party"))
        #expect(read("In 1995 the Conservative Home Secretary, Ann Reed, closed the hostels.") .contains("member_of Ann Reed -> Conservative Party"))
        // twin: a liberal reformer is no party
        #expect(read("The reform was the work of the liberal reformer Mark Cole.").isEmpty)
    }

    @Test func coMembersOfACommittee() {
        #expect(Set(read("Ann Reed sat on the Rail Board's first Audit Panel with Tom Vale and Mark Cole."))
            == ["member_of Ann Reed -> Audit Panel", "member_of Tom Vale -> Audit Panel", "member_of Mark Cole -> Audit Panel"])
        // twin: people met after the body are no members
        #expect(!read("Ann Reed sat on the Audit Panel and met Tom Vale.").contains("member_of Tom Vale -> Audit Panel"))
    }

    @Test func widerEmployerCues() {
        #expect(read("Conduct went to a new regulator led by Ann Reed, a former head of the Rail Board who had joined the Carers Union in 2011.")
            .contains("member_of Ann Reed -> Carers Union"))
        #expect(read("Tom Vale, who came from the newspaper group Harbour Media, ran the council's press office.").contains("member_of Tom Vale -> Harbour Media"))
        #expect(read("Sue Hart spent most of her career at Harbour Homes before moving to the regulator.").contains("member_of Sue Hart -> Harbour Homes"))
        #expect(read("Tom Vale spent his whole working life with Harbour Homes.").isEmpty)
        // twins: a post joined, a campaign joined, a career spent elsewhere, a quotation that came from a body
        #expect(read("Tom Vale joined the Carers Union's campaign against the cuts.").isEmpty)
        #expect(read("Mark Cole said the money came from the charity Harbour Homes.").isEmpty)
        #expect(!read("Sue Hart left Harbour Homes, where she was chief executive, in 2015.").contains("member_of Sue Hart -> Harbour Homes"))
    }

    @Test func aBoardTheSentenceDoesNotName() {
        // social care, water, schools
        #expect(read("Harbour Homes had a difficult year. Its chair left in May, and Ann Reed, a lawyer who sat on the board, held the fort.")
            .contains("member_of Ann Reed -> Harbour Homes"))
        #expect(read("Northgate College lost its principal in March. Tom Vale also resigned from the board alongside her.")
            .contains("member_of Tom Vale -> Northgate College"))
        #expect(read("The Carers Union grew quickly. The economist Mark Cole was named to its board in 2018.").contains("member_of Mark Cole -> Carers Union"))
        // twins: hedged, negated, another noun after `the board`
        #expect(read("Harbour Homes had a difficult year. Ann Reed, who hoped to sit on the board, stayed away.").isEmpty)
        #expect(read("Harbour Homes had a difficult year. Tom Vale never sat on the board.").isEmpty)
        #expect(read("Harbour Homes had a difficult year. Tom Vale sat on the boardwalk outside.").isEmpty)
    }

    @Test func bodiesBroughtTogether() {
        #expect(Set(read("Ann Reed set up the Audit Panel, bringing together colleges including Northgate College and the Carers Union, in 2020."))
            == ["member_of Northgate College -> Audit Panel", "member_of Carers Union -> Audit Panel"])
        #expect(Set(read("The Rail Board brings together Harbour Homes and Harbour Media.")) == ["member_of Harbour Homes -> Rail Board", "member_of Harbour Media -> Rail Board"])
        // twins: planned, people brought together
        #expect(read("The Rail Board could bring together Harbour Homes and Harbour Media.").isEmpty)
        #expect(read("The Rail Board plans to bring together Harbour Homes and Harbour Media.").isEmpty)
    }
}
