/// How a municipality arranges its performance program: the blocks it prints, in order, and
/// the words it uses. A template is a list of blocks; `Arrangements` holds the ones seen in
/// the guide and in real programs. To add a municipality's arrangement, write one more
/// `Arrangement` there from these blocks (and a block here only if none fits).
struct Arrangement: Sendable, CustomStringConvertible {
    var name: String
    var blocks: [Block]
    var titles = TitleStyle.guide
    var wording = Wording.guide
    /// Amounts with kuruş ("5.500.000,00", as Kayseri) or whole lira ("5.500.000", as Balıkesir).
    var kurus = false
    /// The currency printed with every amount, if any ("5.500.000 TL", "₺5.500.000").
    var currency = Currency.none
    /// How a zero amount is printed: "0" (or "0,00"), "-", or an empty cell.
    var zeros = ZeroStyle.digits
    /// The İdare Performans Tablosu's amount headers name their unit ("Bütçe İçi (TL)"), or
    /// only the source ("Bütçe İçi"): then its columns alone say what it is.
    var summaryUnits = true
    /// The İdare Performans Tablosu as the program lines alone under a blank corner, each source a
    /// group over its amount and its share of the Genel Toplam's ("Bütçe İçi" over "TL | Pay").
    var summaryShares = false
    /// Cost tables list a goal's activities last to first: they join by code or name, not place.
    var costsReversed = false
    /// A note under each goal's tables, as templates explain a year's figures or the amounts' unit
    /// (`ArrangementTypesetter.footnote`): "(*) 2023 yılı değerleri tahmin, 2024 yılı değerleri hedeftir.",
    /// "Not: Tutarlar TL'dir; 1.250.000 TL …". No facts: no row, total or value.
    var footnotes = false
    /// A table that goes on over a page says so above its rest, with its header repeated or not:
    /// "<title> (Devamı)", "Tablo 3 (Devamı)", or "(devamı)" where tables have no titles.
    var continuedCaptions = false
    /// Tables printed on pages of the other orientation between the rest's pages: a landscape
    /// section in a portrait document, as a word processor prints a table too wide for the page.
    var turnedPages = TurnedPages.none
    /// The turned pages stored in the others' orientation and shown turned by /Rotate 90 (a merged
    /// PDF's rotated pages), instead of pages of the other size.
    var turnedStored = false
    /// Cost tables as a word processor's or a layout program's template prints them, without the
    /// guide's frame (T04, T10, T12a of the blind tests): no total row closing them, and a table per
    /// goal with its code columns under no "Ekonomik Kod" group, its activities' column titled by the
    /// activity table's word ("Faaliyetler"). With no titles, each ends only where the next goal's
    /// heading or labelled rows, or the next activity's labelled rows, begin.
    var bareCostTables = false
    /// Each cost table per activity captioned by its activity ("Faaliyet Maliyeti: 1. <name>", the
    /// blind tests' Word template T01) instead of the labelled rows over it, its code columns titled
    /// "Kod" and "Ekonomik Sınıflandırma": no responsible unit or explanation printed with it.
    var costCaptions = false
    /// The labelled rows over each cost table per activity without colons, the activity's name first
    /// and the goal's code in its value: "Faaliyet Adı" | …, "Sorumlu Harcama Birimi" | …, "Performans
    /// Hedefi" | "1 …", "Açıklamalar" | … (the blind tests' T07, T12b).
    var bareCostLabels = false
    /// The running header one letter-spaced line of the year, the name and "PERFORMANS PROGRAMI"
    /// with the page's number after a bar (Başiskele 2013, `RealTemplates.md` 13).
    var spacedRunningHeader = false
    /// Amounts in thousands of lira with one decimal ("5.500,0"), as budget documents print large
    /// figures, every amount column's header saying so ("Kaynak İhtiyacı 2024 (Bin TL)"): read ×1000.
    var thousands = false
    /// Where a program in thousands states its unit (`thousands`): in every amount header, or once.
    var thousandsStated = ThousandsStatement.everyHeader
    /// Amounts written the en-US way ("5,500,000.00", "800,000"), as a spreadsheet set to English
    /// exports them; the indicators' values stay as the gold prints them.
    var enUSAmounts = false
    /// The running header's right half names the chapter, in the words of a table's columns
    /// ("Bölüm 2 – Performans Hedefi, Göstergeler ve Faaliyetler"), instead of the year and the title.
    var chapterRunningHeader: String?
    /// Each goal's indicator and activity tables under a numbered title of their own naming the goal
    /// in brackets after it ("Tablo 4: Faaliyetler ve Maliyetleri (Performans Hedefi 1.1)", blind T06),
    /// below the goal's heading: the title is no caption giving the goal its text.
    var goalInTitles = false
    /// Each cost table per activity turned (the blind tests' T09): a column per economic code the
    /// activity spends on (its code and name) and the total, a row per source ("Bütçe", "Bütçe Dışı")
    /// and the total row under them.
    var costsAcross = false
    /// The İdare Performans Tablosu turned (the blind tests' T03, T08): a column per goal and per
    /// program line (goals' total, general administration, transfers, Genel Toplam), a row per source
    /// ("Bütçe İçi", "Bütçe Dışı", "Toplam"); no activity's column.
    var summaryAcross = false
    /// Each goal's indicator and activity tables under a bold line at the left naming what they hold
    /// ("Performans Göstergeleri", "Faaliyetler"), no table's word in it: a report writer's headings
    /// over its sub-tables (the blind tests' T08 titled), set right over the header's first row.
    var partCaptions = false
    /// Each activity printed as a card of labelled rows, its cost table per activity under it where
    /// it has costs (the blind tests' T06): "Faaliyet No:" | code, "Faaliyet Adı:" | name, "Sorumlu
    /// Birim:" | unit, "Kaynak İhtiyacı:" | "Bütçe: … TL  Bütçe Dışı: … TL  Toplam: … TL", "Açıklama:"
    /// | explanation, a heading "Faaliyetler" right over the first. The goal prints no activity
    /// table: its activities are its cards.
    var activityCards = false

