import Corpus
import Testing
@testable import Extraction

/// Posts and leadership stated in shapes the plain apposition and copula rules missed: a title holding a list of
/// remits (`prisons and probation minister`), a time phrase before an apposition (`at the time`), a relative clause's
/// `as` (`who as health secretary cut`), a post taken in a clause of time (`before becoming`), a span of time before
/// `running` (`after eight years running`), a plain description before `who` (`a Canadian who had run`) and two
/// bodies led one after the other (`ran A and then B`). Sentences written for these tests on health, schools, prisons,
/// housing, transport, water and culture, each with twins that state no post.
@Suite struct PostClauseShapeTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nia Doyle", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
        KnowledgeRecord(name: "Kelby Academy Trust", type: .organization),
        KnowledgeRecord(name: "Marlow Water", type: .organization),
        KnowledgeRecord(name: "Coastal Rail Board", type: .organization),
        KnowledgeRecord(name: "Westmoor Prison Agency", type: .organization),
        KnowledgeRecord(name: "Westmoor Probation Trust", type: .organization),
        KnowledgeRecord(name: "Harbour Museums", type: .organization),
    ])

    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }
    func roles(_ passage: String, _ person: String) -> [String] {
        read(passage).filter { ($0.hasPrefix("holds_role \(person) ") || $0.hasPrefix("leads \(person) ")) }
    }
    func leads(_ passage: String, _ person: String, _ body: String) -> Bool {
        read(passage).contains { $0.hasPrefix("leads \(person) -> \(body)") }
    }

    // MARK: a list of remits inside a title

    @Test func aTitleHoldingAListOfRemitsIsOnePost() {
        // prisons, after `became` (no article) and `is now the`
        #expect(roles("Owen Pryce became prisons and probation minister at the start of this month.", "Owen Pryce")
            .contains { $0.contains("prisons and probation minister") })
        #expect(roles("Ruth Hartley is now the prisons and probation minister.", "Ruth Hartley")
            .contains { $0.contains("prisons and probation minister") })
        // culture: a list with commas
        #expect(roles("Nia Doyle was culture, media and sport secretary for two years.", "Nia Doyle")
            .contains { $0.contains("culture media and sport secretary") || $0.contains("culture, media and sport secretary") })
        // policing: the place's possessive first
        #expect(roles("Owen Pryce has been Kelby's police, fire and crime commissioner since 2017.", "Owen Pryce")
            .contains { $0.contains("commissioner") })
        // the twins: no role noun at the list's end, or another phrase after `and`
        #expect(roles("Owen Pryce became ill and the board met without him.", "Owen Pryce").isEmpty)
        #expect(roles("Ruth Hartley became famous and rich.", "Ruth Hartley").isEmpty)
        #expect(roles("Nia Doyle was never prisons and probation minister.", "Nia Doyle").isEmpty)
    }

    // MARK: `at the time` before an apposition

    @Test func aPostAfterAtTheTimeIsAPostHeldThen() {
        #expect(read("Ruth Hartley, at the time chief executive of Marlow Water, resigned.")
            .contains("holds_role Ruth Hartley -> Marlow Water [chief executive] (former)"))
        #expect(roles("Owen Pryce, at the time the Schools Minister, ordered a review.", "Owen Pryce").contains { $0.lowercased().contains("schools minister") })
        #expect(read("Nia Doyle, by then chair of Harbour Museums, signed the deal.").contains { $0.hasPrefix("holds_role Nia Doyle -> Harbour Museums [chair]") })
        // the twin: a time phrase before a clause, not a post
        #expect(roles("Ruth Hartley, at the time, thought Marlow Water was well run.", "Ruth Hartley").isEmpty)
    }

    // MARK: a relative clause's `as`

    @Test func aPostAfterWhoAsEndsAtTheClausesVerb() {
        #expect(roles("Owen Pryce, who as Justice Secretary pushed the reforms through, has never apologised.", "Owen Pryce")
            .contains { $0.contains("Justice Secretary") || $0.contains("justice secretary") })
        #expect(read("Ruth Hartley, who as chief executive of Marlow Water cut the leaks by half, retired.")
            .contains { $0.hasPrefix("holds_role Ruth Hartley -> Marlow Water [chief executive]") })
        // the twins: `as` of comparison, and no post at all
        #expect(roles("Owen Pryce, who as usual spoke last, said nothing.", "Owen Pryce").isEmpty)
        #expect(roles("Nia Doyle, who as a result lost her seat, left politics.", "Nia Doyle").isEmpty)
    }

    // MARK: a post taken in a clause of time

    @Test func aPostTakenBeforeOrAfterBecomingIsHeld() {
        #expect(read("Nia Doyle ran a small charity before becoming chair of Harbour Museums.").contains { $0.hasPrefix("holds_role Nia Doyle -> Harbour Museums [chair]") })
        #expect(read("Ruth Hartley spent ten years at Marlow Water before becoming chief executive of the Coastal Rail Board.")
            .contains { $0.hasPrefix("holds_role Ruth Hartley -> Coastal Rail Board [chief executive]") })
        #expect(roles("Owen Pryce, who led Kelby Academy Trust before becoming Children's Commissioner, defended his record.", "Owen Pryce")
            .contains { $0.lowercased().contains("commissioner") })
        // the twins: a wish and a refusal
        #expect(!read("Nia Doyle dreams of becoming chair of Harbour Museums.").contains { $0.hasPrefix("holds_role Nia Doyle -> Harbour Museums") })
        #expect(!read("Ruth Hartley avoided becoming chief executive of Marlow Water.").contains { $0.hasPrefix("holds_role Ruth Hartley -> Marlow Water") })
    }

    // MARK: a span of time before `running`

    @Test func aBodyRunForASpanOfTimeIsLedBefore() {
        #expect(leads("Owen Pryce, who took over as chief inspector of schools in March after eight years running Kelby Academy Trust, has warned about funding.", "Owen Pryce", "Kelby Academy Trust"))
        #expect(leads("Ruth Hartley joined the rail board after a decade leading Marlow Water.", "Ruth Hartley", "Marlow Water"))
        // after a post taken: the body led before is led too
        #expect(leads("Nia Doyle became chief executive of the Coastal Rail Board after running Harbour Museums.", "Nia Doyle", "Harbour Museums"))
        // the post taken is not at the body led before it
        let taken = "Marlow Water was sold in 2013. Nia Doyle became chief executive in 2010 after running Harbour Museums."
        #expect(leads(taken, "Nia Doyle", "Harbour Museums"))
        #expect(!read(taken).contains { $0.hasPrefix("holds_role Nia Doyle -> Harbour Museums [chief executive]") })
        // the twins: a plan, and years spent criticising
        #expect(!leads("Ruth Hartley hopes to retire after eight years running Marlow Water.", "Ruth Hartley", "Marlow Water"))
        #expect(!leads("Owen Pryce spent eight years attacking Marlow Water.", "Owen Pryce", "Marlow Water"))
    }

    // MARK: a plain description before `who`

    @Test func aWhoClauseAfterAPlainDescriptionIsThePersons() {
        #expect(leads("The post went to Ruth Hartley, a Canadian who had previously run Marlow Water.", "Ruth Hartley", "Marlow Water"))
        #expect(leads("Owen Pryce, the veteran who had chaired Harbour Museums, stepped in.", "Owen Pryce", "Harbour Museums"))
        // the twins: a description holding another person or body, and a wish
        #expect(!leads("Nia Doyle, the daughter of a man who had run Marlow Water, spoke.", "Nia Doyle", "Marlow Water"))
        #expect(!leads("Ruth Hartley, a Canadian who wants to run Marlow Water, applied.", "Ruth Hartley", "Marlow Water"))
    }

    // MARK: an employer after the title

    @Test func anEmployerNamedAfterTheTitleIsThePostsBody() {
        #expect(read("Nia Doyle, a young custody officer employed by Westmoor Prison Agency, filmed the footage.")
            .contains { $0.hasPrefix("holds_role Nia Doyle -> Westmoor Prison Agency [young custody officer]") })
        #expect(read("Owen Pryce, a curator employed by Harbour Museums who had seen the reports, spoke out.")
            .contains { $0.hasPrefix("holds_role Owen Pryce -> Harbour Museums") })
        #expect(read("Ruth Hartley, an engineer working for the Coastal Rail Board, raised the alarm.")
            .contains { $0.hasPrefix("holds_role Ruth Hartley -> Coastal Rail Board [engineer]") })
        // the twin: a person sacked by the body holds no post there
        #expect(!read("Ruth Hartley, a nurse sacked by Marlow Water, spoke out.").contains { $0.hasPrefix("holds_role Ruth Hartley -> Marlow Water") })
    }

    // MARK: a long name inside an apposition

    @Test func aLongNameInAnAppositionCountsAsOneWord() {
        let records = Self.knowledge.records + [KnowledgeRecord(name: "Department for Rural Affairs, Fisheries and Coastal Communities", type: .organization),
                                                KnowledgeRecord(name: "Her Majesty's Prison and Probation Service", type: .organization)]
        let knowledge = KnowledgeBase(records: records)
        let farming = "Nia Doyle, the new permanent secretary at the Department for Rural Affairs, Fisheries and Coastal Communities, spoke."
        #expect(RelationTestSupport.labelled(farming, knowledge: knowledge)
            .contains { $0.hasPrefix("holds_role Nia Doyle -> Department for Rural Affairs, Fisheries and Coastal Communities") })
        let prisons = "The work now falls to Owen Pryce, the new chief executive of Her Majesty's Prison and Probation Service, which replaced the agency."
        #expect(RelationTestSupport.labelled(prisons, knowledge: knowledge)
            .contains { $0.hasPrefix("holds_role Owen Pryce -> Her Majesty's Prison and Probation Service [new chief executive]") })
        // the twin: a long clause after the name is no apposition, whatever body it names
        let clause = "Owen Pryce, who spent most of the last ten years arguing with the Department for Rural Affairs, Fisheries and Coastal Communities, retired."
        #expect(!RelationTestSupport.labelled(clause, knowledge: knowledge).contains { $0.hasPrefix("holds_role Owen Pryce") })
    }

    // MARK: two bodies led one after the other

    @Test func twoBodiesJoinedAfterAVerbOfLeadingAreBothLed() {
        let prisons = "Owen Pryce, who ran the Westmoor Prison Agency and then the Westmoor Probation Trust, stood down in March."
        #expect(leads(prisons, "Owen Pryce", "Westmoor Prison Agency"))
        #expect(leads(prisons, "Owen Pryce", "Westmoor Probation Trust"))
        #expect(leads("Ruth Hartley chaired Marlow Water and later Harbour Museums.", "Ruth Hartley", "Harbour Museums"))
        // the twins: the second body is the clause's next subject, or named by a verb of its own
        #expect(!leads("Nia Doyle ran Marlow Water, and Harbour Museums closed.", "Nia Doyle", "Harbour Museums"))
        #expect(!leads("Nia Doyle ran Marlow Water and criticised Harbour Museums.", "Nia Doyle", "Harbour Museums"))
    }
}
