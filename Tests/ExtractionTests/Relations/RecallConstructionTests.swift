import Corpus
import Testing
@testable import Extraction

/// A passive `replaced`/`succeeded ... by` at the end of a clause about the one replaced
/// (``RelationReader/passiveSuccessionAfterClause(_:_:)``), read from sentences written for these tests (invented
/// names, given as knowledge records), in several policy areas, each with twins that give nothing: a plan, a
/// modal, a negation, a question, two people before the verb.
@Suite struct PassiveSuccessionAfterClauseTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: LedPronounPostTests.knowledge) }
    func succeeds(_ passage: String) -> Bool { read(passage).contains { $0.hasPrefix("successor_of Ann Reed -> Tom Vale") } }
    func anySuccession(_ passage: String) -> Bool { read(passage).contains { $0.hasPrefix("successor_of") } }

    @Test func theNewcomerSucceedsTheClausesSubject() {
        // a relative clause and a time phrase before the verb, a description of the newcomer after `by`
        #expect(succeeds("Harbour Homes grew fast. Tom Vale, who had run the housing charity since 2009, retired in 2016 and was succeeded by his deputy, Ann Reed."))
        // words between the verb and `by`
        #expect(succeeds("Westside Care lost its contract. Tom Vale was pushed aside that spring and replaced on an acting basis by Ann Reed."))
        // `he` for the one replaced, named in the sentence before
        #expect(succeeds("Tom Vale lasted a year at the flood panel. In June he stood down and was replaced by Ann Reed."))
        // `she` after a `;`, for the person the sentence named first
        let afterSemicolon = "Harbour Homes grew fast. Sam Cole chaired the schools board from 2019; she was later succeeded by Ann Reed."
        #expect(read(afterSemicolon).contains { $0.hasPrefix("successor_of Ann Reed -> Sam Cole") })
        // a body's name with commas between the verb and `by`
        #expect(succeeds("Harbour Homes grew fast. Tom Vale left in May and was replaced at Westside Care by Ann Reed."))
    }

    @Test func aPlanANegationAQuestionOrTwoPeopleGiveNothing() {
        #expect(!anySuccession("Harbour Homes grew fast. Tom Vale retired in 2016 and would be replaced by Ann Reed."))
        #expect(!anySuccession("Harbour Homes grew fast. Tom Vale retired in 2016 and might have been succeeded by Ann Reed."))
        #expect(!anySuccession("Harbour Homes grew fast. Tom Vale retired in 2016 but was not replaced by Ann Reed."))
        #expect(!anySuccession("Harbour Homes grew fast. Was Tom Vale pushed out and replaced by Ann Reed?"))
        // two people before the verb, the second opening a `when` clause: the passive continues the main clause, so
        // the one replaced is its subject, never the `when` clause's (``RelationReader/mainClauseSubject(_:before:)``)
        let whenClause = read("Harbour Homes grew fast. Tom Vale left when Sam Cole arrived and was replaced by Ann Reed.")
        #expect(!whenClause.contains { $0.hasPrefix("successor_of Ann Reed -> Sam Cole") })
        // the one before the verb is governed by a preposition, not the clause's subject
        #expect(!anySuccession("Harbour Homes grew fast. The plan drawn up by Tom Vale was dropped and replaced by one from Ann Reed."))
    }
}

/// `X, who had been the body's ROLE`: a post held before, read like `was` and marked `former`; with a negation,
/// nothing.
@Suite struct PastPerfectRoleTests {
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: PersonRoleConstructionTests.knowledge) }

    @Test func aPostHeldBefore() {
        let school = read("The trust opened in 2012. Ruth Hartley, who had been the Kelby Academy Trust's finance director, took charge of the schools.")
        #expect(school.contains { $0.hasPrefix("holds_role Ruth Hartley -> Kelby Academy Trust [finance director] (former)") }, "\(school)")
        let water = read("The regulator fined the firm. Owen Pryce, who had been chief executive of Marlow Water, said nothing.")
        #expect(water.contains { $0.hasPrefix("holds_role Owen Pryce -> Marlow Water [chief executive] (former)") }, "\(water)")
        // `who has been`: a post held now
        let housing = read("The trust opened in 2012. Nia Doyle, who has been chair of Westmoor Homes since 2019, spoke first.")
        #expect(housing.contains { $0.hasPrefix("holds_role Nia Doyle -> Westmoor Homes [chair]") && !$0.contains("former") }, "\(housing)")
    }

    @Test func aClauseThatIsNoPostGivesNothing() {
        #expect(!read("The regulator fined the firm. Owen Pryce, who had been praised by Marlow Water, said nothing.").contains { $0.hasPrefix("holds_role") })
    }
}

