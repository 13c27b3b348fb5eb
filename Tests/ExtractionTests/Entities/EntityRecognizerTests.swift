import Corpus
import Testing
@testable import Extraction

/// A small knowledge base written for these tests (made-up people and bodies).
private let testKnowledge = KnowledgeBase(records: [
    KnowledgeRecord(name: "Chris Grayling", type: .person, aliases: ["Grayling", "Failing Grayling"],
                    roles: [KnowledgeRole(title: "Secretary of State for Justice", organization: "Ministry of Justice",
                                          from: "2012-09", to: "2015-05")],
                    sources: ["https://en.wikipedia.org/wiki/Chris_Grayling"]),
    KnowledgeRecord(name: "Ministry of Justice", type: .organization, aliases: ["MoJ", "MOJ"]),
    KnowledgeRecord(name: "Napo", type: .organization, aliases: ["NAPO"]),
    KnowledgeRecord(name: "London", type: .place),
    KnowledgeRecord(name: "Prevent", type: .programme, ambiguousAliases: ["Prevent"]),
])

/// Confirmed (non-candidate) mentions of a text.
private func found(_ text: String, _ kb: KnowledgeBase = .empty) -> [EntityMention] {
    EntityRecognizer(knowledge: kb).recognize(text: text).filter { !$0.isCandidate }.map(\.mention)
}

private func names(_ text: String, _ kb: KnowledgeBase = .empty) -> [String] {
    found(text, kb).map(\.text)
}

private func mention(_ surface: String, in text: String, _ kb: KnowledgeBase = .empty) -> EntityMention? {
    found(text, kb).first { $0.text == surface }
}

@Suite("Entity recognition: general cues")
struct EntityRecognizerCueTests {
    @Test func givenNameAndSurnameIsAPerson() {
        let m = mention("Harriet Vole", in: "Yesterday Harriet Vole spoke to the staff.")
        #expect(m?.type == .person)
        #expect(m?.cue == .givenName)
    }

    @Test func honorificsMakePeople() {
        let text = "Mr Le Vay argued the point. Ms Quenby agreed, and Sir Tobias Wren, Lord Fenwick and Dr Amara Olu joined."
        let all = found(text)
        #expect(all.contains { $0.text == "Mr Le Vay" && $0.type == .person && $0.canonicalName == "Le Vay" })
        #expect(all.contains { $0.text == "Ms Quenby" && $0.type == .person })
        #expect(all.contains { $0.text == "Sir Tobias Wren" && $0.type == .person })
        #expect(all.contains { $0.text == "Lord Fenwick" && $0.type == .person })
        #expect(all.contains { $0.text == "Dr Amara Olu" && $0.type == .person })
    }

    @Test func titledFormsResolveToTheFullNameInTheDocument() {
        let text = "Julian Le Vay, former finance director, was blunt. Later Mr Le Vay said more. Dame Glenys Stacey "
            + "replied, and Dame Glenys was firm. Ms Billiald wrote that Sarah Billiald had left; Billiard was gone."
        let all = found(text)
        #expect(all.first { $0.text == "Mr Le Vay" }?.canonicalName == "Julian Le Vay")
        #expect(all.first { $0.text == "Dame Glenys" }?.canonicalName == "Glenys Stacey")
        #expect(all.first { $0.text == "Ms Billiald" }?.canonicalName == "Sarah Billiald")
        // a one-letter misspelling of a surname the document gives
        #expect(all.first { $0.text == "Billiard" }?.canonicalName == "Sarah Billiald")
    }

    @Test func surnameAloneResolvesWithinTheDocument() {
        let text = "Paul Wilson took the job in February. Wilson says the reforms are working. P Wilson disagreed."
        let all = found(text)
        #expect(all.filter { $0.canonicalName == "Paul Wilson" }.map(\.text) == ["Paul Wilson", "Wilson", "P Wilson"])
    }

    @Test func possessivesAndCurlyApostrophesAreStripped() {
        let text = "Rupert Dunmore spoke. Dunmore’s plan and Dunmore's budget were criticised."
        let all = found(text).filter { $0.canonicalName == "Rupert Dunmore" }
        #expect(all.map(\.text) == ["Rupert Dunmore", "Dunmore", "Dunmore"])
    }

    @Test func rolePhrasesAreFilled() {
        let text = "The plan of justice secretary David Gauke was welcomed by Ian Lawrence, general secretary of Napo, "
            + "and by Maya Linden, senior fellow at the Institute for Government."
        let all = found(text)
        #expect(all.first { $0.text == "David Gauke" }?.role == "justice secretary")
        #expect(all.first { $0.text == "Ian Lawrence" }?.role == "general secretary of Napo")
        #expect(all.first { $0.text == "Maya Linden" }?.role == "senior fellow at the Institute for Government")
        #expect(all.first { $0.text == "Institute for Government" }?.type == .organization)
    }

