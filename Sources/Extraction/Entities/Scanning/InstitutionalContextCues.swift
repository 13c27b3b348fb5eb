/// Context that says a capitalised name (one word, a run, or an acronym) is an organization: what it owns or
/// employs (`Kestrel's board`), who it is owned or formed by (`owned by Marlin Holdings`), the kind of body
/// named just before it (`the insulation manufacturers Kestrel`, `its subcontractor Harley Facades`), what it
/// does with `its` (`Ofwat published its final determinations`), and mergers (`East Thames merged into ...`).
/// A name whose first word is a given name, or that the knowledge base knows as a person, is left alone.
extension PassageScanner {
    /// The institutional cue for the run `[p, q)`, if any.
    func institutionalCue(_ p: Int, _ q: Int) -> MentionCue? {
        guard q > p, !isGiven(p) else { return nil }
        if let m = kbMatch(p), kb.records[m.record].type == .person { return nil }
        if possessesInstitution(after: q) || whoseInstitution(after: q) { return .orgPossessive }
        if whichActs(after: q) { return .orgCorporate }
        if objectOfRunning(p, q) || productFromBefore(p) { return .orgKindBefore }
        if partOfAfter(q) || copulaKindAfter(q) { return .orgAppositive }
        // (`Training and Enterprise Councils were abolished`: not the words after a name's `and` alone)
        if bodyEndedAfter(q), !(p >= 2 && (lower(p - 1) == "and" || tokens[p - 1].text == "&") && isCap(p - 2)) {
            return .orgCorporate
        }
        if agentBefore(p) || memberLeadingGroupBefore(p) { return .orgAgent }
        if parentOfPartBefore(p, q) { return .orgKindBefore }
        if kindBefore(p) || kindAppositiveBefore(p, q) || staffOfBefore(p) { return .orgKindBefore }
        if actsWithIts(after: q) { return .orgIts }
        if mergeAfter(q) { return .orgMerger }
        if contractContext(p, q) { return .orgContract }
        // corporate contexts say nothing of a surname the passage gives a person (`Jo Marlow ... Marlow bought`)
        guard !surnameOfPassagePerson(p, q) else { return nil }
        // (`the pit near Tarnby was bought by ...`: a name after a preposition of place says where the subject is,
        // and is not the subject itself)
        if !placePrepositionBefore(p), ownedAfter(q) || corporateSubject(q) { return .orgCorporate }
        if runByOneName(p, q) { return .orgAgent }
        if corporateObject(p) { return .orgCorporate }
        return nil
    }

    /// `near`, `outside`, `in`, `at` (and other prepositions of place) right before `p`.
    func placePrepositionBefore(_ p: Int) -> Bool {
        p >= 1 && isWord(p - 1) && !tokens[p - 1].isCapitalised
            && OrganizationLexicon.placePrepositionsBeforeName.contains(lower(p - 1))
    }

    /// `Tarn Yard is an executive agency of the department`, `Harbour Keys was a housing charity, based in ...`,
    /// `Marlwood has been the regulator since 2001`, `Harbour Advice, which is a charity rather than ...`: the name
    /// is the subject of `is`, `was`, `remains`, `became`
    /// or `has been`, then `a`, `an` or `the`, up to four lowercase words ending in a kind of body
    /// (``OrganizationLexicon/organizationHeads``, not one a person can also be), and after that kind only
    /// punctuation, the end of the line or a word that opens what the body is or does (`of`, `that`, `based`,
    /// `sponsored` ...). `Okafor is a company director` and `Tarn was a union member` go on to a person's noun and
    /// say nothing of a body.
    func copulaKindAfter(_ q: Int) -> Bool {
        guard q < tokens.count else { return false }
        var k = q
        // `Harbour Advice, which is a charity rather than a public body`: the same copula in a relative clause
        if tokens[k].kind == .punct, tokens[k].text == ",", isWord(k + 1), lower(k + 1) == "which",
           tokens[k + 1].line == tokens[q].line {
            k += 2
        }
        guard isWord(k) else { return false }
        let v = lower(k)
        if ["is", "was", "remains", "remained", "became", "becomes"].contains(v) {
            k += 1
        } else if ["has", "had"].contains(v), isWord(k + 1), lower(k + 1) == "been" {
            k += 2
        } else {
            return false
        }
        if isWord(k), ["now", "still", "also", "already", "once"].contains(lower(k)) { k += 1 }
        guard isWord(k), ["a", "an", "the"].contains(lower(k)), tokens[k].line == tokens[q].line else { return false }
        k += 1
        var steps = 0
        while isWord(k), !tokens[k].isCapitalised, steps < 4, tokens[k].line == tokens[q].line {
            let l = lower(k)
            if OrganizationLexicon.organizationHeads.contains(l), !OrganizationLexicon.personCapableKinds.contains(l),
               !l.hasSuffix("s") || ["business", "ngos"].contains(l), kindClosed(after: k) {
                return true
            }
            k += 1
            steps += 1
        }
        return false
    }

    /// `Bright Focus would be abolished`, `Bright Horizons was wound up`, `Tarn Mutual was demutualised`: the
    /// name is the subject of a passive that only happens to bodies (``bodyEndingVerbs``, or `wound up`), after
    /// an auxiliary (`was`, `were`, `would be`, `had been`, `to be`) and at most one adverb. Without the
    /// auxiliary the verb is active and says nothing of its subject (`Okafor dissolved the board`).
    func bodyEndedAfter(_ q: Int) -> Bool {
        guard isWord(q), !tokens[q].isCapitalised else { return false }
        var k = q
        let aux = lower(k)
        if ["was", "were", "is", "are"].contains(aux) {
            k += 1
            if isWord(k), lower(k) == "being" { k += 1 }
        } else if ["would", "will", "could", "should", "must", "may", "might", "to"].contains(aux), isWord(k + 1),
                  lower(k + 1) == "be" {
            k += 2
        } else if ["had", "has", "have"].contains(aux), isWord(k + 1), lower(k + 1) == "been" {
            k += 2
        } else {
            return false
        }
        if isWord(k), ["formally", "finally", "eventually", "quietly", "later", "then", "also", "effectively",
                       "subsequently", "itself", "duly", "partly", "fully"].contains(lower(k)) { k += 1 }
        guard isWord(k), tokens[k].line == tokens[q].line else { return false }
        let v = lower(k)
        if v == "wound", isWord(k + 1), lower(k + 1) == "up" { return true }
        return PassageScanner.bodyEndingVerbs.contains(v)
    }

