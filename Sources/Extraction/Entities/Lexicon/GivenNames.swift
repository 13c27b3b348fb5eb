/// Common given names, for the `Firstname Surname` cue. Lowercase. Written for Hindsight: frequent names
/// of people in Britain across generations, plus names frequent in UK public life.
enum GivenNames {
    static let all: Set<String> = {
        var s = Set<String>()
        for chunk in [male, female, international, moreMale, moreFemale, otherMale, otherFemale] {
            for w in chunk.split(whereSeparator: { $0 == " " || $0 == "\n" }) { s.insert(String(w)) }
        }
        return s
    }()

    /// Given names that are also ordinary words (`Will`, `Mark`, `May`, `Grant`): they start a person only
    /// away from a sentence start, outside headings, or when the full name is confirmed elsewhere.
    static let ambiguous: Set<String> = [
        "will", "mark", "may", "june", "april", "august", "grant", "grace", "hope", "faith", "joy", "rose",
        "lily", "ruby", "amber", "summer", "dawn", "iris", "bill", "pat", "bob", "jack", "frank", "guy",
        "jean", "gene", "sue", "don", "ray", "rob", "nick", "dick", "art", "carol", "crystal", "holly",
        "heather", "ivy", "hazel", "pearl", "penny", "robin", "sandy", "miles", "chase", "cliff", "dale",
        "dean", "drew", "glen", "lance", "lee", "max", "norm", "pierce", "reed", "rich", "rocky", "rusty",
        "sky", "wade", "warren", "wes", "jay", "kit", "val", "viv", "sunny", "jewel", "star", "precious",
        "major", "royal", "earl", "duke", "king", "prince", "baron", "lord", "noble", "sterling", "page",
        "paige", "ryder", "hunter", "archer", "mason", "taylor", "cooper", "parker", "tyler", "carter",
        "spencer", "porter", "fisher", "baker", "brook", "brooke", "storm", "river", "rain", "autumn",
        "winter", "harmony", "liberty", "destiny", "unity", "patience", "prudence", "constance", "charity",
        "mercy", "verity", "honor", "honour", "justice", "trinity", "angel", "bliss", "candy", "cherry",
        "ginger", "jasmine", "olive", "poppy", "daisy", "violet", "willow", "sage", "marsh", "forest",
        "stone", "clay", "flint", "heath", "ash", "bay", "brent", "ford", "lane", "rod", "sol",
        "win", "vi",
    ]

    static let male = """
    aaron abdul abraham adam adrian ahmed aidan aiden alan alasdair alastair albert alec alexander alexis alfie
    alfred ali alistair allan alun amir andrew andy angus anthony antony archie arnold arthur ashley austin
    barney barry basil ben benedict benjamin bernard bert bill billy blake bob bobby boris brad bradley brandon
    brendan brian bruce bryan callum calum cameron carl carlos cecil charles charlie chester chris christian
    christopher clarence claude clement clifford clive colin conor connor craig crispin cyril dale damian damien
    dan daniel danny darren darryl dave david dean declan dennis derek desmond dev dexter dick dominic don donald
    douglas duncan dylan eamonn ed eddie edgar edmund edward edwin elliot elliott emmanuel eric ernest ethan
    eugene evan fergus finlay finn francis frank frankie fraser freddie frederick gabriel gareth garry gary gavin
    geoff geoffrey george gerald gerard gerry gilbert glen glenn gordon graeme graham grant greg gregory guy
    hamish harold harry irvine harvey hector henry herbert howard hugh hughie hugo iain ian isaac ivan jack jacob jake
    james jamie jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jonny jordan joseph
    josh joshua julian justin karl keir keith kelvin ken kenneth kevin kieran kirk kit kyle lance larry laurence
    lawrence lee leigh len lenny leo leon leonard leslie lewis liam lionel lloyd logan louis luke malcolm marcus
    mark martin matt matthew maurice max michael mick mickey mike miles mitchell mohammed mohammad muhammad
    murray nathan nathaniel neil nicholas nick nigel noel norman oliver ollie oscar owen paddy patrick paul pete
    peter phil philip phillip piers ralph ray raymond reece reg reginald rex richard rick ricky rob robbie robert
    robin rod rodney roger ronald ronnie rory ross roy rupert russell ryan sam samuel scott sean seamus sebastian
    seb shane shaun sid sidney simon spencer stan stanley stefan stephen steve steven stewart stuart taylor ted
    terence terry theo theodore thomas tim timothy toby tom tommy tony trevor tristan troy tyler vernon victor
    vince vincent wallace walter warren wayne wes wesley will william willie wilfred zach zachary zack jock
    alf bert ernie fred reggie jez ewan euan hywel gwyn dafydd emlyn rhys rhodri iwan ieuan aled geraint
    ieuan owain llewellyn cormac ciaran cillian niall oisin padraig ronan shay tadhg eoin fintan dermot
    diarmuid donal kenny jonty giles jasper benedict tarquin torquil lachlan ruaridh ruairidh
    crispin clement quentin rowan rufus silas barnaby humphrey jolyon ptolemy orlando marcus maxwell nigel
    bernie bertie digby fletcher monty percy rollo sacha sasha stephan stephane thierry yves pierre jacques
    jean-paul jean-pierre didier francois françois philippe alain michel olivier laurent nicolas
    hans klaus jurgen dieter wolfgang lars sven nils erik anders bjorn
    carlo marco luca giovanni giuseppe antonio paolo francesco roberto mario
    jose juan miguel pedro pablo javier diego rafael fernando manuel
    alex zac
    """

