import TableGeometry

/// The column naming the unit that answers for each row (Sorumlu Harcama Birimi, Sorumlu
/// Müdürlük, Harcama Birimi). Templates print other units beside it under titles that hold the
/// same word (“İşbirliği Yapılacak Birimler”, “Koordinatör Birim”): those never answer for a
/// row, nor give an indicator's unit of measure ("Birim"), except that a coordinating unit
/// answers where no column names the responsible one.
enum ResponsibleUnitColumn {
    /// Units a row names beside the one answering for it.
    static let otherUnits: [Lexicon.Concept] = [.cooperatingUnit, .coordinatingUnit]

    /// Whether the column's heading names another unit than the responsible one. Its group
    /// counts too: a title's first line much wider than the rest (“Koordinatör” over “Birim”)
    /// is taken for a group, and the title alone would name the responsible unit.
    static func namesOtherUnit(_ column: Column) -> Bool {
        let heading = Lexicon.fold((column.group ?? "") + " " + column.title)
        return otherUnits.contains { Lexicon.names($0, .columnHeader, heading, .within) }
    }

    /// Whether the column names the responsible unit: `folded` (its title, or with its group
    /// as the reader reads it) names it and its heading names no other unit.
    static func names(_ column: Column, _ folded: String) -> Bool {
        Lexicon.names(.responsibleUnit, .columnHeader, folded, .within) && !namesOtherUnit(column)
    }

    /// Whether the column names a coordinating unit, and no cooperating one.
    static func namesCoordinator(_ column: Column) -> Bool {
        let heading = Lexicon.fold((column.group ?? "") + " " + column.title)
        return Lexicon.names(.coordinatingUnit, .columnHeader, heading, .within)
            && !Lexicon.names(.cooperatingUnit, .columnHeader, heading, .within)
    }

    /// The section's responsible unit column, else its coordinating unit's.
    static func column(_ section: TableSection) -> Int? {
        section.columns.firstIndex { names($0, Lexicon.fold($0.title)) } ?? section.columns.firstIndex(where: namesCoordinator)
    }
}
