import Corpus
import Foundation

/// What two readings of the same posts must share, whatever the format: dates, titles, the text lines of the
/// body and of quoted material, and the comments (text, number, reply or not). Source lines differ by format
/// and are left out.
struct PostShape: Equatable, CustomStringConvertible {
    var published: CalendarDay?
    var title: String?
    var body: [String]
    var quoted: [String]
    var comments: [String]
    var commentNumbers: [String?]
    var replies: [Bool]

    init(_ post: Post) {
        published = post.published
        title = post.title
        body = PostShape.lines(post.passages.filter { $0.kind == .body })
        quoted = PostShape.lines(post.passages.filter { $0.kind == .quoted })
        comments = post.comments.map { PostShape.words($0.passage.text) }
        commentNumbers = post.comments.map(\.number)
        replies = post.comments.map(\.isReply)
    }

    /// Non-blank lines, trimmed.
    static func lines(_ passages: [Passage]) -> [String] {
        passages.flatMap { $0.text.split(separator: "\n") }.map { words(String($0)) }.filter { !$0.isEmpty }
    }

    /// White space (newlines and no-break spaces included) collapsed to single spaces.
    static func words(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    var description: String {
        "\(published?.iso ?? "-") \(title ?? "-")\n  body \(body)\n  quoted \(quoted)\n  comments \(comments) \(commentNumbers) \(replies)"
    }
}

/// The fixture files in `Tests/CorpusTests/Fixtures`, written for these tests.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func path(_ name: String) -> String { folder + "/" + name }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// Reads a fixture as the corpus reader would, detecting its format.
    static func document(_ name: String) throws -> Document {
        let file = try CorpusReader.decode(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path(name)))), path: path(name)).get()
        return try CorpusReader().parse(file)
    }
}
