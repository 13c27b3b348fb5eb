/// The kinds of entity Hindsight extracts.
public enum EntityType: String, Sendable, Codable, Hashable, CaseIterable {
    case person
    case organization
    case place
    /// A policy, programme, law or IT system (`Transforming Rehabilitation`, `Offender Management Act 2007`).
    case programme

    /// The prefix of entity ids: `person:chris-grayling`, `org:ministry-of-justice`.
    public var idPrefix: String {
        switch self {
        case .person: return "person"
        case .organization: return "org"
        case .place: return "place"
        case .programme: return "programme"
        }
    }

    /// A stable id from a type and a canonical name: lowercase ASCII letters and digits joined by hyphens.
    public func id(for canonicalName: String) -> String {
        idPrefix + ":" + EntityType.slug(canonicalName)
    }

    /// `Ministry of Justice` → `ministry-of-justice`; letters with accents lose them; everything else separates.
    public static func slug(_ s: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in s.unicodeScalars {
            var c = scalar
            if scalar.value >= 0xC0, scalar.value <= 0x24F {
                // Fold common Latin accents (é → e) without Foundation.
                let folded = String(scalar).decomposedStringWithCanonicalMappingFallback
                c = folded.unicodeScalars.first ?? scalar
            }
            if c.properties.isAlphabetic && c.isASCII || ("0"..."9").contains(Character(c)) {
                if pendingHyphen && !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(Character(c).lowercased())
            } else if c == "'" || c == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "unnamed" : out
    }
}

extension String {
    /// A small accent fold for Latin-1 and Latin Extended-A letters, enough for slugs.
    fileprivate var decomposedStringWithCanonicalMappingFallback: String {
        let map: [Character: Character] = [
            "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ç": "c", "è": "e", "é": "e", "ê": "e",
            "ë": "e", "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o",
            "ö": "o", "ø": "o", "ù": "u", "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y",
            "À": "a", "Á": "a", "Â": "a", "Ã": "a", "Ä": "a", "Å": "a", "Ç": "c", "È": "e", "É": "e", "Ê": "e",
            "Ë": "e", "Ì": "i", "Í": "i", "Î": "i", "Ï": "i", "Ñ": "n", "Ò": "o", "Ó": "o", "Ô": "o", "Õ": "o",
            "Ö": "o", "Ø": "o", "Ù": "u", "Ú": "u", "Û": "u", "Ü": "u", "Ý": "y",
        ]
        return String(self.map { map[$0] ?? $0 })
    }
}
