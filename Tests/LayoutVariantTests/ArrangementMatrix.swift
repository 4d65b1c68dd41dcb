/// The arrangement matrix: every arrangement crossed with looks and golds by a covering
/// design rather than the full product. Each arrangement gets `looksPerArrangement` looks
/// in which every level of every look factor (rules, page, font size, vertical headers,
/// repeated headers, fills, justified text, cell alignment, page furniture) and every gold appears at least once
/// (a producer's quirk, with five levels, in four of them); the factors turn at different
/// steps, so that across arrangements each pair of factor levels meets too
/// (`ArrangementMatrixTests.theDesignCoversEveryLevel` checks both).
///
/// Variant names are stable as long as arrangements are only appended to `Arrangements.all`.
enum ArrangementMatrix {
    /// The most levels a look factor has (four font sizes).
    static let looksPerArrangement = 4

    static let variants: [MatrixVariant] = Arrangements.all.enumerated().flatMap { i, arrangement in
        (0..<looksPerArrangement).map { k in
            // Found by search over such linear forms: each arrangement sees every level, and across
            // eight arrangements every pair of rules, page, font size and gold levels meets.
            var look = Look(rules: Look.Rules.allCases[(i + k) % 3],
                            page: Look.Page.allCases[(2 * i + k + k / 3) % 3],
                            fontSize: Look.fontSizes[(3 * i + k) % 4],
                            verticalHeaders: (i + k + k / 2) % 2 == 1,
                            repeatsHeader: (i + k) % 2 == 0)
            // Turning with the arrangement's pair (i / 2), fills meet every level of rules, page, font and gold.
            look.fills = Look.Fills.allCases[(k + i / 2) % 3]
            look.justified = (i + k / 3) % 2 == 1
            look.alignment = VerticalAlignment.allCases[(2 * i + i / 3 + k) % 3]
            // Five producers' habits in four looks: each arrangement meets four of them, and across
            // the matrix each meets every level of every other factor and every gold.
            look.quirk = ProducerQuirk.allCases[(i + 2 * k) % ProducerQuirk.allCases.count]
            // Amounts without thousands dots in two looks of each arrangement, meeting every other level.
            look.groupsThousands = (i + k / 2) % 2 == 0
            // Six ways of writing characters, four in each arrangement; found by search so that across
            // the matrix each meets every level of every other factor and every gold.
            look.characters = TextQuirk.allCases[(i + k + 4 * (i / 4) + k / 2) % TextQuirk.allCases.count]
            // Page furniture and drawing order, every level in each arrangement; turning with the
            // arrangement's pair (i / 2), each meets every level of every other factor and every gold.
            look.furniture = PageFurnitureLook.allCases[(k + i / 2) % PageFurnitureLook.allCases.count]
            return MatrixVariant(arrangement: arrangement, gold: GoldProgram.allCases[(k + k / 3) % 3], look: look)
        }
    }
}

/// One cell of the matrix: a gold printed in an arrangement with a look.
struct MatrixVariant: Sendable, CustomStringConvertible {
    var arrangement: Arrangement
    var gold: GoldProgram
    var look: Look

    var name: String { "\(arrangement.name) \(gold.short) \(look.name)" }
    var description: String { name }
}

/// The looks crossed with arrangements: rules, page, type size, turned header cells,
/// whether a table broken by a page repeats its header, and where cell text stands in its row.
struct Look: Sendable {
    enum Rules: String, CaseIterable, Sendable { case grid, rules, none }
    enum Page: String, CaseIterable, Sendable {
        case portrait, landscape
        /// A5 landscape: half-height pages, so tables break across pages.
        case short
    }
    static let fontSizes = [6.5, 8, 9.5, 11]
    /// Fills under cells, drawn as producers draw cell shading: a filled rectangle exactly under
    /// each cell, neighbours abutting, under the rules and the text.
    enum Fills: String, CaseIterable, Sendable {
        case none
        /// Header rows on a dark fill with white text (a template's house colour).
        case dark
        /// Header rows on light grey, every other body row on a lighter grey (zebra rows).
        case zebra
    }

    var rules: Rules
    var page: Page
    var fontSize: Double
    var verticalHeaders: Bool
    var repeatsHeader: Bool
    /// Fills under cells; in both fill looks the label column of labelled rows is shaded too.
    var fills = Fills.none
    /// Text cells set justified, long words hyphenated at a line's end (Word, InDesign).
    var justified = false
    /// Where cell text stands in its row: top (Word), middle (merged cells), bottom (Excel).
    var alignment = VerticalAlignment.middle
    /// The producer's habits: letter spacing, glyph-by-glyph placement, fake bold, turned pages.
    var quirk = ProducerQuirk.none
    /// Amounts with dots between thousands, or without ("5500000,00", Excel's Number format: kuruş always).
    var groupsThousands = true
    /// How the producer writes characters: ligatures, other spaces, currency, case, tracked titles.
    var characters = TextQuirk.none
    /// Page furniture and drawing order: a watermark, a numbered footer with a logo, text out of order.
    var furniture = PageFurnitureLook.none
    /// How the fonts' text layer writes Turkish letters: not in the matrix's design (`LegacyTextLayerTests`).
    var textLayer = LegacyTextLayer.unicode

    var name: String {
        let size = fontSize == fontSize.rounded() ? String(Int(fontSize)) : String(fontSize)
        return [rules.rawValue, page.rawValue, "\(size)pt", verticalHeaders ? "vertical" : nil, repeatsHeader ? "repeat" : nil,
         fills == .none ? nil : fills.rawValue,
         justified ? "justified" : nil,
         alignment == .middle ? nil : alignment.rawValue,
         quirk == .none ? nil : quirk.rawValue,
         groupsThousands ? nil : "ungrouped",
         characters == .none ? nil : characters.rawValue,
         furniture == .none ? nil : furniture.rawValue,
         textLayer == .unicode ? nil : textLayer.rawValue]
            .compactMap { $0 }.joined(separator: "-")
    }

    /// The typesetter's look.
    var layout: LayoutVariant {
        var v = LayoutVariant(name: name)
        v.page = page == .portrait ? .a4 : page == .landscape ? .a4Landscape : .a5Landscape
        v.text = TypeFace(size: fontSize)
        v.ruled = rules != .none
        v.verticalRules = rules == .grid
        v.verticalHeaders = verticalHeaders
        v.repeatsHeader = repeatsHeader
        v.fills = fills
        v.justified = justified
        v.verticalAlignment = alignment
        v.quirk = quirk
        v.groupsThousands = groupsThousands
        v.characters = characters
        v.furniture = furniture
        v.textLayer = textLayer
        return v
    }
}
