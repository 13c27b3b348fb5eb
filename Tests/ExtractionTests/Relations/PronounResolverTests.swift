import Corpus
import Testing
@testable import Extraction

/// The pronoun resolver's policy, on candidates built by hand (the policy alone) and on texts written for these
/// tests (the policy with the passage's sentences, paragraphs and clause subjects): the nearest sentence that
/// names a compatible person, sex read from titles and given names, chains through a pronoun, the subject of
/// the nearest clause for `it`, and refusal when two candidates tie or the clause is about a person.
@Suite struct PronounResolverTests {
    typealias C = PronounResolver.Candidate

    @Test func heIsTheNearestManAndAWomanIsRuledOut() {
        let cs = [C(id: 1, key: "Tom Vale", person: true, male: true, sentence: 2, paragraph: 0, subject: true),
                  C(id: 2, key: "Ann Reed", person: true, male: false, sentence: 1, paragraph: 0, subject: true)]
        #expect(PronounResolver.person(male: true, among: cs) == 1)
        #expect(PronounResolver.person(male: false, among: cs) == 2)
    }

    @Test func twoCompatiblePeopleInTheNearestSentenceTie() {
        let cs = [C(id: 1, key: "Tom Vale", person: true, male: true, sentence: 1, paragraph: 0, subject: true),
                  C(id: 2, key: "Mark Lowe", person: true, male: true, sentence: 1, paragraph: 0, subject: false)]
        #expect(PronounResolver.person(male: true, among: cs) == nil)
        // a subject pronoun goes on with the sentence's subject; a possessive or an object does not
        #expect(PronounResolver.person(male: true, among: cs, subjectPronoun: true) == 1)
        // one person named twice is no tie
        let same = [C(id: 1, key: "Tom Vale", person: true, male: true, sentence: 1, paragraph: 0, subject: true),
                    C(id: 3, key: "Tom Vale", person: true, male: nil, sentence: 1, paragraph: 0, subject: false)]
        #expect(PronounResolver.person(male: true, among: same) == 3)
        // two subjects of unknown sex still tie
        let unknown = [C(id: 1, key: "Alex Vale", person: true, sentence: 1, paragraph: 0, subject: true),
                       C(id: 2, key: "Sam Lowe", person: true, sentence: 1, paragraph: 0, subject: true)]
        #expect(PronounResolver.person(male: false, among: unknown, subjectPronoun: true) == nil)
    }

    @Test func thePreviousParagraphIsReadOnlyWhenThisOneHasNobodyOfTheSex() {
        let cs = [C(id: 1, key: "Tom Vale", person: true, male: true, sentence: 4, paragraph: 1, subject: true),
                  C(id: 2, key: "Ann Reed", person: true, male: false, sentence: 1, paragraph: 0, subject: true)]
        #expect(PronounResolver.person(male: true, among: cs) == 1)
        #expect(PronounResolver.person(male: true, among: cs.filter { $0.id == 2 }) == nil)
        // no further back than the paragraph before
        #expect(PronounResolver.person(male: true, among: [C(id: 1, key: "Tom Vale", person: true, male: true, sentence: 6, paragraph: 2, subject: true)]) == nil)
    }

