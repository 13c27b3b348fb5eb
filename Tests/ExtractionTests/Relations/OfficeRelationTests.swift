import Corpus
import Testing
@testable import Extraction

/// Posts held alone (``RelationReader/officeRelations(_:_:found:)``): occupations next to a name, and offices that
/// are their own body, read with no body named. Invented people (knowledge records) on several policy areas, each
/// with twins that must give nothing.
@Suite struct OfficeRelationTests {
    static let knowledge = KnowledgeBase(records: [
        "Ann Reed", "Tom Vale", "Sam Ode", "Nia Doyle", "Owen Pryce", "Ruth Penn", "Alan Birch", "Gwen Lyle",
    ].map { KnowledgeRecord(name: $0, type: .person) } + [
        KnowledgeRecord(name: "Harbour Water Trust", type: .organization),
        KnowledgeRecord(name: "Northfield College", type: .organization),
    ])

    func roles(_ passage: String) -> [String] {
        RelationTestSupport.labelled(passage, knowledge: Self.knowledge).filter { $0.hasPrefix("holds_role") }
    }

    @Test func anOccupationBeforeTheNameAfterAnArticle() {
        // science and health: two occupations in one sentence
        let ivf = "The work of the embryologist Ann Reed and the physiologist Tom Vale led to the first clinic."
        #expect(roles(ivf).contains("holds_role Tom Vale -> - [physiologist]"), "\(roles(ivf))")
        // planning: a noun of a field before the occupation belongs to it
        #expect(roles("The panel was chaired by the architecture critic Sam Ode until 2011.").contains("holds_role Sam Ode -> - [architecture critic]"))
        // criminal justice: a campaigner for reform
        #expect(roles("The scheme owed much to the penal reformer Nia Doyle, who died in 1958.").contains("holds_role Nia Doyle -> - [penal reformer]"))
        // ethics: a philosopher chairing an inquiry
        #expect(roles("An inquiry chaired by the philosopher Owen Pryce reported in 1984.").contains("holds_role Owen Pryce -> - [philosopher]"))
    }

    @Test func noOccupationWithoutItsArticleOrAfterACapital() {
        // a verb's object with no article, a possessive, a field word that is no occupation
        #expect(!roles("Ministers praised philosopher Owen Pryce leaders in May.").contains { $0.contains("philosopher") })
        #expect(!roles("The historian's view was shared by Ann Reed in May.").contains { $0.contains("historian") })
        #expect(!roles("The housing association Tom Vale ran was sold.").contains { $0.contains("association") })
        // a word that also names a firm, before a one-word name: no trade read
        #expect(!roles("The scheme was built by the developer Vale in 2004.").contains { $0.contains("developer") })
    }

