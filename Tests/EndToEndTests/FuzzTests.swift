import Foundation
import Testing

/// A bounded, seeded fuzz run through the binary: pages in the four input formats, mutated (bytes flipped, cut,
/// repeated; deep nesting; entity declarations that expand, loop or point outside; controls and bytes that are
/// not UTF-8). Whatever the input, the binary ends by itself (a run past 30 seconds counts as a hang: each takes well under a second, and the
/// margin keeps a loaded machine from failing it), with an exit code from 0 to 3,
/// never by a signal, and leaves no temporary file.
@Suite struct FuzzTests {
    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let text = """
        Tuesday, 3 March 2015

        Hostels and the new contracts

        The Ministry of Justice said on 2 March 2015 that the hostels would stay open. Napo said last week that staff
        had not been told. In June 2014 the National Probation Service took over the high-risk cases.

        2 comments:

        1. A reader said the inspectors would visit in the spring of 2016.
        """

    static let html = """
        <!DOCTYPE html><html><head><title>Hostels</title><script>var x = "<div>";</script></head><body>
        <div class="date-outer"><h2 class="date-header"><span>Tuesday, 3 March 2015</span></h2>
        <div class="post"><h3 class="post-title">Hostels and the new contracts</h3>
        <div class="post-body"><p>The Ministry of Justice said on 2 March 2015 that the hostels would stay open.</p>
        <p>Napo said &ldquo;last week&rdquo; that staff had not been told &amp; were worried.<br>In June 2014 the
        National Probation Service took over.</p></div></div></div>
        <div class="comments"><div class="comment-content">The inspectors will visit in 2016.</div></div>
        </body></html>
        """

