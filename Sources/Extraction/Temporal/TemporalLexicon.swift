/// The words the temporal tagger knows, as small integer codes, and a static hash table from a word's
/// lower-cased bytes to its code, built once.
///
/// Lookup packs the first eight lower-cased ASCII letters of a word into a `UInt64`; longer lexemes are
/// checked against their full spelling on a hit, so a lookup costs one multiply and a probe or two.
enum Lex: UInt16 {
    case none = 0
    // 1...12: months (their raw value is the month number)
    case january = 1, february, march, april, may, june, july, august, september, october, november, december
    // 21...27: weekdays (raw value - 20 is the ISO weekday)
    case monday = 21, tuesday, wednesday, thursday, friday, saturday, sunday
    // deictic days and parts of days
    case today = 30, tonight, yesterday, tomorrow, morning, afternoon, evening, night, midnight
    // shifters
    case this = 40, last, next, past, previous, following, coming, that, same, ago, now, time
    // units
    case day = 60, days, week, weeks, fortnight, fortnights, month, months, year, years, decade, decades, weekend
    case quarter = 80, half
    // seasons
    case spring = 85, summer, autumn, fall, winter
    // parts of periods
    case early = 95, earlier, late, later, mid, middle, beginning, start, end, close, turn
    // function words
    case the = 110, of, inPrep, on, at, by, since, until, till, from, to, and, or, through, before, after,
         during, circa, c, between, around, throughout, within, over, under, a, an, every, each, per, any, s, t, ll
    // quantities and ordinals
    case one = 150, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen,
         fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty, forty, fifty, sixty, seventy, eighty,
         ninety, hundred
    case first = 180, second, third, fourth, final
    case few = 190, couple, several, some, many
    // quantifiers that make a following number a count
    case almost = 200, nearly, approximately, roughly, than, another, extra, additional, more, fewer, less, up,
         just, only, total, about
    // words before a number that make it a label, not a year
    case no = 220, number, question, page, p, pp, para, paragraph, section, room, ref, flight, line, tel, ext,
         ward, item, file, figure, table, chapter, rule, clause, article, annex, appendix, bus, route, version
    // words after a number that make it an amount
    case bn = 260, m, k, million, billion, thousand, pounds, quid, hours, hrs, mins, minutes, miles, percent, cent,
         pm, am, pence
    // future cues
    case will = 280, shall, due, expected, expect, expects, plans, planned, planning, scheduled, intends,
         intend, aims, upcoming, forthcoming, going, won, wont, set
    // past cues (a superset of ``VerbLexicon/irregularPast`` but `set` and `put`; VerbLexiconTests keeps them in step)
    case was = 300, were, had, did, said, went, took, came, made, gave, told, met, began, wrote, saw,
         found, left, got, held, spoke, already, previously, promised
    // letters of Q4 and H1
    case q = 330, h
    // nouns a year can qualify; holidays
    case act = 340, christmas, xmas, boxing, eve, new, easter
    // verbs that make a capitalised `May` before them a person
    case isVerb = 370, has, says, became, would, could, should, must, can, does, wants, resigned, insisted, announced
    // nouns that make a number before them a head count
    case people = 350, staff, men, women, children, personnel, members, officers
    // irregular past forms beyond the common ones above (past cues too)
    case lost = 400, fell, rose, sold, bought, paid, ran, stood, brought, thought, built, sent, spent,
         chose, grew, knew, led, struck, sought, taught, fought, broke, heard, kept, quit, withdrew
    // present-tense verbs of a scheduled or standing fact (`the levy starts on Thursday`, `the vote is in May`)
    case are = 440, ends, starts, begins, opens, closes, moves, goes, comes, returns, expires, lands, takes,
         runs, arrives, happens, finishes, stays, switches, kicks, lapses, resumes, reopens, wins, follows, falls, rises
    // words that open another clause: cues after them belong to it (`announced on Monday that it will …`)
    case but = 480, which, who, whom, whose, whilst, whereas, although, though, because
    case be = 495, supposed

    @inline(__always) static func == (a: Lex, b: Lex) -> Bool { a.rawValue == b.rawValue }
    @inline(__always) static func != (a: Lex, b: Lex) -> Bool { a.rawValue != b.rawValue }