    var description: String { name }
}

/// Where a program printing its amounts in thousands of lira says so.
enum ThousandsStatement: Sendable {
    /// Every amount column's header or group ("Kaynak İhtiyacı 2024 (Bin TL)").
    case everyHeader
    /// The activity tables' headers alone; the cost tables and the summaries print bare figures under headers naming no unit.
    case activityHeaders
    /// No header: a note line right over each goal's activity table ("(Tutarlar Bin TL'dir)").
    case noteOverActivities
}

/// Which goal tables go on pages turned to the other orientation (each on a new page, the
/// blocks after it on a new page turned back).
enum TurnedPages: Sendable {
    case none
    /// The cost tables (a column per economic code: the widest).
    case costs
    /// The indicator tables (many year columns).
    case indicators

    func turns(_ block: GoalBlock) -> Bool {
        switch (self, block) {
        case (.costs, .costs), (.indicators, .indicators): return true
        default: return false
        }
    }
}

/// One part of the document.
enum Block: Sendable {
    /// The title page (administration and year, as the pipeline reads them).
    case cover
    /// For each goal in turn, these blocks.
    case eachGoal([GoalBlock])
    /// The administration's resource need per economic code (Toplam Kaynak İhtiyacı Tablosu).
    case resourceSummary(SummaryOrientation)
    /// The İdare Performans Tablosu: each goal and activity with Bütçe İçi / Bütçe Dışı / Toplam,
    /// then the program lines (goals' total, general administration, transfers, Genel Toplam).
    /// Not beside a resource summary: the two would state the subset's totals twice, differently
    /// where a gold's costs do not add up to its activities.
    case administrationSummary
    /// An overview of the strategic plan before the goals: every aim once and under it each of
    /// its targets (those that are not a goal themselves) once, as headings in `HeadingStyle`.
    case planOverview(HeadingStyle)
    /// The general information real programs open with (`GeneralBlock`): contents, mission,
    /// organisation, resources, the budget's own tables, the strategic plan in prose. No facts.
    /// After the goals, the same blocks are annexes (EKLER: the budget by economic code, by function).
    case generalPart([GeneralBlock])
    /// A part's heading of the guide's outline, alone on its line ("C- Performans Hedef ve
    /// Göstergeleri ile Faaliyetler", "D- İdarenin Toplam Kaynak İhtiyacı" over the summaries):
    /// no table's title, though its words may be one's. No facts.
    case partHeading(String)
    /// The guide's Tablo 5 at the end (Faaliyetlerden Sorumlu Harcama Birimlerine İlişkin Tablo):
    /// each responsible unit beside the goals and activities it answers for. No amounts, no facts.
    case unitsTable
    /// Melikgazi's Stratejik Amaçlar Kaynak İhtiyacı Tablosu after the summaries: each aim by code
    /// and text with its goals' activities' money (Bütçe / Bütçe Dışı / Toplam), a "Toplam Kaynak
    /// İhtiyacı" row closing it. The contract has no place for an aim's money: no facts, stated
    /// as left unread (`ExpectedUnread.resourcesByAim`).
    case aimResources
    /// A flat annex (a workbook's lists, the blind tests' T07): every goal once, one row each, in
    /// one table under a caption line naming the list ("… – Performans Hedefleri"): "Amaç Kodu |
    /// Stratejik Amaç | Hedef Kodu | Stratejik Hedef | Performans Hedefi Kodu | Performans Hedefi".
    case goalList
    /// Every goal's indicators in one table, each row keyed by its goal's code in a column of its
    /// own first ("Performans Hedefi Kodu"), under a caption line: joined to the goals by that code.
    case indicatorList(IndicatorColumns)
    /// Every goal's activities in one table, keyed by the goal's code as the indicator list is,
    /// each goal's rows closed by its total ("Performans Hedefi 1 Toplamı").
    case activityList(ActivityColumns)
    /// Every goal's costs in long form in one table (`CostLayout.longForm`: a row per activity and
    /// economic code), keyed by the goal's code as the other lists are; no goal's total row, the
    /// list's own closing it.
    case costList
}

