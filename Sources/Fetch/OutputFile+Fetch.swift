import Foundation
import HindsightSupport

extension OutputFile {
    /// Writes a file of the fetch folder whole and flushed to the disk (``OutputFile/write(_:to:durable:)``), so
    /// that a fetch stopped at any moment leaves each post file and the state either as it was or complete.
    static func writeDurably(_ data: Data, to path: String) throws(FetchError) {
        do {
            try OutputFile.write(Array(data), to: path, durable: true)
        } catch let error as OutputFile.Error {
            throw .write(path: path, reason: error.reason)
        } catch {
            throw .write(path: path, reason: "\(error)")
        }
    }
}
