import Dataset
import Foundation
import Pipeline
import Testing

/// Programs whose fonts write a legacy Turkish text layer (`LegacyTextLayer`: "HEDEFĠ",
/// "BAġKANLIĞI", "Ýþletme"), each read back with the real pipeline and compared fact by fact
/// with what its arrangement prints, as a clean printing of it is (`ArrangementMatrixTests`).
@Suite struct LegacyTextLayerTests {
    /// Each legacy text layer across the three golds, in arrangements with labelled rows,
    /// headings and untitled tables, and in looks of several sizes and rules.
    static let variants: [MatrixVariant] = LegacyTextLayer.allCases.filter { $0 != .unicode }.flatMap { layer in
        [
            (Arrangements.kayseri, GoldProgram.kayseri2024, Look(rules: .grid, page: .portrait, fontSize: 8, verticalHeaders: false, repeatsHeader: true)),
            (Arrangements.balikesir, .balikesir2024, Look(rules: .rules, page: .landscape, fontSize: 9.5, verticalHeaders: true, repeatsHeader: false)),
            (Arrangements.plainLabelsUntitled, .kayseri2025, Look(rules: .none, page: .short, fontSize: 6.5, verticalHeaders: false, repeatsHeader: true)),
        ].map { arrangement, gold, look in
            var look = look
            look.textLayer = layer
            return MatrixVariant(arrangement: arrangement, gold: gold, look: look)
        }
    }

    @Test(arguments: variants)
    func readsALegacyTextLayerAsTheCleanOne(_ variant: MatrixVariant) throws {
        let source = try variant.gold.program()
        let label = variant.name.replacingOccurrences(of: " ", with: "_")
        let scratch = try ScratchDirectory("legacy-\(label)")
        let path = scratch.url.appendingPathComponent("legacy_\(label).pdf").path
        let typesetter = ArrangementTypesetter(program: source, arrangement: variant.arrangement, look: variant.look.layout)
        try typesetter.write(to: path)
        // The text layer really is the legacy one: the reader sees "HEDEFĠ", not "HEDEFİ".
        let text = PopplerText.pages(path: path).joined()
        #expect(!text.contains("İ") && text.contains(variant.look.textLayer.written("İ")), "\(variant.name): no legacy letters in the text layer")

        let expected = ExpectedProgram.of(source, in: variant.arrangement)
        ReadBack.expectExact(expected, readFrom: path, kind: "legacy", name: variant.name, knownIssue: nil, allRead: true,
                             expectedUnread: ExpectedProgram.unread(typesetter.generalTables) + typesetter.statedUnread)
    }

    /// The pages whose words were read with other letters than their text layer's are named in the
    /// program's diagnostics (report.json's `diagnostics`), so an analyst knows which pages to check
    /// against the PDF; a clean printing names none.
    @Test(arguments: [LegacyTextLayer.wordTUR, .latin1, .unicode])
    func namesThePagesWhoseLettersItRepaired(_ layer: LegacyTextLayer) throws {
        var look = Look(rules: .grid, page: .portrait, fontSize: 8, verticalHeaders: false, repeatsHeader: true)
        look.textLayer = layer
        let scratch = try ScratchDirectory("legacy-pages-\(layer.rawValue)")
        let path = scratch.url.appendingPathComponent("legacy_pages_\(layer.rawValue).pdf").path
        try ArrangementTypesetter(program: try GoldProgram.kayseri2024.program(), arrangement: Arrangements.kayseri, look: look.layout)
            .write(to: path)
        let texts = PopplerText.pages(path: path)
        // The letters this layer writes in place of Turkish ones, and the pages whose text holds them.
        let written = Set(layer.written("İıŞşĞğ").unicodeScalars).subtracting("İıŞşĞğ".unicodeScalars)
        let legacyPages = Set(texts.indices.filter { k in texts[k].unicodeScalars.contains(where: written.contains) }.map { $0 + 1 })
        let goalPages = Set(texts.indices.filter { texts[$0].contains(layer.written("HEDEFİ")) }.map { $0 + 1 })

        let notes = try ProgramExtractor.extract(path: path).diagnostics.filter { $0.contains("legacy Turkish font") }
        let named = Set(notes.compactMap { note in
            note.range(of: ": page ").flatMap { Int(note[$0.upperBound...].prefix { $0.isNumber }) }
        })
        #expect(named.count == notes.count, "one note a page: \(notes)")
        if layer == .unicode {
            #expect(notes.isEmpty && legacyPages.isEmpty)
        } else {
            #expect(!goalPages.isEmpty && goalPages.isSubset(of: named), "goal tables on \(goalPages.sorted()), named \(named.sorted())")
            #expect(named.isSubset(of: legacyPages), "named \(named.sorted()), legacy letters on \(legacyPages.sorted())")
        }
    }
}
