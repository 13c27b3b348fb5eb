/// A small line diff (longest common subsequence) for snapshot failures.
public enum LineDiff {
    /// The lines of `a` turned into those of `b`: ` ` kept, `-` removed, `+` added, with `context` unchanged
    /// lines around each change and `@@` between distant changes.
    public static func unified(_ a: [String], _ b: [String], context: Int = 2) -> String {
        let n = a.count, m = b.count
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        let changed = ops.indices.filter { ops[$0].0 != " " }
        var out: [String] = []
        var last = -1
        for (k, op) in ops.enumerated() where changed.contains(where: { abs($0 - k) <= context }) {
            if last >= 0, k > last + 1 { out.append("@@") }
            out.append(String(op.0) + op.1)
            last = k
        }
        return out.joined(separator: "\n")
    }
}