    /// Passives that only happen to bodies: dissolving, disbanding, abolishing, liquidating, demutualising.
    /// (Whole industries are privatised and nationalised too: `Steel was nationalised in 1967`.)
    static let bodyEndingVerbs: Set<String> = [
        "dissolved", "disbanded", "abolished", "liquidated", "demutualised", "demutualized",
    ]

    /// After the kind word at `k`: punctuation that closes a phrase, the end of the line, or a word that opens
    /// what the body is or does.
    func kindClosed(after k: Int) -> Bool {
        let j = k + 1
        guard j < tokens.count else { return true }
        let t = tokens[j]
        if t.kind == .newline || t.line != tokens[k].line { return true }
        if t.kind == .punct { return [",", ".", ";", ":", ")"].contains(t.text) }
        guard t.kind == .word, !t.isCapitalised else { return false }
        return PassageScanner.kindFollowers.contains(t.lower)
    }

    /// Words that may follow a kind of body in `X is a housing charity ...`.
    static let kindFollowers: Set<String> = [
        "of", "that", "which", "whose", "based", "in", "with", "owned", "run", "set", "sponsored", "funded",
        "founded", "formed", "created", "established", "responsible", "limited", "registered", "at", "within",
        "under", "accountable", "representing", "working", "operating", "providing", "since", "headquartered",
        "rather",
    ]

    /// `Marlin North, part of Kestrel Group, runs ...`, `the Youth Estate Service, part of HM Prisons`: an
    /// appositive `, part of` and a capitalised body (after an optional `the` and up to three lowercase words):
    /// a unit of that body.
    func partOfAfter(_ q: Int) -> Bool {
        guard q + 3 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",", isWord(q + 1),
              lower(q + 1) == "part", isWord(q + 2), lower(q + 2) == "of" else { return false }
        var k = q + 3
        var steps = 0
        while isWord(k), !tokens[k].isCapitalised, steps < 4 { k += 1; steps += 1 }
        return isCap(k) && tokens[k].line == tokens[q].line
    }

    /// `Pearson, which awards the diplomas`, `Tarn, which has run the jail since 2011`: `, which` and (after
    /// auxiliaries and adverbs) a verb of what a body does — awards, employs, runs, owns, operates, supplies —
    /// right after the name. An idea or a plan (`Decarbonisation, which ministers promised`) takes other verbs.
    func whichActs(after q: Int) -> Bool {
        guard q + 2 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",", isWord(q + 1),
              lower(q + 1) == "which" else { return false }
        var k = q + 2
        var steps = 0
        while isWord(k), steps < 3, OrganizationLexicon.contractAdverbs.contains(lower(k)) || lower(k) == "is" || lower(k) == "was" {
            k += 1
            steps += 1
        }
        guard isWord(k), OrganizationLexicon.institutionalActs.contains(lower(k)) else { return false }
        // `runs from London to Leeds`: a route, not a business
        if isWord(k + 1), ["from", "to", "through", "along", "between", "out", "for", "into"].contains(lower(k + 1)) { return false }
        return true
    }

    /// `who had previously run Tarnrail`, `she joined Marlin in 2010`, `he chairs Kestrel`, `she led Carers
    /// First for ten years`, `he set up Harbour Homes`, `had run UK Fell Running`: a name of one to four words right
    /// after a verb of running, heading, founding or joining a body (``OrganizationLexicon/runningVerbs``, or
    /// `set up`), ending there (not `chaired Smith's committee`, nor a longer capitalised run). The object is
    /// none of: a person (a given name, a title, a known person or a surname of the passage: `joined Okafor in
    /// calling for`), a place (`ran Leeds`, `headed North Yorkshire`), a date word, a role (`led Ministers`), an
    /// ordinary word alone, or an operation or project (`led Operation Tarn`), which people also lead. After a
    /// leading verb (``leadingVerbs``), one lowercase word and `to` after the run make the verb a causative
    /// and the run a word describing its object (`led Harbour voters to switch`): no body. (`led Holyrood to
    /// pass the act` is kept: the one led to act is as often a body.)
    func objectOfRunning(_ p: Int, _ q: Int) -> Bool {
        guard q > p, q - p <= 4, p >= 1, isWord(p - 1), !tokens[p - 1].isCapitalised,
              tokens[p - 1].line == tokens[p].line else { return false }
        let v = lower(p - 1)
        let setUp = v == "up" && p >= 2 && isWord(p - 2) && ["set", "sets", "setting"].contains(lower(p - 2))
        guard setUp || OrganizationLexicon.runningVerbs.contains(v) || PassageScanner.leadingVerbs.contains(v) else { return false }
        if q < tokens.count, tokens[q].kind == .possessive || isCap(q) && tokens[q].line == tokens[p].line { return false }
        // `led Harbour voters to switch`: led someone to do something, the run only describing them
        if PassageScanner.leadingVerbs.contains(v), causativeTo(after: q) { return false }
        // `ran Marks and Spencer`, `had run NHS Blood and Transplant`: the name goes on past a connector
        if q + 1 < tokens.count, tokens[q].kind == .word && ["and", "of", "for"].contains(lower(q))
            || tokens[q].kind == .punct && tokens[q].text == "&", isCap(q + 1), tokens[q + 1].line == tokens[p].line {
            return false
        }
        if q == p + 1 {
            return !tokens[p].isAcronymLike && !isCommon(p) && !surnameOfPassagePerson(p, q)
                && !PersonLexicon.wordSurnames.contains(lower(p)) && !isRoleNoun(p) && !isPlaceRun(p, q)
        }
        guard (p..<q).allSatisfy({ isCap($0) && tokens[$0].kind == .word }),
              !(p..<q).contains(where: { isGiven($0) || isHonorific($0) || isCalendarWord($0)
                  || isRoleNoun($0) && !isOrgSuffix($0)
                  || kbMatch($0).map { kb.records[$0.record].type == .person } == true }),
              !["operation", "project", "programme"].contains(lower(p)),
              !NameLexicon.programmeSuffixes.contains(lower(q - 1)) else { return false }
        return !isPlaceRun(p, q)
    }

