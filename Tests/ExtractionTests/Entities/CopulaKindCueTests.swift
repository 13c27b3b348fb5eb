import Corpus
import Testing
@testable import Extraction

/// A name said to be a kind of body by a copula (`Tarn Yard is an executive agency of ...`): an organization,
/// even when its words are ordinary ones. Sentences are our own, on company registers, social care and energy;
/// twins where the kind word goes on to a person's noun. No knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func names(_ text: String, _ type: EntityType) -> [String] {
    confirmed(text).filter { $0.type == type }.map(\.text)
}

@Suite("Copula naming a kind of body")
struct CopulaKindCueTests {
    @Test("ordinary words said to be a kind of body")
    func ordinaryWords() {
        #expect(names("Records Yard is an executive agency, sponsored by the department.", .organization) == ["Records Yard"])
        #expect(names("For years Caring Hands was a small charity based in Leeds.", .organization) == ["Caring Hands"])
        #expect(names("Warm Homes has been the regulator since 2001.", .organization) == ["Warm Homes"])
    }

    @Test("a plain name said to be a company or a body")
    func plainNames() {
        #expect(names("Tarnwell is a housing association that owns 400 homes.", .organization) == ["Tarnwell"])
        #expect(names("Velmora remains a non-departmental public body.", .organization) == ["Velmora"])
    }

    @Test("the copula in a relative clause after the name")
    func relativeClause() {
        #expect(names("Its work went to Harbour Advice, which is a charity rather than a public body.", .organization)
            .contains("Harbour Advice"))
        #expect(names("The depots went to Tarnwell, which was a logistics company based in Hull.", .organization)
            .contains("Tarnwell"))
        // a relative clause about something else
        #expect(!names("Funding came through Fair Play, which is a good idea.", .organization).contains("Fair Play"))
    }

    @Test("a kind word before a person's noun, or a plain common phrase, says nothing of a body")
    func twins() {
        #expect(names("Tarnwell is a company director in Leeds.", .organization).isEmpty)
        #expect(names("Records Yard is a union member.", .organization).isEmpty)
        #expect(names("Fair Play is a good idea.", .organization).isEmpty)
    }
}
