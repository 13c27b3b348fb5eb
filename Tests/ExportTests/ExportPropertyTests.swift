import Foundation
import PropertyBased
import Testing
@testable import Export

/// Random strings as entity names (and aliases, mention texts, role titles, labels, titles, paths): JSON always
/// parses and gives the same string back; GraphML and GEXF always parse and give back the string minus the
/// characters XML 1.0 cannot carry, with no element added.
@Suite struct ExportPropertyTests {
    static let cases = 300

    /// Characters that matter to the writers, drawn often.
    static let special: [Unicode.Scalar] = [
        "\"", "'", "\\", "/", "&", "<", ">", "]", "[", "!", "-", "?", "{", "}", ":", ",", ";", "#", "=", " ",
        "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}",
        "\u{A0}", "\u{200B}", "\u{200E}", "\u{200F}", "\u{202E}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}",
        "\u{FFFE}", "\u{FFFF}", "\u{301}", "é", "ß", "€", "中", "😀", "👩", "\u{200D}", "\u{1F3FD}", "\u{10FFFF}",
    ]

    /// One scalar: a special one, ASCII, a control character, anything in the BMP, or anything at all.
    static func scalar(bucket: Int, raw: UInt32) -> Unicode.Scalar {
        switch bucket {
        case 0...3: return special[Int(raw % UInt32(special.count))]
        case 4...5: return Unicode.Scalar(raw % 0x80)!
        case 6: return Unicode.Scalar(raw % 0xA0)!
        case 7: return Unicode.Scalar(raw % 0x10000) ?? "\u{FFFD}"
        default: return Unicode.Scalar(raw % 0x110000) ?? "\u{D7FF}"
        }
    }

    static let strings = zip(Gen.int(in: 0...9), Gen.uint32(in: 0...UInt32.max))
        .map { scalar(bucket: $0, raw: $1) }
        .array(of: 0...40)
        .map { String(String.UnicodeScalarView($0)) }

    @Test func randomNamesSurviveEveryFormat() async throws {
        var ran = 0
        await propertyCheck(count: Self.cases, input: Self.strings, Self.strings) { name, other in
            ran += 1
            let graph = TestGraphs.graph(names: [name, other])
            let ids = graph.entities.map(\.id)

            // JSON: parses, and the very same scalars come back.
            let object = try JSONSerialization.jsonObject(with: Data(GraphJSONWriter().write(graph)))
            let entities = (object as? [String: Any])?["entities"] as? [[String: Any]] ?? []
            #expect(entities.count == 2)
            #expect(sameScalars(entities.first?["name"] as? String, name), "JSON name \(name.debugDescription)")
            #expect(sameScalars(entities.last?["name"] as? String, other), "JSON name \(other.debugDescription)")

            // GraphML: parses, only its own elements, labels back minus what XML cannot carry.
            let graphml = try XMLTree.parse(GraphMLWriter().write(graph))
            #expect(Set(graphml.all.map(\.name)).isSubset(of: GraphMLWriterTests.elementNames))
            let gNodes = graphml.child("graph")?.children("node") ?? []
            #expect(gNodes.count == 4)
            for (id, n) in zip(ids, [name, other]) {
                let node = gNodes.first { $0.attributes["id"] == id }
                let label = node.map(GraphMLWriterTests.data)?["node_label"] ?? ""
                #expect(sameScalars(label, XMLText.legal(n)), "GraphML label \(n.debugDescription)")
            }

            // GEXF: the same.
            let gexf = try XMLTree.parse(GEXFWriter().write(graph))
            #expect(Set(gexf.all.map(\.name)).isSubset(of: GEXFWriterTests.elementNames))
            let xNodes = gexf.child("graph")?.child("nodes")?.children("node") ?? []
            #expect(xNodes.count == 4)
            for (id, n) in zip(ids, [name, other]) {
                let node = xNodes.first { $0.attributes["id"] == id }
                #expect(sameScalars(node?.attributes["label"], XMLText.legal(n)), "GEXF label \(n.debugDescription)")
            }
        }
        print("ExportPropertyTests: \(ran) random cases (pairs of names) through JSON, GraphML and GEXF")
        #expect(ran >= Self.cases)
    }
}
