/// Normalised keys for names, so that case, curly quotes, possessives, hyphens and a leading `the` do not
/// split one name into several (`Fielding’s` / `Fielding's` / `fielding`, `MoJ` / `MOJ`, `The Guardian` /
/// `Guardian`, `Canal & River Trust` / `Canal and River Trust`).
///
/// Keys are used by ``KnowledgeBase`` look-ups, document-level resolution and the corpus-level resolver:
/// hashing on them replaces any pairwise comparison of names.
public enum NameKey {
    /// Honorifics and post-nominals that do not distinguish one person from another.
    public static let titleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "dame", "sir", "lord", "lady", "baroness", "baron", "prof",
        "professor", "rt", "hon", "mp", "qc", "kc", "cbe", "obe", "mbe", "hmi", "rev", "revd", "reverend",
        "cllr", "councillor",
    ]

    /// The key of a name: lowercase, curly quotes folded, possessive removed, `&` read as `and`, hyphens and
    /// other punctuation read as spaces, a leading `the` dropped, spaces collapsed.
    public static func of(_ name: String) -> String {
        let words = NameKey.words(name)
        var start = 0
        if words.count > 1, words[0] == "the" { start = 1 }
        return words[start...].joined(separator: " ")
    }

    /// The key of a person's name with honorifics and post-nominals removed (`Mr De Souza` → `de souza`).
    public static func person(_ name: String) -> String {
        let words = NameKey.words(name).filter { !titleWords.contains($0) && $0 != "the" }
        return words.joined(separator: " ")
    }

    /// The lowercase words of a name, possessive removed.
    public static func words(_ name: String) -> [String] {
        // Fast path: plain ASCII letters, digits, spaces and simple punctuation.
        var simple = true
        for b in name.utf8 where b >= 0x80 || b == 0x27 || b == 0x26 { simple = false; break }
        if simple {
            var out: [String] = []
            var current: [UInt8] = []
            for b in name.utf8 {
                let isLetter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39)
                if isLetter {
                    current.append(b >= 0x41 && b <= 0x5A ? b + 32 : b)
                } else if !current.isEmpty {
                    out.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
            return out
        }
        var out: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        let scalars = Array(name.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "'" || s == "\u{2019}" || s == "\u{2018}" {
                // Possessive `'s` at the end of a word, or a trailing apostrophe: drop; inner ones (O'Brien) kept.
                let next = i + 1 < scalars.count ? scalars[i + 1] : nil
                let afterNext = i + 2 < scalars.count ? scalars[i + 2] : nil
                if let n = next, n == "s" || n == "S", afterNext == nil || !NameKey.isWordScalar(afterNext!) {
                    i += 2
                    continue
                }
                if let n = next, NameKey.isWordScalar(n), !current.isEmpty {
                    current.append("'")
                }
                i += 1
                continue
            }
            if s == "&" {
                flush()
                out.append("and")
            } else if NameKey.isWordScalar(s) {
                current.append(contentsOf: String(s).lowercased())
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// A person key with the first name read through common short forms (`andy lawrence` →
    /// `andrew lawrence`), so that `Andy Cooke` and `Andrew Cooke` share a key while `Ruth Wilson` and
    /// `Harold Wilson` do not.
    public static func personIdentity(_ name: String) -> String {
        var words = person(name).split(separator: " ").map(String.init)
        guard words.count >= 2 else { return words.joined(separator: " ") }
        if let full = nicknames[words[0]] { words[0] = full }
        return words.joined(separator: " ")
    }

    /// Short forms of given names → the full form used as key.
    public static let nicknames: [String: String] = [
        "andy": "andrew", "drew": "andrew", "chris": "christopher", "ken": "kenneth", "kenny": "kenneth",
        "liz": "elizabeth", "lizzie": "elizabeth", "beth": "elizabeth", "betty": "elizabeth",
        "rob": "robert", "bob": "robert", "bobby": "robert", "robbie": "robert", "bert": "robert",
        "mike": "michael", "mick": "michael", "mickey": "michael", "jim": "james", "jimmy": "james",
        "jamie": "james", "dave": "david", "davy": "david", "tony": "anthony", "nick": "nicholas",
        "nicky": "nicholas", "steve": "stephen", "stevie": "stephen", "steven": "stephen", "tom": "thomas",
        "tommy": "thomas", "ben": "benjamin", "benny": "benjamin", "sam": "samuel", "sammy": "samuel",
        "dan": "daniel", "danny": "daniel", "matt": "matthew", "pete": "peter", "phil": "philip",
        "phillip": "philip", "will": "william", "bill": "william", "billy": "william", "willie": "william",
        "ted": "edward", "ed": "edward", "eddie": "edward", "ned": "edward", "kate": "catherine",
        "katie": "catherine", "cathy": "catherine", "kath": "catherine", "katherine": "catherine",
        "kathryn": "catherine", "sue": "susan", "susie": "susan", "jen": "jennifer", "jenny": "jennifer",
        "alex": "alexander", "charlie": "charles", "chas": "charles", "fred": "frederick",
        "freddie": "frederick", "greg": "gregory", "jeff": "jeffrey", "geoff": "geoffrey", "tim": "timothy",
        "timmy": "timothy", "jon": "jonathan", "jonny": "jonathan", "johnny": "john", "jack": "john",
        "joe": "joseph", "joey": "joseph", "josh": "joshua", "ollie": "oliver", "olly": "oliver",
        "harry": "henry", "hal": "henry", "nat": "nathan", "nate": "nathan", "zach": "zachary",
        "zack": "zachary", "rick": "richard", "ricky": "richard", "dick": "richard", "rich": "richard",
        "richie": "richard", "ron": "ronald", "ronnie": "ronald", "don": "donald", "donnie": "donald",
        "len": "leonard", "lenny": "leonard", "reg": "reginald", "reggie": "reginald", "sid": "sidney",
        "stan": "stanley", "terry": "terence", "vince": "vincent", "wes": "wesley", "abby": "abigail",
        "abbie": "abigail", "becky": "rebecca", "becca": "rebecca", "debbie": "deborah", "deb": "deborah",
        "jo": "joanne", "jackie": "jacqueline", "jess": "jessica", "maggie": "margaret", "meg": "margaret",
        "peggy": "margaret", "mandy": "amanda", "pam": "pamela", "sandy": "sandra", "tricia": "patricia",
        "trish": "patricia", "vicky": "victoria", "vikki": "victoria", "val": "valerie",
        "viv": "vivienne", "di": "diana", "gill": "gillian", "jill": "gillian", "lou": "louise",
        "nikki": "nicola", "cath": "catherine", "sally": "sarah", "sadie": "sarah",
        "rosie": "rosemary", "tess": "teresa", "tessa": "teresa", "theo": "theodore", "seb": "sebastian",
        "kit": "christopher", "alf": "alfred", "alfie": "alfred", "archie": "archibald", "gerry": "gerald",
        "jez": "jeremy", "les": "leslie", "mo": "mohammed", "mohamed": "mohammed",
        "muhammad": "mohammed", "mohammad": "mohammed",
    ]

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || ("0"..."9").contains(s)
    }
}
