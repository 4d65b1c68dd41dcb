/// A code a narrow code cell broke at one of its dots (“PG1.1.” over “1”): the two pieces
/// are one code, read without the space a line break otherwise stands for, else the code reads
/// one level short (“PG1.1”) and its last number joins the name beside it.
public enum CodeBreak {
    /// Whether word `next`, at the start of a line, continues word `piece` that ended the line
    /// before (`continues(_:_:)` of their bytes).
    public static func continues(_ piece: String, _ next: String) -> Bool {
        continues(Array(piece.utf8)[...], Array(next.utf8))
    }

    /// Whether word `after`, opening a line, continues the code `before` that ended the line
    /// above: the piece before the break is letters then at least two numbers parted by a dot (“PG1.1.”,
    /// “PG10.3”), and the line after opens with the rest of the code (“1”, “.2”). A single
    /// number and its dot (“Madde 3.”, “H1.”) ends a sentence as often as it breaks a code,
    /// and stays apart.
    static func continues(_ piece: ArraySlice<UInt8>, _ after: [UInt8]) -> Bool {
        guard piece.count > 1 else { return false }
        let letters = piece.prefix(while: isLetter)
        let numbers = Array(piece.dropFirst(letters.count))
        // Broken after a dot (“PG1.1.” over “1”) or before one (“PG10.3” over “.2”): either way
        // the joined code is numbers parted by single dots, and the piece before holds two of
        // them at least.
        let brokenAfterDot = numbers.last == dot && !after.isEmpty && after.allSatisfy(isDigit)
        let brokenBeforeDot = numbers.last.map(isDigit) == true && after.count >= 2 && after.first == dot
        guard brokenAfterDot || brokenBeforeDot else { return false }
        let joined = numbers + after
        guard joined.first.map(isDigit) == true, joined.last.map(isDigit) == true,
              joined.allSatisfy({ isDigit($0) || $0 == dot }),
              !zip(joined, joined.dropFirst()).contains(where: { $0 == dot && $1 == dot }) else { return false }
        // Two numbers in the piece before: a dot after its first (“PG1.1.”, “PG10.3”).
        return numbers.dropLast().contains(dot)
    }

    private static let dot = UInt8(ascii: ".")
    private static func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- UInt8(ascii: "a") < 26 }
}
