/// Turns an ``EventTimeline`` into text for some medium. Renderers are values and pure: the same timeline gives the
/// same string.
public protocol TimelineRenderer: Sendable {
    func render(_ timeline: EventTimeline) -> String
}
