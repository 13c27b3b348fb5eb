/// A small, tolerant HTML tokenizer on UTF-8 bytes.
///
/// Hindsight reads saved web pages with its own tokenizer rather than libxml2's HTML parser for three reasons:
/// - **No extra dependency.** libxml2's HTML module is not part of Foundation's API on every platform, and a
///   system library target for it would be one more thing to install; this file is all the HTML support needs.
/// - **Exact line numbers.** Every token carries the line of its first byte, counted here, and text keeps its
///   newlines, so each fact read from a page points at the line of the HTML file where its text is.
/// - **Tolerant of broken markup.** Pages saved from browsers and old blogs have unquoted attributes, stray `<`
///   and `&`, unclosed and mis-nested tags, upper-case names and XHTML-style `<br/>`. The tokenizer reads
///   them the way browsers do, roughly: a `<` that does not start a tag is text, an unknown reference stays
///   as written, and nesting is left to ``HTMLTreeBuilder``.
///
/// What it refuses is a page cut short: a comment, tag, quoted attribute value or `<script>`/`<style>` element
/// still open at the end of the file. Everything after that point would be lost silently, so it reports a
/// ``MarkupError`` with the line where the unfinished construct starts instead.
public struct HTMLTokenizer: Sendable {
    /// Elements whose content is text up to their end tag, not markup; their character references are kept.
    public static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes"]
    /// Elements whose content is text up to their end tag, with character references decoded.
    public static let escapableRawTextElements: Set<String> = ["title", "textarea"]

    /// The line number of the first line of the text (greater than 1 for markup embedded in another file).
    public var firstLine: Int

    public init(firstLine: Int = 1) {
        self.firstLine = firstLine
    }

    /// The tokens of `text`, in order.
    public func tokens(_ text: String) throws(MarkupError) -> [HTMLToken] {
        var scanner = Scanner(bytes: Array(text.utf8), line: firstLine)
        return try scanner.run()
    }

    private struct Scanner {
        let b: [UInt8]
        var tokens: [HTMLToken] = []
        /// `line` is the line of byte `linePos`; both only move forward.
        var line: Int
        var linePos = 0
        var textStart = 0

        init(bytes: [UInt8], line: Int) {
            self.b = bytes
            self.line = line
        }

        /// The line of byte `i` (not before the last position asked for).
        mutating func lineOf(_ i: Int) -> Int {
            while linePos < i {
                if b[linePos] == 0x0A { line += 1 }
                linePos += 1
            }
            return line
        }

        mutating func flushText(upTo end: Int, decode: Bool = true) {
            guard end > textStart else { return }
            let l = lineOf(textStart)
            let slice = b[textStart..<end]
            tokens.append(.text(decode ? HTMLEntities.decode(slice) : String(decoding: slice, as: UTF8.self), line: l))
        }

        mutating func run() throws(MarkupError) -> [HTMLToken] {
            let n = b.count
            var i = 0
            while i < n {
                guard b[i] == 0x3C, i + 1 < n else { i += 1; continue }
                let next = b[i + 1]
                if starts(with: "<!--", at: i) {
                    let close = find("-->", from: i + 4)
                    guard let close else { throw MarkupError(line: lineOf(i), reason: "comment \"<!--\" is never closed") }
                    flushText(upTo: i)
                    tokens.append(.comment(line: lineOf(i)))
                    i = close + 3
                    textStart = i
                } else if starts(with: "<![CDATA[", at: i) {
                    guard let close = find("]]>", from: i + 9) else {
                        throw MarkupError(line: lineOf(i), reason: "CDATA section is never closed")
                    }
                    flushText(upTo: i)
                    textStart = i + 9
                    flushText(upTo: close, decode: false)
                    i = close + 3
                    textStart = i
                } else if next == 0x21 || next == 0x3F {  // <! or <?
                    guard let close = b[(i + 2)...].firstIndex(of: 0x3E) else {
                        throw MarkupError(line: lineOf(i), reason: "declaration \"<\(next == 0x21 ? "!" : "?")\" is never closed with \">\"")
                    }
                    flushText(upTo: i)
                    let isDoctype = startsCaseInsensitive(with: "<!doctype", at: i)
                    tokens.append(isDoctype ? .doctype(line: lineOf(i)) : .comment(line: lineOf(i)))
                    i = close + 1
                    textStart = i
                } else if next == 0x2F {  // </
                    guard i + 2 < n else { i += 2; continue }
                    if isLetter(b[i + 2]) {
                        var j = i + 2
                        while j < n, !isSpace(b[j]), b[j] != 0x3E, b[j] != 0x2F { j += 1 }
                        let name = lowercased(b[(i + 2)..<j])
                        guard let close = b[j...].firstIndex(of: 0x3E) else {
                            throw MarkupError(line: lineOf(i), reason: "end tag </\(name)> is never closed with \">\"")
                        }
                        flushText(upTo: i)
                        tokens.append(.endTag(name: name, line: lineOf(i)))
                        i = close + 1
                        textStart = i
                    } else if b[i + 2] == 0x3E {  // "</>" is dropped
                        flushText(upTo: i)
                        i += 3
                        textStart = i
                    } else {  // "</ 3" and the like: a bogus comment up to ">"
                        guard let close = b[(i + 2)...].firstIndex(of: 0x3E) else { i += 2; continue }
                        flushText(upTo: i)
                        tokens.append(.comment(line: lineOf(i)))
                        i = close + 1
                        textStart = i
                    }
                } else if isLetter(next) {
                    flushText(upTo: i)
                    let (tag, after) = try startTag(at: i)
                    tokens.append(.startTag(tag))
                    i = after
                    textStart = i
                    let raw = HTMLTokenizer.rawTextElements.contains(tag.name)
                    if !tag.selfClosing, raw || HTMLTokenizer.escapableRawTextElements.contains(tag.name) {
                        guard let close = findEndTag(tag.name, from: i) else {
                            throw MarkupError(line: tag.line, reason: "<\(tag.name)> is never closed")
                        }
                        flushText(upTo: close, decode: !raw)
                        guard let gt = b[close...].firstIndex(of: 0x3E) else {
                            throw MarkupError(line: lineOf(close), reason: "end tag </\(tag.name)> is never closed with \">\"")
                        }
                        tokens.append(.endTag(name: tag.name, line: lineOf(close)))
                        i = gt + 1
                        textStart = i
                    }
                } else {
                    i += 1  // a "<" that starts no tag is text
                }
            }
            flushText(upTo: n)
            return tokens
        }

