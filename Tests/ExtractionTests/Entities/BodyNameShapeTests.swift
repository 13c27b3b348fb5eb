import Corpus
import Testing
@testable import Extraction

/// Bodies found without any list, from the shape of their name or the words right around it: an `&` between
/// capitalised words, a capital inside one word, a title's possessive before a body's head, a kind of body
/// named just before or in an appositive with a possessive. The bodies and people here are made up (real
/// places only); no knowledge base.
private func confirmed(_ text: String) -> [EntityMention] {
    EntityRecognizer(knowledge: .empty).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func type(of surface: String, in text: String) -> EntityType? {
    confirmed(text).first { $0.text == surface }?.type
}

private func organizations(_ text: String) -> [String] {
    confirmed(text).filter { $0.type == .organization }.map(\.text)
}

@Suite("Body name shapes without a list")
struct BodyNameShapeTests {
    @Test func anAmpersandJoinsTheWordsOfOneFirm() {
        #expect(type(of: "Harbury Capital & Loans", in: "Savers lost money when the bond firm Harbury Capital & Loans failed.") == .organization)
        #expect(type(of: "Kettle & Brask", in: "The chain collapsed, and Kettle & Brask were appointed to wind it up.") == .organization)
        // two places joined by `&` are an area, and a given name opening the pair speaks of people
        #expect(!organizations("Probation in Devon & Cornwall went to a new provider.").contains("Devon & Cornwall"))
        #expect(!organizations("Staff work in two regions, Leeds & North and Hull & East.").contains { $0.contains("&") })
        #expect(!organizations("Later Tom & Jess Okafor went home.").contains { $0.contains("&") })
    }

    @Test func aCapitalInsideOneWordIsABrandsShape() {
        #expect(type(of: "TarnGroup", in: "Commuters blamed TarnGroup for the cancelled trains.") == .organization)
        #expect(type(of: "VelCom", in: "Before that she had chaired VelCom for three years.") == .organization)
        // surnames with a prefix keep their second capital
        #expect(type(of: "McAllister", in: "Yesterday McAllister said the plan had failed.") != .organization)
        #expect(type(of: "FitzWarren", in: "The report was written by FitzWarren in 2019.") != .organization)
    }

    @Test func aTitlesPossessiveBeforeABodysHeadNamesOneBody() {
        #expect(type(of: "Data Commissioner's Office", in: "The Data Commissioner's Office opened an inquiry in May.") == .organization)
        #expect(organizations("Ms Vale, whose Mayor's Office for Transport runs the trams, agreed.").contains("Mayor's Office for Transport"))
        #expect(type(of: "Queen's University Belfast", in: "He taught economics at Queen's University Belfast for a decade.") == .organization)
        // in small letters the post's office is no name
        #expect(organizations("Staff in the mayor's office were told on Friday.").isEmpty)
    }

    @Test func aKindOfBodyBeforeAGivenNameOrARoleWordMakesTheName() {
        #expect(type(of: "Marco", in: "Two founders of the sandwich chain Marco wrote the review.") == .organization)
        #expect(type(of: "Policy Foundry", in: "She gave a speech at the think tank Policy Foundry last week.") == .organization)
        #expect(type(of: "Brindle", in: "The plan was backed by the carers' trade association Brindle in March.") == .organization)
        // a person's full name after the noun is left to the person rules
        #expect(!organizations("It was a charity Anna Lund had set up in 2004.").contains("Anna Lund"))
    }

    @Test func whatAShopOrAMakerDoesWithGoodsTypesItsName() {
        let o = organizations("The pies were sold by Tarnmart, Velco and Brisk Stores until March.")
        #expect(o.contains("Tarnmart"))
        #expect(o.contains("Velco"))
        #expect(o.contains("Brisk Stores"))
        #expect(type(of: "Harbury Foods", in: "The burgers came from Harbury Foods in County Down.") == .organization)
        // a person's full name after `sold by` stays a person
        #expect(type(of: "Ines Falk", in: "The house was sold by Ines Falk in 2019.") == .person)
    }

    @Test func anAppositiveWithAPossessiveCanStillNameAKindOfBody() {
        #expect(type(of: "Brightlings", in: "Brightlings, the lone parents' charity, opposed the cut.") == .organization)
        #expect(type(of: "Transportia", in: "Last year Transportia, Ireland's rail regulator, fined the operator.") == .organization)
        // a post after the possessive describes a person
        #expect(type(of: "Jane Orme", in: "Jane Orme, the union's general secretary, said no.") == .person)
    }
}
