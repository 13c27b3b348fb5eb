import Corpus
import Testing
@testable import Extraction

/// A body formed by a merger (``RelationReader/formedByMergers(_:_:)``) whose merged bodies come as a counted
/// class (`by merging the two state boards, A and B`), with an abbreviation after each (`A, AB, and C, CD`), or
/// after a participle of forming in an apposition of the new body (`the Exams Authority, formed by merging A with
/// B`). Sentences written for these tests on several policy areas (ports, exams, water, health), invented names
/// given as knowledge records; twins that must give nothing.
@Suite struct MergerListTests {
    static let records: [KnowledgeRecord] = [
        KnowledgeRecord(name: "Harbour Board", type: .organization),
        KnowledgeRecord(name: "Northern Ports Corporation", type: .organization),
        KnowledgeRecord(name: "Southern Docks Authority", type: .organization),
        KnowledgeRecord(name: "Westside Exams Authority", type: .organization),
        KnowledgeRecord(name: "Schools Testing Agency", type: .organization),
        KnowledgeRecord(name: "Kelby Skills Council", type: .organization),
        KnowledgeRecord(name: "Kelby Rivers Agency", type: .organization),
        KnowledgeRecord(name: "Upper Kelby Board", type: .organization),
        KnowledgeRecord(name: "Lower Kelby Board", type: .organization),
        KnowledgeRecord(name: "Kelby Coast Board", type: .organization),
        KnowledgeRecord(name: "Eastfield Health Trust", type: .organization),
        KnowledgeRecord(name: "Eastfield Clinics", type: .organization),
        KnowledgeRecord(name: "Eastfield Hospitals", type: .organization),
    ]

    func read(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records, lastSentence: false) }
    func readLast(_ text: String) -> [String] { RelationTestSupport.read(text, records: Self.records) }

    @Test func aCountedClassWithAbbreviationsIsMerged() {
        // ports: `it` for the body formed, a counted class, an abbreviation after each body
        let ports = readLast("The Harbour Board is a product of an earlier reform. It was formed in 1974 by merging the two state boards, the Northern Ports Corporation, NPC, and the Southern Docks Authority, SDA, which had been under one council.")
        #expect(ports.contains("successor_of Harbour Board -> Northern Ports Corporation"), "\(ports)")
        #expect(ports.contains("successor_of Harbour Board -> Southern Docks Authority"), "\(ports)")
        // water: a counted class before a colon
        let water = read("The Kelby Rivers Agency was created in 2001 by merging three regional boards: the Upper Kelby Board, the Lower Kelby Board and the Kelby Coast Board.")
        for old in ["Upper Kelby Board", "Lower Kelby Board", "Kelby Coast Board"] {
            #expect(water.contains("successor_of Kelby Rivers Agency -> \(old)"), "\(water)")
        }
        // health: abbreviations in brackets
        let health = read("The Eastfield Health Trust was set up in 2012 by merging the two local bodies, Eastfield Clinics (EC) and Eastfield Hospitals (EH).")
        #expect(health.contains("successor_of Eastfield Health Trust -> Eastfield Clinics"), "\(health)")
        #expect(health.contains("successor_of Eastfield Health Trust -> Eastfield Hospitals"), "\(health)")
    }

    @Test func aParticipleOfFormingAfterTheNewBody() {
        // exams
        let exams = read("It began life in 1997 as the Westside Exams Authority, formed by merging the Schools Testing Agency with the Kelby Skills Council.")
        #expect(exams.contains("successor_of Westside Exams Authority -> Schools Testing Agency"), "\(exams)")
        #expect(exams.contains("successor_of Westside Exams Authority -> Kelby Skills Council"), "\(exams)")
        // health
        let health = read("Patients now deal with the Eastfield Health Trust, created in 2012 through the merger of Eastfield Clinics and Eastfield Hospitals.")
        #expect(health.contains("successor_of Eastfield Health Trust -> Eastfield Clinics"), "\(health)")
        #expect(health.contains("successor_of Eastfield Health Trust -> Eastfield Hospitals"), "\(health)")
    }

    @Test func twinsGiveNothing() {
        // a list that goes on after `, and` with no abbreviation before it is another clause
        let clause = read("The Kelby Rivers Agency was formed in 2001 by merging the Upper Kelby Board and the Lower Kelby Board, and the agency later bought the Kelby Coast Board.")
        #expect(!clause.contains("successor_of Kelby Rivers Agency -> Kelby Coast Board"), "\(clause)")
        // a merger planned, after a participle
        let planned = read("Patients now deal with the Eastfield Health Trust, created in 2012 when ministers planned to merge Eastfield Clinics with it.")
        #expect(!planned.contains { $0.hasPrefix("successor_of Eastfield Health Trust") }, "\(planned)")
        // a counted class of something other than bodies merged: nothing follows the cue
        let people = read("The Harbour Board was formed in 1974 by merging the two boards' staff under one roof.")
        #expect(!people.contains { $0.hasPrefix("successor_of") }, "\(people)")
    }
}
