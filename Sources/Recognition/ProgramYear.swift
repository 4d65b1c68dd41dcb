/// The years a performance program may name: a number outside them is a count or an
/// amount, not a year column or a document's year.
enum ProgramYear {
    static let plausible = 1990...2100

    static func isPlausible(_ n: Int) -> Bool { plausible.contains(n) }
}
