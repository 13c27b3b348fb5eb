import Corpus
import Testing
@testable import Extraction

/// How writers state that a person took over a post, led a body or belongs to a party, read in sentences written
/// for these tests (invented names, given as knowledge records so that the reading of the construction is what is
/// tested). Each construction comes in at least three wordings, with twins (negated, asked, planned) that give
/// nothing.
@Suite struct PersonChangeConstructionTests {
    static let knowledge = KnowledgeBase(records: [
        KnowledgeRecord(name: "Ruth Hartley", type: .person),
        KnowledgeRecord(name: "Owen Pryce", type: .person),
        KnowledgeRecord(name: "Nia Doyle", type: .person),
        KnowledgeRecord(name: "Gareth Lyle", type: .person),
        KnowledgeRecord(name: "Mrs Hartley", type: .person),
        KnowledgeRecord(name: "Northfield Housing Trust", type: .organization),
        KnowledgeRecord(name: "Eastgate Estates", type: .organization),
        KnowledgeRecord(name: "Westmoor Homes", type: .organization),
        KnowledgeRecord(name: "Kelby Digital Unit", type: .organization),
        KnowledgeRecord(name: "Marlow Water", type: .organization),
        KnowledgeRecord(name: "Audit Select Committee", type: .organization),
        KnowledgeRecord(name: "Kit Sangster", type: .person),
        KnowledgeRecord(name: "Care Ombudsman", type: .organization),
        KnowledgeRecord(name: "Department for Work and Pensions", type: .organization),
        KnowledgeRecord(name: "Home Office", type: .organization),
        KnowledgeRecord(name: "Department for Transport", type: .organization),
    ])

    /// `predicate subject -> object [label] (qualifier)` for each relation read in the LAST sentence of `passage`.
    func read(_ passage: String) -> [String] { RelationTestSupport.labelled(passage, knowledge: Self.knowledge) }

    func roles(_ passage: String) -> [String] { read(passage).filter { $0.hasPrefix("holds_role") || $0.hasPrefix("leads") } }

    func successions(_ passage: String) -> [String] { read(passage).filter { $0.hasPrefix("successor_of") } }

    // MARK: a career moving on

