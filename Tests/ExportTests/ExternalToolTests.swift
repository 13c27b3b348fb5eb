import Foundation
import GraphModel
import Testing
@testable import Export

/// Checks the exports with the tools people load them in: Python's `jsonschema` for the JSON against
/// `hindsight-graph.schema.json`, and networkx for GraphML and GEXF. Skipped, saying so, without them.
@Suite(.serialized) struct ExternalToolTests {
    static let validate = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        doc = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
        for e in errors[:20]:
            print(e.json_path, e.message[:300])
        sys.exit(1 if errors else 0)
        """

    /// Breaks a valid export in ways the schema must catch; prints each break it fails to catch.
    static let breakages = """
        import copy, json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        doc = json.load(open(sys.argv[2], encoding="utf-8"))
        v = jsonschema.Draft202012Validator(schema)
        assert not list(v.iter_errors(doc)), "the unbroken export must be valid"
        def drop(path):
            def f(d):
                *head, last = path
                for p in head: d = d[p]
                del d[last]
            return f
        def put(path, value):
            def f(d):
                *head, last = path
                for p in head: d = d[p]
                d[last] = value
            return f
        cases = {
            "no version": drop(["version"]),
            "no statistics.edges": drop(["statistics", "edges"]),
            "no entity name": drop(["entities", 0, "name"]),
            "no entity mentions": drop(["entities", 0, "mentions"]),
            "no mention line": drop(["entities", 0, "mentions", 0, "line"]),
            "no post published": drop(["documents", 0, "posts", 0, "published"]),
            "no date value": drop(["dates", 0, "value"]),
            "no event precision": drop(["events", 0, "date", "precision"]),
            "no edge weight": drop(["edges", 0, "weight"]),
            "no source kind": drop(["events", 0, "sources", 0, "kind"]),
            "unknown entity type": put(["entities", 0, "type"], "alien"),
            "unknown edge type": put(["edges", 0, "type"], "likes"),
            "unknown passage kind": put(["entities", 0, "mentions", 0, "kind"], "footer"),
            "bad precision": put(["dates", 0, "precision"], "week"),
            "bad day": put(["entities", 0, "first_seen"], "2015-13-01"),
            "day as month": put(["documents", 0, "posts", 0, "published"], "2015-04"),
            "bad value": put(["dates", 0, "value"], "2015-4"),
            "value off its precision": put(["events", 0, "date", "precision"], "year"),
            "line zero": put(["dates", 0, "line"], 0),
            "string weight": put(["edges", 0, "weight"], "2"),
            "extra field": put(["entities", 0, "colour"], "red"),
            "value without start": put(["dates", 0, "start"], None),
            "wrong format": put(["format"], "graph"),
        }
        missed = []
        for name, breakIt in cases.items():
            d = copy.deepcopy(doc)
            breakIt(d)
            if not list(v.iter_errors(d)):
                missed.append(name)
        print(len(cases), "breakages;", "missed:", missed)
        sys.exit(1 if missed else 0)
        """

    static let networkx = """
        import json, sys, networkx as nx
        def summary(g):
            return {
                "directed": g.is_directed(), "mode": g.graph.get("mode"),
                "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
                "kinds": {n: d.get("kind") for n, d in g.nodes(data=True)},
                "types": sorted({type(d.get("weight")).__name__ for _, d in g.nodes(data=True) if "weight" in d}),
                "spans": {n: [d.get("start"), d.get("end")] for n, d in g.nodes(data=True)},
                "edge_types": sorted({d.get("type") or "" for _, _, d in g.edges(data=True)}),
            }
        out = {"graphml": summary(nx.read_graphml(sys.argv[1])), "gexf": summary(nx.read_gexf(sys.argv[2]))}
        print(json.dumps(out, ensure_ascii=True))
        """

    @Test(.enabled(if: Python.hasJSONSchema, "needs python3 with the jsonschema module"))
    func sampleCorpusExportMatchesTheSchema() throws {
        let graph = SampleCorpus.graph
        #expect(!graph.documents.isEmpty && !graph.entities.isEmpty, "the sample corpus gives a non-trivial graph")
        let json = try Python.temporaryFile(GraphJSONWriter().write(graph), name: "graph.json")
        let r = try #require(try Python.run(Self.validate, [SampleCorpus.schemaPath, json]))
        #expect(r.status == 0, "schema errors:\n\(r.output)\(r.error)")
    }

    @Test(.enabled(if: Python.hasJSONSchema, "needs python3 with the jsonschema module"),
          .enabled(if: SampleCorpus.graphWithKnowledge != nil, "Entities/ could not be loaded"))
    func sampleCorpusExportWithKnowledgeMatchesTheSchema() throws {
        let graph = try #require(SampleCorpus.graphWithKnowledge)
        #expect(graph.entities.contains { !$0.roles.isEmpty }, "the curated knowledge adds roles")
        let json = try Python.temporaryFile(GraphJSONWriter().write(graph), name: "graph.json")
        let r = try #require(try Python.run(Self.validate, [SampleCorpus.schemaPath, json]))
        #expect(r.status == 0, "schema errors:\n\(r.output)\(r.error)")
    }

    @Test(.enabled(if: Python.hasJSONSchema, "needs python3 with the jsonschema module"))
    func handBuiltExportMatchesTheSchemaAndBreaksAreCaught() throws {
        // The schema wants names and texts non-empty, as the pipeline writes them: leave the empty one out.
        let names = Hostile.strings.filter { !$0.isEmpty }
        let json = try Python.temporaryFile(GraphJSONWriter().write(TestGraphs.graph(names: names)), name: "graph.json")
        let valid = try #require(try Python.run(Self.validate, [SampleCorpus.schemaPath, json]))
        #expect(valid.status == 0, "schema errors:\n\(valid.output)\(valid.error)")
        let broken = try #require(try Python.run(Self.breakages, [SampleCorpus.schemaPath, json]))
        #expect(broken.status == 0, "\(broken.output)\(broken.error)")
    }

    private func networkxSummary(_ graph: KnowledgeGraph) throws -> [String: [String: Any]] {
        let graphml = try Python.temporaryFile(GraphMLWriter().write(graph), name: "graph.graphml")
        let gexf = try Python.temporaryFile(GEXFWriter().write(graph), name: "graph.gexf")
        let r = try #require(try Python.run(Self.networkx, [graphml, gexf]))
        try #require(r.status == 0, "networkx failed:\n\(r.error)")
        let object = try JSONSerialization.jsonObject(with: Data(r.output.utf8))
        return try #require(object as? [String: [String: Any]])
    }

    @Test(.enabled(if: Python.hasNetworkX, "needs python3 with the networkx module"))
    func networkxLoadsTheSampleCorpusExports() throws {
        let graph = SampleCorpus.graph
        let table = GraphTable(graph)
        let summary = try networkxSummary(graph)
        for format in ["graphml", "gexf"] {
            let s = try #require(summary[format])
            #expect(s["directed"] as? Bool == true, "\(format) is directed")
            #expect(s["nodes"] as? Int == table.nodes.count, "\(format) nodes")
            #expect(s["edges"] as? Int == graph.edges.count, "\(format) edges")
            let labels = try #require(s["labels"] as? [String: Any])
            for e in graph.entities where !e.name.isEmpty {
                #expect(sameScalars(labels[XMLText.legal(e.id)] as? String, XMLText.legal(e.name)), "\(format) \(e.id)")
            }
        }
        let graphml = try #require(summary["graphml"])
        #expect(graphml["types"] as? [String] == ["int"], "GraphML weights load as integers")
        let kinds = Set((graphml["kinds"] as? [String: String] ?? [:]).values)
        #expect(kinds.isSubset(of: ["entity", "event", "post", "role"]) && kinds.contains("entity") && kinds.contains("post"))
        #expect(Set(graphml["edge_types"] as? [String] ?? []) == Set(graph.edges.map(\.type.rawValue)))

        let gexf = try #require(summary["gexf"])
        #expect(gexf["mode"] as? String == "dynamic")
        let spans = try #require(gexf["spans"] as? [String: [Any]])
        for e in graph.entities {
            let span = spans[e.id] ?? []
            #expect(span.first as? String == e.firstSeen?.iso && span.last as? String == e.lastSeen?.iso, "\(e.id)")
        }
        for ev in graph.events {
            let span = spans[ev.id] ?? []
            #expect(span.first as? String == ev.date.start.iso && span.last as? String == ev.date.end.iso, "\(ev.id)")
        }
    }

    @Test(.enabled(if: Python.hasNetworkX, "needs python3 with the networkx module"))
    func networkxReadsHostileStringsBack() throws {
        let graph = TestGraphs.hostile
        let summary = try networkxSummary(graph)
        for format in ["graphml", "gexf"] {
            let s = try #require(summary[format])
            #expect(s["nodes"] as? Int == GraphTable(graph).nodes.count, "\(format) nodes")
            #expect(s["edges"] as? Int == graph.edges.count, "\(format) edges")
            let labels = try #require(s["labels"] as? [String: Any])
            for e in graph.entities where !XMLText.legal(e.name).isEmpty {
                let label = labels[XMLText.legal(e.id)] as? String
                #expect(sameScalars(label, XMLText.legal(e.name)), "\(format): \(e.name.debugDescription) → \(label.debugDescription)")
            }
        }
    }
}
