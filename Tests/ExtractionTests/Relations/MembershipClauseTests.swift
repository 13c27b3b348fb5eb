import Corpus
import Testing
@testable import Extraction

/// Membership stated by a clause, read from sentences written for these tests: a party as what someone is
/// (`is a Conservative`, `the Labour Ann Reed`, `sits in the Lords as a Labour peer`), the chamber sat in, the
/// members a body lists, a board joined, an employer worked for or left. Each with a twin that must give nothing:
/// negated, hedged, asked, or a party word that names no membership. The names are invented.
@Suite struct MembershipClauseTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Care Alliance", type: .organization),
        KnowledgeRecord(name: "Northgate College", type: .organization),
        KnowledgeRecord(name: "Westfield College", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Mark Cole", type: .person),
    ]

    func read(_ text: String) -> [String] {
        // (a party the recognizer names is a mention, else the party's name: the same for these tests)
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("member_of ") }
            .map { $0.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "") }
    }

    @Test func aPartyStatedAsWhatSomeoneIs() {
        #expect(read("Ann Reed is a Conservative and has led the council since 2016.") == ["member_of Ann Reed -> Conservative Party"])
        #expect(read("Tom Vale, who was a Labour councillor for years, now runs Harbour Homes.").contains("member_of Tom Vale -> Labour Party"))
        #expect(read("The local MP, the Conservative Ann Reed, spoke first.") == ["member_of Ann Reed -> Conservative Party"])
        #expect(read("The motion was put by Labour's Tom Vale.") == ["member_of Tom Vale -> Labour Party"])
        #expect(read("Mark Cole, a Liberal Democrat peer, asked the question.") == ["member_of Mark Cole -> Liberal Democrats"])
        // twins: negated, hedged, a party word that is no membership, another person's party
        #expect(read("Ann Reed is not a Conservative, whatever her critics say.").isEmpty)
        #expect(read("Ann Reed might become a Labour candidate next year.").isEmpty)
        #expect(read("Ann Reed is a Tory voter.").isEmpty)
        #expect(read("Ann Reed, a Labour-leaning lawyer, spoke.").isEmpty)
        #expect(read("Ann Reed said Tom Vale was a Conservative.").filter { $0.hasPrefix("member_of Ann Reed") }.isEmpty)
    }

    @Test func sittingInAChamberAsAPartyMember() {
        #expect(Set(read("Tom Vale sits in the Lords as a Labour peer.")) == ["member_of Tom Vale -> Labour Party", "member_of Tom Vale -> House of Lords"])
        #expect(read("Ann Reed was elected as a Conservative in 2010.") == ["member_of Ann Reed -> Conservative Party"])
        let pronoun = read("Tom Vale chairs Harbour Homes. He has run it since 2008 and sits in the Lords as a Labour peer.")
        #expect(Set(pronoun) == ["member_of Tom Vale -> Labour Party", "member_of Tom Vale -> House of Lords"])
        let she = RelationTestSupport.found("Ann Reed leads Eastside Trust. She is a Conservative.", records: Self.records, unnamed: true)
            .map(\.text).filter { $0.hasPrefix("member_of ") }.map { $0.replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "") }
        #expect(she == ["member_of Ann Reed -> Conservative Party"])
        // twins: described as one by someone else, hedged
        #expect(read("Ann Reed described Tom Vale as a Labour loyalist.").isEmpty)
        #expect(read("Tom Vale could sit in the Lords as a Labour peer.").isEmpty)
    }

    @Test func theMembersABodyLists() {
        #expect(Set(read("The Care Alliance, whose members include Northgate College and Westfield College, said little."))
            == ["member_of Northgate College -> Care Alliance", "member_of Westfield College -> Care Alliance"])
        #expect(read("The Care Alliance's members include Harbour Homes.") == ["member_of Harbour Homes -> Care Alliance"])
        #expect(read("The Care Alliance, whose members may include Harbour Homes, said little.").isEmpty)
        #expect(read("The Care Alliance, whose critics include Harbour Homes, said little.").isEmpty)
    }

    @Test func aBoardJoinedAnEmployerWorkedForOrLeft() {
        #expect(read("Mark Cole was appointed to the board of Harbour Homes in 2015.") == ["member_of Mark Cole -> Harbour Homes"])
        #expect(read("Ann Reed worked for Harbour Homes for a decade.") == ["member_of Ann Reed -> Harbour Homes"])
        #expect(read("Tom Vale, a former Eastside Trust manager who later worked for Harbour Homes, spoke.").contains("member_of Tom Vale -> Harbour Homes"))
        #expect(read("Tom Vale left the Carers Union years ago.") == ["member_of Tom Vale -> Carers Union"])
        // twins
        #expect(read("Mark Cole was never appointed to the board of Harbour Homes.").isEmpty)
        #expect(read("Did Ann Reed work for Harbour Homes?").isEmpty)
        #expect(read("Ann Reed, who met a man who worked for Harbour Homes, spoke.").isEmpty)
        #expect(read("Tom Vale left Harbour Homes to sort out the mess.").isEmpty)
    }
}