extension Block {
    /// What a flat list prints of each goal, as the goal's own block would (`ExpectedProgram`).
    var listedGoalBlock: GoalBlock? {
        switch self {
        case .indicatorList(let columns): return .indicators(columns)
        case .activityList(let columns): return .activities(columns)
        case .costList: return .costs(.longForm)
        default: return nil
        }
    }
}

/// What one goal prints, in order. The goal table's title (when the arrangement prints titles)
/// goes before the first of labelled rows, full-width rows, indicators or activities.
enum GoalBlock: Sendable {
    /// The aim (where it changes), the target (where it is not the goal itself) and the goal
    /// as headings above the tables: "A1 …", "H1.1 …" or "STRATEJİK AMAÇ 1: …".
    case headings(HeadingStyle)
    /// Aim, target and goal as full-width rows of a one-column table above the goal's tables.
    case fullWidthRows(HeadingStyle)
    /// Aim and target as headings, the goal as a centred caption over its table:
    /// "<goal text> (Performans Hedefi H1.1)".
    case caption(HeadingStyle)
    /// The goal table opening with labelled rows: "Stratejik Amaç 1:" | text, ….
    case labelledRows(LabelStyle)
    case indicators(IndicatorColumns)
    case activities(ActivityColumns)
    case costs(CostLayout)
    /// A part's introduction where the aim changes, before its goals (an aim's own pages: the plan
    /// in prose, its staff, its budget by economic code): general blocks between goal tables.
    case aimIntroduction([GeneralBlock])
    /// A paragraph on the goal's money between its tables: "Performans Hedefi 1 kapsamındaki 4
    /// faaliyetin Toplam Maliyet 5.500.000 TL …, Genel Toplam … içinde %3,40 …". No row, no label.
    case prose
    /// The goal's explanation, a sentence on what its tables hold, in one of the forms templates
    /// print it besides the guide's "Açıklamalar:" row. The contract holds no goal's explanation: no facts.
    case explanation(ExplanationForm)
}

/// Where a goal's explanation stands (`GoalBlock.explanation`).
enum ExplanationForm: Sendable {
    /// A heading of its own over the paragraph ("Performans Hedefine İlişkin Açıklamalar").
    case heading(String)
    /// A bold label before the text on its line ("Hedefin Açıklaması:").
    case label(String)
    /// A labelled row of a table of its own under the goal's labelled rows ("Açıklama" | text).
    case row(String)
}

