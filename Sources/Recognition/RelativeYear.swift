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

    /// The offsets a value's year may hold until the program's year is known: the budget's three
    /// years (N−2, N−1, N) and the two plan years after the budget year (“Bütçe Yılı+1”, “+2”: N+1
    /// and N+2, which a medium-term budget projects). None is a year a program prints
    /// (`ProgramYear.isPlausible`), so a value's year tells an offset from a year.
    static let offsetRange = -2...2

    /// The offset the header names, if any: the text holds nothing but the relative year and kinds
    /// of value. “Önceki Yıla Göre Artış Hedefi (%)” or “Geçmiş Yıllar Ortalaması Gerçekleşme”
    /// name no year of the three; read as one, they would invent values: they stay columns not
    /// understood. The budget year followed by a plan year's count (“Bütçe Yılı+1 Hedef”, the sign
    /// in `printed`) is that plan year (N+1), never a second year N; a count past `offsetRange` none.
    /// `printed`: the header as printed, where the sign stands (folding drops it).
    static func offset(_ folded: String, printed: String? = nil) -> Int? {
        guard let (concept, offset) = offsets.first(where: { Lexicon.names($0.0, .columnHeader, folded, .within) }) else { return nil }
        let words = folded.split(separator: " ").map(String.init)
        var planYears = 0
        var k = 0
        while k < words.count {
            if let n = Lexicon.leads(words, at: k, concept, .columnHeader) {
                k += n
                // “Bütçe Yılı+1”: the count after the budget year's words, the sign before it printed.
                if concept == .budgetYear, k < words.count, let count = Int(words[k]), count > 0, printed.map(Self.namesFollowingYears) == true {
                    guard offsetRange.contains(offset + count), planYears == 0 else { return nil }
                    planYears = count
                    k += 1
                }
                continue
            }
            guard HeaderBlock.valueKinds.contains(where: { Lexicon.names($0, .columnHeader, words[k], .whole) }) else { return nil }
            k += 1
        }
        return offset + planYears
    }

    /// Whether a printed header counts years on from the budget year (“Bütçe Yılı+1”, “Bütçe Yılı + 2”):
    /// the sign, then (spaces aside) a digit.
    static func namesFollowingYears(_ printed: String) -> Bool {
        guard let sign = printed.firstIndex(of: Lexicon.followingYearSign) else { return false }
        return printed[printed.index(after: sign)...].first { $0 != " " }?.isNumber ?? false
    }

    /// The kind of value a column headed by a relative year alone holds (“Geçmiş Yıl”, “Cari Yıl”,
    /// “Bütçe Yılı”, no kind word): in the budget's terms, the year before the current one is the
    /// last with actuals, the current year is estimated, and the budget year and the plan years after
    /// it are targets — the kinds the guide's indicator table prints under N−2, N−1 and N.
    static func kind(ofOffset offset: Int) -> ValueKind {
        offset <= -2 ? .actual : offset == -1 ? .estimate : .target
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
    static func isOffset(_ year: Int) -> Bool { offsetRange.contains(year) }

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
