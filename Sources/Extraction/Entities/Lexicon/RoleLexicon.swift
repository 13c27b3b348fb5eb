/// Word lists behind the role-title rules of `Scanning/`, lowercase.
enum RoleLexicon {
    /// Role nouns whose `of X` names a place, not a body (`the mayor of Leeds`, `the bishop of Durham`).
    static let placeRoles: Set<String> = ["mayor", "mayors", "bishop", "archbishop", "governor", "sheriff",
                                          "lieutenant", "mp", "mps", "msp", "mla", "mep", "provost", "alderman"]

    /// Words that open a clause after a comma, never an appositive role.
    static let clauseOpeners: Set<String> = ["and", "or", "but", "whatever", "whoever", "which", "where", "when",
                                             "while", "whilst", "though", "although", "because", "so", "if", "as",
                                             "then", "yet", "nor"]
}
