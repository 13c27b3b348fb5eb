import Corpus
import Testing
@testable import Extraction

/// Holders of a post listed under a plural title (``RelationReader/listedHolders(_:_:found:)``): a line ending in
/// a colon that names the post in the plural, then one item per holder. Invented people and bodies (knowledge
/// records) on water, health, museums and schools; twins that must give nothing.
@Suite struct ListedHolderTests {
    static let knowledge = KnowledgeBase(records: [
        "Ann Reed", "Tom Vale", "Sam Ode", "Nia Doyle", "Owen Pryce", "Ruth Penn", "Alan Birch",
    ].map { KnowledgeRecord(name: $0, type: .person) } + [
        KnowledgeRecord(name: "Harbour Water Trust", type: .organization),
        KnowledgeRecord(name: "Department of Health", type: .organization),
        KnowledgeRecord(name: "Kelby Museum", type: .organization),
    ])

    func roles(_ passage: String) -> [String] {
        RelationTestSupport.labelled(passage, knowledge: Self.knowledge).filter { $0.hasPrefix("holds_role") }
    }

    @Test("each holder opening an item under a plural post holds the post, at the body its name gives")
    func holdersUnderAPluralTitle() {
        // health: a minister's title, placed at the department the page names
        let health = """
        The Department of Health was reorganised in 2012.

        Since then we have had a procession of Health Secretaries:

        - Ann Reed, from May 2012, who started the review;
        - Tom Vale, since July 2016.
        """
        let h = roles(health)
        #expect(h.contains("holds_role Ann Reed -> Department of Health [health secretary]"), "\(h)")
        #expect(h.contains("holds_role Tom Vale -> Department of Health [health secretary]"), "\(h)")
        // water: a post only a body has, placed at the body the passage is about; numbered items (the test reads
        // the passage's last sentence, so the items are numbered with `)` here: `2. ` would open a sentence)
        let water = """
        The Harbour Water Trust was set up in 2004. The trust has had three chief executives so far:

        1) Sam Ode, from 2004 to 2010
        2) Nia Doyle, who had run a smaller company
        """
        let w = roles(water)
        #expect(w.contains("holds_role Sam Ode -> Harbour Water Trust [chief executive]"), "\(w)")
        #expect(w.contains("holds_role Nia Doyle -> Harbour Water Trust [chief executive]"), "\(w)")
        // schools: an office named by its remit, kept alone
        let schools = """
        The inspectors have been led by a string of Chief Inspectors of Schools over the years:

        * Owen Pryce, a former head teacher;
        * Ruth Penn, who came from the civil service.
        """
        let s = roles(schools)
        #expect(s.contains { $0.hasPrefix("holds_role Owen Pryce -> ") && $0.contains("chief inspector") }, "\(s)")
        #expect(s.contains { $0.hasPrefix("holds_role Ruth Penn -> ") && $0.contains("chief inspector") }, "\(s)")
    }

    @Test("twins: no plural post, a holder not opening the item, no list")
    func twins() {
        // a list under a line naming no post
        let findings = """
        The Kelby Museum's review had three main findings:

        - Ann Reed said the galleries were too crowded;
        - Tom Vale said the shop made a loss.
        """
        #expect(!roles(findings).contains { $0.contains("finding") }, "\(roles(findings))")
        // the person stands later in the item: someone the holder dealt with
        let later = """
        The Harbour Water Trust has had two chief executives:

        - the first clashed with Alan Birch over pay;
        - the second stayed for ten years.
        """
        #expect(!roles(later).contains { $0.hasPrefix("holds_role Alan Birch") }, "\(roles(later))")
        // the same names in running text, no list
        let prose = "The Harbour Water Trust has had two chief executives: Sam Ode and Nia Doyle each stayed six years."
        #expect(!roles(prose).contains { $0.hasPrefix("holds_role Sam Ode") }, "\(roles(prose))")
    }

    @Test("the plural post of an introducing line, in the singular")
    func pluralPost() {
        #expect(RelationReader.pluralPost(in: "Since then we have had a procession of Justice Secretaries") == "Justice Secretary")
        #expect(RelationReader.pluralPost(in: "The trust has had four chief executives since 2001") == "chief executive")
        #expect(RelationReader.pluralPost(in: "Its chairmen so far") == "chairman")
        #expect(RelationReader.pluralPost(in: "The main findings") == nil)
        #expect(RelationReader.pluralPost(in: "Three things to remember") == nil)
    }
}
