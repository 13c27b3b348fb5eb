import Corpus
import Testing
@testable import Extraction

/// Long names of bodies that were cut short when no list knows them: a second `of` after the tail
/// (`Board of Deputies of British Jews`), a topical head's subject over `into` or `with` (`Committee of Inquiry
/// into ...`), a saint's name and its possessive before a suffix (`St Anne's College`), and a known place
/// opening an ampersand's firm (`London & Vale Water`). Each shape in three wordings from different policy
/// areas, with twins where it must not fire. Every sentence and name is made up.
private func names(_ text: String, _ type: EntityType, kb: KnowledgeBase = .empty) -> [String] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
        .filter { $0.type == type }.map(\.text)
}

@Suite("Long body names")
struct LongBodyNameTests {
    @Test("a second of after a head's tail goes on into the members or field the body serves")
    func secondOfInTail() {
        #expect(names("The Guild of Teachers of Deaf Children wrote to the minister.", .organization)
            == ["Guild of Teachers of Deaf Children"])
        #expect(names("Last year the Association of Directors of Housing Services objected.", .organization)
            == ["Association of Directors of Housing Services"])
        #expect(names("A letter from the Federation of Owners of Rural Buses arrived.", .organization)
            == ["Federation of Owners of Rural Buses"])
        // twins: a place or a person after the second `of` is not part of the name
        #expect(names("The Department of Health of Wexcombe said nothing.", .organization, kb: KnowledgeBase(records: [
            KnowledgeRecord(name: "Wexcombe", type: .place)])) == ["Department of Health"])
        #expect(!names("The Board of Governors of Mary Hollins was replaced.", .organization)
            .contains("Board of Governors of Mary Hollins"))
    }

    @Test("a topical head's name goes on over into or with into its subject")
    func topicOverIntoOrWith() {
        #expect(names("Ministers set up the Committee of Inquiry into Bus Safety, which reported in 1990.", .organization)
            == ["Committee of Inquiry into Bus Safety"])
        #expect(names("The Commission of Inquiry into Waiting Lists and Referrals was wound up.", .organization)
            == ["Commission of Inquiry into Waiting Lists and Referrals"])
        #expect(names("It began as the Council for Relations with Overseas Schools in 1950.", .organization)
            == ["Council for Relations with Overseas Schools"])
        // twins: a body (`Hospital`), a person after `with` is no subject; no tail, no name going on
        #expect(names("The Committee of Inquiry into Harbour Hospital reported.", .organization)
            == ["Committee of Inquiry", "Harbour Hospital"])
        #expect(!names("The Committee on Housing worked with Harbourline Homes Group for years.", .organization)
            .contains { $0.contains("with") })
        #expect(!names("The Council for Rural Transport met with Joan Pirrie last week.", .organization)
            .contains { $0.contains("with") })
        #expect(!names("The Council agreed with Tarnside Water that prices would fall.", .organization)
            .contains { $0.contains("with") })
    }

    @Test("a saint's name and its possessive before a suffix name an institution")
    func saintsInstitution() {
        #expect(names("She was principal of St Hilda's College before she chaired the authority.", .organization)
            == ["St Hilda's College"])
        #expect(names("Patients were moved to St Cuthbert's Hospital overnight.", .organization)
            == ["St Cuthbert's Hospital"])
        #expect(names("The pupils of St Aidan's School raised the money.", .organization) == ["St Aidan's School"])
        // twin: a saint's possessive before an ordinary word names no body
        #expect(names("The fair on St Hilda's Day drew crowds.", .organization).isEmpty)
    }

    @Test("a known place joined by an ampersand to other words opens a firm's name")
    func placeOpensAmpersandName() {
        let kb = KnowledgeBase(records: [
            KnowledgeRecord(name: "Leeds", type: .place), KnowledgeRecord(name: "Dorset", type: .place),
            KnowledgeRecord(name: "Somerset", type: .place),
        ])
        #expect(names("Its lenders, trading as Leeds & Harbour Water, took control.", .organization, kb: kb)
            == ["Leeds & Harbour Water"])
        #expect(names("The collapse of Dorset Capital & Loans hurt small savers.", .organization, kb: kb)
            == ["Dorset Capital & Loans"])
        #expect(names("Somerset & Tarn Homes built the estate.", .organization, kb: kb) == ["Somerset & Tarn Homes"])
        // twin: two places joined by an ampersand are an area, not a firm
        #expect(names("Buses in Dorset & Somerset were cut.", .organization, kb: kb).isEmpty)
    }
}