    @Test func aCareerMovingOnToBecomeAPostGivesThePost() {
        // housing: `later went on to become`
        #expect(roles("Ruth Hartley later went on to become chief executive of Northfield Housing Trust.").contains {
            $0.hasPrefix("holds_role Ruth Hartley -> Northfield Housing Trust [chief executive]") })
        // water: `returned to become`
        #expect(roles("Owen Pryce returned to become chair of Marlow Water in 2015.").contains {
            $0.hasPrefix("holds_role Owen Pryce -> Marlow Water [chair]") })
        // digital government: `came back to become`
        #expect(roles("Nia Doyle came back to become director of the Kelby Digital Unit.").contains {
            $0.hasPrefix("holds_role Nia Doyle -> Kelby Digital Unit") })
        // the twins: a journey, a wish, a negation
        #expect(roles("Gareth Lyle went to Leeds to become chair of Westmoor Homes.").isEmpty)
        #expect(roles("Gareth Lyle hoped to go on to become chair of Westmoor Homes.").isEmpty)
        #expect(roles("Gareth Lyle never went on to become chair of Westmoor Homes.").isEmpty)
    }

    // MARK: titles

    @Test func aVerbBeforeAPostIsNeverPartOfItsTitle() {
        #expect(!RelationReader.isRole("appointed chief executive"))
        #expect(!RelationReader.isRole("named chair"))
        #expect(!RelationReader.isRole("promoted finance director"))
        #expect(RelationReader.isRole("elected mayor"))
        #expect(RoleTitle.clean("became transport secretary") == "transport secretary")
        for sentence in ["Ruth Hartley was appointed chief executive of Marlow Water in 2011.",
                         "In 2015 Owen Pryce was named chair of Eastgate Estates.",
                         "Nia Doyle became finance director of Westmoor Homes last year."] {
            let labels = read(sentence).compactMap { $0.split(separator: "[").dropFirst().first }
            #expect(!labels.isEmpty, "\(sentence)")
            #expect(!labels.contains { $0.hasPrefix("appointed") || $0.hasPrefix("named") || $0.hasPrefix("became") }, "\(sentence): \(labels)")
        }
    }

    @Test func aFieldWordBeforeSecretaryIsNoPersonInTheTitle() {
        #expect(read("Rail fares rose. The Transport Secretary, Ruth Hartley, called it a turning point.").contains { $0.hasPrefix("holds_role Ruth Hartley") && $0.contains("[transport secretary]") })
        #expect(read("Rail fares rose. The Education Secretary, Owen Pryce, called it fair.").contains { $0.hasPrefix("holds_role Owen Pryce") && $0.contains("[education secretary]") })
        // a list is no apposition
        #expect(read("Rail fares rose. The Transport Secretary, Ruth Hartley and Owen Pryce met.").filter { $0.hasPrefix("holds_role Ruth Hartley") }.isEmpty)
    }

    @Test func aPostThatIsAlsoTheNameOfItsOfficeIsHeldThere() {
        for sentence in ["Rents rose again. The Care Ombudsman, Ruth Hartley, criticised several landlords.",
                         "Rents rose again. Ruth Hartley, the Care Ombudsman, said landlords must act.",
                         "Rents rose again. Ruth Hartley, who is the Care Ombudsman, wrote to the minister."] {
            #expect(read(sentence).contains("holds_role Ruth Hartley -> Care Ombudsman [care ombudsman]"), "\(sentence): \(read(sentence))")
        }
        // a complaint to the office is no post there
        #expect(!read("Rents rose again. Ruth Hartley complained to the Care Ombudsman.").contains { $0.hasPrefix("holds_role") })
        #expect(!read("Rents rose again. Ruth Hartley and the Care Ombudsman met.").contains { $0.hasPrefix("holds_role") })
    }

    @Test func aMinistersPostWithNoDepartmentIsAtTheDepartmentTheTextIsAbout() {
        #expect(read("The Department for Work and Pensions changed the rules in 2013. Ruth Hartley, then the employment minister, defended them.")
            .contains("holds_role Ruth Hartley -> Department for Work and Pensions [employment minister]"))
        #expect(read("The Home Office missed its target. The Home Office blamed the courts. Nobody was surprised.\n\nOwen Pryce, the immigration minister, said little.")
            .contains("holds_role Owen Pryce -> Home Office [immigration minister]"))
        #expect(read("After the Department for Work and Pensions lost the case, Nia Doyle, the minister for disabled people, apologised.")
            .contains("holds_role Nia Doyle -> Department for Work and Pensions [minister for disabled people]"))
        // a head of government, a shadow post, a denied post: not at the department
        for passage in ["The Home Office missed its target. Ruth Hartley, the prime minister, said little.",
                        "The Home Office missed its target. Owen Pryce, the shadow immigration minister, said little.",
                        "The Department for Work and Pensions changed the rules. Ruth Hartley was never the employment minister."] {
            #expect(!read(passage).contains { $0.hasPrefix("holds_role") && ($0.contains("Home Office") || $0.contains("Work and Pensions")) }, "\(passage): \(read(passage))")
        }
    }

    // MARK: a post placed by the page's topic

    @Test func aPostWithNoOrganizationIsNeverPlacedAtADepartmentFromTheContext() {
        let context = "Marlow Water was set up by the Department for Transport. The Department for Transport funds Marlow Water. The Department for Transport audits it.\n\n"
        for sentence in ["By the time Ruth Hartley was appointed chief executive in 2011, things were calm.",
                         "Owen Pryce became chair in 2015 and stayed for years.",
                         "In 2019 Nia Doyle took over as chief executive."] {
            let found = roles(context + sentence)
            #expect(found.contains { $0.contains("-> Marlow Water") }, "\(sentence): \(found)")
            #expect(!found.contains { $0.contains("Department for Transport") }, "\(sentence): \(found)")
        }
        // a page about the department alone places the post nowhere
        let onlyDepartment = "The Department for Transport set targets. The Department for Transport missed them. It was criticised.\n\n"
        #expect(!roles(onlyDepartment + "By the time Ruth Hartley was appointed chief executive in 2011, things were calm.").contains { $0.contains("Department for Transport") })
        #expect(roles(context + "Ruth Hartley was not appointed chief executive in 2011.").isEmpty)
    }

    // MARK: led by

    @Test func aPartysPossessiveBeforeTheLeaderIsAMembership() {
        for (sentence, who) in [("The Audit Select Committee, chaired by Labour's Nia Doyle, took evidence in May.", "Nia Doyle"),
                                ("Westmoor Homes, now led by Labour's Owen Pryce, lost the vote.", "Owen Pryce"),
                                ("The Audit Select Committee, headed by Labour's Ruth Hartley since 2020, criticised the deal.", "Ruth Hartley")] {
            let found = read(sentence)
            #expect(found.contains { $0.hasPrefix("leads \(who) -> ") && !$0.contains("Labour") }, "\(sentence): \(found)")
            #expect(found.contains { $0.hasPrefix("member_of \(who) -> ") && $0.contains("Labour") }, "\(sentence): \(found)")
        }
        for sentence in ["The Audit Select Committee, which could be chaired by Labour's Nia Doyle, met.",
                         "Is the Audit Select Committee chaired by Labour's Nia Doyle?"] {
            #expect(!read(sentence).contains { $0.hasPrefix("leads") }, "\(sentence)")
        }
    }

    @Test func theBodyLedIsTheNameAnAppositionDescribes() {
        for (sentence, who, body) in [("It was built by Kelby Digital Unit, the Eastgate Estates arm then led by Owen Pryce.", "Owen Pryce", "Kelby Digital Unit"),
                                      ("Marlow Water, a Westmoor Homes subsidiary headed by Ruth Hartley, objected.", "Ruth Hartley", "Marlow Water"),
                                      ("We met Kelby Digital Unit, the Northfield Housing Trust unit run by Nia Doyle, in May.", "Nia Doyle", "Kelby Digital Unit")] {
            let found = read(sentence)
            #expect(found.contains("leads \(who) -> \(body)"), "\(sentence): \(found)")
            #expect(!found.contains { $0.hasPrefix("leads \(who)") && !$0.hasSuffix(body) }, "\(sentence): \(found)")
        }
        #expect(!read("Kelby Digital Unit, the Eastgate Estates arm that may be led by Owen Pryce, waits.").contains { $0.hasPrefix("leads") })
    }

    // MARK: succession

    @Test func anAppositionNamingABodyMayStandBetweenTheNewcomerAndTheVerb() {
        for (sentence, expected) in [("Owen Pryce, formerly head of Eastgate Estates, took over from Ruth Hartley as chair.", "successor_of Owen Pryce -> Ruth Hartley"),
                                     ("Nia Doyle, a senior Marlow Water manager, replaced Gareth Lyle in May.", "successor_of Nia Doyle -> Gareth Lyle"),
                                     ("Gareth Lyle, previously at Westmoor Homes, succeeded Nia Doyle last year.", "successor_of Gareth Lyle -> Nia Doyle")] {
            #expect(successions(sentence).contains(expected), "\(sentence): \(successions(sentence))")
        }
        for sentence in ["Owen Pryce, formerly head of Eastgate Estates, could take over from Ruth Hartley.",
                         "Nia Doyle, a senior Marlow Water manager, did not replace Gareth Lyle.",
                         "Did Gareth Lyle, previously at Westmoor Homes, succeed Nia Doyle?"] {
            #expect(successions(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func aParticipleAfterACommaIsSaidOfTheClausesSubject() {
        #expect(successions("Owen Pryce became chair of Marlow Water at the start of the year, replacing Ruth Hartley.") == ["successor_of Owen Pryce -> Ruth Hartley"])
        #expect(successions("Nia Doyle returned to Eastgate Estates last May when Owen Pryce became chair, succeeding Gareth Lyle.") == ["successor_of Nia Doyle -> Gareth Lyle"])
        #expect(successions("Gareth Lyle was made head of Westmoor Homes in the spring of 2019, taking over from Nia Doyle.") == ["successor_of Gareth Lyle -> Nia Doyle"])
        for sentence in ["Owen Pryce may become chair of Marlow Water next year, replacing Ruth Hartley.",
                         "Will Owen Pryce become chair of Marlow Water in the spring, replacing Ruth Hartley?",
                         "Owen Pryce is expected to become chair of Marlow Water in the spring, replacing Ruth Hartley."] {
            #expect(successions(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func anAppositionNamingABodyMayStandBetweenTheOneReplacedAndTheLaterPassive() {
        for (sentence, expected) in [("Ruth Hartley, the Labour leader of Westmoor Homes, resigned in May and was replaced by Owen Pryce.", "successor_of Owen Pryce -> Ruth Hartley"),
                                     ("Nia Doyle, chair of Marlow Water, stepped down in 2018 and was succeeded by Gareth Lyle.", "successor_of Gareth Lyle -> Nia Doyle"),
                                     ("Owen Pryce, a Conservative councillor, quit in 2020 and was replaced by Ruth Hartley.", "successor_of Ruth Hartley -> Owen Pryce")] {
            #expect(successions(sentence).contains(expected), "\(sentence): \(successions(sentence))")
        }
        for sentence in ["Ruth Hartley, the Labour leader of Westmoor Homes, resigned in May and may be replaced by Owen Pryce.",
                         "Ruth Hartley, the Labour leader of Westmoor Homes, resigned in May and was not replaced by Owen Pryce.",
                         "Did Ruth Hartley, the Labour leader of Westmoor Homes, resign and was she replaced by Owen Pryce?"] {
            #expect(successions(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func eachOfTheSuccessorsListedSucceededTheOneThePronounStandsFor() {
        let found = successions("Gareth Lyle ran Marlow Water for a decade. His successors Owen Pryce, Nia Doyle and Ruth Hartley all struggled.")
        #expect(Set(found) == ["successor_of Owen Pryce -> Gareth Lyle", "successor_of Nia Doyle -> Gareth Lyle", "successor_of Ruth Hartley -> Gareth Lyle"])
        #expect(Set(successions("Gareth Lyle left in 2019. His successors, Owen Pryce and Nia Doyle, cut costs.")) == ["successor_of Owen Pryce -> Gareth Lyle", "successor_of Nia Doyle -> Gareth Lyle"])
        #expect(successions("Gareth Lyle left in 2019. Were his successors Owen Pryce and Nia Doyle any better?").isEmpty)
    }

    @Test func toReplaceAPronounNamesTheOneReplaced() {
        #expect(successions("Gareth Lyle resigned from Westmoor Homes in March. Owen Pryce, a senior manager, was sent to Leeds to replace him.") == ["successor_of Owen Pryce -> Gareth Lyle"])
        #expect(successions("Ruth Hartley left Marlow Water in May. The board then brought in Nia Doyle to replace her.") == ["successor_of Nia Doyle -> Ruth Hartley"])
        // the one whose name tells the pronoun's sex, whatever the order
        #expect(successions("Kit Sangster sacked Mrs Hartley and brought in Owen Pryce, the finance director, to replace her.") == ["successor_of Owen Pryce -> Mrs Hartley"])
        for sentence in ["Gareth Lyle resigned in March. Owen Pryce refused to replace him.",
                         "Gareth Lyle resigned in March. Owen Pryce would be sent to replace him.",
                         "Gareth Lyle resigned in March. Was Owen Pryce sent to replace him?"] {
            #expect(successions(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func aSentenceOpeningWithAPronounMayTakeThePostFromTheNextName() {
        #expect(successions("Nia Doyle joined Marlow Water in 2015. She had taken over from Ruth Hartley as chair by 2018.") == ["successor_of Nia Doyle -> Ruth Hartley"])
        #expect(successions("Owen Pryce came from a bank. He replaced Gareth Lyle in May.") == ["successor_of Owen Pryce -> Gareth Lyle"])
        #expect(successions("Owen Pryce came from a bank. He stayed two years and then became chair, succeeding Dame Ruth Hartley.") == ["successor_of Owen Pryce -> Ruth Hartley"])
        #expect(successions("Ruth Hartley led Marlow Water for years. She has since handed over to Nia Doyle.") == ["successor_of Nia Doyle -> Ruth Hartley"])
        for sentence in ["Nia Doyle joined Marlow Water in 2015. She did not take over from Ruth Hartley.",
                         "Owen Pryce came from a bank. He may replace Gareth Lyle in May.",
                         "Owen Pryce came from a bank. Has he replaced Gareth Lyle?"] {
            #expect(successions(sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func aMembersLabelMayStandBetweenAPossessivePostAndItsHolder() {
        let passage = "Westmoor Homes had a hard year. Its chair, the Labour MP Nia Doyle, said sorry."
        #expect(read(passage).contains("holds_role Nia Doyle -> Westmoor Homes [chair]"))
        #expect(read("Marlow Water lost its licence. Its chief executive, the Conservative MP Owen Pryce, resigned.").contains("holds_role Owen Pryce -> Marlow Water [chief executive]"))
        #expect(!read("Marlow Water lost its licence. Was its chair, the Labour MP Nia Doyle, told?").contains { $0.hasPrefix("holds_role Nia Doyle -> Marlow Water") })
    }
}
