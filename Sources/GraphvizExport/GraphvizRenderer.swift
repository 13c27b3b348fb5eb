import CGraphviz
import Foundation

/// Lays out and renders DOT text with libgvc, in-process (no `dot` process is started).
///
/// Owns one Graphviz context (`GVC_t`, freed in `deinit`). Graphviz is not thread-safe and keeps global state
/// even across contexts (the error log, the parser, font caches), so every call into it, from any renderer,
/// runs under one process-wide lock: renderers can be shared freely between tasks and threads, and calls simply
/// take turns.
///
/// Graphviz's messages are captured rather than printed (`agseterr(AGMAX)` sends them to Graphviz's own log,
/// read back with `aglasterr`) and carried by the `GraphvizError` thrown.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The context; only touched while holding `GraphvizLock`.
    private let context: OpaquePointer

    /// Creates a renderer with its own Graphviz context (plugins are loaded from Graphviz's installed config).
    /// - Throws: `GraphvizError.contextUnavailable` when Graphviz cannot start.
    public init() throws(GraphvizError) {
        let created: OpaquePointer? = GraphvizLock.run { gvContext() }
        guard let created else { throw .contextUnavailable }
        context = created
    }

    deinit {
        let context = self.context
        GraphvizLock.run { _ = gvFreeContext(context) }
    }

    /// A renderer shared by the whole process, created on first use.
    /// - Throws: `GraphvizError.contextUnavailable` when Graphviz cannot start.
    public static func shared() throws(GraphvizError) -> GraphvizRenderer {
        try sharedRenderer.get()
    }

    private static let sharedRenderer: Result<GraphvizRenderer, GraphvizError> = Result { () throws(GraphvizError) in
        try GraphvizRenderer()
    }

    /// Lays `dot` out with `engine` and renders it as `format`.
    ///
    /// For `.dot` the text is only parsed (to report errors the same way) and returned unchanged, without layout.
    /// Everything Graphviz allocates (graph, layout, output buffer) is freed before returning, on every path.
    /// - Returns: the file contents (UTF-8 text for SVG and DOT).
    /// - Throws: `GraphvizError.invalidDOT`, `.layoutFailed` or `.renderFailed`, with Graphviz's message.
    public func render(dot: String, engine: LayoutEngine = .default, format: OutputFormat = .default)
        throws(GraphvizError) -> [UInt8]
    {
        try render(dot: dot, engineName: engine.rawValue, formatName: format == .dot ? nil : format.graphvizName,
                   formatCaption: format.rawValue)
    }

    /// The call into Graphviz with raw engine and format names (`formatName` nil: parse only and return the DOT).
    /// Internal so that tests can reach the failure paths the enums rule out.
    func render(dot: String, engineName: String, formatName: String?, formatCaption: String) throws(GraphvizError)
        -> [UInt8]
    {
        try GraphvizLock.run { () throws(GraphvizError) -> [UInt8] in
            try renderHoldingLock(dot: dot, engineName: engineName, formatName: formatName,
                                  formatCaption: formatCaption)
        }
    }

    /// `render(dot:engineName:formatName:formatCaption:)` for a caller that already holds `GraphvizLock` (tests
    /// that measure memory around a batch of renders with no other Graphviz call in between).
    func renderHoldingLock(dot: String, engineName: String, formatName: String?, formatCaption: String)
        throws(GraphvizError) -> [UInt8]
    {
        if dot.utf8.contains(0) { throw .invalidDOT(message: "the DOT text contains a NUL character") }
        let context = self.context
        _ = agreseterrors()
        guard let graph = agmemread(dot) else {
            throw .invalidDOT(message: Self.lastMessage(fallback: "syntax error"))
        }
        defer { _ = agclose(graph) }
        if agerrors() > 0 {
            throw .invalidDOT(message: Self.lastMessage(fallback: "syntax error"))
        }
        guard let formatName else { return Array(dot.utf8) }

        guard gvLayout(context, graph, engineName) == 0 else {
            throw .layoutFailed(engine: engineName, message: Self.lastMessage(fallback: ""))
        }
        defer { _ = gvFreeLayout(context, graph) }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, formatName, &data, &length)
        defer { if let data { gvFreeRenderData(data) } }
        guard status == 0, let data else {
            throw .renderFailed(format: formatCaption, message: Self.lastMessage(fallback: ""))
        }
        return Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
    }

    /// Writes `map` as DOT with `DOTWriter` and renders it.
    public func render(_ map: RelationshipMap, engine: LayoutEngine = .default, format: OutputFormat = .default,
                       style: MapStyle = .standard, legend: Bool = true) throws(GraphvizError) -> [UInt8]
    {
        let writer = DOTWriter(options: .init(engine: engine, legend: legend), style: style)
        return try render(dot: writer.write(map), engine: engine, format: format)
    }

    /// The names of the plugins of one kind Graphviz has loaded: `"layout"` (engines), `"render"`, `"device"`
    /// (output formats), `"textlayout"`, `"loadimage"`.
    public func availablePlugins(kind: String) -> [String] {
        let context = self.context
        return GraphvizLock.run {
            var count: Int32 = 0
            guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
            defer { free(list) }
            var names: [String] = []
            for i in 0..<Int(max(0, count)) {
                if let name = list[i] {
                    names.append(String(cString: name))
                    free(name)
                }
            }
            return names
        }
    }

    /// Whether Graphviz can produce `format` here (PNG and PDF need the cairo plugin from `libgvc6`).
    public func supports(_ format: OutputFormat) -> Bool {
        switch format {
        case .dot, .svg: return true
        case .png, .pdf: return availablePlugins(kind: "device").contains(format.rawValue)
        }
    }

    /// The latest message in Graphviz's error log, trimmed, if an error was logged since `agreseterrors()`.
    /// Caller holds the lock.
    private static func lastMessage(fallback: String) -> String {
        guard agerrors() > 0, let raw = aglasterr() else { return fallback }
        defer { free(raw) }
        let text = String(cString: raw).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? fallback : text
    }
}

/// The process-wide lock around every call into Graphviz.
enum GraphvizLock {
    private static let lock = NSLock()
    /// Set once, under the lock: Graphviz messages go to its log instead of stderr.
    nonisolated(unsafe) private static var configured = false

    static func run<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        if !configured {
            // Keep every message (warnings included) out of stderr; read errors back with aglasterr().
            _ = agseterr(AGMAX)
            configured = true
        }
        return try body()
    }
}
