import Corpus
import Testing
@testable import Extraction

/// ``DocumentNameResolver`` on mentions built by hand (no scanner): how the names of one document resolve
/// against each other. The people and bodies are invented for these tests.
@Suite struct DocumentNameResolverTests {
    /// A raw mention of `text` on line `line` of one passage.
    static func raw(_ shape: RawMention.Shape, _ type: EntityType, _ text: String, name: String? = nil,
                    words: [String] = [], honorific: String? = nil, line: Int = 0) -> RawMention {
        RawMention(shape: shape, type: type, start: 0, end: 1, bytes: 0..<text.utf8.count, text: text,
                   name: name ?? text, cue: .knowledge, role: nil, line: line, sentenceStart: false, nameWords: words,
                   honorific: honorific)
    }

    static func fullName(_ name: String, line: Int = 0) -> RawMention {
        raw(.fullName, .person, name, words: name.split(separator: " ").map(String.init), line: line)
    }

    /// Resolves `mentions` as one passage starting on line 1, with an empty knowledge base.
    static func resolve(_ mentions: [RawMention], definitions: [AcronymDefinition] = []) -> [LocatedMention] {
        let items = mentions.map { DocumentNameResolver.Item(post: 0, passage: 0, kind: .body, firstLine: 1, raw: $0) }
        var resolver = DocumentNameResolver(kb: .empty, items: items, definitions: definitions)
        return resolver.resolve()
    }

    static func names(_ resolved: [LocatedMention]) -> [String] { resolved.map(\.mention.canonicalName) }

    @Test func aTitledSurnameJoinsTheFullNameGivenElsewhereInTheDocument() {
        let resolved = Self.resolve([
            Self.raw(.titledSurname, .person, "Ms Okafor", name: "Okafor", words: ["Okafor"], honorific: "Ms", line: 0),
            Self.fullName("Ngozi Okafor", line: 3),
        ])
        // The full name comes later in the text, and still names the earlier mention.
        #expect(Self.names(resolved) == ["Ngozi Okafor", "Ngozi Okafor"])
        #expect(resolved.map(\.line) == [1, 4])
    }

    /// Many surnames are given names too (`Lewis`, `Douglas`, `Howard`): alone, such a word is the surname of the
    /// one person the document names in full with it, unless someone there bears it as a first name.
    @Test func aGivenNameThatIsTheSurnameOfOnePersonNamedInFullIsThatPerson() {
        let resolved = Self.resolve([
            Self.fullName("Derek Marsh"),
            Self.fullName("Tomas Lewis", line: 1),
            Self.raw(.firstName, .person, "Lewis", line: 2),
        ])
        #expect(Self.names(resolved) == ["Derek Marsh", "Tomas Lewis", "Tomas Lewis"])
        // a first name borne by someone of the document stays theirs
        let first = Self.resolve([
            Self.fullName("Lewis Carne"),
            Self.fullName("Tomas Lewis", line: 1),
            Self.raw(.firstName, .person, "Lewis", line: 2),
        ])
        #expect(Self.names(first) == ["Lewis Carne", "Tomas Lewis", "Lewis Carne"])
        // nobody of the document bears it: no person
        let none = Self.resolve([Self.fullName("Derek Marsh"), Self.raw(.firstName, .person, "Lewis", line: 1)])
        #expect(Self.names(none) == ["Derek Marsh"])
    }

    @Test func aSurnameSharedByTwoPeopleGoesToTheOneLastNamedInFull() {
        let resolved = Self.resolve([
            Self.fullName("Ruth Hartley"),
            Self.fullName("Owen Hartley", line: 1),
            Self.raw(.titledSurname, .person, "Mr Hartley", name: "Hartley", words: ["Hartley"], honorific: "Mr", line: 2),
            Self.fullName("Ruth Hartley", line: 3),
            Self.raw(.titledSurname, .person, "Ms Hartley", name: "Hartley", words: ["Hartley"], honorific: "Ms", line: 4),
        ])
        #expect(Self.names(resolved) == ["Ruth Hartley", "Owen Hartley", "Owen Hartley", "Ruth Hartley", "Ruth Hartley"])
    }

    @Test func aTitledDoubleSurnameJoinsTheOneLongerNameEndingInIt() {
        let resolved = Self.resolve([
            Self.fullName("Carys Lloyd Evans"),
            Self.raw(.fullName, .person, "Ms Lloyd Evans", name: "Lloyd Evans", words: ["Lloyd", "Evans"],
                     honorific: "Ms", line: 1),
            Self.raw(.bareWord, .person, "Evans", line: 2),
        ])
        #expect(Self.names(resolved) == ["Carys Lloyd Evans", "Carys Lloyd Evans", "Carys Lloyd Evans"])
        // two longer names end in the same two words: the titled one stays a person of its own
        let two = Self.resolve([
            Self.fullName("Carys Lloyd Evans"),
            Self.fullName("Dafydd Lloyd Evans", line: 1),
            Self.raw(.fullName, .person, "Mr Lloyd Evans", name: "Lloyd Evans", words: ["Lloyd", "Evans"],
                     honorific: "Mr", line: 2),
        ])
        #expect(Self.names(two) == ["Carys Lloyd Evans", "Dafydd Lloyd Evans", "Lloyd Evans"])
        // without an honorific, a given name and a surname are a name of their own
        let plain = Self.resolve([Self.fullName("Carys Lloyd Evans"), Self.fullName("Lloyd Evans", line: 1)])
        #expect(Self.names(plain) == ["Carys Lloyd Evans", "Lloyd Evans"])
    }

