import Dataset

/// Where a second program starts in a PDF that holds more than one (the same program
/// bound in twice, or two administrations' programs in one file). Read as one, their goals
/// would be stacked into one program without a word; the pipeline refuses the file instead,
/// naming the pages.
///
/// A program's goal codes run forward through the document (H1.1, H1.2 … H12.7, or 1 … 51).
/// A second program shows as the numbering starting again: a goal whose code is the first
/// goal's, or whose leading number drops back to the first goal's after having moved past
/// it. Goals merely out of order (3 after 4) or one code repeated (H1.4 twice, a misprint)
/// do not count.
struct ProgramRestart: Equatable {
    /// The goal that starts the second program, and its page.
    var code: String
    var page: Int?
    /// The pages of the goals before it (the first program).
    var firstPages: ClosedRange<Int>?

    static func find(in goals: [Goal]) -> ProgramRestart? {
        guard let first = goals.first, let start = leadingNumber(first.code) else { return nil }
        var movedOn = false
        for (index, goal) in goals.enumerated() {
            let lead = leadingNumber(goal.code)
            // The first code again, not just any repeat: one goal code misprinted or misread
            // twice inside a program is not a second program.
            let startsAgain = !goal.code.isEmpty && goal.code == first.code
            if index > 0 && (startsAgain || (movedOn && lead == start)) {
                let pages = goals[..<index].compactMap(\.page)
                return ProgramRestart(code: goal.code, page: goal.page,
                                      firstPages: pages.min().flatMap { low in pages.max().map { low...$0 } })
            }
            if let lead, lead > start { movedOn = true }
        }
        return nil
    }

    /// The first whole number in a goal code ("H12.7" → 12, "A3.H1" → 3, "7" → 7).
    /// Asked of every goal drafted so far on each page that drafts one (`find`): read from the
    /// code's bytes where each ASCII byte is a character of its own, by characters otherwise.
    static func leadingNumber(_ code: String) -> Int? {
        var bytes = code
        if let number = bytes.withUTF8({ plainLeadingNumber($0) }) { return number }
        let digits = code.drop { !$0.isASCII || !$0.isNumber }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }

    /// `leadingNumber` of text whose bytes all lie below 0xCC, the first UTF-8 lead byte of
    /// U+0300: nothing there joins a digit into a larger character (combining marks, keycaps
    /// and joiners all lie above), so the ASCII digit characters are the digit bytes. `.some(nil)`
    /// where that text holds no number; nil for other text (read by characters).
    private static func plainLeadingNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        guard bytes.allSatisfy({ $0 < 0xCC }) else { return nil }
        func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }
        guard let start = bytes.firstIndex(where: isDigit) else { return .some(nil) }
        let end = bytes[start...].firstIndex { !isDigit($0) } ?? bytes.endIndex
        return .some(Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
    }
}
