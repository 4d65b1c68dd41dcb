import Dataset

/// One way a municipality might print the same program. Each variant changes one thing
/// (or one pair of things) from the ruled original, so that a failure names its cause.
struct LayoutVariant: Sendable, CustomStringConvertible {
    enum HeaderLook: Sendable { case bold, shaded }

    var name: String
    var page = PageSize.a4
    var text = TypeFace(size: 8)
    /// Horizontal rules above, between and below rows (the original has no vertical rules).
    var ruled = true
    /// Vertical rules at every column edge too: a full grid.
    var verticalRules = false
    var headerLook = HeaderLook.bold
    /// Header cells over single figure columns turned on their side (`TableSetter.isVertical`).
    var verticalHeaders = false
    var wording = HeaderWording.sample
    /// The name column's width against the original's (the rest goes to the figures).
    var nameColumnScale = 1.0
    var amountsWithKurus = false
    /// Space between a figure and its column's edges, and the white space a figure column
    /// keeps beyond its longest figure (see `TableSetter.cellPadding`, `figureGap`).
    var figurePadding = TableSetter.cellPadding
    var figureGap = TableSetter.figureGap
    /// Space between a text cell's words and its column's left edge.
    var textPadding = TableSetter.cellPadding
    /// A Bütçe Dışı with nothing in it printed as "-" instead of "0".
    var dashForNoOffBudget = false
    /// Whether a table broken by a page repeats its header rows on the next page.
    var repeatsHeader = false
    /// Whether a row taller than the room left on a page is cut there and goes on over the
    /// page (as word processors let rows break), instead of moving whole to the next page.
    var rowsBreakAcrossPages = false
    /// Activity names and explanations lengthened (`LongTexts`), so names wrap onto many
    /// lines and explanations run longer than the room a page has left.
    var longTexts = false
    /// Fills under header cells, body rows and label cells (`Look.Fills`).
    var fills = Look.Fills.none
    /// Text cells justified, long words hyphenated at a line's end (`LineBreaker.paragraph`).
    var justified = false
    /// Where a cell's text stands in its row: centred, as the first looks were printed.
    var verticalAlignment = VerticalAlignment.middle
    /// The producer's habits the PDF is written with (`ProducerQuirk`).
    var quirk = ProducerQuirk.none
    /// How the producer writes characters: ligatures, other spaces, currency, case (`TextQuirk`).
    var characters = TextQuirk.none
    /// What every page carries besides the program, and the order a page is drawn in (`PageFurnitureLook`).
    var furniture = PageFurnitureLook.none
    /// How the fonts' text layer writes Turkish letters (`LegacyTextLayer`).
    var textLayer = LegacyTextLayer.unicode
    /// Amounts with dots between thousands ("5.500.000"), or without (`false`: "5500000,00", Excel's
    /// Number format, two decimals and no thousands separator). Ungrouped amounts always print their
    /// kuruş: "5500000" alone is no amount the contract reads apart from a year or a count.
    var groupsThousands = true

    var description: String { name }

    /// The program this variant prints, and so what its extraction must read back: the gold,
    /// with what the variant changes in the content (not only the look) applied.
    func printedProgram(_ gold: Program) -> Program {
        var program = gold
        for g in program.goals.indices {
            for a in program.goals[g].activities.indices {
                var activity = program.goals[g].activities[a]
                // The contract reads "-" as no amount (DATASET.md: "-" is not a number).
                if dashForNoOffBudget, activity.offBudget == .zero { activity.offBudget = nil }
                if longTexts {
                    activity.name += " " + LongTexts.nameTail
                    activity.description = activity.description.isEmpty ? "" : activity.description + " " + LongTexts.explanation
                }
                program.goals[g].activities[a] = activity
            }
        }
        return program
    }

    /// Like the sample: A4, 8 pt, horizontal rules, bold headers.
    static let ruled = LayoutVariant(name: "ruled")
    /// No rules at all: rows apart by white space only.
    static let unruled = LayoutVariant(name: "unruled", ruled: false)
    /// The name column 30% narrower, the figures wider, 9 pt text.
    static let narrowNames = LayoutVariant(name: "narrow-names-9pt", text: TypeFace(size: 9), nameColumnScale: 0.7)
    /// Half-height pages: tables break across pages and repeat their header rows.
    static let shortPages = LayoutVariant(name: "short-pages", page: .a5Landscape, repeatsHeader: true)
    /// Header cells on grey instead of bold; amounts with kuruş ("12.000.000,00").
    static let shadedHeaders = LayoutVariant(name: "shaded-headers-kurus", headerLook: .shaded, amountsWithKurus: true)
    /// A full grid: every column ruled off from the next by a drawn vertical line.
    static let grid = LayoutVariant(name: "grid", verticalRules: true)
    /// A4 landscape: the same fractions of a wider text block, so every column is wider.
    static let landscape = LayoutVariant(name: "a4-landscape", page: .a4Landscape)
    /// The guidelines' other header words: "Performans Göstergesi", "Ölçü Birimi", "Faaliyet / Proje".
    static let otherWording = LayoutVariant(name: "other-header-wording", wording: .singular)
    /// Figures tight against their column's right edge in columns just wide enough, and an
    /// empty Bütçe Dışı printed as "-".
    static let tightFiguresDash = LayoutVariant(name: "tight-figures-dash", figurePadding: 2, figureGap: 0,
                                                dashForNoOffBudget: true)
    /// Names wrapping onto four and more lines, explanations cut by the page break.
    static let longRowsBroken = LayoutVariant(name: "long-rows-broken", rowsBreakAcrossPages: true, longTexts: true)

