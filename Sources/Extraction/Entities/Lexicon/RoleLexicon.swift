/// Word lists behind the role-title rules of `Scanning/`, lowercase.
enum RoleLexicon {
    /// Words that open a clause after a comma, never an appositive role.
    static let clauseOpeners: Set<String> = ["and", "or", "but", "whatever", "whoever", "which", "where", "when",
                                             "while", "whilst", "though", "although", "because", "so", "if", "as",
                                             "then", "yet", "nor"]
}
