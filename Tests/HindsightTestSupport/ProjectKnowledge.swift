import Extraction
import Foundation

extension TestPaths {
    /// The project's curated knowledge (`Entities/`), or an empty knowledge base when the folder is missing or
    /// empty, so that tests run on a checkout without it.
    public static func projectKnowledge() throws -> KnowledgeBase {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: entities)) ?? []
        guard files.contains(where: { !$0.hasPrefix(".") }) else { return .empty }
        return try KnowledgeBase.load(directories: [entities])
    }
}