    /// Columns parted by drawn vertical rules only, no horizontal ones: the rules are the
    /// column boundaries, the rows are parted by white space.
    static let verticalRulesOnly = LayoutVariant(name: "vertical-rules-only", ruled: false, verticalRules: true)
    /// Figure columns twice as wide as their centred header words, the figures right-aligned
    /// tight against the column's right edge and text tight against its left edge (1 pt), no
    /// rules: a figure stands nearer the next column's header than its own, and only the body's
    /// white space tells where it belongs.
    static let wideFiguresUnruled = LayoutVariant(name: "wide-figures-unruled", ruled: false, nameColumnScale: 0.55,
                                                  figurePadding: 1, figureGap: 0, textPadding: 1)

    /// A grid without horizontal rules whose cells have 1 pt of padding: figures right-aligned
    /// against one rule and the next column's text against it, 2 pt apart, under centred headers
    /// narrower than their wide figure columns. Only the drawn rules say where a cell ends.
    static let tightGrid = LayoutVariant(name: "tight-grid", ruled: false, verticalRules: true, nameColumnScale: 0.55,
                                         figurePadding: 1, figureGap: 0, textPadding: 1)

    static let all = [ruled, unruled, narrowNames, shortPages, shadedHeaders,
                      grid, landscape, otherWording, tightFiguresDash, longRowsBroken,
                      verticalRulesOnly, wideFiguresUnruled, tightGrid]
}

/// The header words of the goal table's sub-tables.
struct HeaderWording: Sendable {
    var indicators: String
    var unit: String
    var activities: String

    /// As the Balıkesir sample prints them.
    static let sample = HeaderWording(indicators: "Performans Göstergeleri", unit: "Ölçü", activities: "Faaliyetler")
    /// The other forms the guidelines use (Vocabulary lists both).
    static let singular = HeaderWording(indicators: "Performans Göstergesi", unit: "Ölçü Birimi", activities: "Faaliyet / Proje")
}

/// Text added to activity names and explanations by the long-text variant: plain words
/// (no hyphens, digits or table vocabulary), so that only the length changes.
enum LongTexts {
    static let nameTail = "kapsamında ilçe merkezlerinde ve kırsal mahallelerde yürütülecek etüt, proje, yapım, bakım ve onarım "
        + "çalışmalarının ilgili kurum ve kuruluşlarla eşgüdüm içinde planlanması, ihale süreçlerinin zamanında "
        + "tamamlanması ve uygulamanın yerinde denetlenerek raporlanması"
    /// Four times the tail: some forty lines across the table, more than most of a page.
    static var explanation: String { Array(repeating: explanationTail, count: 4).joined(separator: " ") }
    static let explanationTail = "Bu bütçe ile yürütülecek çalışmalar ilçe belediyeleri, muhtarlıklar ve ilgili kamu kurumlarıyla "
        + "birlikte planlanacak, her aşamada vatandaşların görüş ve önerileri alınacaktır. Çalışmaların sonuçları "
        + "yıl içinde düzenli olarak izlenecek, sapmalar olduğunda gerekli önlemler zamanında alınacak ve yıl sonunda "
        + "hazırlanacak faaliyet raporunda kamuoyuyla paylaşılacaktır. Hizmetlerin sürdürülebilir olması için bakım "
        + "ve onarım giderleri de bu kalem içinde öngörülmüş, çevreye duyarlı malzeme ve yöntemler tercih edilmiştir. "
        + "Uygulama sürecinde engelli, yaşlı ve çocuk yurttaşların erişimi gözetilecek, kırsal mahallelerdeki "
        + "ihtiyaçlar kent merkezindekilerle eşit biçimde ele alınacaktır. Yürütülen işlerin kalitesi yerinde "
        + "denetimlerle güvence altına alınacak, yüklenici firmaların sözleşme koşullarına uyumu sürekli izlenecektir."
}
