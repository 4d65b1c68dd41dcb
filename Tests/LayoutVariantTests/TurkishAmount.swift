import Dataset

/// Lira amounts printed the Turkish way: dots between thousands ("12.000.000"), with
/// kuruş after a comma where the layout prints them ("12.000.000,00"); or, `grouped` false,
/// without the dots, as a spreadsheet's number format without a thousands separator prints
/// them ("12000000,00").
enum TurkishAmount {
    static func format(_ amount: Amount, kurus: Bool, grouped: Bool = true) -> String {
        let magnitude = amount.kurus.magnitude
        let lira = String(magnitude / 100)
        var groups: [Substring] = []
        var end = lira.endIndex
        while end > lira.startIndex {
            let start = lira.index(end, offsetBy: -3, limitedBy: lira.startIndex) ?? lira.startIndex
            groups.insert(lira[start..<end], at: 0)
            end = start
        }
        var text = (amount.kurus < 0 ? "-" : "") + groups.joined(separator: grouped ? "." : "")
        if kurus {
            let fraction = magnitude % 100
            text += "," + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }

    /// An amount in thousands of lira with one decimal ("5.500,0" for 5.500.000), as budget
    /// documents print them under "(Bin TL)": exact only for whole hundreds of lira.
    static func thousands(_ amount: Amount, grouped: Bool = true) -> String {
        let magnitude = amount.kurus.magnitude
        precondition(magnitude % 10_000 == 0, "\(amount) is no whole hundred of lira: its thousands would not print it exactly")
        let tenths = Amount(kurus: Int64(magnitude / 10_000) * 10 * (amount.kurus < 0 ? -1 : 1))
        // Tenths of a thousand printed as kuruş of their own amount, less the second decimal.
        return String(format(tenths, kurus: true, grouped: grouped).dropLast())
    }
}