    @Test func itIsTheSubjectOfTheNearestClauseAndAPersonOrTwoBodiesRefuse() {
        let body = C(id: 1, key: "Harbour Trust", person: false, sentence: 1, paragraph: 0, subject: true)
        #expect(PronounResolver.organization(among: [body]) == 1)
        // the nearer clause is about a person: the text has moved on
        let person = C(id: 2, key: "Ann Reed", person: true, male: false, sentence: 0, paragraph: 0, subject: true)
        #expect(PronounResolver.organization(among: [body, person]) == nil)
        // two bodies as one subject
        let other = C(id: 3, key: "Carers Union", person: false, sentence: 1, paragraph: 0, subject: true)
        #expect(PronounResolver.organization(among: [body, other]) == nil)
        // a body named but not a subject is no candidate; nor one three sentences back
        #expect(PronounResolver.organization(among: [C(id: 1, key: "Harbour Trust", person: false, sentence: 1, paragraph: 0, subject: false)]) == nil)
        #expect(PronounResolver.organization(among: [C(id: 1, key: "Harbour Trust", person: false, sentence: 3, paragraph: 0, subject: true)]) == nil)
    }

    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Homes", type: .organization),
        KnowledgeRecord(name: "Carers Union", type: .organization),
        KnowledgeRecord(name: "Eastside Trust", type: .organization),
        KnowledgeRecord(name: "Audit Office", type: .organization),
        KnowledgeRecord(name: "Westfield Housing Committee", type: .organization),
        KnowledgeRecord(name: "Ann Reed", type: .person),
        KnowledgeRecord(name: "Tom Vale", type: .person),
        KnowledgeRecord(name: "Mark Lowe", type: .person),
        KnowledgeRecord(name: "Helen Park", type: .person),
        KnowledgeRecord(name: "Tenancy Reform", type: .programme),
        KnowledgeRecord(name: "Tolvan Homes", type: .organization),
        KnowledgeRecord(name: "Rent Plan", type: .programme),
    ]

    /// The criticism read in the last sentence of `text` (after the last `. `), the way the extractor reads it:
    /// ``RelationReader/readUnnamed(passage:sentence:after:all:)`` when the sentence names nobody.
    func read(_ text: String) -> [String] {
        RelationTestSupport.found(text, records: Self.records, unnamed: true)
            .filter { $0.found.predicate == "criticised" }.map(\.text)
    }

    @Test func aPronounCriticFromSentencesBefore() {
        // three wordings: a later sentence, across a sentence naming nobody, a new paragraph
        #expect(read("Tom Vale chaired the review for a year. He criticised Harbour Homes in his final report.") == ["criticised Tom Vale -> Harbour Homes"])
        #expect(read("Ann Reed ran the inquiry. The hearings took a year. She then attacked Harbour Homes over its repairs.") == ["criticised Ann Reed -> Harbour Homes"])
        #expect(read("Mr Lowe spoke first.\n\nTom Vale took the chair in May. In June he condemned Eastside Trust.") == ["criticised Tom Vale -> Eastside Trust"])
        // sex: `she` passes over a man
        #expect(read("Ann Reed met Tom Vale in May. She criticised Harbour Homes afterwards.") == ["criticised Ann Reed -> Harbour Homes"])
        // twins: negated, questioned, planned
        #expect(read("Tom Vale chaired the review. He did not criticise Harbour Homes.").isEmpty)
        #expect(read("Tom Vale chaired the review. Did he criticise Harbour Homes?").isEmpty)
        #expect(read("Tom Vale chaired the review. He will criticise Harbour Homes next week.").isEmpty)
    }

    @Test func aPronounThatTiesOrMismatchesGivesNothing() {
        // a possessive after two men refuses; `she` with only men before refuses
        #expect(read("Tom Vale asked Mark Lowe to look into it. His report attacked Harbour Homes.").isEmpty)
        #expect(read("Tom Vale met Mark Lowe in May. She criticised Harbour Homes.").isEmpty)
    }

    @Test func itIsTheBodyThatWasTheSubject() {
        #expect(read("The Audit Office published its accounts in May. It criticised Eastside Trust for the deficit.") == ["criticised Audit Office -> Eastside Trust"])
        #expect(read("The Carers Union met in June, and it condemned Harbour Homes.") == ["criticised Carers Union -> Harbour Homes"])
        #expect(read("Last month the Westfield Housing Committee, chaired by Ann Reed, heard evidence. Its report blamed Harbour Homes for the delays.") == ["criticised Westfield Housing Committee -> Harbour Homes"])
        // a person was the subject: `it` is no body of hers
        #expect(read("Ann Reed wrote to the Audit Office. It criticised Harbour Homes.").isEmpty)
        #expect(read("The Audit Office published its accounts. It never criticised Harbour Homes.").isEmpty)
        #expect(read("The Audit Office published its accounts. Could it criticise Harbour Homes?").isEmpty)
    }

    @Test func aDescriptionOrAPronounForTheTarget() {
        // `attacked it`: the body the clause names between its subject and the verb
        #expect(read("The Westfield Housing Committee took evidence from Harbour Homes and attacked it for the delays.") == ["criticised Westfield Housing Committee -> Harbour Homes"])
        // `criticised him`: a man named in the sentences before, not the critic
        #expect(read("Tom Vale resigned in May. The Carers Union, led by Ann Reed, criticised him for the delays.") == ["criticised Carers Union -> Tom Vale"])
        #expect(read("Tom Vale and Mark Lowe resigned in May. The Carers Union criticised him for the delays.").isEmpty)
        // `The committee blamed ...`: the committee named before
        #expect(read("The Westfield Housing Committee sat in May. The committee blamed Harbour Homes for the delays.") == ["criticised Westfield Housing Committee -> Harbour Homes"])
        #expect(read("The Westfield Housing Committee sat in May. The committee might blame Harbour Homes.").isEmpty)
    }

    @Test func aFindingAboutADescribedBody() {
        #expect(read("The Audit Office looked at Eastside Trust in May. It found that the trust had failed to keep records.") == ["criticised Audit Office -> Eastside Trust"])
        #expect(read("Tom Vale inspected Eastside Trust. He concluded that the trust had ignored the warnings.") == ["criticised Tom Vale -> Eastside Trust"])
        #expect(read("The Carers Union studied Eastside Trust, saying that the trust was failing its patients.") == ["criticised Carers Union -> Eastside Trust"])
        #expect(read("The Audit Office looked at Eastside Trust. It found that the trust had not failed.").isEmpty)
        #expect(read("The Audit Office looked at Eastside Trust. It may find that the trust had failed.").isEmpty)
    }
}