    /// One lowercase word at `q`, then `to` (`Harbour voters to switch`).
    func causativeTo(after q: Int) -> Bool {
        guard q < tokens.count, isWord(q) else { return false }
        return !tokens[q].isCapitalised && lower(q) != "to" && q + 1 < tokens.count && isWord(q + 1) && lower(q + 1) == "to"
    }

    /// Verbs of leading a body, beside ``OrganizationLexicon/runningVerbs``: `she led Carers First`, `he leads
    /// Tarn Futures`.
    static let leadingVerbs: Set<String> = ["led", "leads"]

    /// The run `[p, q)` is a place: a well-known place (``PlaceLexicon/names``), a street, a place the knowledge
    /// base knows covering it, or place, nation and compass words only (`North Yorkshire`, `West Wales`).
    func isPlaceRun(_ p: Int, _ q: Int) -> Bool {
        if PlaceLexicon.names.contains((p..<q).map { lower($0) }.joined(separator: " ")) { return true }
        // `headed Downing Street`, `ran Marsham Street`: a street
        if q - p >= 2, PlaceLexicon.streetHeads.contains(lower(q - 1)) { return true }
        if let m = kbMatch(p), kb.records[m.record].type == .place, m.end >= q { return true }
        return (p..<q).allSatisfy { k in
            let l = lower(k)
            return PlaceLexicon.names.contains(l) || PoliticalLexicon.nations.contains(l)
                || OrganizationLexicon.compassWords.contains(l) || l == "greater"
                || kbMatch(k).map { kb.records[$0.record].type == .place && $0.end == k + 1 } == true
        }
    }

