/// The sentence templates of generated pages, written for the generator.
///
/// Slots: `{P}` a person's full name, `{S}` the surname of the last person named in the paragraph, `{O}` an
/// organization, `{L}` a place, `{G}` a programme or policy, `{D}` a date phrase (with its preposition), `{N}` a
/// number, `{R}` a role, `{T}` a topic. A sentence's first letter is capitalised after filling.
enum Templates {
    static let body = compile([
        "{D} {P}, the {R}, told {O} that {T} would be reviewed once more.",
        "The latest figures from {O} show that {T} has got worse {D}, and nobody in {L} is surprised.",
        "{P} announced {D} that {G} would be extended to {L}.",
        "According to {O}, some {N} staff left the service {D}.",
        "It was {D} that {O} first admitted the problems with {G}.",
        "{S} has said more than once that {T} is a matter for local managers, which is convenient.",
        "Colleagues in {L} tell me that {T} is now the main topic at every team meeting.",
        "The report published by {O} {D} found that {N} cases had not been seen for months.",
        "{P} took over as {R} {D} and promised a fresh look at {G}.",
        "Nobody at {O} seems willing to say who signed off {G} in the first place.",
        "I wrote about {T} {D}, and very little has changed since.",
        "{O} and {O} are said to be in talks about who takes on the work in {L}.",
        "When {S} appeared before {O} {D}, the answers on {T} were vague at best.",
        "The contract for {L} was handed to {O} {D}, with a promise of savings that never appeared.",
        "Staff from {L} and {L} were moved into one office {D} to save on rent.",
        "{P} of {O} warned {D} that {T} could not be fixed without more money.",
        "There are now {N} vacancies across {L}, according to figures released {D}.",
        "{G} was meant to be the answer, but the evidence so far says otherwise.",
        "A spokesperson for {O} said the service was safe, which is what they always say.",
        "In {L} the waiting list for programmes has grown to {N} names.",
        "{S} insisted {D} that {G} was on track, despite what the inspectors had found.",
        "The union wrote to {P} {D} asking for an urgent meeting about {T}.",
        "Those of us who remember {G} will recognise the pattern.",
        "The inspection of {L} {D} rated the service as requiring improvement.",
        "Meanwhile {O} has quietly dropped its target for {T}.",
        "{P}, who was {R} until {D}, now sits on the board of {O}.",
        "It took {O} until {D} to accept that the model in {L} was not working.",
        "Morale in {L} has rarely been lower, and {T} is only part of the reason.",
        "The plan set out {D} relies on {O} finding {N} new officers.",
        "{P} has been asked to lead a review of {G}, due to report {D}.",
        "The figures for {L} were published {D}, and they make uncomfortable reading for {O}.",
        "I am told that {O} will announce changes to {T} {D}.",
        "Back {D}, {P} described {G} as a once in a generation reform.",
        "Few people outside {O} had heard of {G} before {D}.",
        "{P} and {P} are expected to give evidence to {O} on {T}.",
        "None of this was in the business case that {O} signed {D}.",
        "If {T} is the priority, why has {O} cut the training budget in {L}?",
        "The new system went live {D} and has crashed {N} times since.",
        "Probation officers in {L} are carrying caseloads of {N} or more.",
        "{O} confirmed {D} that the work in {L} would return to the public sector.",
    ])

    /// Sentences that name no one and no date: the commentary, asides and chatter between the facts. Real posts
    /// and comments are mostly this; mixing it in (see ``PageBuilder/plainShare``) brings the density of names and
    /// dates of a generated page nearer the blog's own.
    static let plain = compile([
        "Nobody who has done the job for more than a few years will be surprised by any of this.",
        "It is hard to see how anyone thought this would end well.",
        "The people doing the work were never asked, and it shows.",
        "I have said it before and I will no doubt say it again.",
        "There is a lot of talk about {T}, but very little in the way of a plan.",
        "Every reorganisation promises less paperwork and delivers more.",
        "Some of us are old enough to remember when supervision meant seeing people, not ticking boxes.",
        "The mood in most offices is a mixture of exhaustion and gallows humour.",
        "None of this is new, of course, but it does seem to be getting worse.",
        "Managers are under just as much pressure as everyone else, to be fair.",
        "It would be funny if it were not so serious for the people on our caseloads.",
        "A lot of good people have simply given up and left.",
        "The training is all online now, and most of it is done in the evenings.",
        "We keep being told that lessons have been learned.",
        "If there is a strategy, it has not reached the front line.",
        "Nobody seems to know who is actually in charge any more.",
        "The paperwork has doubled while the time for face to face work has halved.",
        "I do not blame the new starters, who are thrown in at the deep end.",
        "The answer to every problem seems to be another computer system.",
        "Anyone who raises {T} at a team meeting is told to be more resilient.",
        "There is no shortage of ideas, only of staff and money.",
        "It is the same story wherever you look, I am afraid.",
        "Sickness levels tell you everything you need to know about the state of the service.",
        "We are all for change, but not change for its own sake.",
        "The phones ring all day and the inbox never gets any shorter.",
        "I suspect most readers will recognise the picture.",
        "Quite how this counts as progress is beyond me.",
        "Still, there are good people hanging on in there, and they deserve better.",
        "Comments are welcome, as ever, and I read them all.",
        "Take care of yourselves out there.",
    ])

