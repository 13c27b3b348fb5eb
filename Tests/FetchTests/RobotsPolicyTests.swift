import Fetch
import Testing

/// robots.txt groups, longest-match precedence, wildcards and end anchors (RFC 9309), on files written here.
@Suite struct RobotsPolicyTests {
    @Test func theGroupForHindsightWinsOverTheStarGroup() {
        let text = """
            # a comment
            User-agent: *
            Disallow: /

            User-agent: Hindsight
            User-agent: otherbot
            Disallow: /drafts/
            Crawl-delay: 5
            """
        let policy = RobotsPolicy(parsing: text, agent: "hindsight")
        #expect(policy.allows("/feeds/posts/default"))
        #expect(!policy.allows("/drafts/one.html"))
        #expect(policy.crawlDelay == 5)
        let other = RobotsPolicy(parsing: text, agent: "somebot")
        #expect(!other.allows("/feeds/posts/default"))
        #expect(other.crawlDelay == nil)
    }

    @Test func longestMatchWinsAndAllowWinsATie() {
        let policy = RobotsPolicy(parsing: "User-agent: *\nDisallow: /private/\nAllow: /private/open$\nDisallow: /*.pdf$\nAllow: /a\nDisallow: /a\n", agent: "hindsight")
        #expect(policy.allows("/private/open"))
        #expect(!policy.allows("/private/open/x"))
        #expect(!policy.allows("/private/notes"))
        #expect(!policy.allows("/reports/2016/annual.pdf"))
        #expect(policy.allows("/reports/2016/annual.pdf?page=2"))
        #expect(policy.allows("/a/b"))
        #expect(policy.allows("/"))
    }

    @Test func emptyDisallowAllowsEverythingAndQueriesCount() {
        #expect(RobotsPolicy(parsing: "User-agent: *\nDisallow:\n", agent: "hindsight").allows("/feeds/posts/default"))
        let search = RobotsPolicy(parsing: "User-agent: *\nDisallow: /search?q=\n", agent: "hindsight")
        #expect(!search.allows("/search?q=probation"))
        #expect(search.allows("/search"))
        #expect(RobotsPolicy(parsing: "", agent: "hindsight").allows("/anything"))
        #expect(!RobotsPolicy.disallowAll.allows("/feed/"))
    }
}