    /// `a new payroll system from Kestrel`, `tags from Marlin`: a product or service and `from` right before
    /// the name: the company that makes or sells it.
    func productFromBefore(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), lower(p - 1) == "from", isWord(p - 2), tokens[p - 2].line == tokens[p].line else {
            return false
        }
        return OrganizationLexicon.productNouns.contains(lower(p - 2))
    }

    /// Whether the run `[p, q)` is one word that is the surname (or given name) of a person named earlier in
    /// the passage.
    func surnameOfPassagePerson(_ p: Int, _ q: Int) -> Bool {
        guard q == p + 1 else { return false }
        return personWords.contains(lower(p))
    }

    /// `Kestrel, whose French arm made the panels`, `Marlin, whose shareholders voted ...`: `, whose` and,
    /// within three words, something only an organization has.
    func whoseInstitution(after q: Int) -> Bool {
        guard q + 2 < tokens.count, tokens[q].kind == .punct, tokens[q].text == ",", isWord(q + 1),
              lower(q + 1) == "whose" else { return false }
        var k = q + 2
        var steps = 0
        while isWord(k), steps < 3 {
            let l = lower(k)
            if OrganizationLexicon.possessedByOrganizations.contains(l) || OrganizationLexicon.corporateParts.contains(l) {
                return true
            }
            // `Carers First, whose chief executive is ...`, `, whose founder ...`, `Tarn Union, whose general secretary
            // ...`, `, whose members voted ...`: posts only a body has, and the people who belong to it
            let next = isWord(k + 1) ? lower(k + 1) : ""
            if (l == "chief" && (next == "executive" || next == "inspector")) || (l == "general" && next == "secretary")
                || (l == "director" && next == "general")
                || ["founder", "founders", "ceo", "chair", "chairman", "chairwoman", "members", "trustees"].contains(l) {
                return true
            }
            steps += 1
            k += 1
        }
        return false
    }

    /// `Kestrel is owned by ...`, `Marlin, which was bought by ...`, `Harbour Homes, run by a trust`: the name
    /// is what someone owns, runs or takes over (people are not owned). Between the name and the verb: a
    /// comma, `which`, a form of `be` and adverbs.
    func ownedAfter(_ q: Int) -> Bool {
        var k = q
        if k < tokens.count, tokens[k].kind == .punct, tokens[k].text == "," { k += 1 }
        if isWord(k), lower(k) == "which" || lower(k) == "itself" { k += 1 }
        var steps = 0
        while isWord(k), steps < 3,
              ["is", "was", "are", "were", "has", "had", "been", "being", "now", "later", "since", "then", "also",
               "wholly", "jointly", "partly", "still", "once", "itself"].contains(lower(k)) {
            k += 1
            steps += 1
        }
        guard isWord(k), !tokens[k].isCapitalised else { return false }
        var verb = k
        if lower(k) == "taken", isWord(k + 1), lower(k + 1) == "over" { verb = k + 1 }
        else if !OrganizationLexicon.ownedVerbs.contains(lower(k)) { return false }
        guard k > q else { return false }
        var by = verb + 1
        // `was bought in 2022 by ...`
        if isWord(by), lower(by) == "in", by + 1 < tokens.count, tokens[by + 1].isNumber { by += 2 }
        return isWord(by) && lower(by) == "by"
    }

    /// `Marlin bought the company in 2006`, `Kestrel went into administration`, `Harbour Homes owns 4,000
    /// homes`: the name (with no given name, and no person of the passage) is the subject of what companies
    /// do: buy, sell, own and acquire, or go into administration.
    func corporateSubject(_ q: Int) -> Bool {
        var k = q
        if k < tokens.count, tokens[k].kind == .possessive { return false }
        var steps = 0
        while isWord(k), steps < 2, OrganizationLexicon.contractAdverbs.contains(lower(k)) { k += 1; steps += 1 }
        guard isWord(k), !tokens[k].isCapitalised else { return false }
        let l = lower(k)
        if OrganizationLexicon.corporateVerbs.contains(l) {
            // an object must follow: a determiner, a capitalised name or a number (`bought 40 homes`)
            guard k + 1 < tokens.count, tokens[k + 1].line == tokens[k].line else { return false }
            let next = tokens[k + 1]
            if next.kind == .word {
                return next.isCapitalised || next.isNumber
                    || ["the", "its", "a", "an", "most", "all", "part", "stakes", "shares", "control"].contains(next.lower)
                    || OrganizationLexicon.countWords.contains(next.lower)
            }
            return false
        }
        // `Kestrel runs six prisons`, `Marlin ran Harbour House`: running what is counted or named (a place
        // named alone is where, not what: `ran Leeds` is left alone)
        if OrganizationLexicon.operatingVerbs.contains(l), k + 1 < tokens.count, tokens[k + 1].line == tokens[k].line,
           tokens[k + 1].kind == .word {
            let next = tokens[k + 1]
            if next.isNumber || OrganizationLexicon.countWords.contains(next.lower) { return true }
            if next.isCapitalised, !next.isAllCaps, !isCommon(k + 1), !isGiven(k + 1), !isRoleNoun(k + 1),
               !isCalendarWord(k + 1), isCap(k + 2), tokens[k + 2].line == tokens[k].line {
                return true
            }
        }
        if tookOverBusiness(from: k) { return true }
        // `went into administration`, `entered administration`, `went bust`
        if ["went", "goes", "gone", "entered", "enters", "fell", "falls"].contains(l) {
            var j = k + 1
            if isWord(j), lower(j) == "into" { j += 1 }
            if isWord(j), ["administration", "liquidation", "receivership", "bust"].contains(lower(j)) { return true }
        }
        return false
    }

    /// `Kestrel took over the contract`, `Marlin took over most of its homes`, `Tarnco took over Velmar`: the
    /// verb at `k` is `took` or `takes` with `over`, and its object follows right away: a determiner or a
    /// quantity (`the`, `its`, `most`, `parts`) or a capitalised name that is no given name. People take over
    /// `as` something or `from` someone, or take over a post (`took over the chair`, `the role`, `the reins`):
    /// those say nothing of a body. (The caller has passed over given names and passage surnames.)
    func tookOverBusiness(from k: Int) -> Bool {
        guard isWord(k), ["took", "takes"].contains(lower(k)), isWord(k + 1), lower(k + 1) == "over",
              isWord(k + 2), tokens[k + 2].line == tokens[k].line else { return false }
        let o = k + 2
        if tokens[o].isCapitalised {
            return !isGiven(o) && !isHonorific(o) && !isRoleNoun(o) && !isCalendarWord(o) && !isCommon(o)
        }
        guard ["the", "its", "their", "most", "part", "parts", "all", "much", "control", "responsibility"].contains(lower(o)) else {
            return false
        }
        // the head noun within three words must not be a post (`took over the chair`, `the top job`)
        var j = o + 1
        while isWord(j), j - o <= 3, tokens[j].line == tokens[k].line {
            if PassageScanner.postNounsTakenOver.contains(lower(j)) { return false }
            if ["of", "from", "in", "at", "as", "on"].contains(lower(j)) { break }
            j += 1
        }
        return true
    }

    /// Nouns of a post or a leadership that a person takes over (`took over the reins`, `the top job`).
    static let postNounsTakenOver: Set<String> = [
        "role", "roles", "job", "post", "posts", "position", "reins", "chair", "chairmanship", "helm", "leadership",
        "brief", "portfolio", "office", "seat", "presidency", "mantle", "duties", "responsibilities", "team",
        "captaincy", "premiership", "editorship", "directorship",
    ]

    /// `Octavia completed its takeover of Kestrel`, `the buyout of Marlin Foods`, `the takeover of the Tarn
    /// Group`: the object after `of` of a noun of one company taking another
    /// (``OrganizationLexicon/takeoverNouns``), `the` allowed before a name of two words or more.
    func takeoverOf(_ p: Int) -> Bool {
        var k = p - 1
        if isWord(k), lower(k) == "the", isCap(p + 1), tokens[p + 1].line == tokens[p].line { k -= 1 }
        guard k >= 1, isWord(k), lower(k) == "of", isWord(k - 1), tokens[k - 1].line == tokens[p].line else { return false }
        return OrganizationLexicon.takeoverNouns.contains(lower(k - 1))
    }

    /// `Centrica, which owns British Gas`, `the group that bought Thames Water`: the capitalised object of a
    /// corporate verb in a relative clause about a body (`which` / `that` right before the verb).
    func corporateObject(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), isWord(p - 2) else { return false }
        if takeoverOf(p) { return true }
        var v = p - 1
        if lower(v) == "over", lower(v - 1) == "took" || lower(v - 1) == "takes" { v -= 1 }
        else if lower(v) == "already" || lower(v) == "now" || lower(v) == "also" { return false }
        guard OrganizationLexicon.corporateVerbs.contains(lower(v)) || lower(v) == "took" || lower(v) == "takes",
              v >= 1, isWord(v - 1) else { return false }
        var r = v - 1
        if ["already", "now", "also", "later", "still"].contains(lower(r)), r >= 1, isWord(r - 1) { r -= 1 }
        return ["which", "that"].contains(lower(r))
    }

    /// `the main refurbishment contractor, Kelby Build, ...`, `the operator, Marlin Rail.`, `a separate body, UK
    /// Tennis Integrity, took over`, `the ferry's operator, Tarn Line,`, `its charitable arm, Harbour Futures,`, `the
    /// regulator, Ofwex,`: a singular kind of organization (``OrganizationLexicon/kindBeforeName`` or a head
    /// of ``OrganizationLexicon/organizationHeads``) after a determiner (`the`, `a`, `its`, `their`, `his`,
    /// `her`, `our`, `this`) or a possessive within three words (adjectives may stand between), a comma, then
    /// the name, closed by a comma, a full stop, a bracket or `and`. After `a`, `an`, `his`, `her`, `our` or
    /// `this`, the kind must not be one a person can be (``OrganizationLexicon/personCapableKinds``: `her
    /// landlord, Okafor,`, `an investor, Vale,`). A place (`the council, Leeds,`) is left to the other rules.
    func kindAppositiveBefore(_ p: Int, _ q: Int) -> Bool {
        guard p >= 3, tokens[p - 1].kind == .punct, tokens[p - 1].text == ",", isWord(p - 2), !tokens[p - 2].isCapitalised,
              tokens[p - 2].line == tokens[p].line, lower(p - 2) != "programme",
              OrganizationLexicon.kindBeforeName.contains(lower(p - 2))
                || OrganizationLexicon.organizationHeads.contains(lower(p - 2)) else { return false }
        guard q < tokens.count, tokens[q].kind == .punct && [",", ".", ")", ";"].contains(tokens[q].text)
                || isWord(q) && lower(q) == "and" else { return false }
        guard !isPlaceRun(p, q) else { return false }
        var j = p - 3
        var steps = 0
        while j >= 0, steps < 3 {
            // `the ship's operator, X`, `Leeds's biggest landlord, X`
            if tokens[j].kind == .possessive { return true }
            guard isWord(j) else { return false }
            if ["the", "its", "their"].contains(lower(j)) { return true }
            if ["a", "an", "his", "her", "our", "this"].contains(lower(j)) {
                return !OrganizationLexicon.personCapableKinds.contains(lower(p - 2))
            }
            j -= 1
            steps += 1
        }
        return false
    }

    /// `administrators from Kestrel Advisory`, `economists at Marlin`, `staff at Harbour Homes`: people
    /// working for a body, right before `from` / `at` and the name.
    func staffOfBefore(_ p: Int) -> Bool {
        guard p >= 2, isWord(p - 1), ["from", "at"].contains(lower(p - 1)), isWord(p - 2),
              tokens[p - 2].line == tokens[p].line else { return false }
        return OrganizationLexicon.staffNouns.contains(lower(p - 2))
    }

    /// `Kestrel's board`, `Arriva's subsidiary`, `the council's chief executive`: a possessive followed, within
    /// two words (an adjective may stand between), by something only an organization has.
    func possessesInstitution(after q: Int) -> Bool {
        guard q < tokens.count, tokens[q].kind == .possessive else { return false }
        // `Kestrel's Care and Custody business`, `the KWS's retail arm`: a named unit, or (after an acronym) a
        // business or arm, which people do not have
        var j = q + 1
        while isWord(j), j - q <= 5, tokens[j].isCapitalised || ["and", "&", "of"].contains(lower(j)) { j += 1 }
        if isWord(j), OrganizationLexicon.corporateParts.contains(lower(j)), q >= 1, j > q + 1 || tokens[q - 1].isAcronymLike
            || ["arm", "arms", "division", "brand", "brands"].contains(lower(j)) {
            return true
        }
        var k = q + 1
        var steps = 0
        while isWord(k), steps < 3 {
            let l = lower(k)
            if OrganizationLexicon.possessedByOrganizations.contains(l) { return true }
            // `the KWS's household supply business`
            if OrganizationLexicon.corporateParts.contains(l), q >= 1, tokens[q - 1].isAcronymLike { return true }
            // `Kestrel's chief executive` (but `Leeds's chief nursing officer`, `Smith's chief of staff`)
            if l == "chief", isWord(k + 1), lower(k + 1) == "executive" { return true }
            // `Tarnwell's general secretary`, `Marlin's national officer for health`: posts only a body has
            if isWord(k + 1), OrganizationLexicon.postsOfBodies.contains(l + " " + lower(k + 1)) { return true }
            guard !tokens[k].isCapitalised else { return false }
            steps += 1
            k += 1
        }
        return false
    }

    /// `the Welsh branch of Kestrel`, `a subsidiary of Marlin`, `the retail arm of the Tarn Group`, `a division
    /// of Velmar`: what follows `of` (and `the` before a name of two words or more) after a lowercase noun of a
    /// part of a body (branch, arm, wing, division, subsidiary, unit, offshoot, affiliate) is the body it belongs
    /// to. A place (`the Leeds branch of Tarnby` has the place first; `a branch of Leeds` is left alone) and a
    /// given name are not.
    func parentOfPartBefore(_ p: Int, _ q: Int) -> Bool {
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the", q - p >= 2 { k -= 1 }
        guard k >= 1, isWord(k), lower(k) == "of", isWord(k - 1), !tokens[k - 1].isCapitalised,
              tokens[k - 1].line == tokens[p].line,
              ["branch", "arm", "wing", "division", "subsidiary", "unit", "offshoot", "affiliate"].contains(lower(k - 1))
        else { return false }
        return !isPlaceRun(p, q) && !isCalendarWord(p) && !isRoleNoun(p)
    }

    /// `the partnership led by Kestrel`, `Tarnside Partnership, led by Marlin, ...`, `a consortium headed by
    /// Velmar`, `in partnership with Brell`, `a joint venture with Ostrand`: a group that bodies form together
    /// (``OrganizationLexicon/memberCollectives``) is led by one of its members, and a firm works `in
    /// partnership with` or in `a joint venture with` another firm. (A given name opening the run, `in
    /// partnership with Tom Vane`, is left to the person rules by ``institutionalCue(_:_:)``.)
    func memberLeadingGroupBefore(_ p: Int) -> Bool {
        guard p >= 3, isWord(p - 1), isWord(p - 2), tokens[p - 2].line == tokens[p].line else { return false }
        if lower(p - 1) == "with" {
            return lower(p - 2) == "partnership" && isWord(p - 3) && lower(p - 3) == "in"
                || lower(p - 2) == "venture" && isWord(p - 3) && lower(p - 3) == "joint"
        }
        guard lower(p - 1) == "by", ["led", "headed"].contains(lower(p - 2)) else { return false }
        var k = p - 3
        if k >= 1, tokens[k].kind == .punct, tokens[k].text == "," { k -= 1 }
        return isWord(k) && tokens[k].line == tokens[p].line && OrganizationLexicon.memberCollectives.contains(lower(k))
    }

    /// `a care home run by Kestrel`, `the jail, run by Marlin at the time,`: one capitalised word (not a given
    /// name, a place, a plural acronym like `SPOs`, nor the surname of a person the passage names) right after
    /// `run by`. A person who runs something is introduced by the full name (`run by Ines Falk`), so a single
    /// word there is a body's name. (The caller has already passed over a surname of a passage person.)
    func runByOneName(_ p: Int, _ q: Int) -> Bool {
        guard q == p + 1, p >= 2, isWord(p - 1), lower(p - 1) == "by", isWord(p - 2), lower(p - 2) == "run",
              tokens[p - 2].line == tokens[p].line, tokens[p].isCapitalised, !isGiven(p), !isHonorific(p),
              !isRoleNoun(p), !isCommon(p), !isCalendarWord(p), !isPlaceRun(p, q) else { return false }
        // `managed by SPOs`, `run by MPs`: a plural acronym names people
        if tokens[p].text.count >= 3, tokens[p].text.hasSuffix("s"), tokens[p].isAcronymLike { return false }
        return !(isCap(q) && tokens[q].line == tokens[p].line)
    }

    /// `owned by`, `operated by`, `formed by`, `acquired by`, `carried out by` just before `p`; or what a body
    /// was merged into (`absorbed entirely into Marlin`, `merged with Kestrel`).
    func agentBefore(_ p: Int) -> Bool {
        if p >= 2, isWord(p - 1), ["into", "with"].contains(lower(p - 1)) {
            var k = p - 2
            if isWord(k), ["entirely", "fully", "wholly", "later"].contains(lower(k)) { k -= 1 }
            if k >= 0, isWord(k), ["merged", "absorbed", "folded"].contains(lower(k)),
               !(k >= 1 && isWord(k - 1) && ["is", "are", "be"].contains(lower(k - 1))) { return true }
        }
        guard p >= 2, isWord(p - 1), lower(p - 1) == "by", isWord(p - 2) else { return false }
        // `carried out by Kelby Build`
        if lower(p - 2) == "out", p >= 3, isWord(p - 3), lower(p - 3) == "carried" { return true }
        // `taken over by Marlin`
        if lower(p - 2) == "over", p >= 3, isWord(p - 3), lower(p - 3) == "taken" { return true }
        // `run under contract by Marlin`, `delivered under contract by Marlin`
        if lower(p - 2) == "contract", p >= 3, isWord(p - 3), lower(p - 3) == "under" { return true }
        return OrganizationLexicon.agentVerbs.contains(lower(p - 2))
    }

    /// `the insulation manufacturers Kestrel`, `outsourcing firms Capita and Serco`, `its subcontractor Harley
    /// Facades`: a plural kind of organization, or a singular one after `its` / `the` / `a`, right before `p`.
    func kindBefore(_ p: Int) -> Bool {
        guard p >= 1, isWord(p - 1), !tokens[p - 1].isCapitalised, tokens[p - 1].line == tokens[p].line else { return false }
        let l = lower(p - 1)
        if OrganizationLexicon.kindsBeforeName.contains(l) {
            // `the insulation manufacturers X`, `firms X`: a determiner within three words before, or none at all
            return true
        }
        // `the German asset manager DWS`, `fund managers Marlin`
        if l == "manager" || l == "managers", p >= 2, isWord(p - 2),
           ["asset", "fund", "investment", "property", "hedge", "wealth"].contains(lower(p - 2)) { return true }
        if OrganizationLexicon.kindBeforeName.contains(l), p >= 2, isWord(p - 2) {
            var j = p - 2
            var steps = 0
            while j >= 0, steps < 3, isWord(j) {
                if ["its", "the", "a", "an", "their"].contains(lower(j)) { return true }
                j -= 1
                steps += 1
            }
        }
        return false
    }

    /// `Ofwat published its final determinations`, `Kestrel has lost its licence`: the name is the subject of a
    /// verb (one or two words) followed by `its`.
    func actsWithIts(after q: Int) -> Bool {
        var k = q
        var steps = 0
        while isWord(k), steps < 3, !tokens[k].isCapitalised {
            let l = lower(k)
            if l == "its" { return steps >= 1 }
            if ["his", "her", "their", "and", "or", "but", "who", "which", "that"].contains(l) { return false }
            steps += 1
            k += 1
        }
        return false
    }

    /// `East Thames merged into ...`, `Marlin was acquired by ...`.
    func mergeAfter(_ q0: Int) -> Bool {
        // `Kestrel was later absorbed into ...`: a form of `be` and adverbs may stand before the verb
        var q = q0
        var steps = 0
        while isWord(q), steps < 3, ["was", "were", "later", "eventually", "then", "finally", "itself"].contains(lower(q)),
              isWord(q + 1) {
            q += 1
            steps += 1
        }
        guard isWord(q) else { return false }
        let l = lower(q)
        if steps > 0, OrganizationLexicon.mergeWords.contains(l), isWord(q + 1),
           ["entirely", "fully", "wholly"].contains(lower(q + 1)), isWord(q + 2), lower(q + 2) == "into" { return true }
        if OrganizationLexicon.mergeWords.contains(l), isWord(q + 1), ["into", "with"].contains(lower(q + 1)) { return true }
        if l == "was" || l == "were", isWord(q + 1), ["acquired", "bought", "taken"].contains(lower(q + 1)) { return true }
        return false
    }

    /// `education secretary, Justine Greening,`: a role noun, a comma, then the name (which a comma or a
    /// bracket closes): the role of the person named. Returns the role phrase.
    func roleBeforeComma(_ p: Int, _ q: Int) -> String? {
        guard p >= 2, tokens[p - 1].kind == .punct, tokens[p - 1].text == ",", isWord(p - 2),
              NameLexicon.roleNouns.contains(lower(p - 2)), !tokens[p - 2].isCapitalised || !tokens[p - 2].sentenceStart else {
            return nil
        }
        guard q < tokens.count, tokens[q].kind == .punct, [",", ")", "."].contains(tokens[q].text) else { return nil }
        return roleBefore(p - 1)
    }
}

