import Corpus
import Testing
@testable import Extraction

/// Companies and charities that no list knows, named by one plain word (`Brackla`, `Marrin`): typed by the list
/// they stand in, by what they run or own, and by the nationality word that opens their name. Sentences are our
/// own, on retail, care, transport and energy; each rule has a twin where it must not fire. No knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

@Suite("Unlisted company cues")
struct UnlistedCompanyCueTests {
    @Test func aListTypesItsMembersOnBothSidesOfABody() {
        let both = organizations("Brackla, Marrin, and Kestrel Holdings signed the bus deal in May.")
        #expect(both.contains("Brackla"))
        #expect(both.contains("Marrin"))
        #expect(organizations("The depots went to Velmar Logistics, Brackla and Marrin last year.").contains("Marrin"))
        // with no body in the list, plain words stay untyped
        #expect(!organizations("Brackla and Marrin signed the bus deal in May.").contains("Brackla"))
    }

    @Test func aPossessiveShopNameDoesNotBreakAList() {
        let shops = organizations("Meat was sold by Hessle Holdings, Tovey's and Marrin in the north.")
        #expect(shops.contains("Tovey"))
        #expect(shops.contains("Marrin"))
        // a possessive that owns something is no list member
        #expect(!organizations("Hessle Holdings hired Tovey's son and Marrin in the north.").contains("Marrin"))
    }

    @Test func orAndNorJoinAList() {
        #expect(organizations("Neither Kestrel Group nor Brackla bid for the rail work.").contains("Brackla"))
        #expect(organizations("It could go to Velmar Energy or Marrin next year.").contains("Marrin"))
        #expect(!organizations("Velmar Energy hired Marrin next year.").contains("Marrin"))
        // between people, `or` gives another name for the same one, not a second person
        #expect(!confirmed("Jo Marrin, or Fearless Marrin as the papers say, left.").contains { $0.text == "Fearless Marrin" })
    }

    @Test func whatACompanyRunsOrOwnsByCount() {
        #expect(organizations("Brackla runs six care homes in the county.").contains("Brackla"))
        #expect(organizations("Marrin ran Harbour House for the council until 2019.").contains("Marrin"))
        #expect(organizations("Brackla owned five depots until the sale.").contains("Brackla"))
        // running a department, a place, or owning up is what people do too
        #expect(!organizations("Marrin ran the department for a decade.").contains("Marrin"))
        #expect(!organizations("Brackla ran Leeds for years.").contains("Brackla"))
        #expect(!organizations("Brackla owned up to the mistake.").contains("Brackla"))
        // the surname of a person named in the passage stays a person's
        #expect(!organizations("Jo Marrin joined in 2001. Marrin ran Harbour House for years.").contains("Marrin"))
    }

    @Test func aNationalityOpeningANameThatACueTypes() {
        let owned = organizations("Velmar, which owns British Tarn, reported higher profits.")
        #expect(owned.contains("British Tarn"))
        #expect(!owned.contains("Tarn"))
        #expect(organizations("Scottish Tarn was bought by Velmar in 2012.").contains("Scottish Tarn"))
        // a nationality before a name that no cue types is not glued to it
        #expect(!organizations("Walkers love British Tarn scenery in May.").contains("British Tarn"))
    }

    @Test func theEmployerOfAFormerBossOrAnEmployee() {
        #expect(organizations("The new chair is Ann Vane, a former Brackla boss, who starts in June.").contains("Brackla"))
        #expect(organizations("He hired Tom Hale, a former Kestrel Capital banker, to run the fund.").contains("Kestrel Capital"))
        #expect(organizations("The leak came from a Marrin employee in the depot.").contains("Marrin"))
        // a place, or a person's name, before the staff noun names no employer
        #expect(!organizations("She is a former Leeds official who now teaches.").contains("Leeds"))
        #expect(!organizations("He was a former Susan boss, they said.").contains("Susan"))
        // a former champion or winner is no member of staff
        #expect(!organizations("He met Tom Hale, a former Brackla champion, in May.").contains("Brackla"))
    }

    @Test func anUnknownAcronymLeadsABodysName() {
        #expect(organizations("Claims now go to KHS Resolution, which settles them.").contains("KHS Resolution"))
        #expect(organizations("She was chief executive of KHS Blood and Transplant until 2019.").contains("KHS Blood and Transplant"))
        #expect(organizations("At the time she also chaired KHS Improvement.").contains("KHS Improvement"))
        // a measure, a role or a document after the acronym leads no body
        #expect(!organizations("Ministers cheered the GDP Improvement in May.").contains("GDP Improvement"))
        #expect(!organizations("The KHS Director said no.").contains("KHS Director"))
        #expect(!organizations("Read the KHS Report before May.").contains("KHS Report"))
    }
}