    static let comment = compile([
        "I left {O} {D} and have not regretted it for a moment.",
        "Spot on. {T} was never going to work with the numbers we have.",
        "Does anyone know whether {P} is still at {O}?",
        "We were told {D} that nothing would change. Everything changed.",
        "My office in {L} lost {N} experienced officers in a year.",
        "The problem is not {G}, it is the people who designed it.",
        "{S} should be made to do a week on a duty desk in {L}.",
        "Anyone else had the email from {O} about {T}? Unbelievable.",
        "I remember when {G} was launched {D}. Same promises, same result.",
        "Thank you for keeping this going. It is the only place anyone tells the truth about {T}.",
        "We had an inspection {D} and the report still is not out.",
        "Our manager says {O} has frozen recruitment until {D}.",
        "Twenty years in and I have never seen it this bad.",
        "{P} was a decent {R}, whatever people say now.",
        "Not a word about {T} in the statement from {O}.",
        "Seen it all before. Give it two years and there will be another reorganisation.",
        "The training for {G} lasted half a day and answered none of our questions.",
        "I was moved to {L} {D} with a week's notice.",
        "Who exactly is accountable when {O} gets it wrong?",
        "Agree with the comment above about {T}.",
        "I wrote to my MP about {G} and got a letter from {O} back {D}.",
        "The caseload in our team has gone from {N} to well over a hundred.",
        "Interesting that {P} has gone quiet since {D}.",
        "Has anyone actually read the guidance on {T}? It contradicts itself twice.",
        "They closed the office in {L} and now people travel for hours to report.",
        "Good post. The bit about {O} is exactly what happened to us.",
        "{O} still owes us the back pay promised {D}.",
        "I joined because I believed in the work. Now I count the days.",
        "Sadly this is accurate. {L} is no different.",
        "Napo members should read this before the ballot.",
    ])

    static let quoted = compile([
        "The department remains committed to a service that protects the public and reduces {T}.",
        "We have listened carefully to the views of staff and partners in {L}.",
        "Around {N} people will be affected by the changes, which take effect {D}.",
        "The arrangements for {G} will be kept under review by {O}.",
        "Our assessment is that {T} requires sustained attention from leaders at every level.",
        "Further details will be set out in guidance from {O} in due course.",
        "{P}, {R}, said the changes would put victims first.",
    ])

    static let lead = compile([
        "Here is the statement issued by {O}:-",
        "This is from the latest bulletin from {O}:-",
        "A reader sent me the following, from an internal email in {L}:-",
        "The press release from {O} reads as follows:-",
    ])

    static let picks = [
        "A few of the comments from today:-",
        "Some reader reactions:-",
        "From the comments on the last post:-",
    ]

    static let titles = compile([
        "{G} Under Review",
        "More Trouble in {L}",
        "What {O} Did Not Say",
        "Another Week, Another Report",
        "A Letter From {L}",
        "Counting the Cost",
        "{S} Speaks",
        "Still Waiting",
        "Lessons Not Learned",
        "The Numbers Game",
        "Back to the Drawing Board",
        "Omnishambles",
        "News From {L}",
        "Questions for {O}",
        "A Sorry State",
    ])

    static let labels = ["TR", "NPS", "CRC", "Napo", "HMIP", "MoJ", "Inspections", "Unpaid Work", "Sentencing",
                         "Workloads", "Through the Gate", "Reunification"]

    static let roles = ["justice secretary", "prisons minister", "probation minister", "chief inspector",
                        "chief executive", "general secretary", "director of probation", "chair", "shadow justice secretary"]

    static let topics = ["staff sickness", "unpaid work", "the caseload", "recruitment", "sickness absence",
                         "the new IT system", "accommodation for people on release", "victim contact",
                         "risk assessment", "court reports", "the contracts", "the budget", "training",
                         "office closures", "remote supervision", "reoffending"]

    static let numbers = ["21", "35", "40", "250", "1,200", "75", "600", "90", "300", "12", "4,000"]

    // MARK: Compiled form

    enum Slot: Character, Sendable {
        case person = "P", surname = "S", organization = "O", place = "L", programme = "G", date = "D",
             number = "N", role = "R", topic = "T"
    }

    enum Segment: Sendable {
        case text(String)
        case slot(Slot)
    }

    typealias Template = [Segment]

    static func compile(_ sources: [String]) -> [Template] {
        sources.map { source in
            var segments: [Segment] = []
            var text = ""
            var rest = Substring(source)
            while let open = rest.firstIndex(of: "{") {
                let close = rest[open...].firstIndex(of: "}")!
                text += rest[..<open]
                let name = rest[rest.index(after: open)..<close]
                if !text.isEmpty { segments.append(.text(text)); text = "" }
                segments.append(.slot(Slot(rawValue: name.first!)!))
                rest = rest[rest.index(after: close)...]
            }
            text += rest
            if !text.isEmpty { segments.append(.text(text)) }
            return segments
        }
    }
}