    static let female = """
    abigail ada adele adrienne agnes aileen ailsa alana alexandra alexis alice alicia alison allison amanda amber
    amelia amy andrea angela angharad anita ann anna anne annette annie antonia april ava barbara beatrice becky
    belinda beth bethan bethany betty beverley bridget brenda bryony caitlin camilla carla carmel carol caroline
    carolyn cassandra catherine cathy catriona cecilia charlene charlotte cheryl chloe christina christine
    claire clara clare claudia colette connie cressida cynthia daisy daphne davina dawn debbie deborah debra
    deirdre denise diana diane dionne dolores donna doreen doris dorothy edith eileen elaine eleanor elena
    elisabeth elizabeth ella ellen ellie eloise elsie emily emma erica erin esme esther ethel eve evelyn fay
    felicity fiona flora florence floella frances francesca freya gail gemma georgia georgina geraldine gillian
    gina glenda glenys gloria grace gwen gwyneth hannah harriet hayley hazel heather helen helena helga hilary
    hillary holly imogen ingrid irene iris isabel isabella isabelle isla ivy jackie jacqueline jade jan jane
    janet janice jasmine jean jeanette jemima jennifer jenny jess jessica jill jo joan joanna joanne jocelyn
    josephine joy joyce judith judy julia julie juliet june karen kate katherine kathleen kathryn kathy katie
    katy kay kayleigh kelly kerry kim kirsty kirsten laura lauren leah leanne lesley leslie lilian lily linda
    lindsay lisa liz lizzie lois lorna lorraine louise lucinda lucy lydia lynda lynn lynne maddie madeleine
    maggie mandy margaret maria marian marie marion marjorie martha mary maureen maxine meg megan melanie
    melissa mia michelle mildred millie miranda miriam molly monica moira nadia nadine naomi natalie natasha
    nell nicola nicole nina norma olive olivia pam pamela patricia paula pauline penelope penny philippa
    phoebe phyllis polly poppy priscilla rachel rebecca rachael rhiannon rita roberta rosa rosalind rosamund
    rose rosemary rosie ruth sally samantha sandra sara sarah shannon sharon sheila shirley siân sian sinead
    sonia sophia sophie stacey stella stephanie sue susan susanna susie suzanne sylvia tamsin tania tanya
    tara teresa tess tessa theresa tina toni tracey tracy trudy una ursula valerie vanessa vera veronica
    vicky victoria violet virginia vivien vivienne wendy winifred yvonne zara zoe zoë
    ffion catrin cerys eluned eirlys nia sioned mairead niamh roisin siobhan aoife orla grainne
    kirsteen morag shona eilidh mhairi ishbel jenna carly leona rhona
    nicky jacqui jules mel therese thérèse alexa
    """

    /// Further names, less frequent in Britain but met in public life and the press (a man's, a woman's).
    static let moreMale = """
    curtis rico otis arlo ezra jude reuben teddy tobias felix anton arnie beau bertram brody caleb cedric clint
    conrad cosmo damon darius dominik elias emil emmett enzo esteban ezekiel fabian felipe franco gideon glyn
    godfrey ignatius ivor jared jethro joachim jonah julius kenton kurt lorenzo magnus malik manny milo moritz nate
    nico otto ralf remy rudy sami seth stellan terrence thaddeus tristram ulrich uriah wilf xavier zane zak cyrus
    errol fergal finbar garret grahame hamid ivo marek mariusz matthias mikhail nikolai oleg pavel piotr
    rafal sergei stanislav tomasz vladimir wojciech yuri
    """
    static let moreFemale = """
    heidi bella moya mabel matilda maisie edie evie abi abby alexa alyssa amira anya ayla bianca bonnie brianna
    carmen celia clarissa cora daniela delia edwina elise elsa estelle eva evangeline gabrielle gaby gisela hattie
    hermione hester hilda ines isobel jodie jodi justine karina kristina lara layla lena lila livia lottie lucia
    luisa lyndsey madeline margot marnie maya mina nora noreen odette olga petra rosalie rosanna roxanne sadie
    selina serena shelley simone sonya susannah tabitha thea wanda zelda nuala pippa
    """

