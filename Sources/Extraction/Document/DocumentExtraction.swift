import Corpus

/// A date found in a document, placed in its post and passage.
public struct LocatedDate: Hashable, Sendable {
    /// Index of the post in `document.posts`.
    public var post: Int
    /// Index in `post.allPassages`, or `nil` for the post's dateline.
    public var passage: Int?
    public var kind: PassageKind
    /// 1-based line in the file.
    public var line: Int
    public var expression: TemporalExpression
    /// Whether this is the post's own dateline (its publication, not a policy event).
    public var isDateline: Bool
}

/// A sentence of a passage.
public struct SentenceSpan: Hashable, Sendable {
    public var post: Int
    public var passage: Int
    public var kind: PassageKind
    public var line: Int
    /// UTF-8 byte range in the passage's text.
    public var utf8Range: Range<Int>
}

/// A dated happening read from one sentence, before corpus-level merging.
public struct EventCandidate: Hashable, Sendable {
    public var post: Int
    public var passage: Int
    public var kind: PassageKind
    /// The line of the date expression.
    public var line: Int
    public var date: TemporalValue
    public var dateText: String
    /// The clause around the date, trimmed.
    public var summary: String
    public var trigger: String?
    /// Indices into ``DocumentExtraction/mentions`` of the entities named in the sentence.
    public var participants: [Int]
    /// The whole sentence that tells it, as written (never cut; a run of text longer than
    /// `EventSummary.maxSentenceBytes` with no sentence marks gives the words around the date instead).
    public var sentence: String = ""
    /// Index of that sentence in ``DocumentExtraction/sentences``: candidates of one sentence with different
    /// dates tell different happenings and are never merged with each other.
    public var sentenceIndex: Int = 0
    /// Whether the date needed a reference date (`yesterday`, `in February`) rather than standing on its own.
    public var dateIsRelative: Bool = false
    /// Whether that reference was an inferred post date: the date is then only as good as the inference.
    public var dateInferred: Bool = false
    /// Whether every date of its value in the sentence is a year used as an adjective (`the 2019 intake`, see
    /// ``TemporalExpression/isYearModifier``).
    public var dateIsYearModifier: Bool = false
    /// What the wording says about the kind of statement (a personal anecdote, a line of figures, a year in a
    /// title named in passing).
    public var cues: EventCues = []
    /// Names of participants the sentence implies without naming them (the holder of a post named by its title).
    public var impliedParticipants: [String] = []
}

/// A relation stated in a sentence between two mentioned entities (or a mentioned entity and one the sentence
/// implies, such as the organization of a role).
public struct RelationCandidate: Hashable, Sendable {
    /// `holds_role`, `leads`, `member_of`, `owns`, `operates`, `partner_of`, `part_of`, `successor_of`,
    /// `criticised`, `funds`.
    public var predicate: String
    /// Indices into ``DocumentExtraction/mentions``.
    public var subject: Int
    /// The object's mention, when the sentence names it.
    public var object: Int?
    /// The object's name when the sentence implies it without naming it (`Justice Secretary` → the ministry).
    /// With neither `object` nor `objectName`, a `holds_role` is a role alone (`MP`).
    public var objectName: String?
    /// Names the object would have by convention (`Health Secretary` → `Department of Health`): the first the
    /// corpus knows is the object; with none, the role stands alone.
    public var objectCandidates: [String] = []
    /// The role for `holds_role`.
    public var label: String?
    /// `former`, `interim`, `acting`, `shadow`, when the text says so.
    public var qualifier: String?
    /// When the relation began or ended, when the sentence says (`since May 2015`, `until 2021`, `was appointed
    /// in 2016`).
    public var start: TemporalValue?
    public var end: TemporalValue?
    public var post: Int
    public var kind: PassageKind
    public var line: Int

    public init(predicate: String, subject: Int, object: Int?, objectName: String? = nil, label: String? = nil,
                qualifier: String? = nil, start: TemporalValue? = nil, end: TemporalValue? = nil,
                post: Int, kind: PassageKind, line: Int) {
        self.predicate = predicate
        self.subject = subject
        self.object = object
        self.objectName = objectName
        self.label = label
        self.qualifier = qualifier
        self.start = start
        self.end = end
        self.post = post
        self.kind = kind
        self.line = line
    }
}

/// Everything the extraction stage reads from one document.
public struct DocumentExtraction: Sendable {
    /// The document; posts with no dateline carry their inferred date here (`publishedInferred`).
    public var document: Document
    public var dates: [LocatedDate]
    public var mentions: [LocatedMention]
    public var sentences: [SentenceSpan]
    /// For each sentence, the indices of the mentions inside it.
    public var sentenceMentions: [[Int]]
    public var events: [EventCandidate]
    public var relations: [RelationCandidate]
}

extension DocumentExtraction {
    /// The document (with its text) and its sentences alone: what an output that quotes the sentences needs once
    /// the graph is built (the SQLite export's full-text table), without the mentions, dates, events and
    /// relations the graph has taken in.
    public func keepingSentences() -> DocumentExtraction {
        DocumentExtraction(document: document, dates: [], mentions: [], sentences: sentences, sentenceMentions: [],
                           events: [], relations: [])
    }
}
