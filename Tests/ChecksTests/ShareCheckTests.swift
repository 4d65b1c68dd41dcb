@testable import Checks
import Dataset
import Testing

@Suite struct ShareCheckTests {
    typealias F = ProgramFixture
    static let grand = F.tl(11_500_000_000)

    static func share(_ lira: Int64, _ percent: String, of whole: Amount = grand) -> StatedShare {
        StatedShare(label: "row", amount: F.tl(lira), percent: percent, of: whole, page: 116)
    }

    /// Kayseri's İdare Performans Tablosu: 50.000.000 is 0,43 of 11.500.000.000;
    /// 60.000 prints 0,00 (0,0005 rounded); the grand total itself 100,00.
    @Test func printedSharesWithinTheirRoundingAreOK() {
        let p = F.program(shares: [Self.share(50_000_000, "0.43"), Self.share(60_000, "0.00"),
                                   Self.share(11_500_000_000, "100.00"), Self.share(0, "0.00", of: .zero)])
        let r = F.results(p, .share)
        #expect(r.map(\.status) == [.ok, .ok, .ok, .ok])
        #expect(r[0].expected == "0.43")
        #expect(r[0].actual == "0.43")
    }

    @Test func aShareOffByMoreThanItsRoundingIsAMismatch() {
        let r = F.results(F.program(shares: [Self.share(5_500_000, "0.50")]), .share)
        #expect(r.map(\.status) == [.mismatch])
        #expect(r.first?.actual == "0.05")
    }

    @Test func roundingHalfWayEitherWayIsWithinThePrintedRounding() throws {
        // 1 of 8 is 12.5%: printed as 13 (half up) or 12 (half to even) both round it.
        let share = try #require(PercentShare(printed: "13"))
        #expect(share.agrees(amount: F.tl(1), of: F.tl(8)))
        #expect(try #require(PercentShare(printed: "12")).agrees(amount: F.tl(1), of: F.tl(8)))
        #expect(!(try #require(PercentShare(printed: "14")).agrees(amount: F.tl(1), of: F.tl(8))))
        #expect(share.computed(amount: F.tl(1), of: F.tl(8)) == "13")
    }

    @Test func aShareOfNothingMustBeNothing() throws {
        #expect(!(try #require(PercentShare(printed: "0.00")).agrees(amount: F.tl(5), of: .zero)))
        #expect(F.results(F.program(shares: [Self.share(5, "0.00", of: .zero)]), .share).map(\.status) == [.mismatch])
    }

    @Test func anUnreadablePercentIsAMismatch() {
        #expect(F.results(F.program(shares: [Self.share(5, "x")]), .share).map(\.status) == [.mismatch])
        #expect(PercentShare(printed: "1.2.3") == nil)
    }
}
