import Corpus
@testable import Extraction

/// What the relation tests share: the relations ``RelationReader`` reads in a text, given the knowledge records
/// that name its people and bodies (invented names), so that a test checks the reading of relations, not the
/// finding of names.
enum RelationTestSupport {
    /// The relations read in `text`, each with its `predicate subject -> object` (the object's name, or its
    /// implied name in brackets, or `-` for a role alone). With `lastSentence`, only the last sentence (after the
    /// last `. `) is read and the ones before are its context; else the whole text is one sentence. With `unnamed`,
    /// a sentence that names nobody is read the way the extractor reads it, by
    /// ``RelationReader/readUnnamed(passage:sentence:after:all:)`` after the text's last mention.
    static func found(_ text: String, records: [KnowledgeRecord], lastSentence: Bool = true, unnamed: Bool = false)
        -> [(text: String, found: RelationReader.Found)] {
        let knowledge = KnowledgeBase(records: records)
        let mentions = EntityRecognizer(knowledge: knowledge).recognize(text: text)
        let start = lastSentence
            ? text.range(of: ". ", options: .backwards).map { text.utf8.distance(from: text.startIndex, to: $0.upperBound) } ?? 0
            : 0
        let inside = mentions.indices.filter { mentions[$0].mention.utf8Range.lowerBound >= start }
        let reader = RelationReader(knowledge: knowledge)
        let range = start..<text.utf8.count
        let all = unnamed && inside.isEmpty
            ? mentions.indices.last.map { reader.readUnnamed(passage: text, sentence: range, after: $0, all: mentions) } ?? []
            : reader.read(passage: text, sentence: range, mentions: inside, all: mentions, dates: dates(text, from: start))
        return all.map { f in
            let object = f.object.map { mentions[$0].mention.canonicalName } ?? f.objectName.map { "(\($0))" } ?? "-"
            return ("\(f.predicate) \(mentions[f.subject].mention.canonicalName) -> \(object)", f)
        }
    }

    /// The dates the tagger finds in `text` from offset `start` on, as the extractor hands a sentence's dates to
    /// the reader (for the time adverbials ``TransparentPhrases`` skips), read against a fixed day.
    static func dates(_ text: String, from start: Int) -> [TemporalExpression] {
        TemporalTagger().tag(text, reference: CalendarDay(year: 2024, month: 6, day: 3)!)
            .filter { $0.utf8Range.lowerBound >= start }
    }

    /// `predicate subject -> object` for each relation read (see ``found(_:records:lastSentence:)``).
    /// `predicate subject -> object` of every relation of a one-post page whose body is `body` (the object's name, or
    /// `-` for a role alone), with ` [label]` and ` (qualifier)` when asked: the form the succession suites compare.
    static func page(_ body: String, records: [KnowledgeRecord], labels: Bool = false, qualifiers: Bool = false) -> [String] {
        let text = "Monday, 3 March 2025\n\nT\n\n" + body + "\n"
        let x = DocumentExtractor(knowledge: KnowledgeBase(records: records)).extract(PlainTextPageReader().read(text: text, path: "p.txt"))
        func name(_ k: Int?) -> String { k.map { x.mentions[$0].mention.canonicalName } ?? "-" }
        return x.relations.map { r in
            "\(r.predicate) \(name(r.subject)) -> \(r.object.map { name($0) } ?? r.objectName ?? "-")"
                + (labels ? r.label.map { " [\($0.lowercased())]" } ?? "" : "") + (qualifiers ? r.qualifier.map { " (\($0))" } ?? "" : "")
        }
    }

    /// `predicate subject -> object` (the object's name, or `-` for a role alone) for each relation read in the
    /// last sentence of `text`, cut after its last `. ` or blank line (the text before is its context), with no
    /// dates handed to the reader: the form the topic suites (discourse and page topic) compare.
    static func lastParagraphSentence(_ text: String, records: [KnowledgeRecord]) -> [String] {
        let knowledge = KnowledgeBase(records: records)
        let mentions = EntityRecognizer(knowledge: knowledge).recognize(text: text)
        let cut = [". ", "\n\n"].compactMap { text.range(of: $0, options: .backwards)?.upperBound }.max()
        let start = cut.map { text.utf8.distance(from: text.startIndex, to: $0) } ?? 0
        let inside = mentions.indices.filter { mentions[$0].mention.utf8Range.lowerBound >= start }
        return RelationReader(knowledge: knowledge).read(passage: text, sentence: start..<text.utf8.count, mentions: inside, all: mentions)
            .map { f in "\(f.predicate) \(mentions[f.subject].mention.canonicalName) -> \(f.object.map { mentions[$0].mention.canonicalName } ?? "-")" }
    }

    static func read(_ text: String, records: [KnowledgeRecord], lastSentence: Bool = true) -> [String] {
        found(text, records: records, lastSentence: lastSentence).map(\.text)
    }

    /// `predicate subject -> object [label] (qualifier)` for each relation read in the LAST sentence of `passage`
    /// (after the last `. ` or paragraph break; the sentences before it are its context), the object's name or
    /// `-` for a role alone: the form the person-relation suites compare.
    static func labelled(_ passage: String, knowledge: KnowledgeBase) -> [String] {
        let mentions = EntityRecognizer(knowledge: knowledge).recognize(text: passage)
        let u = Array(passage.utf8)
        var start = 0
        for k in stride(from: u.count - 3, through: 1, by: -1) where (u[k] == 0x2E && u[k + 1] == 0x20) || (u[k] == 0x0A && u[k + 1] == 0x0A) {
            start = k + 2
            break
        }
        let inside = mentions.indices.filter { mentions[$0].mention.utf8Range.lowerBound >= start }
        let found = RelationReader(knowledge: knowledge)
            .read(passage: passage, sentence: start..<u.count, mentions: inside, all: mentions, dates: dates(passage, from: start))
        return found.map { f in
            let object = f.object.map { mentions[$0].mention.canonicalName } ?? f.objectName.map { "(\($0))" } ?? "-"
            return "\(f.predicate) \(mentions[f.subject].mention.canonicalName) -> \(object)"
                + (f.label.map { " [\($0.lowercased())]" } ?? "") + (f.qualifier.map { " (\($0))" } ?? "")
        }
    }
}
