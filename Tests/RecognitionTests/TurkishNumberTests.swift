import Dataset
import Testing

/// Turkish number notation: `.` groups thousands (or is a decimal point before one, two or
/// four and more digits), `,` marks decimals.
@Suite struct TurkishNumberTests {
    @Test(arguments: [
        ("77.572", "77572"), ("11.3", "11.3"), ("7.706,376", "7706.376"), ("17,13", "17.13"),
        ("%100", "100"), ("100%", "100"), ("% 85", "85"), ("1.000.000", "1000000"), ("0,50", "0.5"),
        ("12,00", "12"), ("0", "0"), ("-5", "-5"), ("3.14159", "3.14159"),
    ])
    func values(printed: String, canonical: String) {
        #expect(TurkishNumber.value(printed) == canonical)
    }

    @Test(arguments: ["-", "Tamamlanması", "", "%", "1,2,3", "Yüzde 50"])
    func notValues(printed: String) {
        #expect(TurkishNumber.value(printed) == nil)
    }

    @Test(arguments: [
        ("5.500.000,00", 550_000_000 as Int64), ("5.500.000", 550_000_000), ("0,00", 0), ("0", 0),
        ("(1.000)", -100_000), ("-1.000,50", -100_050), ("1.600.000", 160_000_000), ("12,5", 1250),
        ("5.500.000,00 TL", 550_000_000), ("39.899.000,00", 3_989_900_000),
        // Producers' other ways: the currency first, the lira sign, no-break spaces between thousands.
        ("TL 5.500.000,00", 550_000_000), ("₺5.500.000", 550_000_000), ("₺ 5.500.000", 550_000_000),
        ("5\u{202F}500\u{202F}000,00", 550_000_000), ("5 500 000", 550_000_000),
    ])
    func amounts(printed: String, kurus: Int64) {
        #expect(TurkishNumber.amount(printed) == Amount(kurus: kurus))
    }

    @Test func amountsPrintInTheContractForm() {
        #expect(TurkishNumber.amount("5.500.000,00")?.description == "5500000.00")
        #expect(TurkishNumber.amount("5.500.000")?.description == "5500000.00")
        #expect(TurkishNumber.amount("0,00")?.description == "0.00")
        #expect(TurkishNumber.amount("(1.000)")?.description == "-1000.00")
    }

    @Test(arguments: ["-", "Tamamlanması", "", "()", "1.000,5.0", "5,500,000", "12.34.567"])
    func notAmounts(printed: String) {
        #expect(TurkishNumber.amount(printed) == nil)
    }
}
