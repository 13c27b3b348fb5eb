/// Heading lines: short lines with mostly capitalised words and no closing stop.
extension PassageScanner {
    static func findHeadingLines(_ tokens: [TextToken]) -> Set<Int> {
        var out = Set<Int>()
        var line = 0, words = 0, caps = 0
        var endsWithStop = false
        func close() {
            if words >= 2 && words <= 14 && Double(caps) >= 0.6 * Double(words) && !endsWithStop { out.insert(line) }
        }
        for t in tokens {
            if t.kind == .newline {
                close()
                line = t.line + 1
                words = 0
                caps = 0
                endsWithStop = false
                continue
            }
            if t.kind == .word && t.letterCount > 0 {
                words += 1
                if t.isCapitalised { caps += 1 }
                endsWithStop = false
            } else if t.kind == .punct {
                endsWithStop = t.text == "." || t.text == ","
            }
        }
        close()
        return out
    }
}
