import Dataset
import Foundation
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
}