extension PassageScanner {
    /// An unknown acronym in a context that only an organization fits: after a role (`chief executive of
    /// the HCA`), in a publication context (`told the FT`), or after a kind of body (`the regulator HCA`).
    /// A bare `the X has` is not enough: role and document acronyms (`the PSO`, `the OASys`) take it too.
    func acronymOrganizationCue(_ p: Int) -> MentionCue? {
        if roleOfBefore(p) { return .roleOf }
        // `UKharbour`, `KWcare`: an acronym joined to an ordinary word is a brand's shape (only up to seven bytes
        // here: callers pass ``TextToken/isAcronymLike`` tokens)
        if tokens[p].isAcronymLedBrand { return .orgNameShape }
        // `an audit by KWC`, `a report by the HCA`: the author of a piece of work, which no person is called
        if authorOfWorkBefore(p) { return .orgAgent }
        if publicationBefore(p) { return .publication }
        if organizationNounBefore(p) { return .orgNounBefore }
        if organizationAppositive(after: p + 1) { return .orgAppositive }
        if personOfThe(p) { return .personOf }
        // `BBC Panorama revealed`: the outlet of a programme
        if isCap(p + 1), tokens[p + 1].line == tokens[p].line, !tokens[p + 1].isAcronymLike, !isCommon(p + 1),
           !isRoleNoun(p + 1), !isGiven(p + 1), isWord(p + 2), OrganizationLexicon.broadcastWords.contains(lower(p + 2)) {
            return .publication
        }
        // `NHS staff`, `the HCA's offices`: what only an organization has, right after the acronym
        if isWord(p + 1), !tokens[p + 1].isCapitalised, OrganizationLexicon.orgPremodified.contains(lower(p + 1)),
           tokens[p].letterCount >= 3 {
            return .orgNoun
        }
        if acronymInstitutionalUse(p) { return .orgNoun }
        return nil
    }

