import Corpus
import Foundation
import Testing

/// Feeds written to break a reader: entity declarations (words that must not be lost, references that must not
/// be fetched, expansions that must not explode) and nesting deep enough to exhaust a stack.
@Suite struct HostileFeedTests {
    /// An RSS feed with this internal subset and one item whose description is `description` (already escaped).
    static func rss(subset: String = "", description: String) -> String {
        """
        <?xml version="1.0"?>
        \(subset.isEmpty ? "" : "<!DOCTYPE rss [\n\(subset)\n]>")
        <rss version="2.0"><channel><title>T</title>
        <item><title>A Post</title><pubDate>Mon, 01 Jun 2015 10:00:00 +0000</pubDate>
        <description>\(description)</description></item>
        </channel></rss>
        """
    }

    static func bodyText(_ doc: Document) -> String {
        doc.posts.flatMap(\.passages).map(\.text).joined(separator: " ")
    }

    @Test func internalEntitiesAreExpandedNotDropped() throws {
        let feed = Self.rss(subset: #"<!ENTITY moj "Ministry of Justice"> <!ENTITY both "the &moj; and its agencies">"#,
                            description: "Napo met the &moj; on Monday, and later &both;.")
        let doc = try RSSFeedReader().read(text: feed, path: "f.rss")
        #expect(Self.bodyText(doc) == "Napo met the Ministry of Justice on Monday, and later the Ministry of Justice and its agencies.")
        #expect(doc.warnings.isEmpty)
    }

    @Test func externalAndUndeclaredEntitiesAreKeptAsWrittenWithAWarning() throws {
        let feed = Self.rss(subset: #"<!ENTITY ext SYSTEM "http://127.0.0.1:9/never-fetched.txt">"#,
                            description: "Before &ext; after, and &nosuch; too, with&nbsp;HTML&rsquo;s names.")
        let doc = try RSSFeedReader().read(text: feed, path: "f.rss")
        #expect(Self.bodyText(doc).hasPrefix("Before &ext; after, and &nosuch; too, with"))
        #expect(Self.bodyText(doc).hasSuffix("HTML\u{2019}s names."))
        #expect(doc.warnings.map(\.description) == [
            "f.rss:7: external entity &ext; not fetched; kept as written",
            "f.rss:7: undefined entity &nosuch;; kept as written",
        ])
        // Without a DOCTYPE too: an undeclared name no longer makes the whole feed malformed.
        let plain = try RSSFeedReader().read(text: Self.rss(description: "One &mystery; word."), path: "g.rss")
        #expect(Self.bodyText(plain) == "One &mystery; word.")
        #expect(plain.warnings.count == 1)
    }

    @Test func entitiesInCommentsAndCDATAAreLeftAlone() throws {
        let feed = Self.rss(subset: #"<!ENTITY moj "Ministry of Justice">"#,
                            description: "<![CDATA[Literal &moj; here]]> and &moj; <!-- &moj; -->")
        let doc = try RSSFeedReader().read(text: feed, path: "f.rss")
        // CDATA is character data: the reference in it is not one (and the HTML reader keeps an unknown name).
        #expect(Self.bodyText(doc) == "Literal &moj; here and Ministry of Justice")
    }

    @Test func aSelfReferenceIsKeptNotFollowedForever() throws {
        let feed = Self.rss(subset: #"<!ENTITY a "x &b;"> <!ENTITY b "y &a;">"#, description: "Loop: &a;.")
        let doc = try RSSFeedReader().read(text: feed, path: "f.rss")
        #expect(Self.bodyText(doc) == "Loop: x y &a;.")
        #expect(doc.warnings.count == 1)
    }

    @Test func exponentialAndQuadraticExpansionsAreRefused() throws {
        // Nine levels of ten references each: 10^9 copies of "lol".
        var subset = #"<!ENTITY l0 "lol">"#
        for k in 1...9 { subset += "\n<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        #expect {
            try RSSFeedReader().read(text: Self.rss(subset: subset, description: "&l9;"), path: "laughs.rss")
        } throws: { error in
            "\(error)".contains("laughs.rss:") && "\(error)".contains("entity references expand the file beyond")
        }
        // One entity of N characters used N times: N² bytes from 2N.
        let n = 20_000
        let wide = Self.rss(subset: "<!ENTITY w \"" + String(repeating: "w", count: n) + "\">",
                            description: String(repeating: "&w;", count: n))
        #expect {
            try RSSFeedReader().read(text: wide, path: "wide.rss")
        } throws: { error in "\(error)".contains("entity references expand the file beyond") }
        // Within the bound, the same shape is read.
        let small = Self.rss(subset: "<!ENTITY w \"" + String(repeating: "w", count: 100) + "\">",
                             description: String(repeating: "&w; ", count: 100))
        #expect(try Self.bodyText(RSSFeedReader().read(text: small, path: "small.rss")).count == 100 * 101 - 1)
    }

    @Test func deepNestingIsRefusedWithALineNotACrash() throws {
        let depth = 60_000
        let deep = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + String(repeating: "<x>", count: depth) + String(repeating: "</x>", count: depth) + "\n</feed>\n"
        #expect {
            try AtomFeedReader().read(text: deep, path: "deep.atom")
        } throws: { error in "\(error)".hasPrefix("deep.atom:3: elements nested more than 400 deep") }
        // Inside an entry's XHTML content.
        let xhtml = """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><published>2015-06-01T10:00:00Z</published>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">\(String(repeating: "<span>", count: 20_000))deep\(String(repeating: "</span>", count: 20_000))</div></content></entry></feed>
            """
        #expect(throws: CorpusError.self) { try AtomFeedReader().read(text: xhtml, path: "x.atom") }
    }

    @Test func deeplyNestedEscapedHTMLContentIsFlattenedAndRead() throws {
        // Escaped HTML content is read by the HTML reader, which flattens what is nested too deep.
        let html = String(repeating: "&lt;div&gt;", count: 20_000) + "Napo met on 2 June 2015." + String(repeating: "&lt;/div&gt;", count: 20_000)
        let doc = try RSSFeedReader().read(text: Self.rss(description: html), path: "f.rss")
        #expect(Self.bodyText(doc).contains("Napo met on 2 June 2015."))
    }
}
