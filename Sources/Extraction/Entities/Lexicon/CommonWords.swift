/// Ordinary English words that, capitalised at a sentence start, in a heading or in a generic phrase
/// (`Trade Union`, `Youth Offending Team`), are not names. Surnames that are also words (Brown, Green,
/// Hunt, Straw, Chalk, Butler...) are deliberately left out.
enum CommonWords {
    static let all: Set<String> = {
        var s = Set<String>()
        for chunk in [functionWords, adverbs, verbs, nouns, adjectives, interjections, domainNouns] {
            for w in chunk.split(whereSeparator: { $0 == " " || $0 == "\n" }) { s.insert(String(w)) }
        }
        return s
    }()

    /// Function words, adverbs, adjectives and interjections: words that open a sentence before a name (`However
    /// Kestrel said`, `Yesterday Kestrel said`, `Troubled Kestrel said`) rather than begin one, unlike a noun or a
    /// verb (`Working Links`, `Citizens Advice`).
    static let neverOpenAName: Set<String> = {
        var s = Set<String>()
        for chunk in [functionWords, adverbs, adjectives, interjections] {
            for w in chunk.split(whereSeparator: { $0 == " " || $0 == "\n" }) { s.insert(String(w)) }
        }
        return s
    }()

    /// The adjectives of ``adjectives`` (`First`, `Social`, `National`), which may open a body's name.
    static let adjectiveWords: Set<String> = Set(adjectives.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// The words of ``functionWords`` (`One`, `All`).
    static let functionWordSet: Set<String> = Set(functionWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Pronouns, determiners, prepositions, conjunctions and auxiliaries.
    static let functionWords = """
    a an the this that these those there here it its it's i i'm i've i'd i'll me my mine myself we us our ours
    ourselves you your yours yourself yourselves he him his himself she her hers herself they them their theirs
    themselves one ones who whom whose which what whatever whoever whichever when whenever where wherever why how
    if whether whereas unless until till while whilst though although because since as so than then thus hence therefore and or
    nor but yet also too either neither both each every all any some no none not nothing something anything
    everything someone anyone everyone nobody somebody anybody everybody of to in on at by for with without
    within into onto upon from up down out over under about above below across after afterwards before behind
    beside besides between beyond during except inside outside near off past per plus round through throughout
    toward towards via versus vs amid amidst among amongst against along alongside around despite like unlike
    is am are was were be been being have has had having do does did doing done can could may might must shall
    should will would ought dare need let lets don't doesn't didn't isn't aren't wasn't weren't won't wouldn't
    can't cannot couldn't shouldn't mustn't haven't hasn't hadn't we're we've we'd we'll you're you've you'd
    you'll he's she's they're they've they'd they'll that's there's here's what's who's where's how's let's
    ain't y'all such own same other another else more most less least many much few several enough lot lots
    half whole only just even still already ever never always often sometimes usually rather quite very
    really truly indeed perhaps maybe possibly probably certainly surely definitely clearly obviously
    """

    static let adverbs = """
    however moreover furthermore nevertheless nonetheless meanwhile otherwise instead likewise similarly
    consequently accordingly anyway anyhow besides overall finally firstly secondly thirdly lastly initially
    originally eventually ultimately basically essentially frankly honestly seriously sadly unfortunately
    fortunately hopefully interestingly importantly apparently allegedly reportedly actually literally
    simply merely hardly barely nearly almost again once twice now today tomorrow yesterday tonight soon later
    earlier recently currently presently formerly previously lately nowadays ago yet already anymore ahead
    away back forward together apart alone else elsewhere everywhere somewhere anywhere nowhere thereafter
    hereby herein therein whereby meanwhile regardless irrespective namely especially particularly notably
    specifically generally typically normally mostly mainly largely partly fully entirely completely totally
    absolutely utterly highly deeply greatly strongly widely well better best worse worst badly quickly
    slowly easily hard fast far further farther long longer short shortly sure right wrong directly
    immediately instantly suddenly gradually finally officially publicly privately locally nationally
    """

    static let verbs = """
    add added adding agree agreed allow allowed announce announced answer answered appear appeared apply
    applied argue argued arrive arrived ask asked assume assumed avoid avoided become became begin began
    begun believe believed bring brought build built buy bought call called came care carry carried cause
    caused change changed check checked choose chose claim claimed close closed come comes coming consider
    considered continue continued cost cut cuts deal decide decided deliver delivered describe described
    develop developed die died discuss discussed drive drop dropped eat end ended enjoy expect expected
    explain explained face faced fail failed fall fell feel feels felt fight find finds found finish
    finished follow followed forget forgot gave get gets getting give given giving go goes going gone got
    grow guess happen happened hear heard help helped hold hope hoped imagine improve improved include
    included increase increased keep kept kill killed know knew known lead learn learned learnt leave
    leaves leaving left lie lied listen live lived look looked looking lose lost love loved make makes
    making made manage managed mean means meant meet met mind miss missed move moved note noted notice
    noticed offer offered open opened pay paid pick picked plan planned play played point pointed prefer
    prepare present prevent prevented produce proved provide provided publish published pull push put
    raise raised reach reached read reading realise realised realize receive received recognise recommend
    reduce reduced remain remained remember remove removed replace replaced report reported require
    required respond rest return returned reveal revealed run running said save saved say says saying saw
    see seeing seem seemed seen sell send sent serve set share shared show showed shown sit speak spend
    spent stand start started stay stayed stop stopped suggest suggested support supported suppose take
    taken takes taking talk talked tell telling tells tend think thinking thought throw told took tried
    try trying turn turned understand understood use used using wait waited walk want wanted watch
    watched win wish wonder wondered work worked working worry write written wrote choose hang wake
    welcome thank thanks sorry fix fixed sign signed join joined hate hated kick stick stuck
    """

    static let nouns = """
    time times year years day days week weeks month months hour hours minute minutes moment life lives
    people person man men woman women child children family friend friends world country countries state
    states place places area areas region regions city town village home house houses room office offices
    school schools job jobs work business company companies service services system systems group groups
    problem problems question questions issue issues point points fact facts case cases part parts number
    numbers way ways thing things word words story stories idea ideas reason reasons example examples end
    side kind sort type level levels order rate rates cost costs money price pay fund funds budget
    government governments party parties policy policies power law laws right rights member members
    report reports news paper papers letter letters email emails blog blogs post posts comment comments
    article articles book books page pages site sites link links website internet online data information
    detail details result results change changes process processes plan plans project projects programme
    programmes scheme schemes model models approach review reviews research evidence study studies survey
    figure figures statistics chart table list lists rule rules standard standards target targets contract
    contracts deal deals market markets sector sectors industry staff team teams manager managers management
    leader leaders leadership head heads board boards committee committees council councils department
    union unions member members public private national local central regional community communities
    society health care education training learning skills experience practice quality risk risks harm
    safety security support help advice assistance contact meeting meetings session sessions event events
    conference interview interviews call calls visit visits court courts prison prisons probation justice
    crime crimes offender offenders offence offences victim victims police officer officers sentence
    sentences licence licences order orders requirement requirements programme release recall breach
    breaches caseload caseloads workload workloads assessment assessments report reports unit units
    delivery division divisions directorate agency agencies inspection inspections inspector inspectors
    inspectorate minister ministers secretary secretaries chief chair chairs director directors governor
    future past present history today news war peace truth love hope fear anger shame pride trust faith
    god lord heaven hell luck fun joke jokes game games sport music film films song songs art culture
    water food drink drinks windows window door doors car cars bus train road roads street streets building buildings hospital
    hospitals church churches bank banks shop shops market night morning evening afternoon weekend
    spring summer autumn winter season seasons beginning middle start finish step steps stage stages
    phase phases round rounds term terms period periods decade decades century age ages generation
    mess shambles farce disaster crisis chaos omnishambles joke nonsense rubbish bollocks shit crap hell
    matter matters sense view views opinion opinions thought thoughts feeling feelings mind heart body
    head hand hands eye eyes face voice name names title titles role roles position post posts grade grades
    band bands pay salary salaries pension pensions tax taxes benefit benefits cash profit profits loss
    losses share shares price prices value values cut cuts saving savings investment
    access action actions activity activities aim aims answer answers attention basis behaviour
    bill bills cause choice choices concern concerns condition conditions context control culture
    decision decisions demand development difference direction effect effects effort efforts element
    environment error errors failure failures focus form forms framework function goal goals growth
    impact improvement improvements interest interests involvement knowledge lack measure measures
    message messages method methods need needs network nature opportunity opportunities option options
    outcome outcomes performance picture pressure pressures priority priorities progress purpose range
    reality record records relationship relationships requirement resource resources response responses
    responsibility role scale sense shape situation size solution solutions source sources space
    structure structures success task tasks technology terms theory tool tools trend trends truth
    use version vision volume way welfare whole
    """

    static let adjectives = """
    new old good bad great big small large little long short high low young early late right wrong true
    false real best better worse worst last first next previous final main major minor key important
    possible impossible likely unlikely clear full empty free open closed special general common
    public private national local international global social political economic financial legal
    criminal civil serious simple difficult hard easy strong weak different similar same certain sure
    available current recent modern traditional total whole entire single double various several
    particular specific personal professional official independent responsible senior junior
    poor rich happy sad angry tired sick ill dead alive safe dangerous low-risk high-risk medium
    positive negative good-bad quick slow huge massive tiny brilliant excellent terrible awful horrible
    ridiculous stupid crazy mad insane shocking appalling disgraceful utter sheer pure mere absolute
    successful unsuccessful effective ineffective efficient inefficient fair unfair honest dishonest
    frontline front-line operational strategic corporate commercial statutory voluntary mandatory
    accredited approved qualified unqualified experienced inexperienced trained untrained unpaid paid
    daily weekly monthly annual yearly quarterly latest newest oldest former outgoing incoming interim
    acting permanent temporary full-time part-time key critical crucial vital essential fundamental
    basic primary secondary extra additional further other own only fine nice lovely dear poor proper
    proud humble wise foolish fit unfit ready willing able unable aware unaware afraid glad
    british english welsh scottish irish european american french german russian chinese indian
    """

    static let interjections = """
    yes no oh ah eh er um hmm ok okay yeah yep nope hi hello hey dear thanks thank please sorry wow well
    alas amen bravo cheers congratulations goodbye bye lol omg wtf ps nb re fyi etc ie eg aka vs
    """

    /// Generic nouns of public services that appear capitalised in comments and headings.
    static let domainNouns = """
    critics opponents observers commentators insiders analysts
    probation prisons prisoner prisoners offender offenders offending rehabilitation reoffending
    re-offending resettlement supervision enforcement intervention interventions accommodation employment
    unification reunification renationalisation privatisation nationalisation outsourcing transformation
    transforming reform reforms modernisation restructure restructuring reorganisation split merger
    tendering procurement commissioning contract contracts bid bids bidder bidders provider providers
    owner owners shareholder shareholders employer employers employee employees colleague colleagues
    practitioner practitioners officer po pos pso psos spo spos aco acos cpo ceo om oms nqo nqos
    trainee trainees learner learners case cases client clients service-user user users family
    court courts magistrates crown sentencing remand custody custodial community order orders licence
    recall breach breaches curfew tag tagging electronic monitoring hostel hostels premises approved
    unpaid work programme programmes accredited group groupwork one-to-one risk harm rosh mappa
    safeguarding domestic abuse violence sexual drugs drug alcohol mental health housing homelessness
    benefits universal credit pay grade band bands grades salary overtime strike strikes ballot dispute
    consultation inquiry investigation inspection audit report reports review reviews findings
    recommendations recommendation rating ratings inadequate outstanding requires improvement
    government ministry department agency authority council committee board trust trusts company
    companies union unions party parties parliament cabinet treasury whitehall westminster minister
    ministers secretary mp mps lords commons chamber house select
    staff staffing vacancy vacancies recruitment retention attrition sickness absence leave morale
    workload workloads caseload caseloads stress burnout bullying vetting training qualification
    manager managers management leadership leaders senior middle frontline admin administration
    chair chairman chairs director directors head heads chief chiefs executive executives officer officers
    inspector inspectors inspectorate governor governors commissioner commissioners
    team teams unit units office offices region regions area areas division divisions directorate
    directorates portfolio pdus pdu hub hubs estate estates building buildings site sites desk desks
    laptop laptops computer computers software system systems database app apps portal phone phones
    email emails internet website websites blog blogs blogger bloggers comment comments commenter
    reader readers post posts article articles paper papers letter letters press media newspaper
    newspapers journalist journalists
    week month year years today yesterday tomorrow morning afternoon evening night weekend
    north south east west northern southern eastern western north-east north-west south-east south-west
    central midlands greater upper lower inner outer
    covid coronavirus pandemic lockdown lockdowns brexit election elections vote votes referendum
    budget spending austerity cuts cut funding money cost costs profit profits deficit debt
    q a q&a faq note notes update updates summary conclusion introduction background appendix annex
    chapter section part figure table box page contents index glossary
    chair's
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
    million millions billion billions dozen dozens fourth fifth sixth seventh eighth ninth tenth
    """
}