/// How aim, target and goal are introduced in headings and full-width rows.
struct HeadingStyle: Sendable {
    enum Punctuation: Sendable {
        /// "Stratejik Amaç 1 …"
        case none
        /// "Stratejik Amaç 1: …"
        case colonAfterCode
        /// "PERFORMANS HEDEFİ: H4.1 …"
        case colonBeforeCode
        /// "HEDEF 1.1 – …"
        case dash
    }
    /// Words before the code ("Stratejik Amaç", "Performans Hedefi"); without them a code that
    /// is only digits still gets them, since "1 Şehrimizin…" names nothing.
    var words: Bool
    var punctuation: Punctuation
    var upperCase = false
    /// "Amaç", "Hedef" instead of "Stratejik Amaç", "Stratejik Hedef".
    var shortWords = false
    /// The target as a heading of its own where it is not the goal itself.
    var target = true
    /// Aim and target printed over each goal; without them (an overview named them before the
    /// goals) the goal's code carries its parents': "Performans Hedefi 1.2.3" under target 1.2.
    var parents = true
    /// Without parents: the goal's code carries theirs ("1.2.3"), or only its own ("1"), which
    /// leaves a goal unlinked to an overview that lists several aims or targets.
    var parentCodes = true
    /// Each level's letters before its numbers, the goal's carrying its parents': "SA1" (stratejik
    /// amaç), "SH1.1" (stratejik hedef), "PH1.1.1" (performans hedefi); `spaced`: "PH 1.1.1".
    var letters = false
    var spaced = false
    /// The letters joined to the numbers by a hyphen: "SA-1", "SH-1.1", "PH-1.1.1".
    var hyphen = false
    /// The goal named with the target's word and a code carrying its parents' ("Hedef 1.1.1: …",
    /// Gaziemir's "Hedef 1.7.5"): no "Performans Hedefi" anywhere, so the target it names is the goal.
    var goalAsTarget = false
    /// Full-width rows name the goal first, then its aim and target (a goal card's band
    /// "PERFORMANS HEDEFİ 6 – …" over "Stratejik Amaç 2 – …", a workbook's rows).
    var goalFirst = false

    /// "A1 …", "H1.1 …": Balıkesir's headings.
    static let codes = HeadingStyle(words: false, punctuation: .none)
    static let wordsColon = HeadingStyle(words: true, punctuation: .colonAfterCode)
    static let capitalWords = HeadingStyle(words: true, punctuation: .colonAfterCode, upperCase: true)
    /// "PERFORMANS HEDEFİ: H1.1 …", "AMAÇ: A1 …".
    static let capitalColonFirst = HeadingStyle(words: true, punctuation: .colonBeforeCode, upperCase: true, shortWords: true)
    /// "Hedef 1.1 – …", "Amaç 1 – …".
    static let shortDash = HeadingStyle(words: true, punctuation: .dash, shortWords: true)
    /// "PERFORMANS HEDEFİ 1 – …" over "STRATEJİK AMAÇ 1 – …" and "STRATEJİK HEDEF 1.1 – …".
    static let goalFirstDash = HeadingStyle(words: true, punctuation: .dash, upperCase: true, goalFirst: true)
    /// "Performans Hedefi 1.2.3: …" alone over the goal's tables.
    static let goalOnly = HeadingStyle(words: true, punctuation: .colonAfterCode, parents: false)
    /// "Performans Hedefi 3: …" alone over the goal's tables, its code its own.
    static let goalOnlyOwnCode = HeadingStyle(words: true, punctuation: .colonAfterCode, parents: false, parentCodes: false)
    /// "SA1 …", "SH1.1 …", "PH1.1.1 …" over the goal's tables.
    static let letterCodes = HeadingStyle(words: false, punctuation: .none, letters: true)
    /// "SA 1 …", "SH 1.1 …", "PH 1.1.1 …".
    static let spacedLetterCodes = HeadingStyle(words: false, punctuation: .none, letters: true, spaced: true)
    /// "Stratejik Amaç SA 1 – …", "Stratejik Hedef SH 1.1 – …", "Performans Hedefi PH 1.1.1 – …".
    static let wordsLettersDash = HeadingStyle(words: true, punctuation: .dash, letters: true, spaced: true)
    /// "SA-1 …", "SH-1.1 …", "PH-1.1.1 …" over the goal's tables.
    static let hyphenLetterCodes = HeadingStyle(words: false, punctuation: .none, letters: true, hyphen: true)
    /// "Amaç 1: …" over its goals, each "Hedef 1.1.1: …": no target apart, no goal's words.
    static let targetWordGoals = HeadingStyle(words: true, punctuation: .colonAfterCode, shortWords: true, target: false, goalAsTarget: true)
}