/// `X of BODY` / `X at BODY` (``RelationReader/affiliationAfterName(_:)``): one of the body's people. `at` is read
/// only of a clause's subject with its verb after the body, never of a meeting place; a place, a question or a
/// body's class gives nothing.
@Suite struct AffiliationAfterNameTests {
    static let records: [KnowledgeRecord] = MembershipClauseTests.records + [
        KnowledgeRecord(name: "Leeds", type: .place),
    ]
    func members(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("member_of ") }
    }

    @Test func aPersonNamedWithTheirBody() {
        #expect(members("Ann Reed of the Carers Union and Tom Vale of Harbour Homes joined the panel in June.")
            == ["member_of Ann Reed -> Carers Union", "member_of Tom Vale -> Harbour Homes"])
        #expect(members("Mark Cole at the Care Alliance has warned about this for years.") == ["member_of Mark Cole -> Care Alliance"])
        // a plain description between `the` and the name
        #expect(members("The review of school funding was led by Tom Vale of the college Northgate College.") == ["member_of Tom Vale -> Northgate College"])
    }

    @Test func aMeetingPlaceAPlaceOrAQuestionGiveNothing() {
        #expect(members("Ann Reed met Tom Vale at Harbour Homes on Monday.").isEmpty)
        #expect(members("Ann Reed at Eastside Trust on Monday, a visit nobody expected.").isEmpty)
        #expect(members("Ann Reed of Leeds wrote to the paper.").isEmpty)
        #expect(members("Is Ann Reed of the Carers Union still on the panel?").isEmpty)
    }
}

/// Posts handed on to a successor (``RoleInheritance``): when the one replaced held posts at two bodies on the
/// line the succession draws on and the succession names neither, none is handed on.
@Suite struct TwoBodiesInheritanceTests {
    func handedOn(bodies: Int) -> [String] {
        func m(_ name: String, _ type: EntityType, line: Int, at: Int) -> LocatedMention {
            LocatedMention(post: 0, passage: 0, kind: .body, line: line,
                           mention: EntityMention(text: name, utf8Range: at..<(at + name.utf8.count), type: type, canonicalName: name, cue: .knowledge))
        }
        let mentions = [m("Ann Reed", .person, line: 1, at: 0), m("Harbour Homes", .organization, line: 1, at: 40),
                        m("Westside Care", .organization, line: 1, at: 90), m("Tom Vale", .person, line: 2, at: 240)]
        var found = [RelationCandidate(predicate: "holds_role", subject: 0, object: 1, label: "chief executive", post: 0, kind: .body, line: 1),
                     RelationCandidate(predicate: "successor_of", subject: 3, object: 0, post: 0, kind: .body, line: 2)]
        if bodies == 2 { found.append(RelationCandidate(predicate: "holds_role", subject: 0, object: 2, label: "chair", post: 0, kind: .body, line: 1)) }
        return RoleInheritance.inherited(found, mentions: mentions).map { e in
            "\(e.predicate) \(mentions[e.subject].mention.canonicalName) -> \(e.object.map { mentions[$0].mention.canonicalName } ?? "-")"
        }
    }

    @Test func onlyAnUnambiguousPostIsHandedOn() {
        #expect(handedOn(bodies: 1) == ["holds_role Tom Vale -> Harbour Homes"])
        #expect(handedOn(bodies: 2).isEmpty)
    }
}

/// A post named with `as` whose body's name holds `and` (`stepped down as chair of the Schools and Colleges
/// Authority`): the `and` inside the name ends nothing, so the post reaches the body; a negation still gives
/// nothing.
@Suite struct AsPostBodyWithAndTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Schools and Colleges Authority", type: .organization),
        KnowledgeRecord(name: "Land and Property Service", type: .organization),
    ])
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    @Test func thePostReachesTheBody() {
        let schools = read("The news came late. Ruth Hartley is stepping down as chair of the Schools and Colleges Authority, two years early.")
        #expect(schools.contains { $0.hasPrefix("holds_role Ruth Hartley -> Schools and Colleges Authority [chair]") }, "\(schools)")
        let land = read("The news came late. Owen Pryce has resigned as chief executive of the Land and Property Service.")
        #expect(land.contains { $0.hasPrefix("holds_role Owen Pryce -> Land and Property Service [chief executive]") }, "\(land)")
    }

    @Test func aNegationGivesNothing() {
        #expect(!read("The news came late. Owen Pryce did not serve as chief executive of the Land and Property Service.").contains { $0.hasPrefix("holds_role") })
    }
}

/// A body that started out as a unit of another (`opened in 2002 as an executive agency of the department`), and
/// the head of a unit named with its parent (`X is an agency of Y, headed by Z`: Z leads X, not Y).
@Suite struct UnitOfParentTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Westside Records Office", type: .organization),
        KnowledgeRecord(name: "Department for Harbours", type: .organization),
        KnowledgeRecord(name: "Eastside Licensing Agency", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]
    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func aBodyOpenedAsAUnit() {
        #expect(read("The Westside Records Office opened in May 2004 as an executive agency of the Department for Harbours.")
            .contains("part_of Westside Records Office -> Department for Harbours"))
        #expect(read("The Eastside Licensing Agency began life as an arm of the Department for Harbours.")
            .contains("part_of Eastside Licensing Agency -> Department for Harbours"))
        // negated: nothing
        #expect(!read("The Westside Records Office did not open in 2004 as an agency of the Department for Harbours.")
            .contains { $0.hasPrefix("part_of") })
    }

    @Test func theUnitIsLedNotItsParent() {
        let found = read("The Eastside Licensing Agency is an executive agency of the Department for Harbours, headed by Ann Reed.")
        #expect(found.contains("leads Ann Reed -> Eastside Licensing Agency"), "\(found)")
        #expect(!found.contains("leads Ann Reed -> Department for Harbours"), "\(found)")
        // the body before `headed by` that is no unit of anything is still the one led
        #expect(read("Ann Reed spoke last. The Department for Harbours, headed by Ann Reed, said nothing.").contains("leads Ann Reed -> Department for Harbours"))
    }
}
