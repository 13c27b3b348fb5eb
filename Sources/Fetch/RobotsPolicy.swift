/// What a site's robots.txt allows a crawler named Hindsight to fetch (RFC 9309).
///
/// The group for `hindsight` (matched case-insensitively against the `User-agent` lines) applies when there is
/// one, else the group for `*`. Within it the longest matching `Allow` or `Disallow` rule wins, `Allow` on a
/// tie; `*` matches any run of characters and a final `$` anchors the end. A `Crawl-delay` in the group is
/// kept, so that the fetcher waits at least that long between requests. For example, with
///
///     User-agent: *
///     Disallow: /private/
///     Allow: /private/open$
///
/// `/private/open` is allowed, `/private/open/x` and `/private/notes` are not, and everything else is.
public struct RobotsPolicy: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String
    }

    var rules: [Rule]
    /// Seconds to wait between requests, when the group asks for it.
    public var crawlDelay: Double?

    /// Everything allowed: no robots.txt, or one that could not be found (a 4xx).
    public static let allowAll = RobotsPolicy(rules: [], crawlDelay: nil)
    /// Nothing allowed.
    public static let disallowAll = RobotsPolicy(rules: [Rule(allow: false, pattern: "/")], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// The policy for `agent` (a product token such as `hindsight`) in the text of a robots.txt.
    public init(parsing text: String, agent: String) {
        struct Group { var agents: [String] = []; var rules: [Rule] = []; var delay: Double? }
        var groups: [Group] = []
        var current: Group?
        var lastWasAgent = false
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let value = line[line.index(after: colon)...].trimmingSpaces
            switch key {
            case "user-agent":
                if !lastWasAgent, let g = current { groups.append(g); current = nil }
                if current == nil { current = Group() }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil else { continue }
                // An empty Disallow allows everything: no rule.
                if !value.isEmpty { current?.rules.append(Rule(allow: key == "allow", pattern: value)) }
            case "crawl-delay":
                lastWasAgent = false
                if let d = Double(value), d >= 0 { current?.delay = d }
            default:
                lastWasAgent = false
            }
        }
        if let g = current { groups.append(g) }
        let name = agent.lowercased()
        let mine = groups.filter { $0.agents.contains(name) }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.delay).max()
    }

    /// Whether the path (with its query, as `/feeds/posts/default?start-index=26`) may be fetched.
    public func allows(_ pathAndQuery: String) -> Bool {
        let path = pathAndQuery.isEmpty ? "/" : pathAndQuery
        var best: (length: Int, allow: Bool)?
        for rule in rules where RobotsPolicy.matches(rule.pattern, path) {
            let length = rule.pattern.count
            if let b = best, b.length > length || (b.length == length && b.allow) { continue }
            best = (length, rule.allow)
        }
        return best?.allow ?? true
    }

    /// Whether `pattern` (with `*` and a final `$`) matches the start of `path`.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var p = Array(pattern.unicodeScalars)
        var anchored = false
        if p.last == "$" { p.removeLast(); anchored = true }
        let s = Array(path.unicodeScalars)
        // Positions in s reachable after each pattern character (at most path-length + 1 states).
        var states: Set<Int> = [0]
        for c in p {
            var next: Set<Int> = []
            if c == "*" {
                if let low = states.min() { for i in low...s.count { next.insert(i) } }
            } else {
                for i in states where i < s.count && s[i] == c { next.insert(i + 1) }
            }
            states = next
            if states.isEmpty { return false }
        }
        return anchored ? states.contains(s.count) : true
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = self[...]
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }
}