/// The goal table's labelled rows.
struct LabelStyle: Sendable {
    var colon = true
    /// "Stratejik Amaç 1:" | text, or "Stratejik Amaç:" | "1 text".
    var codeInLabel = true
    /// "Performans Hedefi (1):" as Kayseri prints a goal's number.
    var parenthesisedGoalCode = true
    /// "Stratejik Amaç" / "Stratejik Hedef", or the short "Amaç" / "Hedef".
    var strategicWords = true
    var administration = true
    var target = true
    /// An empty "Açıklamalar:" row after the goal.
    var explanation = true
    /// Each level's letters after its words, the goal's code carrying its parents': "Stratejik Amaç
    /// SA1:", "Performans Hedefi PH1.1.1:"; `spaced`: "Performans Hedefi PH 1.1.1:".
    var letters = false
    var spaced = false
    /// The letters joined to the numbers by a hyphen: "Performans Hedefi PH-1.1.1:".
    var hyphen = false
    /// The code in a cell of its own between the label's and the text's: "Amaç" | "A1" | text
    /// (a workbook's three columns; the text wrapped and centred beside its code).
    var codeCell = false
    /// With `codeCell`, the label's and the code's cells as narrow as their longest word, as an HTML
    /// table's automatic layout sets them (blind template T01): "Performans Hedefi" wraps, its first
    /// word all but filling its cell, so little more than the two cells' padding parts it from the code.
    var fittedCells = false
    /// No "Performans Hedefi" row: the goal printed with the target's word and a code carrying its
    /// parents' ("Hedef" | "H1.1" | text, Balıkesir's workbook), so the target it names is the goal.
    var goalAsTarget = false
    /// Two labelled rows side by side in one row of four cells, as a goal card prints them:
    /// "Stratejik Amaç 1:" | text | "Stratejik Hedef 1.1:" | text, then "Performans Hedefi 1:" | text |
    /// "Açıklamalar:" | (empty); a pair left alone spans the row.
    var sideBySide = false
    /// The goal's text carried on to a row under it whose label cell is empty, as a workbook goes on
    /// with a long text in the next row (or as a row cut by a page break leaves its last lines).
    var carriedGoal: CarriedText? = nil
    /// Each label on a row of its own over its text (a goal card's stacked cells: "Stratejik Amaç 1"
    /// over the aim's text, both across the card).
    var stacked = false
    /// The levels' labels side by side in one row, each one's code and text in the cell under it
    /// (a goal card set across: "Stratejik Amaç" | "Stratejik Hedef" | "Performans Hedefi" over
    /// "1 - …" | "1.1 - …" | "1 - …"), as a workbook's header row over a value row.
    var across = false

    /// The program budget's levels in place of the plan's (Program Bazlı Bütçe, `RealTemplates.md`
    /// 16): "Program:" | the program, "Alt Program:" | the sub-program, "Alt Program Hedefi:" | its
    /// objective over the goal's label; no aim or target named. The contract holds none of the three.
    var programLevels = false
    /// With `programLevels`, the plan's aim and target printed under them as well (a municipality
    /// keeping both): read as always, the program's rows stated unread.
    var withPlanLevels = false

    static let kayseri = LabelStyle()
    static let plain = LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, strategicWords: false,
                                  administration: false, target: true, explanation: false)
}

/// Where the rest of a text carried on to a row of its own stands.
enum CarriedText: Sendable {
    /// Right under its first half, on the same page.
    case nextRow
    /// At the top of the next page: the label block is cut by a page break after the first half.
    case nextPage
}

/// The indicator table's columns.
struct IndicatorColumns: Sendable {
    /// 1…5 year columns ending at the program year's target: one is the target, two add the
    /// estimate of the year before, three the actual of the year before that (the guide's
    /// table), four and five earlier actuals.
    var years: Int
    var unitColumn: Bool
    /// The indicator's code in a column of its own (Kayseri) instead of before its name.
    var codeColumn = false
    /// Years on one header row, their kind ("Gerçekleşen", "Tahmin", "Hedef") on a second.
    var twoRowHeader = true
    /// With two header rows, the kinds on the first and the years under them ("Gerçekleşme" over "2023").
    var yearsBelow = false
    /// An empty "Açıklamalar:" row under each indicator, as Kayseri prints.
    var explanationRows = false
    /// The code column's header ("Gösterge Kodu"); without one the column stands under no title.
    var codeHeader: String? = nil
    /// Columns beside the contract's, as templates copied from the strategic plan print them.
    var extras: [ExtraColumn] = []
    /// A lettered code printed with a hyphen after its letters ("PG-1.1.1"), read as printed without it.
    var hyphenedCodes = false
    /// Years named relative to the program's instead of printed, by their offset from it ([0: "Bütçe
    /// Yılı", -1: "Cari Yıl", -2: "Önceki Yıl"]): "Cari Yıl Tahmin" over the year before the program's.
    var relativeYears: [Int: String]? = nil
    /// On a one-row header, each relative year's column headed by its name alone ("Geçmiş Yıl", "Cari
    /// Yıl", "Bütçe Yılı"), no kind word: the year's place in the budget says it.
    var relativeYearsAlone = false

