import Corpus
import Extraction
import GraphModel
import Testing

/// Criticism stated as a judgement on a name (`the Harbour Homes Ltd fiasco`, `the council's reckless cuts`,
/// `was rated 'inadequate'`), made by a speaker, the voice of a quotation or the signer of a comment; criticism
/// by a pronoun's person (`She also criticised ...`) and of described and coordinated targets. Every positive
/// case has its negated, questioned, praising or unattributed twin that must give no edge. Sentences are
/// written for these tests.
@Suite struct CriticismRelationTests {
    static func graph(_ body: String) -> KnowledgeGraph { RelationTests.graph(body) }

    static func criticised(_ g: KnowledgeGraph, _ a: String, _ b: String) -> Bool {
        RelationTests.has(g, a, .criticised, b)
    }

    static func anyCriticism(_ g: KnowledgeGraph) -> Bool { !RelationTests.stated(g, .criticised).isEmpty }

    /// A page whose comments section holds `comments` (each one a numbered comment, lines indented).
    static func withComments(_ body: String, _ comments: [String]) -> String {
        var page = body + "\n\n\(comments.count) comments:\n\n"
        for (i, c) in comments.enumerated() {
            let lines = c.split(separator: "\n", omittingEmptySubsequences: false)
            page += "  \(i + 1). " + lines[0] + "\n" + lines.dropFirst().map { "    " + $0 }.joined(separator: "\n")
            page += "\n\n    ReplyDelete\n"
        }
        return page
    }

