import Corpus
import Testing
@testable import Extraction

/// What follows `of` in an office's title (`Director General of Water Supply`) or a peer's title (`Lord Okafor
/// of Tarnby`) is a remit or a place, not a body. Sentences and bodies are made up for these tests.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

@Suite("Office remits and peers' places are no bodies")
struct OfficeRemitTests {
    @Test func theRemitOfACapitalisedOfficeTitleIsNoBody() {
        // utilities, farming, defence, schools
        #expect(!organizations("In 1989 she became the first Director General of Water Supply, with a staff of forty.").contains("Water Supply"))
        #expect(!organizations("The decision was taken while Tom Vane was Minister of Fisheries in 1994.").contains("Fisheries"))
        #expect(!organizations("He was later made Chief of Defence Procurement, a post that bought the ships.").contains("Defence Procurement"))
        #expect(!organizations("Ada Quell, HM Chief Inspector of Schools, said standards had slipped.").contains("Schools"))
    }

    @Test func aBarePluralAfterAnyOfficeIsARemit() {
        #expect(!organizations("The report by the chief inspector of Hospitals was published on Monday.").contains("Hospitals"))
        #expect(!organizations("She told the inspector of Prisons that the wing was unsafe.").contains("Prisons"))
    }

    @Test func twinsABodyAfterTheTitleIsStillABody() {
        // an ordinary-word charity after a lowercase post, a body with its article, a body with words of its own
        #expect(organizations("Jo Marsh, the chief executive of Crisis, said the count was too low.").contains("Crisis"))
        #expect(organizations("He is Director General of the Tarnwell Water Authority.").contains("Tarnwell Water Authority"))
        #expect(organizations("She was appointed Chief Executive of Marlcare in 2015.").contains("Marlcare"))
    }

    @Test func aPeersTerritorialTitleIsNoBody() {
        // a peer in a tax, a housing and a health story
        #expect(!organizations("Lord Okafor of Tarnby said the levy would hurt small firms.").contains("Tarnby"))
        #expect(!organizations("The review was chaired by Baroness Vane of Marlow Heath, a former housing minister.").contains("Marlow Heath"))
        #expect(!organizations("Lord Quell of Brindle, who ran the trust for a decade, spoke against the merger.").contains("Brindle"))
    }

    @Test func twinsABodyAfterARoleAndOfIsStillABody() {
        #expect(organizations("Tom Quell, chair of Brindle Homes, said the levy would hurt tenants.").contains("Brindle Homes"))
        #expect(organizations("The deal was agreed by the chief executive of Marlcare last year.").contains("Marlcare"))
    }
}