    /// Which codes can start an expression (indexed by raw value); every other word is skipped at once.
    static let starters: [Bool] = {
        var t = [Bool](repeating: false, count: 512)
        for r in 1...12 { t[r] = true }          // months
        for r in 21...27 { t[r] = true }         // weekdays
        for r in 85...89 { t[r] = true }         // seasons
        for l: Lex in [.today, .tonight, .yesterday, .tomorrow, .midnight, .this, .last, .next, .that, .the, .early, .late,
                       .mid, .earlier, .later, .end, .beginning, .start, .middle, .q, .h, .a, .an,
                       .christmas, .xmas, .boxing, .new, .easter] {
            t[Int(l.rawValue)] = true
        }
        for r in Int(Lex.one.rawValue)...Int(Lex.hundred.rawValue) { t[r] = true }  // number words
        return t
    }()

    var isMonth: Bool { rawValue >= 1 && rawValue <= 12 }
    var isWeekday: Bool { rawValue >= 21 && rawValue <= 27 }
    var isSeason: Bool { rawValue >= 85 && rawValue <= 89 }
    /// A verb right after a name: `May said`, `May has`, `May will`.
    var isVerbAfterName: Bool {
        (rawValue >= Lex.isVerb.rawValue && rawValue <= Lex.announced.rawValue) || isPastCue
            || self == .will || self == .shall || self == .won
    }
    var isPastCue: Bool {
        (rawValue >= Lex.was.rawValue && rawValue <= Lex.promised.rawValue)
            || (rawValue >= Lex.lost.rawValue && rawValue <= Lex.withdrew.rawValue)
    }
    /// `is`, `are`, `starts`, `ends`: a present-tense verb of a standing or scheduled fact.
    var isPresentCue: Bool { self == .isVerb || (rawValue >= Lex.are.rawValue && rawValue <= Lex.rises.rawValue) }
    /// `but`, `which`, `who`, `although`: a word that opens another clause.
    var opensClause: Bool { rawValue >= Lex.but.rawValue && rawValue <= Lex.because.rawValue }
    var isFutureCue: Bool { rawValue >= Lex.will.rawValue && rawValue <= Lex.set.rawValue }
    var isQuantifier: Bool { rawValue >= Lex.almost.rawValue && rawValue <= Lex.about.rawValue }
    var isLabelWord: Bool { rawValue >= Lex.no.rawValue && rawValue <= Lex.version.rawValue }
    var isAmountWord: Bool { rawValue >= Lex.bn.rawValue && rawValue <= Lex.pence.rawValue }
    var isCountNoun: Bool { rawValue >= Lex.people.rawValue && rawValue <= Lex.officers.rawValue }

    /// 1 for `one`, 20 for `twenty`, 100 for `hundred`; `nil` for other words.
    var numberWordValue: Int? {
        guard rawValue >= Lex.one.rawValue && rawValue <= Lex.hundred.rawValue else { return nil }
        let i = Int(rawValue - Lex.one.rawValue)
        if i < 19 { return i + 1 }
        if i < 27 { return (i - 19 + 2) * 10 }
        return 100
    }
}

/// The static word table.
struct TemporalLexicon: Sendable {
    /// Word codes by slot; the keys are the packed first eight lower-case letters.
    let keys: [UInt64]
    let lengths: [UInt8]
    let codes: [Lex]
    /// Full spellings of lexemes longer than eight letters, by slot (empty otherwise).
    let tails: [[UInt8]]
    /// Month abbreviations (`Jan`, `Sept`) are flagged so that they only count next to a number.
    let abbreviated: [Bool]
    static let mask = 2047

    static let shared = TemporalLexicon()

