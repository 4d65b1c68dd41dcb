import Dataset
import Foundation
import Testing

/// One canonical unit per unit of a program, whatever the spellings; ids in order of
/// first appearance; the canonical name from the most frequent spelling.
@Suite struct ProgramUnitsTests {
    @Test func balikesirSpellingsGiveOneUnitEach() throws {
        let units = ProgramUnits(try UnitFixtures.goldProgram("balikesir-buyuksehir-belediyesi-2024"))
        #expect(units.units.count == 28)
        func id(_ name: String) -> String { units.unitID(printed: name) }
        #expect(id("Kültür ve Sosyal İşler Dairesi Başkanlığı") == id("Kültür ve Sosyal İşler Dai. Bşk."))
        #expect(id("Kent Tarihi ve Tanıtım Dairesi Başkanlığı") == id("Kent Tarihi ve Tanıtımı Dai. Bşk."))
        #expect(id("Kent Tarihi ve Tanıtım Dairesi Başkanlığı") == id("Kent Tarihi ve Tanıtımı Dairesi Başkanlığı"))
        #expect(id("Fen İşleri Dairesi Başkanlığı") == id("Fen İşleri Dai. Bşk."))
        #expect(id("Sağlık ve Sosyal Hizmetler Dairesi Başkanlığı") == id("Sağlık ve Sosyal Hizmetler Dai. Bşk."))
        #expect(id("İlçe Hizmetleri 1. Bölge Dairesi Başkanlığı") != id("İlçe Hizmetleri 2. Bölge Dairesi Başkanlığı"))
        #expect(id("Fen İşleri Dairesi Başkanlığı").hasPrefix("balikesir-buyuksehir-belediyesi-2024/U"))
        let kultur = try #require(units.unit(printed: "Kültür ve Sosyal İşler Dai. Bşk."))
        #expect(kultur.canonicalName == "Kültür ve Sosyal İşler Dairesi Başkanlığı")
        #expect(kultur.spellings.map(\.count).reduce(0, +) == 21)
        #expect(try #require(units.unit(printed: "Zabıta Daire Başkanlığı")).canonicalName == "Zabıta Dairesi Başkanlığı")
        #expect(units.unitID(printed: "") == "")
    }

    @Test func kayseriTypoAndSuffixVariantsAreOneUnit() throws {
        let units = ProgramUnits(try UnitFixtures.goldProgram("kayseri-buyuksehir-belediyesi-2024"))
        #expect(units.units.count == 25)
        let kultur = try #require(units.unit(printed: "Kùltür ve Sosyal İşler Daire Başkanlığı"))
        #expect(kultur == units.unit(printed: "Kültür ve Sosyal İşler Daire Başkanlığı"))
        #expect(kultur.canonicalName == "Kültür ve Sosyal İşler Dairesi Başkanlığı")
        // 5 × "Tanıtımı", 4 × "Tanıtım": the more frequent spelling names the unit.
        let kent = try #require(units.unit(printed: "Kent Tarihi ve Tanıtım Daire Başkanlığı"))
        #expect(kent.canonicalName == "Kent Tarihi ve Tanıtımı Dairesi Başkanlığı")
        #expect(kent.mostFrequentSpelling == "Kent Tarihi ve Tanıtımı Daire Başkanlığı")
    }

    @Test func numberedInOrderOfFirstAppearanceAndNamedByTheMostFrequentSpelling() {
        let units = ProgramUnits(programID: "p", printedNames: [
            "Zabıta Müdürlüğü", "", "FEN İŞLERİ DAİ. BŞK.", "Fen İşleri Dairesi Başkanlığı", "FEN İŞLERİ DAİRESİ BAŞKANLIĞI",
            "Zabıta Md.", "Zabıta Md.",
        ])
        #expect(units.units.map(\.number) == [1, 2])
        #expect(units.units.map(\.canonicalName) == ["Zabıta Müdürlüğü", "FEN İŞLERİ DAİRESİ BAŞKANLIĞI"])
        #expect(units.unitID(printed: "Zabıta Md.") == "p/U1")
        #expect(units.unitID(printed: "Fen İşleri Dairesi Başkanlığı") == "p/U2")
        #expect(units.units[0].mostFrequentSpelling == "Zabıta Md.")
    }

    /// units.csv: one row per spelling, sorted by unit number then name; activities.unit_id
    /// points at them.
    @Test func unitsTableRowsAndActivityUnitIDs() throws {
        let program = try UnitFixtures.goldProgram("balikesir-buyuksehir-belediyesi-2024")
        let rows = DatasetTables.rows(DatasetTables.units, program: program)
        #expect(DatasetTables.units.header == ["program_id", "unit_id", "name", "canonical_name", "function_code",
                                               "function_name", "rule"])
        #expect(rows.count == 33)                                   // printed spellings
        #expect(Set(rows.map { $0[1] }).count == 28)
        let numbers = rows.map { Int($0[1].split(separator: "U").last ?? "") ?? 0 }
        #expect(numbers == numbers.sorted())
        #expect(rows.first?[1] == "balikesir-buyuksehir-belediyesi-2024/U1")
        let activities = DatasetTables.rows(DatasetTables.activities, program: program)
        let unitColumn = try #require(DatasetTables.activities.header.firstIndex(of: "unit_id"))
        #expect(unitColumn == DatasetTables.activities.header.count - 1, "unit_id is appended after the v1 columns")
        let known = Dictionary(rows.map { ($0[2], $0[1]) }, uniquingKeysWith: { a, _ in a })
        for a in activities { #expect(known[a[6]] == a[unitColumn], "\(a[1])") }
        let fen = rows.filter { $0[3] == "Fen İşleri Dairesi Başkanlığı" }
        #expect(fen.map { $0[2] } == ["Fen İşleri Dai. Bşk.", "Fen İşleri Dairesi Başkanlığı"])
        #expect(Set(fen.map { $0[1] }).count == 1)
    }
}
