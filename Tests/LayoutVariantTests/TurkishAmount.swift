import Dataset

/// Lira amounts printed the Turkish way: dots between thousands ("12.000.000"), with
/// kuruş after a comma where the layout prints them ("12.000.000,00").
enum TurkishAmount {
    static func format(_ amount: Amount, kurus: Bool) -> String {
        let magnitude = amount.kurus.magnitude
        let lira = String(magnitude / 100)
        var groups: [Substring] = []
        var end = lira.endIndex
        while end > lira.startIndex {
            let start = lira.index(end, offsetBy: -3, limitedBy: lira.startIndex) ?? lira.startIndex
            groups.insert(lira[start..<end], at: 0)
            end = start
        }
        var text = (amount.kurus < 0 ? "-" : "") + groups.joined(separator: ".")
        if kurus {
            let fraction = magnitude % 100
            text += "," + (fraction < 10 ? "0" : "") + String(fraction)
        }
        return text
    }
}