    @Test func rolePhraseTypesAnUnknownNameAsAPerson() {
        let all = found("Zorin Quabble, chief executive of Pellworth, said the contract was unworkable.")
        #expect(all.first { $0.text == "Zorin Quabble" }?.type == .person)
        #expect(all.first { $0.text == "Zorin Quabble" }?.role == "chief executive of Pellworth")
        #expect(all.first { $0.text == "Pellworth" }?.type == .organization)
    }

    @Test func organizationSuffixesAndHeads() {
        let text = "Darlington Borough Council met the House of Commons committee, the Canal & River Trust "
            + "and the Department for Widgets."
        let all = found(text)
        for name in ["Darlington Borough Council", "House of Commons", "Canal & River Trust", "Department for Widgets"] {
            #expect(all.contains { $0.text == name && $0.type == .organization }, "\(name)")
        }
    }

    @Test func genericPhrasesWithOrganizationWordsAreNotNames() {
        let all = names("Staff from the Trade Union and the Youth Offending Service met the Local Authority.")
        #expect(!all.contains("Trade Union"))
        #expect(!all.contains("Youth Offending Service"))
        #expect(!all.contains("Local Authority"))
    }

    @Test func acronymDefinitionLinksTheAcronymToTheLongName() {
        let text = "The Northern Widget Authority (NWA) was criticised. Later the NWA replied."
        let all = found(text)
        #expect(all.first { $0.text == "Northern Widget Authority" }?.type == .organization)
        let acronyms = all.filter { $0.text == "NWA" }
        #expect(acronyms.count == 2)
        #expect(acronyms.allSatisfy { $0.canonicalName == "Northern Widget Authority" })
    }

    @Test func reverseAcronymDefinition() {
        let all = found("We hired CJS (Criminal Justice Skills) last year and CJS are delighted.")
        #expect(all.contains { $0.text == "CJS" && $0.canonicalName == "Criminal Justice Skills" })
    }

    @Test func theOfPatterns() {
        let all = found("A report from the Institute for Fiscal Widgets reached the House of Lords.")
        #expect(all.contains { $0.text == "Institute for Fiscal Widgets" && $0.type == .organization })
        #expect(all.contains { $0.text == "House of Lords" && $0.type == .organization })
    }

    @Test func coordinationWithAPersonTypesAnUnknownName() {
        let all = found("It was written by Brian Cant & Floella Benjamin for the children.")
        #expect(all.contains { $0.text == "Floella Benjamin" && $0.type == .person })
    }

    @Test func contextCuesTypeALoneWord() {
        let text = "Pellworth are delighted. Pellworth staff were told on Monday."
        #expect(found(text).contains { $0.text == "Pellworth" && $0.type == .organization })
    }

    @Test func blendsOfTwoPeopleAreDropped() {
        let text = "Boris Johnson and Dominic Cummings met. Then Boris Cummings struck again."
        #expect(!names(text).contains("Boris Cummings"))
    }
}

@Suite("Entity recognition: traps")
struct EntityRecognizerTrapTests {
    @Test func sentenceInitialOrdinaryWordsAreNotNames() {
        let all = names("However, the plan failed. Whilst staff waited, Nothing happened. Sadly Nobody came.")
        #expect(all.isEmpty)
    }

    @Test func shoutingIsNotNames() {
        let all = EntityRecognizer(knowledge: .empty).recognize(text: "If ANYONE thinks THAT is fine then they are WRONG.")
        #expect(all.isEmpty)
    }

    @Test func shoutedKnowledgeNamesStillCount() {
        let all = names("ALL STAFF IN NAPO AREAS SHOULD REFUSE.", testKnowledge)
        #expect(all == ["NAPO"])
    }

    @Test func headingsOfOrdinaryWordsAreNotNames() {
        let all = names("The Perils Of Turning Back The Clock\nWhat Role Should Private Sector Play?\nStaff were told.")
        #expect(all.isEmpty)
    }

    @Test func daysAndMonthsAreNotNames() {
        let all = EntityRecognizer(knowledge: .empty).recognize(text: "On Monday 4 July and in August, Friday came early.")
        #expect(all.isEmpty)
    }

    @Test func genericRolesAloneAreNotNames() {
        #expect(names("Thank you, Chair. The Chair and the Minister agreed with the Chief Inspector.").isEmpty)
    }

    @Test func blogBoilerplateIsNotNames() {
        let text = "Great post.\n\nReplyDelete\nReplies\nAnonymous said...\nDelete\nReply"
        #expect(EntityRecognizer(knowledge: .empty).recognize(text: text).isEmpty)
    }