    @Test func aCompanysShortNameTakesTheFullNameItsDocumentGives() {
        let resolved = Self.resolve([
            Self.raw(.typed, .organization, "Vantage Crest Healthcare"),
            Self.raw(.typed, .organization, "Kelby Energy", line: 1),
            Self.raw(.typed, .organization, "Kelby Energy Ltd", line: 2),
            Self.raw(.unknownRun, .organization, "Vantage Crest", line: 3),
            Self.raw(.bareWord, .person, "Kelby", line: 4),
        ])
        #expect(Self.names(resolved) == ["Vantage Crest Healthcare", "Kelby Energy", "Kelby Energy Ltd",
                                         "Vantage Crest Healthcare", "Kelby Energy"])
        #expect(resolved.last?.mention.type == .organization)
        // two companies under one short name: the short name stands for neither
        let two = Self.resolve([
            Self.raw(.typed, .organization, "Kelby Energy"),
            Self.raw(.typed, .organization, "Kelby Rail", line: 1),
            Self.raw(.bareWord, .person, "Kelby", line: 2),
        ])
        #expect(Self.names(two) == ["Kelby Energy", "Kelby Rail", "Kelby"])
    }

    /// One word of a policy remit is a portfolio before it is a company's head: `Transport` of `Transport
    /// Logistics` stays itself (`the Transport Secretary`), while `Harwick` of `Harwick Logistics` is the company.
    @Test func aRemitWordIsNoCompanysShortName() {
        let resolved = Self.resolve([
            Self.raw(.typed, .organization, "Transport Logistics"),
            Self.raw(.typed, .organization, "Harwick Logistics", line: 1),
            Self.raw(.bareWord, .person, "Transport", line: 2),
            Self.raw(.bareWord, .person, "Harwick", line: 3),
        ])
        let names = Self.names(resolved)
        #expect(names.filter { $0 == "Transport Logistics" }.count == 1)
        #expect(names.filter { $0 == "Harwick Logistics" }.count == 2)
    }

    @Test func anInitialAndSurnameNeedsAMatchingInitial() {
        let resolved = Self.resolve([
            Self.fullName("Priya Lamb"),
            Self.raw(.initialSurname, .person, "P Lamb", words: ["P", "Lamb"], line: 1),
            Self.raw(.initialSurname, .person, "K Lamb", words: ["K", "Lamb"], line: 2),
        ])
        #expect(Self.names(resolved) == ["Priya Lamb", "Priya Lamb", "K Lamb"])
    }

    @Test func aLoneFirstNameIsKeptOnlyWhenTheDocumentNamesThePerson() {
        let named = Self.resolve([Self.fullName("Tobias Venn"), Self.raw(.firstName, .person, "Tobias", line: 1)])
        #expect(Self.names(named) == ["Tobias Venn", "Tobias Venn"])
        let alone = Self.resolve([Self.raw(.firstName, .person, "Tobias")])
        #expect(alone.isEmpty)
    }

    @Test func anAcronymTakesItsDefinitionIncludingThePlural() {
        let definition = AcronymDefinition(acronym: "RHA", longName: "Regional Housing Authority", type: .organization, record: nil)
        let resolved = Self.resolve([
            Self.raw(.acronym, .organization, "RHA"),
            Self.raw(.acronym, .organization, "RHAs", line: 1),
        ], definitions: [definition])
        #expect(Self.names(resolved) == ["Regional Housing Authority", "Regional Housing Authority"])
        #expect(resolved.allSatisfy { $0.mention.type == .organization })
    }

    @Test func aMisspeltSurnameOneLetterOffJoinsTheDocumentsPerson() {
        let resolved = Self.resolve([
            Self.fullName("Miriam Castellano"),
            Self.raw(.bareWord, .person, "Castellana", line: 1),
        ])
        #expect(Self.names(resolved) == ["Miriam Castellano", "Miriam Castellano"])
        #expect(resolved[1].mention.cue == .misspeltSurname)
    }

    @Test func aFullNameEndingInAStraySDefersToTheNameWithout() {
        let resolved = Self.resolve([
            Self.fullName("Helen Marsh"),
            Self.fullName("Helen Marshs", line: 1),
            Self.raw(.bareWord, .person, "Marsh", line: 2),
        ])
        #expect(Self.names(resolved) == ["Helen Marsh", "Helen Marsh", "Helen Marsh"])
    }
}