    /// An acronym of three to six letters used the way only a body is: before a noun of membership, money or
    /// workload (`the RMT union`, `the HMCTS backlog`, `GMB members voted`), or as what someone joins (`she
    /// joined the RCN`, `rejoining UNITE`; `a member of UNITE` is ``roleOfBefore(_:)``'s). Measures (`the FTE budget`), roman numerals and
    /// two-letter shorthand are left to the other rules.
    func acronymInstitutionalUse(_ p: Int) -> Bool {
        let t = tokens[p]
        guard t.isAcronymLike, t.letterCount >= 3, t.letterCount <= 6, !t.hasDigit,
              !AcronymLexicon.measures.contains(t.lower), !isRomanNumeral(t.text) else { return false }
        if isWord(p + 1), !tokens[p + 1].isCapitalised, tokens[p + 1].line == t.line,
           AcronymLexicon.institutionalNouns.contains(lower(p + 1)) { return true }
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 0, isWord(k), tokens[k].line == t.line else { return false }
        return AcronymLexicon.joiningVerbs.contains(lower(k))
    }

    /// `Sam Okafor of the RCN`, `a spokesman for the HCA`: a person's name (or a spokesperson) then `of`,
    /// `at` or `for the` right before the acronym at `p`.
    func personOfThe(_ p: Int) -> Bool {
        guard p >= 3, isWord(p - 1), lower(p - 1) == "the", isWord(p - 2),
              ["of", "at", "for", "from"].contains(lower(p - 2)) else { return false }
        if let last = mentions.last, last.type == .person, last.end == p - 2 { return true }
        return ["spokesman", "spokeswoman", "spokesperson"].contains(lower(p - 3))
    }
}