    @inline(__always)
    static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 53)
    }

    private init() {
        var keys = [UInt64](repeating: 0, count: 2048)
        var lengths = [UInt8](repeating: 0, count: 2048)
        var codes = [Lex](repeating: .none, count: 2048)
        var tails = [[UInt8]](repeating: [], count: 2048)
        var abbreviated = [Bool](repeating: false, count: 2048)
        func add(_ word: String, _ lex: Lex, abbreviation: Bool = false) {
            let bytes = Array(word.utf8)
            var key: UInt64 = 0
            for (i, b) in bytes.prefix(8).enumerated() { key |= UInt64(b) << (8 * UInt64(i)) }
            var s = TemporalLexicon.slot(key)
            while keys[s] != 0 {
                if keys[s] == key && Int(lengths[s]) == bytes.count { return }  // first spelling wins
                s = (s + 1) & TemporalLexicon.mask
            }
            keys[s] = key
            lengths[s] = UInt8(bytes.count)
            codes[s] = lex
            tails[s] = bytes.count > 8 ? bytes : []
            abbreviated[s] = abbreviation
        }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                      "october", "november", "december"]
        for (i, m) in months.enumerated() { add(m, Lex(rawValue: UInt16(i + 1))!) }
        for (w, m) in [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)] {
            add(w, Lex(rawValue: UInt16(m))!, abbreviation: true)
        }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { add(d, Lex(rawValue: UInt16(21 + i))!) }
        for (w, d) in [("mon", 21), ("tue", 22), ("tues", 22), ("wed", 23), ("weds", 23), ("thu", 24), ("thur", 24),
                       ("thurs", 24), ("fri", 25), ("sat", 26), ("sun", 27)] {
            add(w, Lex(rawValue: UInt16(d))!, abbreviation: true)
        }
        let plain: [(String, Lex)] = [
            ("today", .today), ("tonight", .tonight), ("yesterday", .yesterday), ("tomorrow", .tomorrow),
            ("morning", .morning), ("afternoon", .afternoon), ("evening", .evening), ("night", .night),
            ("midnight", .midnight),
            ("this", .this), ("last", .last), ("next", .next), ("past", .past), ("previous", .previous),
            ("following", .following), ("coming", .coming), ("that", .that), ("same", .same), ("ago", .ago),
            ("now", .now), ("time", .time),
            ("day", .day), ("days", .days), ("week", .week), ("weeks", .weeks), ("fortnight", .fortnight),
            ("fortnights", .fortnights), ("month", .month), ("months", .months), ("year", .year),
            ("years", .years), ("decade", .decade), ("decades", .decades), ("weekend", .weekend),
            ("quarter", .quarter), ("half", .half),
            ("spring", .spring), ("summer", .summer), ("autumn", .autumn), ("fall", .fall), ("winter", .winter),
            ("early", .early), ("earlier", .earlier), ("late", .late), ("later", .later), ("mid", .mid),
            ("middle", .middle), ("beginning", .beginning), ("start", .start), ("end", .end), ("close", .close),
            ("turn", .turn),
            ("the", .the), ("of", .of), ("in", .inPrep), ("on", .on), ("at", .at), ("by", .by),
            ("since", .since), ("until", .until), ("till", .till), ("til", .till), ("from", .from), ("to", .to),
            ("and", .and), ("or", .or), ("through", .through), ("before", .before), ("after", .after),
            ("during", .during), ("circa", .circa), ("c", .c), ("ca", .c), ("between", .between),
            ("around", .around), ("throughout", .throughout), ("within", .within), ("over", .over),
            ("under", .under), ("a", .a), ("an", .an), ("every", .every), ("each", .each), ("per", .per),
            ("any", .any), ("s", .s), ("t", .t), ("ll", .ll),
            ("one", .one), ("two", .two), ("three", .three), ("four", .four), ("five", .five), ("six", .six),
            ("seven", .seven), ("eight", .eight), ("nine", .nine), ("ten", .ten), ("eleven", .eleven),
            ("twelve", .twelve), ("thirteen", .thirteen), ("fourteen", .fourteen), ("fifteen", .fifteen),
            ("sixteen", .sixteen), ("seventeen", .seventeen), ("eighteen", .eighteen), ("nineteen", .nineteen),
            ("twenty", .twenty), ("thirty", .thirty), ("forty", .forty), ("fifty", .fifty), ("sixty", .sixty),
            ("seventy", .seventy), ("eighty", .eighty), ("ninety", .ninety), ("hundred", .hundred),
            ("first", .first), ("second", .second), ("third", .third), ("fourth", .fourth), ("final", .final),
            ("few", .few), ("couple", .couple), ("several", .several), ("some", .some), ("many", .many),
            ("almost", .almost), ("nearly", .nearly), ("approximately", .approximately), ("roughly", .roughly),
            ("approx", .approximately), ("than", .than), ("another", .another), ("extra", .extra),
            ("additional", .additional), ("more", .more), ("fewer", .fewer), ("less", .less), ("up", .up),
            ("just", .just), ("only", .only), ("total", .total), ("about", .about), ("over", .over),
            ("no", .no), ("number", .number), ("question", .question), ("page", .page), ("p", .p),
            ("pp", .pp), ("para", .para), ("paragraph", .paragraph), ("section", .section), ("room", .room),
            ("ref", .ref), ("flight", .flight), ("line", .line), ("tel", .tel), ("ext", .ext), ("ward", .ward),
            ("item", .item), ("file", .file), ("figure", .figure), ("fig", .figure), ("table", .table),
            ("chapter", .chapter), ("rule", .rule), ("clause", .clause), ("article", .article),
            ("annex", .annex), ("appendix", .appendix), ("bus", .bus), ("route", .route),
            ("version", .version), ("v", .version),
            ("bn", .bn), ("m", .m), ("k", .k), ("million", .million), ("billion", .billion),
            ("thousand", .thousand), ("pounds", .pounds), ("quid", .quid), ("hours", .hours), ("hrs", .hrs),
            ("mins", .mins), ("minutes", .minutes), ("miles", .miles), ("percent", .percent), ("cent", .cent),
            ("pm", .pm), ("am", .am), ("pence", .pence), ("mn", .m), ("km", .miles), ("kg", .pounds),
            ("will", .will), ("shall", .shall), ("due", .due), ("expected", .expected), ("expect", .expect),
            ("expects", .expects), ("plans", .plans), ("planned", .planned), ("planning", .planning),
            ("scheduled", .scheduled), ("intends", .intends), ("intend", .intend), ("aims", .aims),
            ("upcoming", .upcoming), ("forthcoming", .forthcoming), ("going", .going), ("won", .won),
            ("wont", .wont), ("set", .set),
            ("was", .was), ("were", .were), ("had", .had), ("did", .did), ("said", .said), ("went", .went),
            ("took", .took), ("came", .came), ("made", .made), ("gave", .gave), ("told", .told), ("met", .met),
            ("began", .began), ("wrote", .wrote), ("saw", .saw), ("found", .found), ("left", .left),
            ("got", .got), ("held", .held), ("spoke", .spoke), ("already", .already),
            ("previously", .previously), ("promised", .promised),
            ("q", .q), ("h", .h), ("act", .act), ("christmas", .christmas), ("xmas", .xmas), ("boxing", .boxing), ("eve", .eve), ("new", .new), ("easter", .easter),
            ("is", .isVerb), ("has", .has), ("says", .says), ("became", .became), ("would", .would),
            ("could", .could), ("should", .should), ("must", .must), ("can", .can), ("does", .does),
            ("wants", .wants), ("resigned", .resigned), ("insisted", .insisted), ("announced", .announced),
            ("lost", .lost), ("fell", .fell), ("rose", .rose), ("sold", .sold), ("bought", .bought),
            ("paid", .paid), ("ran", .ran), ("stood", .stood), ("brought", .brought), ("thought", .thought),
            ("built", .built), ("sent", .sent), ("spent", .spent), ("chose", .chose), ("grew", .grew),
            ("knew", .knew), ("led", .led), ("struck", .struck), ("sought", .sought), ("taught", .taught),
            ("fought", .fought), ("broke", .broke), ("heard", .heard), ("kept", .kept), ("quit", .quit),
            ("withdrew", .withdrew),
            ("are", .are), ("ends", .ends), ("starts", .starts), ("begins", .begins), ("opens", .opens),
            ("closes", .closes), ("moves", .moves), ("goes", .goes), ("comes", .comes), ("returns", .returns),
            ("expires", .expires), ("lands", .lands), ("takes", .takes), ("runs", .runs), ("arrives", .arrives),
            ("happens", .happens), ("finishes", .finishes), ("stays", .stays), ("switches", .switches),
            ("kicks", .kicks), ("lapses", .lapses), ("resumes", .resumes), ("reopens", .reopens),
            ("wins", .wins), ("follows", .follows), ("falls", .falls), ("rises", .rises),
            ("but", .but), ("which", .which), ("who", .who), ("whom", .whom), ("whose", .whose),
            ("while", .whilst), ("whilst", .whilst), ("whereas", .whereas), ("although", .although), ("though", .though),
            ("because", .because), ("be", .be), ("supposed", .supposed),
            ("people", .people), ("staff", .staff), ("men", .men), ("women", .women), ("children", .children),
            ("personnel", .personnel), ("members", .members), ("officers", .officers),
        ]
        for (w, l) in plain { add(w, l) }
        self.keys = keys
        self.lengths = lengths
        self.codes = codes
        self.tails = tails
        self.abbreviated = abbreviated
    }
}