    @Test func aSpeakersJudgementOnANameIsCriticism() {
        #expect(Self.criticised(Self.graph("Ann Reed said the Harbour Homes Ltd fiasco had cost tenants dearly."),
                                "person:ann-reed", "org:harbour-homes-ltd"))
        #expect(Self.criticised(Self.graph("Tom Vale said the trouble with Northgate Care Trust was its board."),
                                "person:tom-vale", "org:northgate-care-trust"))
    }

    @Test func aCondemningAdjectiveOnTheTargetsPossessive() {
        let g = Self.graph("Carers Union warned at the time that the Department of Health's reckless cuts would hurt families.")
        #expect(Self.criticised(g, "org:carers-union", "org:department-of-health"))
    }

    @Test func aFailingRatingIsCriticismByItsSpeaker() {
        let g = Self.graph("Ann Reed said Northgate Care Trust had been rated 'inadequate' again.")
        #expect(Self.criticised(g, "person:ann-reed", "org:northgate-care-trust"))
    }

    @Test func negatedQuestionedAndPraisingJudgementsGiveNoEdge() {
        for body in ["Ann Reed said Harbour Homes Ltd was not failing.",
                     "Did Ann Reed say the Harbour Homes Ltd fiasco was avoidable?",
                     "Ann Reed said Harbour Homes Ltd was excellent and Northgate Care Trust a model landlord.",
                     "Ann Reed said Northgate Care Trust had been rated 'outstanding' again."] {
            #expect(!Self.anyCriticism(Self.graph(body)), "\(body)")
        }
    }

    @Test func aJudgementWithNoCriticGivesNoEdge() {
        // the blogger's own words, unsigned: no one to name as the critic
        #expect(!Self.anyCriticism(Self.graph("The Harbour Homes Ltd fiasco goes on, and Northgate Care Trust is failing.")))
    }

    @Test func theVoiceOfAQuotationMakesItsJudgements() {
        let g = Self.graph("Sam Cole, general secretary of Carers Union, said:\n\n\u{201C}The Harbour Homes Ltd shambles has gone on far too long.\u{201D}")
        #expect(Self.criticised(g, "person:sam-cole", "org:harbour-homes-ltd"))
        #expect(!Self.criticised(g, "org:carers-union", "org:harbour-homes-ltd"))
        // the same paragraph with no introduction has no voice
        #expect(!Self.anyCriticism(Self.graph("We were told a lot.\n\n\u{201C}The Harbour Homes Ltd shambles has gone on far too long.\u{201D}")))
    }

    @Test func theSignerOfACommentMakesItsJudgements() {
        let signed = Self.withComments("Harbour Homes Ltd runs the estate.", [
            "Thanks for covering the Tenancy Reform Act mess again.\nNothing will change until the rules do.\n\n'Ann Reed",
        ])
        #expect(Self.criticised(Self.graph(signed), "person:ann-reed", "programme:tenancy-reform-act"))
        let unsigned = Self.withComments("Harbour Homes Ltd runs the estate.", [
            "Thanks for covering the Tenancy Reform Act mess again.\nNothing will change until the rules do.",
        ])
        #expect(!Self.anyCriticism(Self.graph(unsigned)))
    }

    @Test func anInspectionRatingInTheNextSentenceIsTheSignersVerdict() {
        let page = Self.withComments("Harbour Homes Ltd runs the estate.", [
            "Our last inspection of Northgate Care Trust took place in May. We rated it as \u{2018}Inadequate\u{2019}.\n\nAnn Reed\nChief Inspector of Care",
        ])
        #expect(Self.criticised(Self.graph(page), "person:ann-reed", "org:northgate-care-trust"))
        let good = Self.withComments("Harbour Homes Ltd runs the estate.", [
            "Our last inspection of Northgate Care Trust took place in May. We rated it as \u{2018}Good\u{2019}.\n\nAnn Reed\nChief Inspector of Care",
        ])
        #expect(!Self.anyCriticism(Self.graph(good)))
    }

    @Test func aPronounCriticIsThePersonOfTheSentenceBefore() {
        let g = Self.graph("Ann Reed published her review on Monday. She also criticised Harbour Homes Ltd and the landlord Northgate Care Trust.")
        #expect(Self.criticised(g, "person:ann-reed", "org:harbour-homes-ltd"))
        #expect(Self.criticised(g, "person:ann-reed", "org:northgate-care-trust"))
        // a pronoun of the other sex names no one here
        #expect(!Self.anyCriticism(Self.graph("Ann Reed published her review on Monday. He also criticised Harbour Homes Ltd.")))
    }

    @Test func aDescribedTargetAfterTheVerb() {
        let g = Self.graph("Tom Vale condemned the main contractor, Harbour Homes Ltd, and the managing agent Northgate Care Trust.")
        #expect(Self.criticised(g, "person:tom-vale", "org:harbour-homes-ltd"))
        #expect(Self.criticised(g, "person:tom-vale", "org:northgate-care-trust"))
        // what is criticised is not the name after a decision or a plan
        #expect(!Self.anyCriticism(Self.graph("Tom Vale condemned the decision to hand Harbour Homes Ltd the contract.")))
    }

    @Test func aDescriptionAfterTheVerbStandsForTheProgrammeNamedBefore() {
        let g = Self.graph("The Tenancy Reform Act passed in May. Ann Reed condemned the bill at every stage.")
        #expect(Self.criticised(g, "person:ann-reed", "programme:tenancy-reform-act"))
        // nothing named before for it to stand for
        #expect(!Self.anyCriticism(Self.graph("Ann Reed condemned the bill at every stage.")))
    }

    @Test func aNamingVerdictOnANameOrADescription() {
        let g = Self.graph("The Tenancy Reform Act passed in May. Ann Reed called the whole scheme irredeemably flawed.")
        #expect(Self.criticised(g, "person:ann-reed", "programme:tenancy-reform-act"))
        let h = Self.graph("Ann Reed spoke on Monday. She branded the Tenancy Reform Act a failure.")
        #expect(Self.criticised(h, "person:ann-reed", "programme:tenancy-reform-act"))
        for body in ["The Tenancy Reform Act passed in May. Ann Reed called the whole scheme a success.",
                     "The Tenancy Reform Act passed in May. Ann Reed never called the scheme flawed.",
                     "The Tenancy Reform Act passed in May. Did Ann Reed call the scheme flawed?"] {
            #expect(!Self.anyCriticism(Self.graph(body)), "\(body)")
        }
    }

    @Test func anInspectionsFailingVerdictInItsSentence() {
        let page = Self.withComments("Harbour Homes Ltd runs the estate.", [
            "Our inspection of Northgate Care Trust found it had slipped again, and it was rated \u{2018}Inadequate\u{2019}.\n\nAnn Reed\nChief Inspector of Care",
        ])
        #expect(Self.criticised(Self.graph(page), "person:ann-reed", "org:northgate-care-trust"))
    }

    @Test func aSignOffWithItsRoleLineBeforeMoreText() {
        // a quoted statement signed with a name and a role, then other readers' words in the same run of text
        let page = "A new report is out:-\n\nThe Northgate Care Trust shambles goes on.\nAnn Reed\nChief Inspector of Care\nI think it is all a bit much really."
        #expect(Self.criticised(Self.graph(page), "person:ann-reed", "org:northgate-care-trust"))
    }

    @Test func aVerbCoordinatedWithAnotherKeepsItsSubject() {
        let g = Self.graph("In March the Carers Union, chaired by Tom Vale, called for an inquiry and criticised Harbour Homes Ltd for the delays.")
        #expect(Self.criticised(g, "org:carers-union", "org:harbour-homes-ltd"))
        #expect(!Self.criticised(g, "person:tom-vale", "org:harbour-homes-ltd"))
    }

    @Test func aBodyNamedBeforeAsTheSpeaker() {
        let g = Self.graph("The Eastside Housing Inquiry reported in May.\n\nThe inquiry found that Harbour Homes Ltd had been systematically dishonest.")
        #expect(RelationTests.stated(g, .criticised).contains { $0.source.hasSuffix(":eastside-housing-inquiry") && $0.target == "org:harbour-homes-ltd" })
        #expect(!Self.anyCriticism(Self.graph("The Eastside Housing Inquiry reported in May.\n\nThe inquiry found that Harbour Homes Ltd had been honest throughout.")))
    }

    @Test func aFineIsCriticismButNotWhenOnlyProposed() {
        #expect(Self.criticised(Self.graph("Carers Union fined Harbour Homes Ltd for the missed repairs."), "org:carers-union", "org:harbour-homes-ltd"))
        #expect(!Self.anyCriticism(Self.graph("Carers Union could have fined Harbour Homes Ltd for the missed repairs.")))
    }
}
