import Dataset

/// Which responsible units of two years are one unit: each program's spellings grouped into
/// canonical units (`ProgramUnits`), and a new year's unit paired with the old unit whose
/// spellings match (`UnitKey`), so that a spelling variant ("Daire" / "Dairesi", "Tanıtım" /
/// "Tanıtımı") is the same unit and only a real rename is a change.
struct UnitCorrespondence {
    let old: ProgramUnits
    let new: ProgramUnits
    /// New unit number → the old unit number it continues.
    let oldNumberOfNew: [Int: Int]

    init(old: Program, new: Program) {
        self.old = ProgramUnits(old)
        self.new = ProgramUnits(new)
        var pairs: [Int: Int] = [:]
        for n in self.new.units {
            if let o = self.old.units.first(where: { $0.matches(n) }) { pairs[n.number] = o.number }
        }
        oldNumberOfNew = pairs
    }

    /// A token that is equal for the two years' spellings of one unit ("" for no unit).
    func oldToken(_ printed: String) -> String {
        old.unit(printed: printed).map { "U\($0.number)" } ?? ""
    }

    func newToken(_ printed: String) -> String {
        guard let unit = new.unit(printed: printed) else { return "" }
        return oldNumberOfNew[unit.number].map { "U\($0)" } ?? "N\(unit.number)"
    }
}