extension PronounResolverTests {
    @Test func aFindingAboutTheSchemeIsAboutTheOneProgrammeNamed() {
        let text = "Tenancy Reform began in May. It was costly. The Audit Office looked at it. It said the scheme had been poorly run."
        #expect(read(text) == ["criticised Audit Office -> Tenancy Reform"])
        // two programmes named as often: a tie
        #expect(read("Tenancy Reform replaced the Rent Plan. The Audit Office looked at both. It said the scheme had been poorly run.").isEmpty)
    }
}

extension PronounResolverTests {
    @Test func aSchemeNamedTwoParagraphsBackIsOutOfReach() {
        #expect(read("Tenancy Reform began in May.\n\nRents rose.\n\nThe Audit Office looked at rents. It said the scheme had been poorly run.").isEmpty)
        #expect(read("Tenancy Reform began in May.\n\nThe Audit Office looked at rents. It said the scheme had been poorly run.") == ["criticised Audit Office -> Tenancy Reform"])
    }
}

extension PronounResolverTests {
    @Test func theCompanyIsTheBusinessTheParagraphOpensWith() {
        #expect(read("Tolvan Homes. Its chair is Mark Lowe. In May the Audit Office fined the company for late accounts.") == ["criticised Audit Office -> Tolvan Homes"])
        #expect(read("Tolvan Homes. Its chair is Mark Lowe. In May the Audit Office might fine the company.").isEmpty)
        // a paragraph opening with a body of another kind
        #expect(read("Eastside Trust. Its chair is Mark Lowe. In May the Audit Office fined the company for late accounts.").isEmpty)
    }

    @Test func aSanctionWithItsAmountBetween() {
        #expect(read("Tolvan Homes was fined a record £2 million by the Audit Office.") == ["criticised Audit Office -> Tolvan Homes"])
        #expect(read("Tolvan Homes was not fined by the Audit Office.").isEmpty)
    }
}
