import Testing
import Extraction

/// `TemporalValue(period:)`: the dates people give the `--from`/`--to` filters.
@Suite struct PeriodParsingTests {
    @Test func periodsParseAtAnyPrecision() throws {
        #expect(try TemporalValue(period: "2014").value == "2014")
        #expect(try TemporalValue(period: "2014-06").value == "2014-06")
        #expect(try TemporalValue(period: "2014-06-01").value == "2014-06-01")
        #expect(try TemporalValue(period: "2019-q4").value == "2019-Q4")
        #expect(try TemporalValue(period: "2019-H1").value == "2019-H1")
        #expect(try TemporalValue(period: "2022-SP").value == "2022-SP")
        #expect(try TemporalValue(period: "2022-spring").value == "2022-SP")
        #expect(try TemporalValue(period: "2021-Fall").value == "2021-FA")
        #expect(try TemporalValue(period: "2010s").value == "201X")
        #expect(try TemporalValue(period: " 201X ").value == "201X")
    }

    @Test func anythingElseIsAnErrorNamingTheText() {
        for bad in ["June", "2014-13", "2014-02-30", "14", "", "2014-06-01-02", "2014-monsoon", "2015s"] {
            #expect(throws: InvalidPeriod(bad)) { try TemporalValue(period: bad) }
        }
        #expect(InvalidPeriod("June").description.hasPrefix("'June' is not a date: use 2014, 2014-06"))
    }

    @Test func aPeriodCoversItsDays() throws {
        let winter = try TemporalValue(period: "2019-winter")
        #expect(winter.start.iso == "2019-12-01")
        #expect(winter.end.iso == "2020-02-29")
    }
}