        /// Reads the start tag at `start` (a `<` followed by a letter): the tag and the index after its `>`.
        mutating func startTag(at start: Int) throws(MarkupError) -> (HTMLTag, Int) {
            let n = b.count
            let tagLine = lineOf(start)
            var j = start + 1
            while j < n, !isSpace(b[j]), b[j] != 0x3E, b[j] != 0x2F { j += 1 }
            let name = lowercased(b[(start + 1)..<j])
            var attributes: [HTMLAttribute] = []
            var selfClosing = false
            func unclosed() -> MarkupError { MarkupError(line: tagLine, reason: "tag <\(name)> is never closed with \">\"") }
            while true {
                while j < n, isSpace(b[j]) || (b[j] == 0x2F && !(j + 1 < n && b[j + 1] == 0x3E)) { j += 1 }
                guard j < n else { throw unclosed() }
                if b[j] == 0x3E { j += 1; break }
                if b[j] == 0x2F {  // "/>"
                    selfClosing = true
                    j += 2
                    break
                }
                let nameStart = j
                j += 1  // an attribute name has at least one byte, even "=" or a quote
                while j < n, !isSpace(b[j]), b[j] != 0x3D, b[j] != 0x3E, b[j] != 0x2F { j += 1 }
                let attrName = lowercased(b[nameStart..<j])
                var k = j
                while k < n, isSpace(b[k]) { k += 1 }
                var value = ""
                if k < n, b[k] == 0x3D {
                    k += 1
                    while k < n, isSpace(b[k]) { k += 1 }
                    guard k < n else { throw unclosed() }
                    if b[k] == 0x22 || b[k] == 0x27 {
                        let quote = b[k]
                        guard let close = b[(k + 1)...].firstIndex(of: quote) else {
                            throw MarkupError(line: lineOf(k), reason: "attribute \(attrName) of <\(name)>: quoted value is never closed")
                        }
                        value = HTMLEntities.decode(b[(k + 1)..<close])
                        j = close + 1
                    } else {
                        let valueStart = k
                        while k < n, !isSpace(b[k]), b[k] != 0x3E { k += 1 }
                        value = HTMLEntities.decode(b[valueStart..<k])
                        j = k
                    }
                }
                attributes.append(HTMLAttribute(name: attrName, value: value))
            }
            return (HTMLTag(name: name, attributes: attributes, selfClosing: selfClosing, line: tagLine), j)
        }

        /// The index of the `<` of `</name` (any case) followed by white space, `/` or `>`, from `from` on.
        func findEndTag(_ name: String, from: Int) -> Int? {
            let pattern = Array(name.utf8)
            var i = from
            let n = b.count
            while i + 1 < n {
                guard let lt = b[i...].firstIndex(of: 0x3C) else { return nil }
                let after = lt + 2 + pattern.count
                if lt + 1 < n, b[lt + 1] == 0x2F, after <= n,
                   zip(b[(lt + 2)..<after], pattern).allSatisfy({ $0 | 0x20 == $1 }),
                   after == n || isSpace(b[after]) || b[after] == 0x3E || b[after] == 0x2F {
                    return lt
                }
                i = lt + 1
            }
            return nil
        }

        func find(_ s: StaticString, from: Int) -> Int? {
            let p = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            var i = from
            while i + p.count <= b.count {
                if b[i] == p[0], zip(b[i..<(i + p.count)], p).allSatisfy({ $0 == $1 }) { return i }
                i += 1
            }
            return nil
        }

        func starts(with s: StaticString, at i: Int) -> Bool {
            let p = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            guard i + p.count <= b.count else { return false }
            return zip(b[i..<(i + p.count)], p).allSatisfy { $0 == $1 }
        }

        func startsCaseInsensitive(with s: StaticString, at i: Int) -> Bool {
            let p = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
            guard i + p.count <= b.count else { return false }
            return zip(b[i..<(i + p.count)], p).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }

        func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C }

        func lowercased(_ s: ArraySlice<UInt8>) -> String {
            String(decoding: s.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }
}
