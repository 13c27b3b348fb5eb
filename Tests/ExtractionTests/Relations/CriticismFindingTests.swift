import Corpus
import Testing
@testable import Extraction

/// Findings of failure about a body the finding names by a description (`the department`), with `too` as a word
/// of failure and a date between the verb and `that`; a report whose damning verdict comes in a relative clause
/// after its subject. Sentences written for these tests, with twins that must give nothing; invented names.
@Suite struct CriticismFindingTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Department for Care", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Care Inspectorate", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
    ]

    func read(_ text: String) -> [String] {
        RelationTestSupport.read(text, records: Self.records).filter { $0.hasPrefix("criticised ") }
    }

    static let context = "The Department for Care sold the homes. "

    @Test func aFindingAboutTheDepartmentWithTooOrADate() {
        #expect(read(Self.context + "The Audit Office found that the department had been too cautious on price.") == ["criticised Audit Office -> Department for Care"])
        #expect(read(Self.context + "The Audit Office reported in April 2016 that the department was far too slow to act.") == ["criticised Audit Office -> Department for Care"])
        #expect(read(Self.context + "Ann Reed concluded last year that the department was incapable of running the sale.") == ["criticised Ann Reed -> Department for Care"])
        // twins
        #expect(read(Self.context + "The Audit Office found that the department, too, had met its targets.").isEmpty)
        #expect(read(Self.context + "The Audit Office found in May that the department had not been too slow.").isEmpty)
        #expect(read(Self.context + "The Audit Office may find in May that the department was too slow.").isEmpty)
    }

    @Test func aDutyDeniedIsAFailure() {
        // care: a description
        #expect(read(Self.context + "The Audit Office found in October that the department had not used the penalties open to it.") == ["criticised Audit Office -> Department for Care"])
        // hospitals: a name
        #expect(read("The Care Inspectorate found that Eastside Trust had never learned from its mistakes.") == ["criticised Care Inspectorate -> Eastside Trust"])
        // value for money
        #expect(read("Ann Reed concluded that Eastside Trust was not value for money.") == ["criticised Ann Reed -> Eastside Trust"])
        // twins: a passive (the trust was the one not consulted), a denial of wrongdoing, a hedged verb
        #expect(read("The Care Inspectorate found that Eastside Trust had not been consulted on the plan.").isEmpty)
        #expect(read("The Care Inspectorate found that Eastside Trust had not broken any rules.").isEmpty)
        #expect(read("The Care Inspectorate may find that Eastside Trust had not used the money.").isEmpty)
    }

    @Test func aComplaintNeedsNoWordOfFailure() {
        // welfare: a description
        #expect(read(Self.context + "The Audit Office complained that the department had bailed out the providers.") == ["criticised Audit Office -> Department for Care"])
        // hospitals: a name
        #expect(read("Ann Reed complained that Eastside Trust had moved the clinic to the edge of town.") == ["criticised Ann Reed -> Eastside Trust"])
        // twins: not complained, and a finding with no word of failure
        #expect(read("Ann Reed never complained that Eastside Trust had moved the clinic.").isEmpty)
        #expect(read("Ann Reed found that Eastside Trust had moved the clinic to the edge of town.").isEmpty)
    }

    @Test func aReportWhoseVerdictFollowsItsSubject() {
        #expect(read("The Care Inspectorate published a report on Eastside Trust last autumn that was as damning as any.") == ["criticised Care Inspectorate -> Eastside Trust"])
        #expect(read("Ann Reed issued her report on Eastside Trust in May, which was scathing.") == ["criticised Ann Reed -> Eastside Trust"])
        #expect(read("The Care Inspectorate published a report on Eastside Trust last autumn that was not damning at all.").isEmpty)
        #expect(read("The Care Inspectorate published a report on Eastside Trust that praised its staff.").isEmpty)
    }
}