    /// The kinds and years printed, left to right.
    func columns(year: Int) -> [(year: Int, kind: ValueKindName)] {
        let all: [(Int, ValueKindName)] = [(year - 4, .actual), (year - 3, .actual), (year - 2, .actual), (year - 1, .estimate), (year, .target)]
        return Array(all.suffix(years))
    }
}

/// The indicator value kinds, named apart from `Dataset.ValueKind` so that arrangements read without importing it.
enum ValueKindName: String, Sendable { case actual, estimate, target }

/// The activity table's columns.
struct ActivityColumns: Sendable {
    var unitColumn = false
    var codeColumn = false
    /// The cost by economic code merged into the activity table, a column per code used.
    var costColumns = false
    /// The cost by economic code merged into the activity table as rows: under each activity's
    /// row, a row per economic code it spends on, the code and its name indented in the name
    /// column, its amount where the activity's stands (blind T06, a Word template).
    var costRows = false
    /// "Kaynak İhtiyacı 2024 (TL)" spanning Bütçe / Bütçe Dışı / Toplam, or those three alone.
    var groupHeader = true
    /// One amount column only, the activity's total, under this header ("Kaynak (TL)"): no
    /// budget or off-budget apart, no group over it.
    var oneAmount: String? = nil
    /// The one amount column names the budget ("Ödenek (TL)", "Bütçe Ödeneği"): it prints each
    /// activity's budget, which is then its total as well (no other money beside it).
    var oneAmountIsBudget = false
    /// The code column's header ("No", "Kod"); without one the column stands under no title.
    var codeHeader: String? = nil
    /// Columns beside the contract's: dates, notes, the activity's explanation (read as its description).
    var extras: [ExtraColumn] = []

    static let sample = ActivityColumns()
}

enum CostLayout: Sendable {
    /// One table per goal, a column per economic code, each activity's explanation on a row
    /// under it (Balıkesir).
    case perGoal(explanations: Bool)
    /// One table per activity under labelled rows (Faaliyet Adı, Sorumlu Harcama Birimi,
    /// Açıklamalar), economic codes as rows, sources as columns (Kayseri, the guide).
    case perActivity
    /// One table per goal in long form, a row per activity and economic code: "No | Sorumlu
    /// Harcama Birimi | Eko. Kod | Ekonomik Kod Adı | Bütçe Ödeneği | Toplam" (the blind tests'
    /// T04). The activity's number and unit only on its first row; an activity without costs has
    /// a row of its own with its number, unit and zero amounts, and no code.
    case longForm
}

enum SummaryOrientation: String, Sendable {
    /// Economic codes down, Faaliyet / Genel Yönetim / Transfer / Genel Toplam across (Kayseri, the guide).
    case codesAsRows
    /// The same amounts turned: measures down, codes across.
    case codesAsColumns
}

enum Currency: Sendable {
    case none
    /// "5.500.000 TL"
    case suffixTL
    /// "₺5.500.000"
    case liraSign
}

enum ZeroStyle: Sendable {
    case digits
    /// "-", as many municipalities print an amount they do not plan.
    case dash
    /// An empty cell.
    case empty
}

enum TitleStyle: Sendable {
    /// "PERFORMANS HEDEFİ TABLOSU", "FAALİYET MALİYET TABLOSU".
    case guide
    /// "Tablo 4: Performans Hedefi Tablosu", numbered through the document.
    case numbered
    /// "Tablo 2.3.1: Performans Hedefi Tablosu": numbered within the part and the goal.
    case subNumbered
    /// No table titles at all.
    case none
}

