import Corpus
@testable import Extraction
import Testing

/// Role titles, their qualifiers and the organizations their names imply; statements that are no facts.
@Suite struct RoleTitleTests {
    @Test func titlesWrittenSeveralWaysMatch() {
        #expect(RoleTitle.matches(stated: "health secretary", known: "Secretary of State for Health"))
        #expect(RoleTitle.matches(stated: "chief inspector", known: "HM Chief Inspector of Schools"))
        #expect(RoleTitle.matches(stated: "CEO", known: "Chief Executive"))
        #expect(!RoleTitle.matches(stated: "finance director", known: "Chief Executive"))
        #expect(RoleTitle.key("General Secretary") == RoleTitle.key("general secretary"))
    }

    /// A time or a clause after a title is no part of it, so one post gives one role however its term is told.
    @Test func aTimeOrClauseAfterTheTitleIsLeftOut() {
        #expect(RoleTitle.clean("housing minister since last spring") == "housing minister")
        #expect(RoleTitle.key("chief nurse from 2016 until 2019") == RoleTitle.key("Chief Nurse"))
        #expect(RoleTitle.key("schools minister who resigned") == RoleTitle.key("schools minister"))
        #expect(RoleTitle.clean("director of public health") == "director of public health")
        // a date after the post: `was made chair in 2021`, `appointed chief executive in May 2019`, `on 3 June`
        #expect(RoleTitle.clean("chair in 2021") == "chair")
        #expect(RoleTitle.clean("chief executive in May 2019") == "chief executive")
        #expect(RoleTitle.clean("interim director on 3 June") == "director")
        // `in` before anything but a date is part of the title
        #expect(RoleTitle.clean("director in charge of estates") == "director in charge of estates")
        #expect(RoleTitle.clean("minister in the Lords") == "minister in the Lords")
    }

    @Test func qualifiersAreReadAndCleaned() {
        #expect(RoleTitle.qualifier("former chair of the board") == "former")
        #expect(RoleTitle.qualifier("ex-director") == "former")
        #expect(RoleTitle.qualifier("interim chief nurse") == "interim")
        #expect(RoleTitle.qualifier("Shadow Schools Minister") == "shadow")
        #expect(RoleTitle.qualifier("chief nurse") == nil)
        #expect(RoleTitle.clean("the former Health Secretary") == "Health Secretary")
        #expect(RoleTitle.clean("Shadow Schools Minister") == "Shadow Schools Minister")
        #expect(RoleTitle.display("the General Secretary") == "general secretary")
        #expect(RoleTitle.display("Labour MP") == "labour MP")
    }

    @Test func namingConventionsGiveTheBody() {
        #expect(RoleTitle.organizationNames(for: "Chief Inspector of Schools").contains("HM Inspectorate of Schools"))
        #expect(RoleTitle.organizationNames(for: "Secretary of State for Education").contains("Department for Education"))
        #expect(RoleTitle.organizationNames(for: "Health Secretary").contains("Department of Health"))
        #expect(RoleTitle.organizationNames(for: "Chief Secretary to the Treasury").contains("HM Treasury"))
        #expect(RoleTitle.organizationNames(for: "Prime Minister").isEmpty)
    }

    @Test func rolePhrasesEndInARoleNoun() {
        #expect(RelationReader.isRole("chief executive of Leeds Trust"))
        #expect(RelationReader.isRole("Shadow Minister (Transport)"))
        #expect(RelationReader.isRole("care and support minister"))
        #expect(!RelationReader.isRole("an attack on the Chancellor"))
        #expect(!RelationReader.isRole("chairs the inquiry"))
    }

    @Test func aSpanOfTimeOrACountIsNoPost() {
        #expect(!RelationReader.isRole("spent last week assuring ministers that the scheme works"))
        #expect(!RelationReader.isRole("through four directors in six years"))
        #expect(RelationReader.isRole("assistant director of the water board"))
        #expect(RelationReader.isRole("board's fourth director"))
    }

    @Test func anOrganizationNamedBeforeThePost() {
        #expect(RelationReader.leadingOrganization("Harbour Homes chief executive")! == ("Harbour Homes", "chief executive"))
        #expect(RelationReader.leadingOrganization("Harbour's medical director")! == ("Harbour", "medical director"))
        #expect(RelationReader.leadingOrganization("Health Secretary") == nil)
        #expect(RelationReader.leadingOrganization("Labour MP") == nil)
        #expect(RelationReader.leadingOrganization("chief executive") == nil)
    }

    @Test func negationModalsPlansAndQuestionsAreNoFacts() {
        #expect(RelationModality.isFactual("which owns"))
        #expect(!RelationModality.isFactual("did not buy"))
        #expect(!RelationModality.isFactual("could take over"))
        #expect(!RelationModality.isFactual("plans to run"))
        #expect(!RelationModality.isFactual("if it buys"))
        #expect(!RelationModality.isFactual("never ran"))
        #expect(!RelationModality.isFactual("runs", question: true))
    }

    @Test func spansReadStartAndEnd() {
        let text = "Ann Reed has chaired the board since May 2015."
        let tagger = TemporalTagger()
        let dates = tagger.tag(text, reference: CalendarDay(year: 2016, month: 1, day: 1)).map {
            LocatedDate(post: 0, passage: 0, kind: .body, line: 1, expression: $0, isDateline: false)
        }
        let span = RelationSpan.read(text, sentence: 0..<text.utf8.count, dates: dates)
        #expect(span.start?.value == "2015-05")
        #expect(span.end == nil)
        let left = "Ann Reed stepped down in June 2021."
        let d2 = tagger.tag(left, reference: CalendarDay(year: 2022, month: 1, day: 1)).map {
            LocatedDate(post: 0, passage: 0, kind: .body, line: 1, expression: $0, isDateline: false)
        }
        #expect(RelationSpan.read(left, sentence: 0..<left.utf8.count, dates: d2).end?.value == "2021-06")
    }
}
