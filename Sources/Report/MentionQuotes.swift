import Corpus
import Extraction
import GraphModel

/// Finds the sentence a mention stands in, from the documents the graph was built from: the passage of the
/// mention's post and kind that covers its line, split into sentences as extraction splits them, and the first
/// sentence on that line that contains the mention's text. Passages are split once and remembered.
final class MentionQuotes {
    private var posts: [String: Post] = [:]
    private var splits: [String: [(text: String, firstLine: Int, lastLine: Int)]] = [:]
    private let splitter = SentenceSplitter()
    /// Sentences longer than this are cut around the mention.
    let maxLength = 420

    init(documents: [Document]) {
        for document in documents {
            for post in document.posts where posts[post.id] == nil { posts[post.id] = post }
        }
    }

    /// The sentence of `mention`, or nil when its passage is not among the documents.
    func sentence(for mention: MentionRecord) -> String? {
        guard let post = posts[mention.source.post] else { return nil }
        let line = mention.source.line
        for (index, passage) in post.allPassages.enumerated()
        where passage.kind == mention.source.kind && passage.firstLine <= line && line <= passage.lastLine {
            let key = mention.source.post + "#" + String(index)
            let sentences = splits[key] ?? split(passage)
            splits[key] = sentences
            let onLine = sentences.filter { $0.firstLine <= line && line <= $0.lastLine }
            if let hit = onLine.first(where: { $0.text.contains(mention.text) }) ?? onLine.first {
                return shortened(hit.text, around: mention.text)
            }
        }
        return nil
    }

    private func split(_ passage: Passage) -> [(text: String, firstLine: Int, lastLine: Int)] {
        let bytes = Array(passage.text.utf8)
        return splitter.sentences(in: passage.text).compactMap { range in
            guard range.lowerBound >= 0, range.upperBound <= bytes.count, !range.isEmpty else { return nil }
            let text = String(decoding: bytes[range], as: UTF8.self)
                .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            return (text, passage.line(atUTF8Offset: range.lowerBound), passage.line(atUTF8Offset: range.upperBound - 1))
        }
    }

    /// The sentence, cut to about `maxLength` characters around the first occurrence of `name`, with `…` where cut.
    func shortened(_ sentence: String, around name: String) -> String {
        guard sentence.count > maxLength else { return sentence }
        let chars = Array(sentence)
        var centre = 0
        if let range = sentence.range(of: name) { centre = sentence.distance(from: sentence.startIndex, to: range.lowerBound) }
        let start = max(0, min(centre - maxLength / 3, chars.count - maxLength))
        let end = min(chars.count, start + maxLength)
        return (start > 0 ? "… " : "") + String(chars[start..<end]) + (end < chars.count ? " …" : "")
    }
}
