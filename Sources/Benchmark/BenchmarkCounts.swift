/// What a benchmark read and found: the corpus's size and each stage's output.
///
/// A stage that did not run (with `pipelineOnly`, every stage but the pipeline) leaves its counts at zero.
public struct BenchmarkCounts: Sendable, Equatable {
    public var files = 0
    public var documents = 0
    public var posts = 0
    public var comments = 0
    /// Bytes of input read.
    public var bytes = 0
    /// The graph's dates, counted as `hindsight export` counts them (its `statistics.dates`).
    public var dates = 0
    /// What the date tagger alone found in every passage (the dates stage), before the graph keeps one date per
    /// mention and place; zero with `pipelineOnly`.
    public var datesTagged = 0
    public var mentions = 0
    public var entities = 0
    public var events = 0
    public var edges = 0
    public var timelineEntries = 0
    /// Bytes of the graph's JSON export.
    public var jsonBytes = 0
    public var mapEdges = 0
    public var svgBytes = 0

    public init() {}
}
