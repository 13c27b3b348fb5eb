import Corpus
@testable import Extraction
import Testing

/// `we` and `our` of a body that nobody introduced (``BodyVoice``): the body the whole post is about takes part
/// when the first person plural does what a body does; the blogger's and the public's `we` take none.
@Suite struct BodyVoiceTests {
    static let head = "Monday, 3 March 2025\n\nT\n\n"

    static func parts(_ text: String, _ value: String) -> [String]? {
        EventParticipantsTests.participants(text, value)
    }

    /// Text after the sentence under test naming a body three times (the post's topic, named only after the `we`).
    static func about(_ body: String) -> String {
        "\n\n\(body) has called several actions this year. Members of \(body) voted by a wide margin. "
            + "The leaders of \(body) say more will follow.\n"
    }

    @Test func anInstitutionalWeTakesThePostsTopic() {
        // transport: a union's strike; housing: a scheme launched; schools: an inspection; health: a consultation
        #expect(Self.parts(Self.head + "Yesterday evening our 48-hour strike ended." + Self.about("Rail Workers Union"), "2025-03-02")?
            .contains("Rail Workers Union") == true)
        #expect(Self.parts(Self.head + "In March 2023 we launched a new tenancy scheme for older residents." + Self.about("Riverside Homes"), "2023-03")?
            .contains("Riverside Homes") == true)
        #expect(Self.parts(Self.head + "Our last inspection of the academy took place in May 2019." + Self.about("Westshire Schools Inspectorate"), "2019-05")?
            .contains("Westshire Schools Inspectorate") == true)
        #expect(Self.parts(Self.head + "We are consulting nurses in June 2024 on the new rota." + Self.about("Eastmoor Health Trust"), "2024-06")?
            .contains("Eastmoor Health Trust") == true)
    }

    @Test func theBloggersOrThePublicsWeTakesNoBody() {
        // the blogger remembers; the public is told; the public's schools; everyone waiting
        #expect(Self.parts(Self.head + "We have been here before, back in 2014." + Self.about("Harbour Water"), "2014")?
            .contains("Harbour Water") == false)
        #expect(Self.parts(Self.head + "We were told in May 2020 that bills would fall." + Self.about("Harbour Water"), "2020-05")?
            .contains("Harbour Water") == false)
        #expect(Self.parts(Self.head + "Our schools were short of teachers in 2010." + Self.about("Oakfield Learning Trust"), "2010")?
            .contains("Oakfield Learning Trust") == false)
        #expect(Self.parts(Self.head + "While we waited for the ruling in June 2021, fares rose." + Self.about("Northgate Rail"), "2021-06")?
            .contains("Northgate Rail") == false)
    }

    @Test func aWritersPresentTenseAndAWritersRoundUpTakeNoBody() {
        // welfare: the writer reviews a reform in the post; housing: a yearly digest; transport: a piece's opening;
        // environment: the same verb in the past is the body's
        #expect(Self.parts(Self.head + "Here we review the benefit cap brought in during 2013." + Self.about("Northmoor Advice Network"), "2013")?
            .contains("Northmoor Advice Network") == false)
        #expect(Self.parts(Self.head + "Welcome to our annual round-up of housing news from 2024." + Self.about("Riverside Homes"), "2024")?
            .contains("Riverside Homes") == false)
        #expect(Self.parts(Self.head + "Below we assess the bus fare freeze of June 2022." + Self.about("Northgate Rail"), "2022-06")?
            .contains("Northgate Rail") == false)
        #expect(Self.parts(Self.head + "In April 2021 we reviewed the flood defences along the estuary." + Self.about("Coastal Flood Board"), "2021-04")?
            .contains("Coastal Flood Board") == true)
    }

    @Test func anInstitutionalWeWithoutATopicOrWithASpeakerTakesNoTopic() {
        // a body named only twice in the post is no topic
        #expect(Self.parts(Self.head + "In March 2023 we launched a new tenancy scheme. Riverside Homes owns flats. Riverside Homes is big.\n", "2023-03")?
            .contains("Riverside Homes") == false)
        // a quotation introduced by its speaker speaks for the speaker's body, not the topic
        let quoted = Self.head + "Riverside Homes owns flats. Riverside Homes is big. Tenants took Riverside Homes to court.\n\n"
            + "Eastmoor Council said:-\n\nIn May 2022 we launched a repairs scheme.\n"
        #expect(Self.parts(quoted, "2022-05")?.contains("Riverside Homes") == false)
        #expect(Self.parts(quoted, "2022-05")?.contains("Eastmoor Council") == true)
    }

    @Test func theCuesReadTheWordsAfterWeAndOur() {
        func says(_ s: String) -> Bool {
            let words = EventClause.words(Array(s.utf8))
            return BodyVoice.speaksForBody(words, clause: 0..<s.utf8.count)
        }
        #expect(says("we have recently launched a scheme"))
        #expect(says("our annual inspection of the prison"))
        #expect(says("we are now recruiting drivers"))
        #expect(!says("we all knew it was wrong"))
        #expect(!says("our hospitals are full"))
        #expect(!says("we wait for news from our MP"))
        #expect(says("we are reviewing the rota"))
        #expect(says("we have consulted parents"))
        #expect(!says("in this post we review the school funding formula"))
        #expect(!says("we will introduce the main players first"))
        #expect(!says("our annual round-up of the year"))
    }
}
