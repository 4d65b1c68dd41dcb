import Dataset

/// A printed percentage ("Pay") set against amount ÷ whole, in integer arithmetic.
struct PercentShare {
    /// The printed percentage scaled to an integer (`12.34` → 1234) and its decimals (2).
    let printedScaled: Int128
    let decimals: Int

    /// Parses the canonical decimal string the model holds (`12.34`, `100`, `0.5`).
    init?(printed: String) {
        let parts = printed.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else { return nil }
        let digits = parts.joined()
        // More decimals than any document prints would overflow the arithmetic below.
        guard digits.count <= 12, let value = Int128(digits) else { return nil }
        printedScaled = value
        decimals = parts.count == 2 ? parts[1].count : 0
    }

    private var scale: Int128 {
        var s: Int128 = 1
        for _ in 0..<decimals { s *= 10 }
        return s
    }

    /// Whether the printed figure is amount ÷ whole × 100 rounded to its own decimals:
    /// it may differ from the exact share by at most half a unit of its last digit.
    func agrees(amount: Amount, of whole: Amount) -> Bool {
        let part = Int128(amount.kurus), total = Int128(whole.kurus)
        guard total != 0 else { return part == 0 && printedScaled == 0 }
        let exactTimesTotal = part * 100 * scale           // share × scale × total
        let difference = printedScaled * total - exactTimesTotal
        return (difference < 0 ? -difference : difference) * 2 <= (total < 0 ? -total : total)
    }

    /// amount ÷ whole × 100 rounded half up to the printed decimals, written like the
    /// printed figure; nil when the whole is zero.
    func computed(amount: Amount, of whole: Amount) -> String? {
        let part = Int128(amount.kurus), total = Int128(whole.kurus)
        guard total > 0, part >= 0 else { return nil }
        let rounded = (part * 100 * scale * 2 + total) / (total * 2)
        guard decimals > 0 else { return String(rounded) }
        let whole = rounded / scale, fraction = String(rounded % scale)
        return "\(whole)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}

/// `share`: each printed "Pay" against the amount it stands beside ÷ the grand total.
enum ShareCheck {
    static func run(_ program: Program) -> [CheckResult] {
        program.statedShares.map { stated in
            let detail = "\(stated.label): \(stated.amount) of \(stated.of)"
            guard let share = PercentShare(printed: stated.percent) else {
                return CheckResult(programID: program.id, check: Check.share.rawValue, subject: program.id,
                                   expected: stated.percent, actual: "", status: .mismatch, page: stated.page,
                                   detail: detail + " (the printed share is not a number)")
            }
            return CheckResult(programID: program.id, check: Check.share.rawValue, subject: program.id,
                               expected: stated.percent,
                               actual: share.computed(amount: stated.amount, of: stated.of) ?? "",
                               status: share.agrees(amount: stated.amount, of: stated.of) ? .ok : .mismatch,
                               page: stated.page, detail: detail)
        }
    }
}
