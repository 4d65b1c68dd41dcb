/// The contract's stable ids.
public enum Identifiers {
    /// `Kayseri Büyükşehir Belediyesi`, 2024 → `kayseri-buyuksehir-belediyesi-2024`.
    public static func programID(administration: String, year: Int) -> String {
        "\(slug(administration))-\(year)"
    }

    /// Folds Turkish letters to ASCII, lower-cases, and turns every other run of
    /// non-alphanumerics into one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text {
            let folded: String
            switch ch {
            case "ç", "Ç": folded = "c"
            case "ğ", "Ğ": folded = "g"
            case "ı", "I", "İ", "i": folded = "i"
            case "ö", "Ö": folded = "o"
            case "ş", "Ş": folded = "s"
            case "ü", "Ü": folded = "u"
            case "â", "Â": folded = "a"
            case "î", "Î": folded = "i"
            case "û", "Û": folded = "u"
            default: folded = String(ch).lowercased()
            }
            if folded.unicodeScalars.allSatisfy({ ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }) {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out += folded
            } else {
                pendingDash = true
            }
        }
        return out
    }

    public static func goalID(program: String, goalNo: Int) -> String { "\(program)/G\(goalNo)" }
    public static func indicatorID(goal: String, indicatorNo: Int) -> String { "\(goal)/I\(indicatorNo)" }
    public static func activityID(goal: String, activityNo: Int) -> String { "\(goal)/F\(activityNo)" }
}
