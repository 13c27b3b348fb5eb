import Corpus
import Testing
@testable import Extraction

/// Criticism read from sentences written for these tests: opposition verbs, `critical of` with adverbs, a
/// pronoun for the sentence's subject, damning reports and inspection verdicts, protests against a body or a
/// programme, and a definite description (`the department`) for a body named paragraphs before. Negated,
/// hedged and questioned statements give no edge. The names are invented and given as knowledge records.
@Suite struct CriticismRelationTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Care Inspectorate", type: .organization),
        KnowledgeRecord(name: "Department for Care", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
    ]

    /// `predicate subject -> object` for each relation read in the last sentence of `text` (sentences are split
    /// at `. `; the earlier ones are its context).
    func read(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("criticised ") }
    }

    @Test func aPassiveAgentOwnedByAPossessive() {
        // housing: the committee the possessive owns criticises, not its owner
        #expect(read("Tom Vale was criticised by Harbour Homes's Audit Office over the sale.") == ["criticised Audit Office -> Tom Vale"])
        // care
        #expect(read("Ann Reed was condemned by the Carers Union\u{2019}s Eastside Trust in March.") == ["criticised Eastside Trust -> Ann Reed"])
        // a plain agent stays the critic; a negated passive gives nothing
        #expect(read("Tom Vale was criticised by Harbour Homes over the sale.") == ["criticised Harbour Homes -> Tom Vale"])
        #expect(read("Tom Vale was not criticised by Harbour Homes's Audit Office.").isEmpty)
    }

    @Test func oppositionAndCriticalOfAreCriticism() {
        #expect(read("The Carers Union opposed Tenancy Reform from the start.") == ["criticised Carers Union -> Tenancy Reform"])
        #expect(read("Some local residents fought Harbour Homes for years.").isEmpty)   // no named critic
        #expect(read("The Carers Union fought Harbour Homes over pay for years.") == ["criticised Carers Union -> Harbour Homes"])
        #expect(read("Ann Reed was also highly critical of the Care Inspectorate.") == ["criticised Ann Reed -> Care Inspectorate"])
        #expect(read("The Carers Union fought for Harbour Homes when the council wavered.").isEmpty)
        #expect(read("The Carers Union has never opposed Tenancy Reform.").isEmpty)
        #expect(read("Tenancy Reform was opposed by the Carers Union.") == ["criticised Carers Union -> Tenancy Reform"])
    }

    @Test func aPronounAfterAndStandsForTheSentencesSubject() {
        let all = read("Ann Reed criticised Eastside Trust for its finances, and she was also critical of the Department for Care.")
        #expect(all.contains("criticised Ann Reed -> Department for Care"))
        #expect(all.contains("criticised Ann Reed -> Eastside Trust"))
    }

    @Test func aDamningReportOrAFailingVerdictCriticisesItsSubject() {
        #expect(read("The Care Inspectorate published a damning report on Eastside Trust.") == ["criticised Care Inspectorate -> Eastside Trust"])
        #expect(read("In May the Care Inspectorate published its report on Eastside Trust, after a visit in March, and rated it Inadequate.") == ["criticised Care Inspectorate -> Eastside Trust"])
        #expect(read("In May the Care Inspectorate published its report on Eastside Trust and rated it good.").isEmpty)
        #expect(read("The Care Inspectorate may publish a damning report on Eastside Trust.").isEmpty)
        #expect(read("Did the Care Inspectorate publish a damning report on Eastside Trust?").isEmpty)
    }

    @Test func aProtestAgainstABodyOrAProgrammeCriticisesIt() {
        #expect(read("It was the second walkout the Carers Union has called against Tenancy Reform.") == ["criticised Carers Union -> Tenancy Reform"])
        #expect(read("The Carers Union's campaign against Harbour Homes began in May.") == ["criticised Carers Union -> Harbour Homes"])
        #expect(read("The Carers Union will not call a strike against Tenancy Reform.").isEmpty)
        #expect(read("Harbour Homes said the protests against Tenancy Reform were small.").isEmpty)
    }

    @Test func theDepartmentStandsForTheOneDepartmentNamedParagraphsBefore() {
        let text = "The Department for Care ran the scheme.\n\nMany councils took part. Few of them kept records.\n\nThe Audit Office criticised the department over the delay."
        #expect(read(text) == ["criticised Audit Office -> Department for Care"])
    }
}
