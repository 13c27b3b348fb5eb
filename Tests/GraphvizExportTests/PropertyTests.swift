import PropertyBased
import Testing
@testable import GraphvizExport

/// Random names, from a pool weighted towards what breaks things: DOT and XML syntax, backslash sequences,
/// control characters, bidirectional marks, non-characters, and any scalar of any plane.
private let hostileScalar = zip(Gen.int(in: 0...9), Gen<UInt32>.value(in: 0...0x10FFFF)).map { pick, raw -> Character in
    let specials: [Unicode.Scalar] = [
        "\"", "\\", "{", "}", "<", ">", "&", ";", "[", "]", "=", "|", "-", "#", "\n", "\r", "\t", " ", " ",
        "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{200E}", "\u{200F}", "\u{202E}", "\u{2028}",
        "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "N", "G", "l", "n", "r", "x", "3", "C",
    ]
    switch pick {
    case 0...3: return Character(specials[Int(raw % UInt32(specials.count))])
    case 4...6: return Character(Unicode.Scalar(UInt8(raw % 128)))
    case 7: return Character(Unicode.Scalar(raw % 0x800) ?? "?")
    default: return Character(Unicode.Scalar(raw) ?? "\u{FFFD}")
    }
}

@Suite("Escaping properties", .serialized)
struct PropertyTests {
    @Test("any random name yields DOT that renders and SVG that parses, with the name's words intact")
    func randomNames() async throws {
        let renderer = try GraphvizRenderer.shared()
        await propertyCheck(count: 150, input: hostileScalar.array(of: 0...24).map { String($0) }) { name in
            let dot = DOTWriter(options: .init(engine: .neato)).write(MapFixture.hostile(name))
            let bytes: [UInt8]
            do {
                bytes = try renderer.render(dot: dot, engine: .neato, format: .svg)
            } catch {
                Issue.record("\(error) for \(name.unicodeScalars.map { String($0.value, radix: 16) })")
                return
            }
            let svg = SVGInspector(bytes)
            #expect(svg.parsed, "\(svg.error ?? "") for \(name.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(svg.unexpectedElements.isEmpty)
            // Words split as the inspector splits the drawn text, on scalars: Graphviz may draw a space as a
            // no-break space, and a space followed by a combining mark is one Character but two scalars.
            let expected = DOTEscaping.sanitizedLines(name).flatMap(SVGInspector.scalarWords)
            let words = svg.words
            for word in Set(expected) {
                #expect(words.contains(word), "\(word.unicodeScalars.map { String($0.value, radix: 16) }) missing")
            }
        }
    }

    @Test("escaped text never contains an unescaped quote, a raw line break or a control character")
    func escapedShape() async {
        await propertyCheck(count: 500, input: hostileScalar.array(of: 0...40).map { String($0) }) { name in
            let escaped = DOTEscaping.escaped(name)
            var previousBackslashes = 0
            for scalar in escaped.unicodeScalars {
                if scalar == "\"" { #expect(previousBackslashes % 2 == 1) }
                #expect(!DOTEscaping.isDropped(scalar))
                previousBackslashes = scalar == "\\" ? previousBackslashes + 1 : 0
            }
            #expect(previousBackslashes % 2 == 0)
        }
    }
}