/// The words of headers and labels: the guide's, and the other forms it and municipalities use.
struct Wording: Sendable {
    var indicators = "Performans Göstergeleri"
    var unit = "Ölçü"
    var actual = "Gerçekleşen"
    var estimate = "Tahmin"
    var target = "Hedef"
    var activities = "Faaliyetler"
    var responsibleUnit = "Sorumlu Harcama Birimi"
    var resourceGroup = "Kaynak İhtiyacı"
    var budget = "Bütçe"
    var offBudget = "Bütçe Dışı"
    var total = "Toplam"
    var goalTotal = "Genel Toplam"
    var activityName = "Faaliyet Adı"
    var explanation = "Açıklamalar"
    var costTotal = "Toplam Kaynak İhtiyacı"
    /// Economic codes by their standard names, or the short forms ("Personel", "Mal ve Hizmet").
    var shortCodeNames = false
    /// Economic codes as a budget's appropriation schedule (Ödenek Cetveli) abbreviates them
    /// ("Sos. Güv. Kur. Devlet Primi Gid.", "Sermaye Gid."); before the short forms.
    var abbreviatedCodeNames = false
    /// Header cells and row labels in capitals ("PERFORMANS GÖSTERGESİ", "STRATEJİK AMAÇ 1:").
    var upperCase = false
    /// The İdare Performans Tablosu's group over Bütçe İçi and Bütçe Dışı only ("Maliyet"): the
    /// total column stands beside it.
    var summaryCostGroup: String? = nil
    /// A subtotal row ("Ara Toplam") after the first half of a goal's activities, in its activity
    /// table and its cost table per goal: neither an activity nor a part of the goal's total.
    var subtotal: String? = nil
    /// A subtotal row after the first half of the economic codes of a cost table per activity.
    var costSubtotal: String? = nil

    static let guide = Wording()
    /// The same concepts in the guide's other words.
    static let other = Wording(indicators: "Performans Göstergesi", unit: "Ölçü Birimi", actual: "Gerçekleşme",
                               estimate: "Tahmini", target: "Hedeflenen", activities: "Faaliyet ve Projeler",
                               responsibleUnit: "Sorumlu Birim", resourceGroup: "Kaynak İhtiyacı (TL)", budget: "Bütçe Ödeneği",
                               offBudget: "Bütçe Dışı Kaynak", total: "Toplam", goalTotal: "Hedef Toplamı",
                               activityName: "Faaliyet / Proje Adı", explanation: "Açıklama", costTotal: "Toplam",
                               shortCodeNames: true)
    /// A third set: "Faaliyet / Proje", "Birim", "Beklenen", "Hedefi", subtotals "Ara Toplam".
    static let third = Wording(indicators: "Performans Göstergeleri", unit: "Birim", actual: "Gerçekleşme", estimate: "Beklenen",
                               target: "Hedefi", activities: "Faaliyet / Proje", responsibleUnit: "Harcama Birimi",
                               resourceGroup: "Kaynak İhtiyacı", budget: "Bütçe İçi", offBudget: "Bütçe Dışı", total: "Toplam",
                               goalTotal: "Genel Toplam", activityName: "Faaliyet Adı", explanation: "Açıklamalar",
                               costTotal: "Toplam Kaynak İhtiyacı", shortCodeNames: false, subtotal: "Ara Toplam")
    /// In capitals, with the lexicon's remaining forms: "Gerçekleşme Durumu", "Faaliyet", "Proje Adı",
    /// a goal's total row named "Toplam".
    static let capitals = Wording(indicators: "Performans Göstergesi", unit: "Ölçü Birimi", actual: "Gerçekleşme Durumu",
                                  estimate: "Tahmini", target: "Hedef", activities: "Faaliyet",
                                  responsibleUnit: "Sorumlu Harcama Birimi", resourceGroup: "Kaynak İhtiyacı", budget: "Bütçe",
                                  offBudget: "Bütçe Dışı", total: "Toplam", goalTotal: "Toplam", activityName: "Proje Adı",
                                  explanation: "Açıklama", costTotal: "Toplam Kaynak İhtiyacı", shortCodeNames: true, upperCase: true)
    /// Activities as "Proje", "Harcama Birimi", "Beklenen", "Hedeflenen", "Bütçe Ödeneği", "Bütçe Dışı Kaynak".
    static let projects = Wording(indicators: "Performans Göstergeleri", unit: "Ölçü", actual: "Gerçekleşen", estimate: "Beklenen",
                                  target: "Hedeflenen", activities: "Proje", responsibleUnit: "Harcama Birimi",
                                  resourceGroup: "Kaynak İhtiyacı (TL)", budget: "Bütçe Ödeneği", offBudget: "Bütçe Dışı Kaynak",
                                  total: "Toplam", goalTotal: "Hedef Toplamı", activityName: "Faaliyet Adı",
                                  explanation: "Açıklamalar", costTotal: "Toplam", shortCodeNames: false, summaryCostGroup: "Maliyet")