    static let atom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
        <title>A probation blog</title>
        <entry><id>post-1</id><published>2015-03-03T09:00:00Z</published><title>Hostels</title>
        <author><name>A Writer</name></author>
        <content type="html">&lt;p&gt;The Ministry of Justice said on 2 March 2015 that the hostels would stay open.&lt;/p&gt;&lt;p&gt;Napo objected.&lt;/p&gt;</content></entry>
        <entry><id>c-1</id><published>2015-03-04T10:00:00Z</published><thr:in-reply-to ref="post-1"/>
        <content type="html">The inspectors will visit in 2016.</content></entry>
        </feed>
        """

    static let rss = """
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Blog</title>
        <item><title>Hostels</title><pubDate>Tue, 03 Mar 2015 09:00:00 +0000</pubDate>
        <content:encoded><![CDATA[<p>The Ministry of Justice said on 2 March 2015 that the hostels would stay open.</p>]]></content:encoded>
        <description>Napo objected &amp; the National Probation Service agreed.</description></item>
        </channel></rss>
        """

    /// One mutation of `page` (bytes), chosen by `r`.
    static func mutate(_ page: [UInt8], xml: Bool, _ r: inout Random) -> [UInt8] {
        var b = page
        func at() -> Int { r.below(b.count + 1) }
        switch r.below(12) {
        case 0:  // flip bytes
            for _ in 0..<(1 + r.below(20)) where !b.isEmpty { b[r.below(b.count)] = UInt8(truncatingIfNeeded: r.next()) }
        case 1:  // cut
            b = Array(b.prefix(r.below(b.count + 1)))
        case 2:  // repeat a slice
            let i = r.below(b.count), n = min(b.count - i, 1 + r.below(200))
            let slice = Array(b[i..<(i + n)])
            for _ in 0..<(1 + r.below(50)) { b.insert(contentsOf: slice, at: at()) }
        case 3:  // deep nesting
            let tag = ["div", "span", "x", "p", "li", "a", "table"][r.below(7)]
            let depth = [500, 5_000, 30_000][r.below(3)]
            let open = String(repeating: "<\(tag)>", count: depth)
            let close = r.below(2) == 0 ? String(repeating: "</\(tag)>", count: depth) : ""
            b.insert(contentsOf: Array((open + "deep" + close).utf8), at: at())
        case 4:  // escaped deep nesting, as feed content carries it
            b.insert(contentsOf: Array(String(repeating: "&lt;div&gt;", count: 20_000).utf8), at: at())
        case 5:  // an internal subset that expands exponentially
            var subset = "<!DOCTYPE x [<!ENTITY a0 \"ha\">"
            for k in 1...8 { subset += "<!ENTITY a\(k) \"" + String(repeating: "&a\(k - 1);", count: 8) + "\">" }
            subset += "]>"
            b = Array(subset.utf8) + b
            b.insert(contentsOf: Array("&a8;".utf8), at: at())
        case 6:  // entities that loop, point outside, or are declared nowhere
            let subset = "<!DOCTYPE x [<!ENTITY l1 \"&l2;\"><!ENTITY l2 \"&l1;\"><!ENTITY out SYSTEM \"file:///etc/passwd\"><!ENTITY p SYSTEM \"http://127.0.0.1:9/x\">]>"
            b = Array(subset.utf8) + b
            for ref in ["&l1;", "&out;", "&p;", "&undeclared;", "&#x0;", "&#99999999;", "&"] {
                b.insert(contentsOf: Array(ref.utf8), at: at())
            }
        case 7:  // terminal controls and bidi overrides
            for s in ["\u{1B}[31m", "\u{9B}2J", "\u{202E}", "\u{7}", "\r"] { b.insert(contentsOf: Array(s.utf8), at: at()) }
        case 8:  // bytes that are not UTF-8, and a NUL now and then
            for _ in 0..<(1 + r.below(10)) { b.insert([0xFF, 0xC3, 0xE9, 0x80][r.below(4)], at: at()) }
            if r.below(4) == 0 { b.insert(0, at: at()) }
        case 9:  // datelines and dates that cannot be
            for s in ["\nMonday, 31 February 2015\n", " 1 January 9999 ", " 0 March 2015 ", " 32 March 2015 ", " 29 February 2100 "] {
                b.insert(contentsOf: Array(s.utf8), at: at())
            }
        case 10:  // a long line with no break
            b.insert(contentsOf: Array(String(repeating: "word 1 June 2014 ", count: 3_000).utf8), at: at())
        default:  // unclosed comments, CDATA and tags
            let s = xml ? ["<![CDATA[", "<!--", "<x a=\"", "</", "<?"][r.below(5)] : ["<!--", "<script>", "<div", "<"][r.below(4)]
            b.insert(contentsOf: Array(s.utf8), at: at())
        }
        return b
    }

    @Test func mutatedPagesNeverCrashHangOrLeaveTemporaryFiles() throws {
        var r = Random(state: 20_151_231)
        let bases: [(String, [UInt8], Bool)] = [("txt", Array(Self.text.utf8), false), ("html", Array(Self.html.utf8), false),
                                                ("atom", Array(Self.atom.utf8), true), ("rss", Array(Self.rss.utf8), true)]
        let commands: [[String]] = [["export"], ["timeline"], ["export", "--format", "graphml"], ["graph", "--format", "dot"]]
        let dir = try HindsightBinary.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for run in 0..<16 {
            let input = dir + "/in\(run)"
            try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
            for (k, (ext, page, xml)) in bases.enumerated() {
                var bytes = page
                for _ in 0..<(1 + r.below(3)) { bytes = Self.mutate(bytes, xml: xml, &r) }
                #expect(FileManager.default.createFile(atPath: "\(input)/page\(k).\(ext)", contents: Data(bytes)))
            }
            let out = dir + "/out\(run)"
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let command = commands[run % commands.count]
            let result = try HindsightBinary.run(command + ["-q", "--no-default-entities", "--output", out + "/result", input],
                                                 timeout: 30)
            #expect(!result.signalled, "run \(run) (\(command)) stopped by signal \(result.status): \(result.stderr.prefix(500))")
            #expect((0...3).contains(result.status), "run \(run): exit \(result.status): \(result.stderr.prefix(500))")
            let left = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != "result" }
            #expect(left.isEmpty, "run \(run) left \(left)")
        }
    }
}
