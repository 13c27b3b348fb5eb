/// Resolves the entity references of an XML document (a feed) before it is parsed, so that no word is lost and
/// nothing is fetched.
///
/// - An entity the document declares in its internal subset (`<!ENTITY moj "Ministry of Justice">`) is replaced
///   by its value, references inside values included; the whole document may grow to at most ``limit(forBytes:)``
///   bytes (ten times the file, at most 100 MB): beyond that the file is refused, so that a few kilobytes of
///   nested declarations cannot take minutes or gigabytes.
/// - An external entity (`SYSTEM "…"`), one referring to itself, or a name no one declares is kept as written
///   (`&name;` appears in the text) and reported, never fetched.
/// - HTML's names (`&nbsp;`, `&rsquo;`), which feeds often use and XML does not define, become the numbers they
///   stand for (`&#160;`).
///
/// Comments, CDATA sections and processing instructions are copied untouched. A replacement value's line breaks
/// become spaces, so that line numbers still count the file's own lines.
enum XMLEntityExpander {
    /// A reference kept as written.
    struct KeptReference: Hashable, Sendable {
        var name: String
        var line: Int
        var external: Bool
    }

    /// The most a document may grow to by expansion: ten times its size, at most 100 MB (but at least 1 MB).
    static func limit(forBytes count: Int) -> Int {
        min(100_000_000, max(1_000_000, count * 10))
    }

    /// The document with its references resolved, and the references kept as written.
    static func expand(_ text: String) throws(MarkupError) -> (text: String, kept: [KeptReference]) {
        var text = text
        let result: Result<([UInt8]?, [KeptReference]), MarkupError> = text.withUTF8 { b in
            var expander = Run(b)
            do throws(MarkupError) { return .success(try expander.run()) } catch { return .failure(error) }
        }
        let (bytes, kept) = try result.get()
        return (bytes.map { String(decoding: $0, as: UTF8.self) } ?? text, kept)
    }

    private enum Declared {
        case value([UInt8])
        case external
    }

    private struct Run {
        let b: UnsafeBufferPointer<UInt8>
        var entities: [[UInt8]: Declared] = [:]
        var out: [UInt8] = []
        var changed = false
        var kept: [KeptReference] = []
        let limit: Int

        init(_ b: UnsafeBufferPointer<UInt8>) {
            self.b = b
            self.limit = XMLEntityExpander.limit(forBytes: b.count)
        }

        mutating func run() throws(MarkupError) -> ([UInt8]?, [KeptReference]) {
            let bodyStart = readDeclarations()
            var i = bodyStart
            var copied = 0
            var line = 1
            var lineCountedTo = 0
            func lineAt(_ k: Int) -> Int {
                while lineCountedTo < k { if b[lineCountedTo] == 0x0A { line += 1 }; lineCountedTo += 1 }
                return line
            }
            while i < b.count {
                let c = b[i]
                if c == 0x3C {
                    // Comments, CDATA and processing instructions are copied as they are.
                    if let end = skipSpecial(at: i) { i = end; continue }
                    i += 1
                    continue
                }
                guard c == 0x26 else { i += 1; continue }
                var j = i + 1
                while j < b.count, j - i <= 64, isNameByte(b[j]) { j += 1 }
                guard j < b.count, b[j] == 0x3B, j > i + 1, b[i + 1] != 0x23 else { i += 1; continue }
                let name = Array(b[(i + 1)..<j])
                if isXMLEntity(name) { i = j + 1; continue }
                var replacement: [UInt8]
                switch entities[name] {
                case .value:
                    var active: Set<[UInt8]> = []
                    var expanded: [UInt8] = []
                    if let failing = try expand(name, into: &expanded, active: &active, line: lineAt(i)) {
                        kept.append(KeptReference(name: String(decoding: failing, as: UTF8.self), line: lineAt(i), external: false))
                    }
                    replacement = expanded
                case .external:
                    kept.append(KeptReference(name: String(decoding: name, as: UTF8.self), line: lineAt(i), external: true))
                    replacement = Array("&amp;".utf8) + name + [0x3B]
                case nil:
                    if let value = HTMLEntities.named[String(decoding: name, as: UTF8.self)] {
                        replacement = Array("&#\(value);".utf8)
                    } else {
                        kept.append(KeptReference(name: String(decoding: name, as: UTF8.self), line: lineAt(i), external: false))
                        replacement = Array("&amp;".utf8) + name + [0x3B]
                    }
                }
                if !changed { changed = true; out.reserveCapacity(b.count + 64) }
                out += b[copied..<i]
                out += replacement
                if out.count + (b.count - j) > limit {
                    throw MarkupError(line: lineAt(i), reason: "entity references expand the file beyond \(limit / 1_000_000) MB (ten times its size, at most 100 MB)")
                }
                copied = j + 1
                i = j + 1
            }
            guard changed else { return (nil, kept) }
            out += b[copied...]
            return (out, kept)
        }