    /// Other municipalities' words: "Gösterge Adı", "Birimi", "Gerçekleşme Değeri", "Yıl Sonu
    /// Tahmini", "Hedeflenen Değer", "Faaliyet Adı" over the activities and "Faaliyet/Proje Adı" over
    /// a cost table, "Sorumlu Müdürlük", "Tahmini Maliyet", "Ödenek", a goal's total "TOPLAM",
    /// economic codes abbreviated.
    static let municipal = Wording(indicators: "Gösterge Adı", unit: "Birimi", actual: "Gerçekleşme Değeri", estimate: "Yıl Sonu Tahmini",
                                   target: "Hedeflenen Değer", activities: "Faaliyet Adı", responsibleUnit: "Sorumlu Müdürlük",
                                   resourceGroup: "Tahmini Maliyet (TL)", budget: "Ödenek", offBudget: "Bütçe Dışı Kaynak",
                                   total: "Toplam Maliyet", goalTotal: "TOPLAM", activityName: "Faaliyet/Proje Adı",
                                   explanation: "Açıklama", costTotal: "Toplam Kaynak İhtiyacı", abbreviatedCodeNames: true)
    /// A metropolitan or ministry template's words: "Göstergeler", "Yılı Gerçekleşme", "Yılı
    /// Gerçekleşme Tahmini" (an estimate, though it names the actual), "Yılı Hedefi", "Proje ve Faaliyetler", "Sorumlu Daire Başkanlığı", "Bütçe Ödeneği", "Maliyet",
    /// "Proje/Faaliyet Adı", a cost table's total "Toplam".
    static let metropolitan = Wording(indicators: "Göstergeler", unit: "Ölçü Birimi", actual: "Yılı Gerçekleşme",
                                      estimate: "Yılı Gerçekleşme Tahmini",
                                      target: "Yılı Hedefi", activities: "Proje ve Faaliyetler", responsibleUnit: "Sorumlu Daire Başkanlığı",
                                      resourceGroup: "Kaynak İhtiyacı", budget: "Bütçe Ödeneği", offBudget: "Bütçe Dışı",
                                      total: "Maliyet (TL)", goalTotal: "Genel Toplam", activityName: "Proje/Faaliyet Adı",
                                      explanation: "Açıklamalar", costTotal: "Toplam", shortCodeNames: true,
                                      summaryCostGroup: "Maliyet*")

    /// A goal card's words (Kocaeli's "hedef kartları", a district plan's cards): "Faaliyet ve
    /// Projeler", "Sorumlu Birim", "Gerçekleşen", "Hedeflenen", the activity's cost "Maliyet Tahmini".
    static let card = Wording(indicators: "Performans Göstergesi", unit: "Ölçü Birimi", actual: "Gerçekleşen", estimate: "Tahmin",
                              target: "Hedeflenen", activities: "Faaliyet ve Projeler", responsibleUnit: "Sorumlu Birim",
                              resourceGroup: "Kaynak İhtiyacı", budget: "Bütçe", offBudget: "Bütçe Dışı", total: "Maliyet Tahmini",
                              goalTotal: "Genel Toplam", activityName: "Faaliyet Adı", explanation: "Açıklama", costTotal: "Toplam")
    /// A district template's words: the unit column "Gösterge Birimi", a goal's total row
    /// "Performans Hedefi Toplamı" (its label opens as a goal's does).
    static let district = Wording(unit: "Gösterge Birimi", goalTotal: "Performans Hedefi Toplamı", subtotal: "Ara Toplam")
    /// Appropriations: "Ödeneği" for the budget (its k turned ğ, as "Ödenek*" does not stem), "Tutar (TL)"
    /// for an activity's total, "Toplam (₺)" closing a cost table, a goal's total "Hedef Toplamı", and
    /// "Ara Toplam" rows in the activity table and inside each activity's cost table by economic code.
    static let appropriation = Wording(resourceGroup: "Kaynak İhtiyacı (TL)", budget: "Ödeneği", offBudget: "Bütçe Dışı Kaynak",
                                       total: "Tutar (TL)", goalTotal: "Hedef Toplamı", costTotal: "Toplam (₺)",
                                       subtotal: "Ara Toplam", costSubtotal: "Ara Toplam")
    /// A goal's total row named by its cost: "Performans Hedefi Maliyeti", and its subtotals "ARA TOPLAM".
    static let goalCost = Wording(goalTotal: "Performans Hedefi Maliyeti", subtotal: "ARA TOPLAM")

    func kind(_ kind: ValueKindName) -> String {
        switch kind {
        case .actual: return actual
        case .estimate: return estimate
        case .target: return target
        }
    }
}
