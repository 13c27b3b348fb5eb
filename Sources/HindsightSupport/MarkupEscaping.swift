/// Text made safe inside XML or HTML markup: `&`, `<`, `>` and `"` written as entities (and `'` too when asked,
/// for attributes quoted either way). `AT&T <b>` becomes `AT&amp;T &lt;b&gt;`. Used where markup is built as a
/// string (a feed's inner markup, Graphviz's HTML-like labels); the streamed GraphML and GEXF exports escape as
/// they write bytes (`Export/XMLText`).
public enum MarkupEscaping {
    public static func escaped(_ s: String, apostrophe: Bool = false) -> String {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || (apostrophe && $0 == 0x27) }) else {
            return s
        }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
