/// Well-known places, lowercase: the nations and regions of the UK, its largest cities, and countries and
/// capitals the press names often. General public knowledge, true in any policy area; the knowledge base
/// (`Entities/places.json`) knows far more, and wins where it is read. Without it, a lone `London` in `staff
/// in London` or `the firm's London offices` is a place, never a body voted so by its context.
enum PlaceLexicon {
    static let names: Set<String> = {
        var s = Set<String>()
        for line in (uk + "\n" + world).split(separator: "\n") {
            for name in line.split(separator: ",") {
                let n = name.trimmingCharacters(in: .whitespaces)
                if !n.isEmpty { s.insert(n) }
            }
        }
        return s
    }()

    static let uk = """
    england, scotland, wales, northern ireland, britain, great britain, united kingdom
    london, birmingham, manchester, liverpool, leeds, sheffield, bristol, newcastle, nottingham, leicester
    coventry, bradford, cardiff, swansea, edinburgh, glasgow, aberdeen, dundee, belfast, southampton, portsmouth
    plymouth, brighton, norwich, cambridge, oxford, york, hull, derby, stoke, wolverhampton, sunderland
    middlesbrough, preston, blackpool, bolton, wigan, salford, stockport, reading, luton, milton keynes
    peterborough, exeter, gloucester, northampton, ipswich, doncaster, rotherham, wakefield, huddersfield
    yorkshire, lancashire, cumbria, devon, cornwall, kent, essex, surrey, sussex, hampshire, dorset, somerset
    norfolk, suffolk, lincolnshire, merseyside, cheshire, midlands, east anglia, the north east, the north west
    croydon, hackney, islington, camden, lambeth, southwark, lewisham, brent, ealing, barnet, enfield, haringey
    tower hamlets, westminster, newham, wandsworth, greenwich
    """

    static let world = """
    europe, africa, asia, america, united states, canada, france, germany, spain, italy, portugal, ireland
    netherlands, belgium, switzerland, sweden, norway, denmark, poland, romania, greece, turkey, russia, ukraine
    china, japan, india, pakistan, bangladesh, australia, new zealand, singapore, hong kong, malaysia
    nigeria, kenya, south africa, jamaica, brazil, mexico, iraq, afghanistan, syria, iran, israel, rwanda
    paris, berlin, brussels, dublin, new york, washington, madrid, rome, amsterdam, geneva, tokyo, beijing
    """

    /// First words of place names that go on with `of` (`Isle of Wight`, `Vale of Glamorgan`, `Forest of Dean`):
    /// inside a body's name the `of` does not end it (`Isle of Wight Council`).
    static let ofPlaceHeads: Set<String> = ["isle", "isles", "vale", "forest"]

    /// Last words of street names, which are places (`Downing Street`, `Marsham Street`, `Victoria Embankment`).
    static let streetHeads: Set<String> = ["street", "road", "lane", "avenue", "square", "embankment", "terrace", "crescent"]
}
