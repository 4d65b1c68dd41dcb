import Dataset
import TableGeometry

/// An indicator column's year named relative to the program's rather than printed (“Önceki Yıl
/// Gerçekleşme”, “Cari Yıl Tahmin”, “Bütçe Yılı Hedef”), in the budget's terms: the program is for
/// the budget year (bütçe yılı, N), prepared in the current year (cari yıl, N−1), whose year before
/// (önceki yıl, N−2) is the last with actuals — the same three years the guide's indicator table
/// prints as “N−2 Gerçekleşme”, “N−1 Tahmin”, “N Hedef”.
///
/// The program's year is read from its cover and running lines once the pages are in, so a value
/// of such a column holds its offset as its year (0, −1, −2: no year a program prints) until
/// `settle` gives it the year.
enum RelativeYear {
    /// Each relative year's concept and its offset from the program's year.
    static let offsets: [(Lexicon.Concept, Int)] = [(.budgetYear, 0), (.currentYear, -1), (.previousYear, -2)]

    /// The offset folded header text names, if any: the text holds nothing but the relative year
    /// and kinds of value. “Önceki Yıla Göre Artış Hedefi (%)”, “Geçmiş Yıllar Ortalaması
    /// Gerçekleşme” or “Bütçe Yılı+1 Hedef” name no year of the three; read as one, they would invent
    /// values (or give two columns the same year and kind): they stay columns not understood.
    static func offset(_ folded: String) -> Int? {
        guard let (concept, offset) = offsets.first(where: { Lexicon.names($0.0, .columnHeader, folded, .within) }) else { return nil }
        let words = folded.split(separator: " ").map(String.init)
        var k = 0
        while k < words.count {
            if let n = Lexicon.leads(words, at: k, concept, .columnHeader) { k += n; continue }
            guard HeaderBlock.valueKinds.contains(where: { Lexicon.names($0, .columnHeader, words[k], .whole) }) else { return nil }
            k += 1
        }
        return offset
    }

    /// A row of relative years alone (“Önceki Yıl Cari Yıl Bütçe Yılı”), as a row of years: the
    /// header's group row over the kinds of value.
    static func namesYearsAlone(_ band: RowBand) -> Bool {
        // Most rows name none: their words need not be folded one by one.
        guard offsets.contains(where: { Lexicon.names($0.0, .columnHeader, band.folded, .within) }) else { return false }
        let words = Lexicon.foldEach(band.words.map(\.text))
        var k = 0
        while k < words.count {
            guard let n = offsets.lazy.compactMap({ Lexicon.leads(words, at: k, $0.0, .columnHeader) }).first else { return false }
            k += n
        }
        return true
    }

    /// Whether a value's year is still an offset (`offsets`), not a year.
    static func isOffset(_ year: Int) -> Bool { year <= 0 && year >= -2 }

    /// Gives the values of relative columns their years from the program's; where the program
    /// names no year, takes them out and states each goal's relative columns unread.
    static func settle(_ program: inout RecognizedProgram) {
        for g in program.goals.indices {
            var unread = false
            for i in program.goals[g].indicators.indices {
                var values = program.goals[g].indicators[i].values
                guard values.contains(where: { isOffset($0.year) }) else { continue }
                if let year = program.year {
                    for k in values.indices where isOffset(values[k].year) { values[k].year += year }
                    values.sort { ($0.year, $0.kind.order) < ($1.year, $1.kind.order) }
                } else {
                    values.removeAll { isOffset($0.year) }
                    unread = true
                }
                program.goals[g].indicators[i].values = values
            }
            if unread {
                let page = program.goals[g].indicators.first?.page ?? program.goals[g].page ?? 0
                program.diagnostics.append(LeftUnread.note(
                    "page \(page): indicator table columns naming their year relative to the program's, and the program names no year: their cells"))
            }
        }
    }
}