extension PassageScanner {
    /// A personal pronoun later in the sentence of a lone capitalised word, with no other capitalised word in
    /// between: `Marlow is a great talker, though I wish he listened` (`he`, `she`: `subject` when the word opens
    /// its sentence), `they humiliated Marlow by sacking him`. Evidence that the word names a person.
    func personalPronounAfter(_ a: Int, _ q: Int) -> (pronoun: String, subject: Bool)? {
        var k = q
        var steps = 0
        while k < tokens.count, steps < 14 {
            let t = tokens[k]
            if t.kind == .newline { return nil }
            if t.kind == .punct, [".", "!", "?", ";", ":"].contains(t.text) { return nil }
            if t.kind == .word {
                if t.sentenceStart && k != q { return nil }
                if t.isCapitalised && t.lower != "i" { return nil }
                if ["he", "she", "him", "himself", "herself"].contains(t.lower) {
                    let subject = (t.lower == "he" || t.lower == "she") && tokens[a].sentenceStart
                    return (t.lower, subject)
                }
                if ["it", "its", "they", "them", "their", "who", "which"].contains(t.lower) { return nil }
            }
            steps += 1
            k += 1
        }
        return nil
    }
}

extension PassageScanner {
    /// `HM Treasury`, `HM Revenue and Customs`, `HM Courts & Tribunals Service`: `HM` (Her or His Majesty's)
    /// before capitalised words that are not a title (`HM Chief Inspector`) nor a prison (`HM Prison Leeds`, read
    /// by ``prisonEnd(from:within:)``). Returns the end of the name.
    func majestysBody(_ p: Int, runEnd b: Int) -> Int? {
        guard lower(p) == "hm", tokens[p].isAllCaps, p + 1 < b, isCap(p + 1), !isRoleNoun(p + 1),
              lower(p + 1) != "prison", !NameLexicon.roleModifiers.contains(lower(p + 1)) || isOrgSuffix(p + 1) else {
            return nil
        }
        var e = p + 1
        while e < b {
            // (`HM Ch. Inspector`: an abbreviation is no name)
            if isCap(e), !isRoleNoun(e) || isOrgSuffix(e), !isHonorific(e), !isGiven(e), tokens[e].letterCount >= 3,
               !(e + 1 < tokens.count && tokens[e + 1].kind == .punct && tokens[e + 1].text == "." && tokens[e].letterCount <= 3) {
                e += 1
                continue
            }
            if isWord(e), lower(e) == "and" || lower(e) == "of", isCap(e + 1), e + 1 < b { e += 1; continue }
            if tokens[e].kind == .punct, tokens[e].text == "&", isCap(e + 1) { e += 1; continue }
            break
        }
        while e > p + 1, !isCap(e - 1) { e -= 1 }
        return e > p + 1 ? e : nil
    }

