import Foundation

/// The person or organization a pronoun stands for, when a relation's subject or object is written `he`, `her`,
/// `it` or `its` rather than named (`Tom Vale chaired the inquiry. He criticised Harbour Homes.`). Every reader
/// that meets such a pronoun asks here, so that one policy decides what a pronoun means.
///
/// The policy (precision first: a wrong pronoun makes a wrong fact):
/// - `he`, `him`, `his` / `she`, `her` stand for the most recent person of a compatible sex: a person whose
///   title (`Mr`, `Sir`, `Lord` / `Mrs`, `Ms`, `Dame`, `Baroness`) or given name says the other sex is ruled
///   out, one whose sex nothing tells is kept. The sentences are read back from the pronoun's, through its
///   paragraph, then through the paragraph before. In the nearest sentence that names a compatible person,
///   that person is the answer; two different compatible people there tie, and a tie refuses
///   (`Tom Vale asked Sam Lowe to look into it. His report ...` gives nothing). A sentence that names nobody
///   but opens with a pronoun of the same sex passes on what that pronoun stands for (`Tom Vale left in May.
///   He stayed on the board. His successor ...` → Tom Vale), so chains of sentences about one person hold.
/// - `it`, `its` (and `they`, `their` for a body) stand for the organization that was the subject of the
///   nearest clause before, named (`Harbour Homes ...`), described (`The trust ...`, resolved by
///   ``DefiniteDescription``, also after lead-in words: `Today the council is chaired by ...`), a body the clause
///   creates when no body is its subject (`The 1995 Act created the Review Commission, and it began work ...`,
///   ``RelationContext/createsBody(_:)``) or itself a pronoun (a chain); of a sentence of several clauses, the last one's
///   (`Westside closed, and Harbour took over its work. Its chair ...` → Harbour). A clause whose subject is a
///   person, or two bodies (`Harbour and the union said ...`), refuses: the text has moved on, or the pronoun is
///   ambiguous.
///   Only the two sentences before, in the pronoun's paragraph, are read for a subject. When there is none (the
///   pronoun opens a paragraph, or the sentences before are about no one) and the paragraph names no body before
///   it, the pronoun stands for the passage's topic (``RelationContext/topic(at:in:)``: `Harbour Water took over
///   the depot.` then, in a new paragraph, `Its first chair was Ann Reed.` → Harbour Water).
///
/// For example, in `Eastmoor Trust published its accounts in May. It blamed Kingsford Council for the
/// deficit.`, `It` is Eastmoor Trust; in `Ann Reed met Tom Vale. She criticised the plan.`, `She` is Ann Reed
/// (Tom Vale's given name rules him out); after `Ann Reed met Sara Lowe.`, `She` refuses.
///
/// Why (measured on the seeds and the regression sets A–F, with and without `Entities/`): the readers each
/// took the first person of the sentence before (which put `his report` at the person who asked for it, not the
/// one who wrote it) or the first organization of the sentence before (which put `Its review` at a body named
/// inside an apposition); neither looked further back than one sentence, nor refused two candidates.
public enum PronounResolver {
    /// A name before the pronoun (or a description or pronoun already resolved to one).
    public struct Candidate: Sendable, Equatable {
        /// What the caller knows it by (a mention index).
        public var id: Int
        /// Its canonical name: two mentions of one body or person are one candidate.
        public var key: String
        /// A person's sex by title or given name (`true`: male), nil when nothing tells.
        public var male: Bool?
        /// Sentences back from the pronoun's own (0: the pronoun's sentence, before it).
        public var sentence: Int
        /// Paragraphs back from the pronoun's own.
        public var paragraph: Int
        /// Whether it is the subject of its clause (opens it).
        public var subject: Bool
        /// Whether it is a person (else an organization).
        public var person: Bool
        /// Clauses back from the end of its sentence (0: the sentence's last clause before the pronoun).
        public var clause: Int
        public init(id: Int, key: String, person: Bool, male: Bool? = nil, sentence: Int, paragraph: Int, subject: Bool, clause: Int = 0) {
            self.clause = clause
            self.id = id
            self.key = key
            self.person = person
            self.male = male
            self.sentence = sentence
            self.paragraph = paragraph
            self.subject = subject
        }
    }

    /// The person `he`/`him`/`his` (`male`) or `she`/`her` stands for among the people named before it (see the
    /// type's overview), or nil.
    ///
    /// `subjectPronoun`: the pronoun is its clause's subject (`He also criticised ...`), and a tie is broken by
    /// the one person of the tied that was the subject of their sentence (a subject goes on as the subject:
    /// `Tom Vale accused Harbour, whose chair Sam Lowe resigned. He also criticised ...` → Tom Vale); a
    /// possessive or an object pronoun (`His report`, `criticised him`) still refuses a tie.
    public static func person(male: Bool, among candidates: [Candidate], subjectPronoun: Bool = false) -> Int? {
        let fitting = candidates.filter { $0.person && ($0.male == nil || $0.male == male) }
        for paragraph in 0...1 {
            let here = fitting.filter { $0.paragraph == paragraph }
            guard let nearest = here.map(\.sentence).min() else { continue }
            let there = here.filter { $0.sentence == nearest }
            if Set(there.map(\.key)).count == 1 { return there.last?.id }
            let subjects = there.filter(\.subject)
            guard subjectPronoun, Set(subjects.map(\.key)).count == 1 else { return nil }
            return subjects.last?.id
        }
        return nil
    }

    /// How many sentences back an organization pronoun looks for a clause's subject.
    public static let organizationReach = 2

    /// The organization `it`/`its` stands for among the clause subjects before it (see the type's overview):
    /// `candidates` hold every clause subject, people too (a person subject refuses), or nil.
    public static func organization(among candidates: [Candidate]) -> Int? {
        let subjects = candidates.filter(\.subject)
        let nearest = subjects.filter { $0.paragraph == 0 && $0.sentence <= organizationReach }
        guard let s = nearest.map(\.sentence).min() else { return nil }
        // the nearest clause of that sentence with a subject (`A closed, and B took over its work. Its chair ...` → B)
        let inSentence = nearest.filter { $0.sentence == s }
        guard let c = inSentence.map(\.clause).min() else { return nil }
        let there = inSentence.filter { $0.clause == c }
        guard Set(there.map(\.key)).count == 1, let c = there.last, !c.person else { return nil }
        return c.id
    }
}
