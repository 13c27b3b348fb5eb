import Extraction

/// What a piece of terminal text is, so that it can be coloured.
enum TextStyle: Hashable, Sendable {
    case plain, header, heading, date, source
    case participant(EntityType?)

    /// The SGR parameters, or `nil` for plain text.
    var sgr: String? {
        switch self {
        case .plain: return nil
        case .header: return "1"
        case .heading: return "1;4"
        case .date: return "1"
        case .source: return "2"
        case .participant(let type):
            switch type {
            case .person?: return "1;36"
            case .organization?: return "1;33"
            case .place?: return "1;32"
            case .programme?: return "1;35"
            case nil: return "1"
            }
        }
    }
}

/// A character with its style.
struct StyledCharacter: Hashable, Sendable {
    var character: Character
    var style: TextStyle
}

/// A word or an unbreakable unit of styled characters.
typealias StyledWord = [StyledCharacter]

enum StyledText {
    /// `text` split at spaces into words, all of one style.
    static func words(_ text: String, style: TextStyle) -> [StyledWord] {
        text.split(separator: " ").map { $0.map { StyledCharacter(character: $0, style: style) } }
    }

    /// One unbreakable unit (it may hold spaces; it is broken only when longer than a line).
    static func unit(_ text: String, style: TextStyle) -> StyledWord {
        text.map { StyledCharacter(character: $0, style: style) }
    }

    /// A cleaned summary split into words, participant names styled.
    static func summaryWords(_ summary: String, participants: [TimelineParticipant]) -> [StyledWord] {
        let chars = Array(summary)
        let marks = TimelineText.participantMarks(in: chars, participants: participants)
        var words: [StyledWord] = []
        var current: StyledWord = []
        for (i, c) in chars.enumerated() {
            if c == " " {
                if !current.isEmpty { words.append(current); current = [] }
                continue
            }
            let style: TextStyle = marks[i].map { .participant(participants[$0].type) } ?? .plain
            current.append(StyledCharacter(character: c, style: style))
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func width(_ w: StyledWord) -> Int { w.reduce(0) { $0 + TimelineText.width($1.character) } }

    /// Greedy word wrap: lines of at most `width` columns; a word longer than a line is broken between characters.
    /// Words on a line are joined by a space that takes the style around it when both sides share one.
    static func wrap(_ words: [StyledWord], width: Int) -> [StyledWord] {
        let width = max(1, width)
        var lines: [StyledWord] = []
        var line: StyledWord = []
        var used = 0
        func flush() {
            if !line.isEmpty { lines.append(line) }
            line = []
            used = 0
        }
        for word in words where !word.isEmpty {
            let w = StyledText.width(word)
            if !line.isEmpty, used + 1 + w <= width {
                let before = line.last!.style
                let spaceStyle: TextStyle = before == word.first!.style ? before : .plain
                line.append(StyledCharacter(character: " ", style: spaceStyle))
                line += word
                used += 1 + w
                continue
            }
            flush()
            if w <= width {
                line = word
                used = w
                continue
            }
            // Too long for any line: break it between characters.
            for c in word {
                let cw = TimelineText.width(c.character)
                if used + cw > width, !line.isEmpty { flush() }
                if line.isEmpty, c.character == " " { continue }
                line.append(c)
                used += cw
            }
        }
        flush()
        return lines.map { l in
            var l = l
            while l.last?.character == " " { l.removeLast() }
            return l
        }
    }

    /// A line as a string, with SGR sequences around styled runs when `colour` is on.
    static func render(_ line: StyledWord, colour: Bool) -> String {
        guard colour else { return String(line.map(\.character)) }
        var out = ""
        var current: TextStyle = .plain
        for c in line {
            if c.style != current {
                if current.sgr != nil { out += "\u{1B}[0m" }
                if let sgr = c.style.sgr { out += "\u{1B}[" + sgr + "m" }
                current = c.style
            }
            out.append(c.character)
        }
        if current.sgr != nil { out += "\u{1B}[0m" }
        return out
    }
}