    /// `Her Majesty's Courts Service`, `His Majesty's Passport Office`, `Her Majesty's Prison and Probation
    /// Service`: `Her` or `His`, `Majesty`, a possessive, then capitalised words (joined by `and`, `of`, `&`)
    /// that are not a title: a Crown body, named in full as `HM` abbreviates it. `Her Majesty's Prison Leeds`
    /// (one prison, `Prison` and a place) and `Her Majesty's Chief Inspector` (a title) are left to the other
    /// rules. Returns the end of the name (past the capitalised run, which the possessive ends).
    func majestysPossessiveBody(_ p: Int) -> Int? {
        guard ["her", "his"].contains(lower(p)), tokens[p].isCapitalised, isWord(p + 1), lower(p + 1) == "majesty",
              tokens[p + 1].isCapitalised, p + 3 < tokens.count, tokens[p + 2].kind == .possessive, isCap(p + 3),
              tokens[p + 3].line == tokens[p].line, !isRoleNoun(p + 3) || isOrgSuffix(p + 3) else { return nil }
        if lower(p + 3) == "prison", !(isWord(p + 4) && lower(p + 4) == "and") { return nil }
        var e = p + 3
        while e < tokens.count, tokens[e].line == tokens[p].line {
            if isCap(e), !isRoleNoun(e) || isOrgSuffix(e), !isHonorific(e), !isGiven(e), tokens[e].letterCount >= 2 {
                e += 1
                continue
            }
            if isWord(e), lower(e) == "and" || lower(e) == "of", isCap(e + 1) { e += 1; continue }
            if tokens[e].kind == .punct, tokens[e].text == "&", isCap(e + 1) { e += 1; continue }
            break
        }
        return e > p + 3 ? e : nil
    }

    /// `director of nursing at HCA Harbourside`: an unknown acronym that opens a capitalised name which an
    /// organization cue types as a whole. Returns the end of the name.
    func acronymLedNameInContext(_ p: Int, runEnd b: Int) -> Int? {
        var q = p + 1
        while q < b, q - p <= 3, isCap(q), !isRoleNoun(q), !isHonorific(q), !tokens[q].isAcronymLike, !isGiven(q),
              !isCalendarWord(q), kbMatch(q) == nil {
            q += 1
        }
        guard q > p + 1, q == b else { return nil }
        // `the SCO Job Description.`: `the` and a full stop are too little for a name led by an acronym
        if institutionalCue(p, q) != nil { return q }
        guard let cue = organizationCue(p, q, ordinary: false), cue != .definiteName else { return nil }
        return q
    }

    /// `said to Civil Service Weekly in his interview`, `Marsh News in an article`: the name is followed by `in`,
    /// an optional determiner and a noun for a piece of journalism.
    func interviewAfter(_ q: Int) -> Bool {
        guard isWord(q), lower(q) == "in" else { return false }
        var k = q + 1
        if isWord(k), ["his", "her", "an", "a", "its", "their", "the", "this", "that"].contains(lower(k)) { k += 1 }
        guard isWord(k) else { return false }
        return OrganizationLexicon.publicationNouns.contains(lower(k))
    }
}

extension PassageScanner {
    /// `Network Rail`, `Northern Rail`, `Great Western Railway`, `Scottish Water`: before a sector word, only
    /// compass, size and nationality words or an organization word: a company's name, not a phrase.
    func sectorQualifiersOnly(_ p: Int, _ k: Int) -> Bool {
        guard k > p else { return false }
        return (p..<k).allSatisfy { j in
            let l = lower(j)
            return isCap(j) && (OrganizationLexicon.compassWords.contains(l) || OrganizationLexicon.demonyms.contains(l)
                || l == "great" || NameLexicon.orgSuffixes.contains(l))
        }
    }

    func isKnowledgeOrganization(_ m: RawMention) -> Bool {
        if case .knowledge = m.shape { return m.type == .organization }
        return false
    }

    /// Two mentions joined by `and` / `,` / `, and`, each optionally after `the` (`the NUW and the ATW`).
    func coordinatedWithArticle(_ o: RawMention, _ m: RawMention, otherFirst: Bool) -> Bool {
        let (x, y) = otherFirst ? (o.end, m.start) : (m.end, o.start)
        guard y > x, y - x <= 4 else { return false }
        var between = (x..<y).map { tokens[$0].lower }
        if tokens[x].kind == .punct, tokens[x].text == ")" { between.removeFirst() }
        if between.last == "the" { between.removeLast() }
        return between == ["and"] || between == [","] || between == [",", "and"] || between == ["&"]
    }
}

extension PassageScanner {
    /// `Lord Harwood of Peckham`: the place of a peer's territorial designation (a place the knowledge base
    /// knows is still part of the name).
    func territorialPlace(_ k: Int) -> Bool {
        guard isCap(k), let m = kbMatch(k), m.end == k + 1 else { return false }
        return kb.records[m.record].type == .place
    }
}

extension PassageScanner {
    /// `an audit by KWC`, `a review by the HCA`: a noun for a piece of work and `by` (and `the`) right before `p`.
    func authorOfWorkBefore(_ p: Int) -> Bool {
        var k = p - 1
        if k >= 0, isWord(k), lower(k) == "the" { k -= 1 }
        guard k >= 1, isWord(k), lower(k) == "by", isWord(k - 1) else { return false }
        return OrganizationLexicon.piecesOfWork.contains(lower(k - 1))
    }
}
