import Foundation
import HindsightSupport
import Testing

/// `replacingPresent` gives Foundation's `replacingOccurrences` result for the typography targets the rules
/// normalise, and the text itself when the target is absent.
@Suite("replacing a target only when its bytes are present")
struct ReplacingPresentTests {
    static let targets: [(String, String)] = [("\u{2019}", "'"), ("\u{2018}", "'"), ("\u{00A0}", " "), ("\u{2019}s ", " ")]
    static let texts = [
        "the trust\u{2019}s chair", "the trust's chair", "\u{2018}failing\u{2019}, the council said",
        "12\u{00A0}March", "caf\u{E9}\u{2019}s owner", "\u{2019}\u{301}s mark", "e\u{301}\u{2019}s ", "",
        "plain ASCII words only", "Zo\u{EB}\u{2019}s report\u{00A0}said", "\u{1F600}\u{2019}s",
    ]

    @Test("the same as Foundation's replacingOccurrences for every sample and target")
    func sameAsFoundation() {
        for text in Self.texts {
            for (target, replacement) in Self.targets {
                #expect(text.replacingPresent(target, with: replacement)
                        == text.replacingOccurrences(of: target, with: replacement), "\(text.debugDescription) \(target.debugDescription)")
            }
        }
    }

    @Test("a curly apostrophe is straightened; a text without one comes back as it was")
    func replacesOnlyWhenPresent() {
        #expect("the trust\u{2019}s chair".replacingPresent("\u{2019}", with: "'") == "the trust's chair")
        #expect("the trust's chair".replacingPresent("\u{2019}", with: "'") == "the trust's chair")
        #expect("12\u{00A0}March".replacingPresent("\u{00A0}", with: " ") == "12 March")
    }
}
