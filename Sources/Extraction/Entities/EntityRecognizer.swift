import Corpus

/// Finds people, organizations, places and programmes in a document.
///
/// Most of the work is done by general cues — capitalisation and context, honorifics, role phrases,
/// organization heads and suffixes, acronym definitions, a given-name lexicon — with the knowledge base adding
/// names, aliases, nicknames and misspellings it knows. Names are then resolved within the document (a
/// surname or `Mr X` to the full name the document gives). Pure and `Sendable`: documents can be processed in
/// parallel. Linear in the length of the text.
public struct EntityRecognizer: Sendable {
    public let knowledge: KnowledgeBase

    public init(knowledge: KnowledgeBase) {
        self.knowledge = knowledge
    }

    /// Every mention of the document, in post, passage and text order. Candidate mentions (cue starting with
    /// `candidate`) are left for ``EntityResolver`` to confirm against the corpus.
    public func recognize(_ document: Document) -> [LocatedMention] {
        var items: [DocumentNameResolver.Item] = []
        var definitions: [AcronymDefinition] = []
        for (pi, post) in document.posts.enumerated() {
            for (ai, passage) in post.allPassages.enumerated() {
                let found = scan(passage.text)
                definitions += found.definitions
                for raw in found.mentions {
                    items.append(.init(post: pi, passage: ai, kind: passage.kind, firstLine: passage.firstLine, raw: raw))
                }
            }
        }
        var resolver = DocumentNameResolver(kb: knowledge, items: items, definitions: definitions)
        return resolver.resolve()
    }

    /// The mentions of one piece of text, resolved within it (a convenience for tests and tools): `post` and
    /// `passage` are 0 and lines count from 1.
    public func recognize(text: String, kind: PassageKind = .body) -> [LocatedMention] {
        let found = scan(text)
        let items = found.mentions.map {
            DocumentNameResolver.Item(post: 0, passage: 0, kind: kind, firstLine: 1, raw: $0)
        }
        var resolver = DocumentNameResolver(kb: knowledge, items: items, definitions: found.definitions)
        return resolver.resolve()
    }

    func scan(_ text: String) -> (mentions: [RawMention], definitions: [AcronymDefinition]) {
        var scanner = PassageScanner(text: text, knowledge: knowledge)
        scanner.scan()
        return (scanner.mentions, scanner.definitions)
    }
}