        /// Appends `name`'s value, its own references resolved; returns the name of a reference that could not
        /// be (kept as written), if any.
        mutating func expand(_ name: [UInt8], into result: inout [UInt8], active: inout Set<[UInt8]>, line: Int) throws(MarkupError) -> [UInt8]? {
            guard case .value(let value) = entities[name], active.count < 32, active.insert(name).inserted else {
                result += Array("&amp;".utf8) + name + [0x3B]
                return name
            }
            defer { active.remove(name) }
            var failing: [UInt8]?
            var i = 0
            var copied = 0
            while i < value.count {
                guard value[i] == 0x26 else { i += 1; continue }
                var j = i + 1
                while j < value.count, j - i <= 64, isNameByte(value[j]) { j += 1 }
                guard j < value.count, value[j] == 0x3B, j > i + 1, value[i + 1] != 0x23 else { i += 1; continue }
                let inner = Array(value[(i + 1)..<j])
                if isXMLEntity(inner) { i = j + 1; continue }
                result += value[copied..<i]
                switch entities[inner] {
                case .value:
                    if let f = try expand(inner, into: &result, active: &active, line: line) { failing = failing ?? f }
                case .external, nil:
                    if let v = HTMLEntities.named[String(decoding: inner, as: UTF8.self)], entities[inner] == nil {
                        result += Array("&#\(v);".utf8)
                    } else {
                        result += Array("&amp;".utf8) + inner + [0x3B]
                        failing = failing ?? inner
                    }
                }
                if out.count + result.count > limit {
                    throw MarkupError(line: line, reason: "entity references expand the file beyond \(limit / 1_000_000) MB (ten times its size, at most 100 MB)")
                }
                copied = j + 1
                i = j + 1
            }
            result += value[copied...]
            return failing
        }

        /// Reads the `<!ENTITY>` declarations of the internal subset; returns where the document's body starts.
        mutating func readDeclarations() -> Int {
            // The DOCTYPE comes before the root element, within the prolog.
            let doctype = Array("<!DOCTYPE".utf8)
            var i = 0
            let prologEnd = min(b.count, 1 << 20)
            while i < prologEnd {
                guard b[i] == 0x3C else { i += 1; continue }
                if b[i...].starts(with: doctype) { break }
                if let end = skipSpecial(at: i) { i = end; continue }
                return 0  // the root element: there is no DOCTYPE
            }
            guard i < prologEnd else { return 0 }
            // Find the internal subset "[ … ]", minding quoted strings.
            var k = i + doctype.count
            var quote: UInt8 = 0
            while k < b.count {
                let c = b[k]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == 0x22 || c == 0x27 { quote = c }
                else if c == 0x5B { break }
                else if c == 0x3E { return k + 1 }  // no internal subset
                k += 1
            }
            guard k < b.count else { return 0 }
            k += 1
            let entity = Array("<!ENTITY".utf8)
            quote = 0
            while k < b.count {
                let c = b[k]
                if c == 0x5D { break }
                if c == 0x3C, let end = skipSpecial(at: k), !b[k...].starts(with: entity) { k = end; continue }
                if c == 0x3C, b[k...].starts(with: entity) {
                    k = readEntity(at: k + entity.count)
                    continue
                }
                if c == 0x22 || c == 0x27 {
                    // A quoted string in another declaration.
                    var e = k + 1
                    while e < b.count, b[e] != c { e += 1 }
                    k = e + 1
                    continue
                }
                k += 1
            }
            while k < b.count, b[k] != 0x3E { k += 1 }
            return min(b.count, k + 1)
        }

        /// Reads one declaration after `<!ENTITY`; returns the index after it.
        mutating func readEntity(at start: Int) -> Int {
            var k = start
            func skipSpace() { while k < b.count, b[k] == 0x20 || b[k] == 0x0A || b[k] == 0x09 || b[k] == 0x0D { k += 1 } }
            skipSpace()
            let parameter = k < b.count && b[k] == 0x25
            if parameter { k += 1; skipSpace() }
            let nameStart = k
            while k < b.count, isNameByte(b[k]) || b[k] == 0x3A || b[k] >= 0x80 { k += 1 }
            let name = Array(b[nameStart..<k])
            skipSpace()
            var declared: Declared = .external
            if k < b.count, b[k] == 0x22 || b[k] == 0x27 {
                let q = b[k]
                var e = k + 1
                while e < b.count, b[e] != q { e += 1 }
                // Line breaks become spaces, so that the lines after a reference keep their numbers.
                declared = .value(b[(k + 1)..<min(e, b.count)].map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 })
                k = e + 1
            }
            // The rest of the declaration (SYSTEM "uri", NDATA …), minding quotes.
            var quote: UInt8 = 0
            while k < b.count {
                let c = b[k]
                if quote != 0 { if c == quote { quote = 0 } }
                else if c == 0x22 || c == 0x27 { quote = c }
                else if c == 0x3E { k += 1; break }
                k += 1
            }
            if !parameter, !name.isEmpty, entities[name] == nil { entities[name] = declared }  // the first one counts
            return k
        }

        /// The end of a comment, CDATA section or processing instruction starting at `i`, if one does.
        func skipSpecial(at i: Int) -> Int? {
            func find(_ end: [UInt8], from k: Int) -> Int {
                var k = k
                while k + end.count <= b.count {
                    if b[k] == end[0], b[k...].starts(with: end) { return k + end.count }
                    k += 1
                }
                return b.count
            }
            let rest = b[i...]
            if rest.starts(with: Array("<!--".utf8)) { return find(Array("-->".utf8), from: i + 4) }
            if rest.starts(with: Array("<![CDATA[".utf8)) { return find(Array("]]>".utf8), from: i + 9) }
            if rest.starts(with: Array("<?".utf8)) { return find(Array("?>".utf8), from: i + 2) }
            return nil
        }
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x2D || c == 0x2E
    }

    /// `lt`, `gt`, `amp`, `quot`, `apos`: the entity names XML itself defines.
    static func isXMLEntity(_ n: [UInt8]) -> Bool {
        n == [0x6C, 0x74] || n == [0x67, 0x74] || n == [0x61, 0x6D, 0x70] || n == [0x71, 0x75, 0x6F, 0x74]
            || n == [0x61, 0x70, 0x6F, 0x73]
    }
}
