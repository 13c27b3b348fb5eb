import Corpus
import Extraction
@testable import GraphModel
import Testing

/// People one letter apart who share only a title every body has (`director general`, `chief executive`) are one
/// person only when their documents are about the same body. Sentences and names are made up.
private func resolve(_ texts: [String]) -> (EntityResolution, [[LocatedMention]]) {
    let recognizer = EntityRecognizer(knowledge: .empty)
    let docs = texts.map { recognizer.recognize(text: $0) }
    return (EntityResolver(knowledge: .empty).resolve(docs), docs)
}

private func id(_ surface: String, doc d: Int, _ r: (EntityResolution, [[LocatedMention]])) -> String? {
    guard let i = r.1[d].firstIndex(where: { $0.mention.text == surface }) else { return nil }
    return r.0.assignments[d][i]
}

/// Two posts, each naming its own body three times and two bodies both name.
private func posts(_ a: String, _ bodyA: String, _ b: String, _ bodyB: String, title: String) -> [String] {
    ["\(a), the \(title), ran the \(bodyA). The \(bodyA) was slow. The \(bodyA) told the House of Commons and the Cabinet Office.",
     "\(b), the \(title), ran the \(bodyB). The \(bodyB) was late. The \(bodyB) told the House of Commons and the Cabinet Office."]
}

@Suite("Near-duplicate people across bodies")
struct NearDuplicateTitleTests {
    @Test("one-letter variants sharing only a generic title, at different bodies, stay apart")
    func differentBodiesStayApart() {
        let cases = [
            posts("Mark Tomlin", "Fenland Passport Agency", "Mark Tomkin", "Wexcombe Broadcasting Trust", title: "director general"),
            posts("Ruth Calder", "Harbour Housing Trust", "Ruth Caldor", "Marlow Water Board", title: "chief executive"),
            posts("Owen Pryce", "Carrow Rail Authority", "Owen Price", "Fenwick Health Agency", title: "permanent secretary"),
        ]
        for c in cases {
            let r = resolve(c)
            let names = c.map { String($0.prefix(while: { $0 != "," })) }
            let a = id(names[0], doc: 0, r), b = id(names[1], doc: 1, r)
            #expect(a != nil && b != nil && a != b, "\(names)")
        }
    }

    @Test("one-letter variants sharing a generic title at the same body merge")
    func sameBodyMerges() {
        let cases = [
            posts("Mark Tomlin", "Fenland Passport Agency", "Mark Tomkin", "Fenland Passport Agency", title: "director general"),
            posts("Ruth Calder", "Harbour Housing Trust", "Ruth Caldor", "Harbour Housing Trust", title: "chief executive"),
            posts("Owen Pryce", "Carrow Rail Authority", "Owen Price", "Carrow Rail Authority", title: "permanent secretary"),
        ]
        for c in cases {
            let r = resolve(c)
            let names = c.map { String($0.prefix(while: { $0 != "," })) }
            let a = id(names[0], doc: 0, r), b = id(names[1], doc: 1, r)
            #expect(a != nil && a == b, "\(names)")
        }
    }
}