    @Test func wordsInsideURLsAreNotNames() {
        let text = "See https://www.example.co.uk/news/Chris-Grayling-Resigns and www.Napo.org.uk today."
        #expect(EntityRecognizer(knowledge: testKnowledge).recognize(text: text).isEmpty)
    }

    @Test func loneFirstNamesWithoutAFullNameAreDropped() {
        #expect(names("Thanks Jim, and well said Andy.").isEmpty)
    }

    @Test func ambiguousKnowledgeWordsNeedMidSentenceCapitals() {
        #expect(names("Prevent the worst, they said.", testKnowledge).isEmpty)
        #expect(names("Staff trained under Prevent last year.", testKnowledge) == ["Prevent"])
    }
}

@Suite("Entity recognition: knowledge")
struct EntityRecognizerKnowledgeTests {
    @Test func aliasesNicknamesAndAcronymsMapToTheRecord() {
        let all = found("Failing Grayling told the MoJ, and the MOJ told Grayling’s aides in London.", testKnowledge)
        let grayling = all.filter { $0.knowledgeID == "person:chris-grayling" }
        #expect(grayling.map(\.text) == ["Failing Grayling", "Grayling"])
        #expect(grayling.allSatisfy { $0.canonicalName == "Chris Grayling" })
        #expect(all.filter { $0.knowledgeID == "org:ministry-of-justice" }.count == 2)
        #expect(all.contains { $0.text == "London" && $0.type == .place })
    }

    @Test func placePlusOrganizationSuffixIsAnOrganization() {
        let all = found("The London Probation Board met.", testKnowledge)
        #expect(all.contains { $0.text == "London Probation Board" && $0.type == .organization })
    }

    @Test func knowledgeSurnameUsedAsAnotherPersonsFirstNameIsNotTheRecord() {
        let kb = KnowledgeBase(records: [KnowledgeRecord(name: "David Cameron", type: .person, aliases: ["Cameron"])])
        let all = found("Cameron Fairweather spoke to Cameron's aides.", kb)
        #expect(!all.contains { $0.text == "Cameron" && $0.range(0..<7) })
        #expect(all.contains { $0.text == "Cameron Fairweather" && $0.knowledgeID == nil })
    }
}

@Suite("Entity recognition: documents")
struct EntityRecognizerDocumentTests {
    @Test func locatedMentionsCarryPostPassageKindLineAndRange() {
        let body = Passage(kind: .body, firstLine: 3, lastLine: 4, text: "Intro line.\nThen Harriet Vole spoke.")
        let comment = Passage(kind: .comment, firstLine: 7, lastLine: 7, text: "Vole was right.")
        let post = Post(id: "post:x-1", title: "T", titleLine: 1, published: nil, publishedInferred: false,
                        datelineLine: nil, datelineText: nil, firstLine: 1, lastLine: 7, passages: [body],
                        comments: [Comment(number: "1", isReply: false, passage: comment)])
        let doc = Document(id: "doc:x", path: "x.txt", format: "text", lineCount: 7, posts: [post])
        let all = EntityRecognizer(knowledge: .empty).recognize(doc).filter { !$0.isCandidate }
        #expect(all.count == 2)
        let first = all[0]
        #expect(first.post == 0 && first.passage == 0 && first.kind == .body && first.line == 4)
        let bytes = Array(body.text.utf8)[first.mention.utf8Range]
        #expect(String(decoding: bytes, as: UTF8.self) == "Harriet Vole")
        let second = all[1]
        #expect(second.passage == 1 && second.kind == .comment && second.line == 7)
        #expect(second.mention.canonicalName == "Harriet Vole")
    }

    @Test func rangesAreValidOnMixedScripts() {
        let text = "Café owner Zoë Ångström met “Sir Ælfred Brûlé” — then 🙂 Ian Lawrence’s team."
        let all = EntityRecognizer(knowledge: .empty).recognize(text: text)
        let bytes = Array(text.utf8)
        for m in all {
            #expect(m.mention.utf8Range.upperBound <= bytes.count)
            #expect(String(decoding: bytes[m.mention.utf8Range], as: UTF8.self) == m.mention.text)
        }
        #expect(all.contains { $0.mention.text == "Ian Lawrence" })
    }

    @Test func deterministic() {
        let text = "Paul Wilson met Mr Le Vay and the Northern Widget Authority (NWA) on Tuesday."
        let r = EntityRecognizer(knowledge: testKnowledge)
        #expect(r.recognize(text: text) == r.recognize(text: text))
    }
}

extension EntityMention {
    /// Whether the mention's byte range equals `r` (test helper).
    fileprivate func range(_ r: Range<Int>) -> Bool { utf8Range == r }
}
