import Corpus
import Testing
@testable import Extraction

/// Critics who join an attack in the same sentence (`..., and the Ramblers joined in`, `..., and it was joined
/// by A and by B`), protests by signatures and demonstrations, a warning about a body (`warned about`), and a
/// warning given to a body about its own failure (`warned the Home Office that ... far too readily`); with the
/// twins that must give nothing. Sentences written for these tests; invented names.
@Suite struct CriticismJoinedCriticsTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Northgate Bypass", type: .programme),
        KnowledgeRecord(name: "Cyclists Alliance", type: .organization),
        KnowledgeRecord(name: "Ramblers Federation", type: .organization),
        KnowledgeRecord(name: "Rivers Trust", type: .organization),
        KnowledgeRecord(name: "Woodland Society", type: .organization),
        KnowledgeRecord(name: "Save Our Fields", type: .organization),
        KnowledgeRecord(name: "Eastside Council", type: .organization),
        KnowledgeRecord(name: "Teachers Union", type: .organization),
        KnowledgeRecord(name: "Heads Association", type: .organization),
        KnowledgeRecord(name: "Schools Agency", type: .organization),
        KnowledgeRecord(name: "Harbour Care Group", type: .organization),
        KnowledgeRecord(name: "Prison Officers Association", type: .organization),
        KnowledgeRecord(name: "Home Office", type: .organization),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    func read(_ text: String) -> Set<String> {
        Set(RelationTestSupport.found(text, records: Self.records).map(\.text).filter { $0.hasPrefix("criticised ") })
    }

    @Test func criticsWhoJoinIn() {
        // transport
        #expect(read("The Cyclists Alliance has opposed the Northgate Bypass from the start, and the Ramblers Federation joined in.")
            == ["criticised Cyclists Alliance -> Northgate Bypass", "criticised Ramblers Federation -> Northgate Bypass"])
        // schools
        #expect(read("The Teachers Union attacked the Schools Agency over the new tests, and the Heads Association soon followed suit.")
            == ["criticised Teachers Union -> Schools Agency", "criticised Heads Association -> Schools Agency"])
        // housing
        #expect(read("The Rivers Trust condemned Eastside Council over the evictions, and the Woodland Society joined the criticism.")
            == ["criticised Rivers Trust -> Eastside Council", "criticised Woodland Society -> Eastside Council"])
    }

    @Test func criticsWhoDoNotJoinIn() {
        #expect(read("The Cyclists Alliance has opposed the Northgate Bypass from the start, and the Ramblers Federation did not join in.")
            == ["criticised Cyclists Alliance -> Northgate Bypass"])
        #expect(read("The Teachers Union attacked the Schools Agency over the tests, but the Heads Association refused to follow suit.")
            == ["criticised Teachers Union -> Schools Agency"])
        // joining something else: no critic
        #expect(read("The Rivers Trust condemned Eastside Council over the evictions, and the Woodland Society joined in the talks.")
            == ["criticised Rivers Trust -> Eastside Council"])
        // a join with no attack before it
        #expect(read("The Rivers Trust praised Eastside Council for the new park, and the Woodland Society joined in.").isEmpty)
    }

    @Test func criticsWhoJoinAProtest() {
        // environment: a petition, then the passive of the join, with a second `and by`
        #expect(read("The Rivers Trust gathered signatures against the Northgate Bypass, and it was joined by the Woodland Society and by local groups such as Save Our Fields.")
            == ["criticised Rivers Trust -> Northgate Bypass", "criticised Woodland Society -> Northgate Bypass",
                "criticised Save Our Fields -> Northgate Bypass"])
        // health: demonstrations
        #expect(read("The Prison Officers Association staged demonstrations against Harbour Care Group, and it was joined by the Teachers Union.")
            == ["criticised Prison Officers Association -> Harbour Care Group", "criticised Teachers Union -> Harbour Care Group"])
        // twins: a join that may come, and signatures for a body
        #expect(read("The Rivers Trust gathered signatures against the Northgate Bypass, and it may yet be joined by the Woodland Society.")
            == ["criticised Rivers Trust -> Northgate Bypass"])
        #expect(read("The Rivers Trust gathered signatures for the Northgate Bypass, and it was joined by the Woodland Society.").isEmpty)
    }

    @Test func aWarningAboutABody() {
        // prisons
        #expect(read("The Prison Officers Association has warned about Harbour Care Group for years.")
            == ["criticised Prison Officers Association -> Harbour Care Group"])
        // schools
        #expect(read("Ann Reed, the union's general secretary, warned about the Schools Agency in her speech.")
            == ["criticised Ann Reed -> Schools Agency"])
        // twins: a warning not given, and a warning of a forecast
        #expect(read("The Prison Officers Association has never warned about Harbour Care Group.").isEmpty)
        #expect(read("The Teachers Union warned of delays at the Schools Agency.").isEmpty)
    }

    @Test func aWarningToABodyAboutItsFailure() {
        // immigration
        #expect(read("Tom Vale, the former ombudsman, warned the Home Office in his reviews that detention was being used far too readily.")
            == ["criticised Tom Vale -> Home Office"])
        // housing
        #expect(read("The Rivers Trust warned Eastside Council last year that its flood defences were inadequate.")
            == ["criticised Rivers Trust -> Eastside Council"])
        // schools
        #expect(read("Inspectors said Ann Reed had warned the Schools Agency that its checks had failed.")
            .contains("criticised Ann Reed -> Schools Agency"))
        // twins: a forecast, a warning that clears, a warning not given, a question
        #expect(read("The Rivers Trust warned Eastside Council that costs would rise next year.").isEmpty)
        #expect(read("The Rivers Trust warned Eastside Council that the defences would not be inadequate.").isEmpty)
        #expect(read("The Rivers Trust did not warn Eastside Council that its flood defences were inadequate.").isEmpty)
        #expect(read("Had the Rivers Trust warned Eastside Council that its flood defences were inadequate?").isEmpty)
    }

    @Test func aCriticWhoEchoesTheSentenceBefore() {
        // welfare
        #expect(read("The Carers Union attacked Harbour Care Group over the closures. Ann Reed, a local councillor, made much the same point.")
            == ["criticised Ann Reed -> Harbour Care Group"])
        // schools
        #expect(read("The Teachers Union condemned the Schools Agency for the new tests. The Heads Association followed suit.")
            == ["criticised Heads Association -> Schools Agency"])
        // environment
        #expect(read("The Rivers Trust has opposed the Northgate Bypass for years. Tom Vale has been saying the same since 2015.")
            == ["criticised Tom Vale -> Northgate Bypass"])
        // twins: no criticism before, an echo not made, a question (a new paragraph: see the pages in the hand-over)
        #expect(read("The Carers Union praised Harbour Care Group for the new homes. Ann Reed made much the same point.").isEmpty)
        #expect(read("The Carers Union attacked Harbour Care Group over the closures. Ann Reed did not make the same point.").isEmpty)
        #expect(read("The Teachers Union condemned the Schools Agency for the new tests. Will the Heads Association follow suit?").isEmpty)
    }
}