    @Test func anOccupationInAnAppositionAfterTheName() {
        // universities: `, the historian,`
        #expect(roles("Ruth Penn, the historian, has chaired the authority since 2008.").contains("holds_role Ruth Penn -> - [historian]"))
        // planning: the sentence ends after the occupation
        #expect(roles("He was replaced as chair by Alan Birch, the designer.").contains("holds_role Alan Birch -> - [designer]"))
        // medicine and media: two occupations joined by `and`, one edge sharing both words
        let two = roles("Gwen Lyle, the fertility specialist and broadcaster, has been among its sharpest critics.")
        #expect(two.contains("holds_role Gwen Lyle -> - [fertility specialist and broadcaster]"), "\(two)")
        // immigration: `a painter and decorator who ...`
        #expect(roles("Stories followed of people such as Tom Vale, a painter and decorator who spent weeks in detention.")
            .contains("holds_role Tom Vale -> - [painter and decorator]"))
    }

    @Test func noOccupationWhenTheAppositionGoesOn() {
        // the apposition names something else after the occupation word
        #expect(!roles("Ruth Penn, the historian Tom Vale's editor, spoke.").contains("holds_role Ruth Penn -> - [historian]"))
        // a plain list of names, no article
        #expect(!roles("Ruth Penn, historians and critics met in May.").contains { $0.contains("historian") })
        // `and` joining a non-occupation
        #expect(!roles("Gwen Lyle, the surgeon and her team, left.").contains { $0.contains("surgeon and") })
    }

    @Test func anOfficeOpeningTheSentenceWithItsHolder() {
        // public audit
        #expect(roles("The first Auditor General was Ann Reed, who held the post for twelve years.").contains("holds_role Ann Reed -> - [auditor general]"))
        // statistics
        #expect(roles("The National Statistician is Tom Vale.").contains("holds_role Tom Vale -> - [national statistician]"))
        // victims
        #expect(roles("The first Victims' Commissioner was Sam Ode.").contains { $0.hasPrefix("holds_role Sam Ode -> - [victims") })
    }

    @Test func noOfficeWhenThePostNeedsABodyOrIsDenied() {
        // a post only a body has
        #expect(!roles("The first Chief Executive was Ann Reed.").contains { $0.hasPrefix("holds_role Ann Reed -> -") })
        #expect(!roles("The first Director of Finance was Ann Reed.").contains { $0.hasPrefix("holds_role Ann Reed -> - [director") })
        // denied
        #expect(!roles("The National Statistician was never Tom Vale.").contains { $0.contains("statistician") })
    }

    @Test func aHolderWhoBecameAnOffice() {
        // prisons: a named holder, lower-case office with its remit
        #expect(roles("Owen Pryce moved on to become chief inspector of prisons in 2020.").contains("holds_role Owen Pryce -> - [chief inspector of prisons]"))
        // courts: a capitalised office
        #expect(roles("Nia Doyle later became Master of the Rolls.").contains("holds_role Nia Doyle -> - [master of the rolls]"))
        // schools: `He` opening the sentence stands for the person named before
        let schools = roles("Tom Vale ran Northfield College for ten years. He stayed until 2010 and then became HM Chief Inspector of Schools, taking over from Ann Reed.")
        // (the role readers, reading the sentence again with Tom Vale for `He`, place the post at `Schools`, which
        // the name scanner takes for a body, as it does with the name written out; either edge is Tom Vale's post)
        #expect(schools.contains { $0.hasPrefix("holds_role Tom Vale -> ") && $0.contains("chief inspector") }, "\(schools)")
    }

    @Test func noOfficeBecomeWhenABodyIsNamedOrPlanned() {
        // the body named in the title: the role readers' edge, not a post alone
        #expect(!roles("Owen Pryce became chief executive of Harbour Water Trust in 2020.").contains { $0.hasPrefix("holds_role Owen Pryce -> -") })
        // a plan
        #expect(!roles("Owen Pryce will become chief inspector of prisons next year.").contains { $0.contains("inspector") })
        // someone else between the holder and the verb
        #expect(!roles("Owen Pryce said that the post of coroner became vacant in May.").contains { $0.contains("coroner") })
    }

    @Test func anOfficeNamedByItsRemitBeforeTheName() {
        // courts: a chief justice in a title and comma before the name
        #expect(roles("The Court of Appeal ruled by a majority, with the Lord Chief Justice, Tom Vale, dissenting.")
            .contains { $0.hasPrefix("holds_role Tom Vale -> - [lord chief justice]") })
        // inquests: a coroner named by the county
        #expect(roles("In May the Kent coroner, Ruth Penn, concluded that the inspection had contributed to the death.")
            .contains { $0.hasPrefix("holds_role Ruth Penn -> - [kent coroner]") })
        // a twin: `justice` with no `chief` is no office (`the criminal justice, Tom Vale said`)
        #expect(!roles("The criminal justice system, Tom Vale said, was failing.").contains { $0.contains("justice") })
    }

    @Test func theOfficeInDiscussionTakenOrHeld() {
        // modern slavery: the office named in the sentence before, `has taken up the role`
        let slavery = roles("After a year the country again has an Independent Anti-Slavery Commissioner. Ann Reed, until May a chief constable, has taken up the role.")
        #expect(slavery.contains("holds_role Ann Reed -> - [independent anti-slavery commissioner]"), "\(slavery)")
        // prisons: a paragraph back, `took the post`
        let prisons = roles("Tom Vale starts work this week as HM Chief Inspector of Prisons.\n\nThe inspectorate is independent of the service.\n\nSam Ode, a retired general, took the post in 1995.")
        #expect(prisons.contains("holds_role Sam Ode -> - [hm chief inspector of prisons]"), "\(prisons)")
        // audit: `The first holder was`
        let audit = roles("The office of Auditor General for Wales dates from 2005. The first holder was Nia Doyle, a former accountant.")
        #expect(audit.contains("holds_role Nia Doyle -> - [auditor general for wales]"), "\(audit)")
    }

    @Test func noOfficeInDiscussionWhenTwoOrNoneOrAPostIsNamed() {
        // two offices named before: which one is not told
        #expect(!roles("The Information Commissioner and the Children's Commissioner both objected. Ann Reed took the post in 2019.").contains { $0.contains("commissioner") })
        // no office before: `the post` names nothing
        #expect(!roles("The trust was set up in 2001. Ann Reed took the post in 2019.").contains { $0.hasPrefix("holds_role Ann Reed -> -") })
        // the post named after the cue is the role readers'
        #expect(!roles("The Victims' Commissioner spoke first. Ann Reed took the post of chair at Harbour Water Trust.").contains { $0.contains("victims") })
        // planned
        #expect(!roles("The Information Commissioner retires in May. Ann Reed will take up the role next year.").contains { $0.contains("commissioner") })
    }

    @Test func aPronounAndACopulaBeforeAnOffice() {
        // probation: `she was` and an office with its remit, a span of time after it left out
        let probation = roles("Ruth Penn ran Northfield College until 2016. After leaving Northfield College she was chief inspector of probation for three years.")
        #expect(probation.contains("holds_role Ruth Penn -> - [chief inspector of probation]"), "\(probation)")
        // courts: `he had been` and a capitalised office
        let courts = roles("Tom Vale retired in May. Before that he had been Master of the Rolls, the second most senior judge.")
        #expect(courts.contains("holds_role Tom Vale -> - [master of the rolls]"), "\(courts)")
        // inquests: a coroner named by the county
        let inquests = roles("Nia Doyle trained as a doctor. Later she was Kent coroner for a decade.")
        #expect(inquests.contains { $0.hasPrefix("holds_role Nia Doyle -> - [kent coroner") }, "\(inquests)")
    }

    @Test func noOfficeAfterAPronounWhenNoOfficeOrPlanned() {
        // a post only a body has, after the copula
        #expect(!roles("Ruth Penn left the trust in May. Before that she was chief executive for three years.").contains { $0.hasPrefix("holds_role Ruth Penn -> -") })
        // a description, not an office
        #expect(!roles("Tom Vale retired in May. Before that he was a critic of the regulator.").contains { $0.contains("regulator") })
        // planned
        #expect(!roles("Nia Doyle applied in May. If chosen she would be chief inspector of probation.").contains { $0.contains("inspector") })
    }

    @Test func theFirstToHoldTheOfficeOf() {
        // information rights
        #expect(roles("Ann Reed, the first woman to hold the title of Information Commissioner, retired in 2009.")
            .contains("holds_role Ann Reed -> - [information commissioner]"))
        // public audit: the holder after the title
        #expect(roles("The first holder of the office of Auditor General for Wales was Tom Vale, a former accountant.")
            .contains("holds_role Tom Vale -> - [auditor general for wales]"))
        // prisons: `held the post of`
        #expect(roles("Sam Ode held the post of Prisons and Probation Ombudsman from 2001.").contains { $0.hasPrefix("holds_role Sam Ode -> - [prisons and probation ombudsman") })
    }

    @Test func noOfficeWhenHoldingIsOnlyHoped() {
        #expect(!roles("Ann Reed hoped to hold the post of Information Commissioner one day.").contains { $0.contains("commissioner") })
        #expect(!roles("Tom Vale will hold the office of Auditor General from May.").contains { $0.contains("auditor") })
        // a post only a body has
        #expect(!roles("Sam Ode held the post of Chief Executive from 2001.").contains { $0.hasPrefix("holds_role Sam Ode -> -") })
    }

    @Test func asAnOfficeThePronounAfterIt() {
        // policing
        let policing = roles("Ann Reed was elected in 2010. As Home Secretary she took the bill to Harbour Water Trust.")
        #expect(policing.contains { $0.hasPrefix("holds_role Ann Reed -> ") && $0.contains("[home secretary]") }, "\(policing)")
        // courts
        #expect(roles("Tom Vale sat for twenty years. As Lord Chief Justice he closed Northfield College.")
            .contains("holds_role Tom Vale -> - [lord chief justice]"))
        // data
        #expect(roles("Nia Doyle took office in 2014. As National Statistician she moved the office to Newport.")
            .contains("holds_role Nia Doyle -> - [national statistician]"))
    }

    @Test func noOfficeAfterAsWhenThePostNeedsABodyOrNoPronounFollows() {
        #expect(!roles("Tom Vale came later. As Chief Executive he cut costs at Harbour Water Trust.").contains { $0.hasPrefix("holds_role Tom Vale -> -") })
        // `As` of time or comparison, no title
        #expect(!roles("Tom Vale came later. As Parliament sat late he cut his speech.").contains { $0.contains("parliament") })
    }
}