    /// Names common in UK public life from many backgrounds.
    static let international = """
    rishi sajid priti sadiq shabana kwasi nadhim suella kemi chuka dawn diane keir yvette harriet
    rushanara anneliese bim tulip rupa lisa nusrat sayeeda shaista naz zarah marsha tahir imran
    kishwer ranjit rajesh raj ravi sunil anil arun ashok deepak vijay vikram sanjay sanjeev
    amit ajay rahul rohan kiran nisha priya anjali asha meera sunita geeta rekha neena
    mohamed mohammed muhammad abdul ahmed ali hassan hussein omar osman yusuf ibrahim khalid tariq
    faisal imran naveed nadeem shahid zahid asif arif javed kamran waqar zubair saqib shakeel
    fatima ayesha aisha amina zainab yasmin samira nadia leila hana sana sadia shazia rubina
    kwame kofi chidi chinedu emeka femi funmi gbenga kayode kunle ola tunde yemi ade ayo
    chiamaka ngozi adaeze folake bola yinka titi
    ravinder gurpreet harpreet jaspreet manjit sukhvinder baljit kuldip
    chen wei li ming xiao lin
    gabriel didier thierry sylvie monique nathalie isabelle sandrine
    """

    /// More names of people born in Britain from the 1940s to the 1990s (and a few from elsewhere), for pages
    /// outside the blog's own cast. Names that are also common words, surnames or places (`Fern`, `Perry`,
    /// `Hayden`, `Blair`) are left out: they would make `Hayden Wood` or `Blair Road` a person.
    static let otherMale = """
    abe ahmad algernon ambrose amos andre andreas anwar archibald arjun armando arran ashraf aubrey bartholomew
    benny boyd brett bryn byron caspar cornelius darrell davey denis derrick dirk donovan duane dudley dwayne
    eddy edmond elijah elton emrys ephraim ernst everett fabio gethin gus horace hubert huw idris isaiah jed
    jerome jesse josef kai karim kasper keiran lyndon marlon marty merlin micky mohan murdo neville
    oswald rafe ricardo rocco roland rowland royston rudi saul selwyn seymour sheldon stefano sydney terrance
    vaughan wilbur
    """
    static let otherFemale = """
    farah terri gerri sheree tammy tamara kimberley marcia zoey chantelle danielle gabriella francine georgie
    jayne joann jolene josie kirstie lindsey lynsey marianne marilyn melinda meredith myra nancy nichola nikki
    patsy paulette rebekah rhoda rochelle sabrina sonja stacy stacie tracie vicki vikki yolanda aimee alisha
    anastasia angelina annabel annabelle arabella ashleigh astrid beatrix bernadette beverly candice carys
    cassie celeste christabel ciara colleen corinne danuta delyth dina dominique elinor elspeth emilia faye
    gaynor greta gwendolyn henrietta hollie indira irina janine jeanne jennie judi karin katharine kayla keeley
    kerrie kirstin laila lindy liza lucille lynette mairi marcella margo marguerite marisa marlene martina maura
    mavis michaela mollie muriel natalia nerys noelle norah octavia oonagh peggy philomena portia rhian romilly
    rosalyn roseanne rowena shauna sheena sinéad stefanie suzy tegan trisha ulrika zena
    """
}

extension GivenNames {
    static let maleSet: Set<String> = Set((male + " " + moreMale + " " + otherMale).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    static let femaleSet: Set<String> = Set((female + " " + moreFemale + " " + otherFemale).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Given names borne by many men and many women in British public life (`Jo`, `Sam`, `Alex`, `Chris`,
    /// `Hilary`, `Kim`): they tell nothing of the pronoun a later sentence uses for the person, although each
    /// list above holds them under one sex only (`Jo Ellis ... took over from him` may mean Jo Ellis).
    static let eitherSex: Set<String> = [
        "jo", "sam", "alex", "chris", "hilary", "kim", "jamie", "robin", "charlie", "frankie", "jordan",
        "ashley", "nicky", "jackie", "evelyn", "leslie", "lesley", "morgan", "sandy", "vivian",
        "lindsay", "lyndsay", "jody", "jodie", "ali", "toni",
    ]

    /// ``isMale(_:)`` of a mention: its canonical name followed by its text as written, so that a title written
    /// in the text (`Mrs Reed`) tells when the canonical name (`Ann Reed`) does not.
    static func isMale(_ m: EntityMention) -> Bool? {
        isMale(m.canonicalName + " " + m.text)
    }

    /// Whether a name reads as a man's (`true`), a woman's (`false`) or either (`nil`), from a title (`Sir`,
    /// `Dame`, `Mrs`) or a given name found in one list only: for the pronoun `he` or `she` of a later sentence.
    static func isMale(_ name: String) -> Bool? {
        let words = name.lowerWords
        // (any word: a mention's canonical name comes before its text, `Jo Ellis Mrs Ellis`)
        for w in words {
            if ["mr", "sir", "lord", "baron"].contains(w) { return true }
            if ["mrs", "ms", "miss", "dame", "lady", "baroness"].contains(w) { return false }
        }
        guard let first = words.first(where: { !["dr", "professor", "prof", "the", "rt", "hon"].contains($0) }) else { return nil }
        if eitherSex.contains(first) { return nil }
        let m = maleSet.contains(first), f = femaleSet.contains(first)
        return m == f ? nil : m
    }
}
