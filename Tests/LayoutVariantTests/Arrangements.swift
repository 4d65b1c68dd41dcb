/// The arrangements of the matrix: the two samples' own, and the other ways the guide and
/// municipalities lay the same tables out. Each is one template; to add a municipality's,
/// append one here (a name, its blocks, its titles and words) and it joins the matrix.
enum Arrangements {
    /// Balıkesir 2024: aim and goal as coded headings, the goal table (indicators with the
    /// target year only, activities), one cost table per goal with a column per economic code.
    static let balikesir = Arrangement(
        name: "balikesir",
        blocks: [.cover, .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                                    .activities(.sample), .costs(.perGoal(explanations: true))])])

    /// Kayseri 2024/2025 and the guide: the goal table opens with labelled rows, indicators with
    /// actual / estimate / target, a cost table per activity with codes as rows and sources as
    /// columns, and the resource summary at the end.
    static let kayseri = Arrangement(
        name: "kayseri",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        kurus: true)

    /// Labels without colons, codes beside the text ("Amaç" | "1 …"), no table titles at all,
    /// the guide's other words; target and estimate only.
    static let plainLabelsUntitled = Arrangement(
        name: "plain-labels-untitled",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.plain), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: false))])],
        titles: .none, wording: .other, continuedCaptions: true)

    /// Aim, target and goal as full-width rows above the tables, five year columns under
    /// numbered titles ("Tablo 3: …"), cost tables per activity.
    static let goalRowsNumbered = Arrangement(
        name: "goal-rows-numbered",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.capitalWords), .indicators(IndicatorColumns(years: 5, unitColumn: true)),
                            .activities(.sample), .costs(.perActivity)])],
        titles: .numbered, wording: .third, kurus: true, continuedCaptions: true)

    /// Worded headings ("Performans Hedefi 1.1: …"), costs merged into the activity table as a
    /// column per economic code, no titles, the resource summary turned (codes across); a goal's
    /// total "Performans Hedefi Maliyeti" under a heading that names the goal alike.
    static let mergedCosts = Arrangement(
        name: "merged-costs",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true, costColumns: true))]),
                 .resourceSummary(.codesAsColumns)],
        titles: .none, wording: .goalCost)

    /// Capital headings, four year columns with the code apart, activity amounts without a
    /// group header, per-goal cost tables, numbered titles and the summary.
    static let fourYears = Arrangement(
        name: "four-years",
        blocks: [.cover,
                 .eachGoal([.headings(.capitalWords), .indicators(IndicatorColumns(years: 4, unitColumn: true, codeColumn: true)),
                            .activities(ActivityColumns(groupHeader: false)), .costs(.perGoal(explanations: true))]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, wording: .other, footnotes: true)

    /// Labelled rows with codes in the labels but no parentheses, the target year alone, cost
    /// tables per activity, the summary turned; the third set of words.
    static let labelledOneYear = Arrangement(
        name: "labelled-one-year",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                            .activities(.sample), .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        wording: .third, kurus: true)

    /// Full-width goal rows, two year columns under a two-row header, costs merged, no titles.
    static let goalRowsMerged = Arrangement(
        name: "goal-rows-merged",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.wordsColon), .indicators(IndicatorColumns(years: 2, unitColumn: false)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, costColumns: true))])],
        titles: .none, wording: .other)

    /// The guide's own form: labelled rows, indicators with a unit column and an explanation
    /// row each, cost tables per activity, and the İdare Performans Tablosu at the end.
    static let guide = Arrangement(
        name: "guide",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .administrationSummary],
        wording: .other, kurus: true, continuedCaptions: true)

    /// Aim and target as headings with the words first ("AMAÇ: A1 …"), the goal as a caption
    /// over its table ("… (Performans Hedefi H1.1)"), per-goal cost tables, numbered titles,
    /// amounts with "TL".
    static let captions = Arrangement(
        name: "captions",
        blocks: [.cover,
                 .eachGoal([.caption(.capitalColonFirst), .indicators(IndicatorColumns(years: 2, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .resourceSummary(.codesAsColumns)],
        titles: .numbered, wording: .third, currency: .suffixTL, footnotes: true)

    /// Short headings with a dash ("Hedef 1.1 – …"), five year columns on one header row with
    /// the code apart, costs merged into the activity table, the İdare Performans Tablosu,
    /// amounts with "₺".
    static let dashHeadings = Arrangement(
        name: "dash-headings",
        blocks: [.cover,
                 .eachGoal([.headings(.shortDash), .indicators(IndicatorColumns(years: 5, unitColumn: false, codeColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(codeColumn: true, costColumns: true, groupHeader: false))]),
                 .administrationSummary],
        wording: .other, currency: .liraSign)

    /// Full-width rows with the words first ("PERFORMANS HEDEFİ: H1.1 …"), the target year under
    /// a two-row header, cost tables per activity, no titles, the resource summary; a district's
    /// words ("Gösterge Birimi", a goal's total "Performans Hedefi Toplamı"), each activity's unit
    /// cost ("Birim Maliyet (TL)") before its amounts.
    static let colonFirstRows = Arrangement(
        name: "colon-first-rows",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.capitalColonFirst), .indicators(IndicatorColumns(years: 1, unitColumn: true)),
                            .activities(ActivityColumns(extras: [ExtraColumn("Birim Maliyet (TL)", .afterUnit, .unitCost, figure: true)])),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, wording: .district, kurus: true)

    /// The strategic plan's aims and targets listed first as an overview, then goal tables under
    /// a heading naming only the goal, its code carrying aim and target ("Performans Hedefi
    /// 1.2.3: …"); cost tables per activity, no titles.
    static let planOverview = Arrangement(
        name: "plan-overview",
        blocks: [.cover, .planOverview(.wordsColon),
                 .eachGoal([.headings(.goalOnly), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(.sample), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)

    /// The overview again, but each goal's heading prints only its own code ("Performans Hedefi
    /// 3: …"): a goal is linked to no aim or target of a list (several listed), only to one
    /// listed alone; full-width goal rows would read the same, so goal-only headings it is, with
    /// per-goal cost tables and numbered titles.
    static let planOverviewOwnCodes = Arrangement(
        name: "plan-overview-own-codes",
        blocks: [.cover, .planOverview(.shortDash),
                 .eachGoal([.headings(.goalOnlyOwnCode), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .numbered, wording: .other)

    /// Capital headers and labels in the lexicon's remaining words ("GERÇEKLEŞME DURUMU", "FAALİYET",
    /// "PROJE ADI", a goal's total row "TOPLAM"), short labels ("AMAÇ 1:"), zero amounts left
    /// empty, cost tables per activity, numbered titles and the summary.
    static let capitalWords = Arrangement(
        name: "capital-words",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, strategicWords: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, wording: .capitals, kurus: true, zeros: .empty)

    /// Activities as "Proje" beside "Harcama Birimi", "Beklenen" and "Hedeflenen", zero amounts
    /// as "-" with "TL", coded headings, per-goal cost tables, the İdare Performans Tablosu with
    /// "Maliyet" over only its two sources.
    static let projects = Arrangement(
        name: "projects",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        wording: .projects, currency: .suffixTL, zeros: .dash)

    /// No titles at all, so the İdare Performans Tablosu at the end is known only by its columns
    /// (goals and activities beside Bütçe İçi / Bütçe Dışı / Toplam, no "TL", no shares); the
    /// per-goal cost tables list the activities last to first, so costs join by code or name; each
    /// activity's unit cost ("Birim Maliyeti") after its amounts.
    static let untitledSummary = Arrangement(
        name: "untitled-summary",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.shortDash), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true,
                                                        extras: [ExtraColumn("Birim Maliyeti", .last, .unitCost, figure: true)])),
                            .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .none, summaryUnits: false, costsReversed: true)

    /// Cost tables per activity printed last to first under each goal: each joins its activity
    /// by the name its "Faaliyet Adı" row gives, never by its place.
    static let reversedCosts = Arrangement(
        name: "reversed-costs",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.plain), .indicators(IndicatorColumns(years: 2, unitColumn: true, twoRowHeader: false)),
                            .activities(.sample), .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        titles: .numbered, wording: .third, costsReversed: true)

    /// A goal card copied from the strategic plan: the indicator table carries the code under
    /// its own title ("Gösterge Kodu"), the indicator's effect on the target between name and
    /// unit, the plan's baseline before the years, and how often it is monitored and reported
    /// after them; the activity table carries start and end dates before the amounts and the
    /// activity's explanation after them (read as its description: the cost tables print none).
    static let planGoalCards = Arrangement(
        name: "plan-goal-cards",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true, codeColumn: true, twoRowHeader: false,
                                                         codeHeader: "Gösterge Kodu",
                                                         extras: [ExtraColumn("Hedefe Etkisi (%)", .afterName, .effectOnTarget, figure: true),
                                                                  ExtraColumn("Plan Dönemi Başlangıç Değeri", .afterUnit, .baseline, figure: true),
                                                                  ExtraColumn("İzleme Sıklığı", .last, .frequency(0)),
                                                                  ExtraColumn("Raporlama Sıklığı", .last, .frequency(1))])),
                            .activities(ActivityColumns(unitColumn: true,
                                                        extras: [ExtraColumn("Başlangıç – Bitiş", .afterUnit, .period),
                                                                 ExtraColumn("Açıklama", .last, .description)])),
                            .costs(.perGoal(explanations: false))]),
                 .resourceSummary(.codesAsRows)],
        wording: .other)

    /// Each indicator's own responsible unit between its name and unit and a notes column after
    /// its years; the activities' code under its own title ("No") and their explanation between
    /// name and unit; cost tables per activity, numbered titles.
    static let indicatorUnits = Arrangement(
        name: "indicator-units",
        blocks: [.cover,
                 .eachGoal([.headings(.codes),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true,
                                                         extras: [ExtraColumn("Sorumlu Birim", .afterName, .responsibleUnit),
                                                                  ExtraColumn("Açıklama", .last, .notes)])),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, codeHeader: "No",
                                                        extras: [ExtraColumn("Açıklamalar", .afterName, .description)])),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        titles: .numbered, kurus: true)

    /// Other municipalities' words (`Wording.municipal`) under headings coded with each level's
    /// letters ("SA1", "SH1.1", "PH1.1.1": the goal's code carrying its aim's and target's), with the columns
    /// their templates print beside the responsible unit: the units to cooperate with
    /// ("İşbirliği Yapılacak Birim(ler)", their cells unit names too) and risks, in the indicator
    /// table and in the activity table; cost tables per activity, economic codes abbreviated.
    static let municipalWords = Arrangement(
        name: "municipal-words",
        blocks: [.cover,
                 .eachGoal([.headings(.letterCodes),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true,
                                                         extras: [ExtraColumn("İşbirliği Yapılacak Birim(ler)", .afterName, .cooperatingUnits),
                                                                  ExtraColumn("Risk", .last, .risks)])),
                            .activities(ActivityColumns(unitColumn: true,
                                                        extras: [ExtraColumn("İşbirliği Yapılacak Birimler", .afterUnit, .cooperatingUnits),
                                                                 ExtraColumn("Riskler", .last, .risks)])),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        wording: .municipal, kurus: true)

    /// A metropolitan template's words (`Wording.metropolitan`), the year in every value header
    /// ("2025 Yılı Hedefi"), headings coded "SA 1", "SH 1.1", "PH 1.1.1", a coordinating unit before the responsible one and the institutions
    /// to cooperate with after it; per-goal cost tables, numbered titles, the İdare Performans Tablosu
    /// with "Maliyet*" over only its two sources.
    static let metropolitanWords = Arrangement(
        name: "metropolitan-words",
        blocks: [.cover,
                 .eachGoal([.headings(.spacedLetterCodes),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, twoRowHeader: false,
                                                         extras: [ExtraColumn("Koordinatör Birim", .afterName, .coordinatingUnit)])),
                            .activities(ActivityColumns(unitColumn: true,
                                                        extras: [ExtraColumn("Koordinatör Birim", .afterName, .coordinatingUnit),
                                                                 ExtraColumn("İş Birliği Yapılacak Kurumlar", .afterUnit, .cooperatingUnits)])),
                            .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered, wording: .metropolitan)

    /// The metropolitan words as labels: a goal table under labelled rows, its activities without a
    /// unit column, so that each activity's unit comes from its cost table's labels ("Proje/Faaliyet
    /// Adı:", "Sorumlu Daire Başkanlığı:"); the units to cooperate with right of the activity's
    /// name, in a column that must not be taken for the responsible unit's.
    static let metropolitanLabels = Arrangement(
        name: "metropolitan-labels",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, codeHeader: "Gösterge No",
                                                         extras: [ExtraColumn("Riskler", .last, .risks)])),
                            .activities(ActivityColumns(codeColumn: true,
                                                        extras: [ExtraColumn("İşbirliği Yapılacak Birimler", .afterName, .cooperatingUnits)])),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        wording: .metropolitan, kurus: true)

    /// The general part real programs open with (`GeneralBlock`: contents, mission, organisation,
    /// staff, vehicles and buildings, the budget by economic code, function and unit, the year
    /// before's execution, revenue, the plan in prose) before Kayseri's labelled goal tables and
    /// the resource summary: none of it is a fact, the budget tables least of all.
    static let generalPartLabelled = Arrangement(
        name: "general-part-labelled",
        blocks: [.cover, .generalPart(GeneralBlock.all),
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        kurus: true)

    /// A shorter general part (the plan in prose first, then the budget by economic code and its
    /// execution, staff) before coded headings, per-goal cost tables, numbered titles and the
    /// İdare Performans Tablosu.
    static let generalPartHeadings = Arrangement(
        name: "general-part-headings",
        blocks: [.cover, .generalPart([.contents, .planSummary, .planTable, .mission, .organisation, .budgetByEconomicCode, .budgetExecution,
                                       .staff]),
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered, wording: .other)

    /// The budget's tables without titles (by unit, economic code, function, revenue) before
    /// untitled goal tables under full-width rows, costs merged into the activity table, the
    /// resource summary turned: only headers tell a table here.
    static let generalPartUntitled = Arrangement(
        name: "general-part-untitled",
        blocks: [.cover, .generalPart([.contents, .budgetByUnit, .budgetByEconomicCode, .budgetByFunction, .revenue, .physicalResources,
                                       .mission, .planSummary, .planTable]),
                 .eachGoal([.fullWidthRows(.shortDash), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, costColumns: true))]),
                 .resourceSummary(.codesAsColumns)],
        titles: .none)

    /// The guide's outline as Menteşe 2021 and Melikgazi print it (`RealTemplates.md` 1, 2):
    /// lettered part headings, numbered tables ("Tablo 1", "Tablo 2", …), the goal tables under
    /// "C- Performans Hedef ve Göstergeleri ile Faaliyetler", the İdare Performans Tablosu under
    /// "D- İdarenin Toplam Kaynak İhtiyacı" — a heading in a resource summary's title words.
    static let guideOutline = Arrangement(
        name: "guide-outline",
        blocks: [.cover, .partHeading("II- PERFORMANS BİLGİLERİ"), .partHeading("C- Performans Hedef ve Göstergeleri ile Faaliyetler"),
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .partHeading("D- İdarenin Toplam Kaynak İhtiyacı"), .administrationSummary,
                 .partHeading("III- EKLER"), .unitsTable],
        titles: .numbered, kurus: true)

    /// Bodrum 2015 (`RealTemplates.md` 3): the resource summary first, under "2.3 İdarenin Toplam
    /// Kaynak İhtiyacı", then the goals under "2.4 Performans Hedef ve Göstergeleri ile
    /// Faaliyetler", headed by worded codes, their costs per goal.
    static let summaryFirst = Arrangement(
        name: "summary-first",
        blocks: [.cover, .partHeading("2.3 İdarenin Toplam Kaynak İhtiyacı"), .resourceSummary(.codesAsRows),
                 .partHeading("2.4 Performans Hedef ve Göstergeleri ile Faaliyetler"),
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])])

    /// A goal card (Kocaeli's "hedef kartları", a district plan's cards, the ministry's indicator
    /// examples: `RealTemplates.md` 4–6): labelled rows, indicators with their effect on the
    /// target and direction ("Göstergenin Yönü"), "Gerçekleşen" / "Hedeflenen"; "Faaliyet ve
    /// Projeler" with "Sorumlu Birim", "İşbirliği Yapacak Birim(ler)", "Riskler" and their cost
    /// "Maliyet Tahmini"; amounts with "₺", the resource summary turned.
    static let goalCards = Arrangement(
        name: "goal-cards",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, administration: false, explanation: false)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true, twoRowHeader: false,
                                                         extras: [ExtraColumn("Hedefe Etkisi", .afterName, .effectOnTarget, figure: true),
                                                                  ExtraColumn("Göstergenin Yönü", .afterUnit, .direction)])),
                            .activities(ActivityColumns(unitColumn: true,
                                                        extras: [ExtraColumn("İşbirliği Yapacak Birim(ler)", .afterUnit, .cooperatingUnits),
                                                                 ExtraColumn("Riskler", .last, .risks)])),
                            .costs(.perGoal(explanations: false))]),
                 .resourceSummary(.codesAsColumns)],
        wording: .card, currency: .liraSign)

    /// A part's introduction before each aim's goals (the plan in prose, the mission, staff and the
    /// budget by economic code, on pages of their own) between worded headings' goal tables, cost
    /// tables per activity and the resource summary: the budget table after a goal's costs is no
    /// goal's, nor is the prose naming aims and amounts.
    static let generalPartBetween = Arrangement(
        name: "general-part-between",
        blocks: [.cover,
                 .eachGoal([.aimIntroduction([.planSummary, .mission, .staff, .budgetByEconomicCode]), .headings(.wordsColon),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)), .activities(ActivityColumns(unitColumn: true)),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        kurus: true)

    /// Annexes after the goals and the İdare Performans Tablosu (EKLER: the budget by economic code,
    /// by function, by unit, the year before's execution, revenue) under full-width goal rows,
    /// per-goal cost tables and numbered titles: the annexes' tables are none of the last goal's.
    static let generalPartAnnexes = Arrangement(
        name: "general-part-annexes",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.capitalWords), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary,
                 .generalPart([.budgetByEconomicCode, .budgetByFunction, .budgetByUnit, .budgetExecution, .revenue])],
        titles: .numbered, wording: .other)

    /// Labelled rows coded with each level's letters after its words and a space, the goal's code
    /// carrying its parents' ("Stratejik Amaç SA 1:", "Stratejik Hedef SH 1.1:", "Performans Hedefi
    /// PH 1.1.1:"), the target year alone, per-goal cost tables, the resource summary turned.
    static let labelledLetters = Arrangement(
        name: "labelled-letters",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, letters: true, spaced: true)),
                            .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .resourceSummary(.codesAsColumns)],
        wording: .third)

    /// Headings with the words, the letters and a dash ("Stratejik Hedef SH 1.1 – …", "Performans
    /// Hedefi PH 1.1.1 – …"), three year columns, cost tables per activity, numbered titles, the summary.
    static let wordLetterHeadings = Arrangement(
        name: "word-letter-headings",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsLettersDash), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(.sample), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, kurus: true)

    /// Appropriations' words (`Wording.appropriation`: "Ödeneği", "Tutar (TL)", "Toplam (₺)", "Hedef
    /// Toplamı") with "Ara Toplam" rows in the activity table and inside each activity's cost table by
    /// economic code, labelled rows, cost tables per activity, the resource summary.
    static let appropriations = Arrangement(
        name: "appropriations",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        wording: .appropriation, kurus: true)

    /// The same words under coded headings, per-goal cost tables closed by "Toplam (₺)", no titles,
    /// amounts with "₺", the İdare Performans Tablosu.
    static let appropriationsPerGoal = Arrangement(
        name: "appropriations-per-goal",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 3, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .none, wording: .appropriation, currency: .liraSign)

    /// A paragraph on each goal's money between its activity table and its cost tables ("Performans
    /// Hedefi 1 kapsamındaki … Toplam Maliyet 5.500.000,00 TL … Genel Toplam … %3,40 …"): no label, no
    /// row, no program total. Full-width goal rows, per-goal cost tables, no summary.
    static let goalProse = Arrangement(
        name: "goal-prose",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.wordsColon), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .prose, .costs(.perGoal(explanations: false))])],
        wording: .other)

    /// The paragraph after worded headings and each activity's cost table, numbered titles and the resource summary.
    static let goalProseLabelled = Arrangement(
        name: "goal-prose-labelled",
        blocks: [.cover,
                 .eachGoal([.headings(.capitalWords), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(.sample), .costs(.perActivity), .prose]),
                 .resourceSummary(.codesAsColumns)],
        titles: .numbered, kurus: true)

    /// Gaziemir 2018 (`RealTemplates.md` 10): each goal named only by the target's word and a code
    /// three levels deep ("Hedef 1.1.1: …") under its aim's heading ("Amaç 1: …"); no target printed
    /// apart, no "Performans Hedefi" anywhere. Cost tables per activity, numbered titles, the summary.
    static let targetWordGoals = Arrangement(
        name: "target-word-goals",
        blocks: [.cover,
                 .eachGoal([.headings(.targetWordGoals), .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, hyphenedCodes: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, kurus: true)

    /// Melikgazi (`RealTemplates.md` 2): the guide's tables, then after the Toplam Kaynak İhtiyacı
    /// Tablosu the Stratejik Amaçlar Kaynak İhtiyacı Tablosu (each aim with its goals' money, closed by
    /// "Toplam Kaynak İhtiyacı"), which no field of the contract holds: stated as left unread. Goal
    /// tables under labelled rows, cost tables per activity.
    static let aimResources = Arrangement(
        name: "aim-resources",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows), .aimResources],
        kurus: true)

    /// The indicator table's two header rows the other way round, as templates made from the
    /// ministry's spreadsheet print them: each kind of value ("Gerçekleşme", "Tahmini", "Hedeflenen")
    /// over its year. Full-width goal rows, cost tables per goal, numbered titles, the İdare
    /// Performans Tablosu.
    static let kindsOverYears = Arrangement(
        name: "kinds-over-years",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true, yearsBelow: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered, wording: .other)

    /// Performance-goal codes joined to their level's letters by a hyphen ("SA-1 …", "SH-1.1 …",
    /// "PH-1.1.1 …", issue #12's "PH-1.1" form) as headings over the goal's tables, indicators coded
    /// alike in a code column of their own ("PG-1.1.1", read "PG1.1.1"; inside a name cell a hyphened
    /// first word is the name's, "E-5"); three year columns, cost tables per activity, the resource summary.
    static let hyphenCodes = Arrangement(
        name: "hyphen-codes",
        blocks: [.cover,
                 .eachGoal([.headings(.hyphenLetterCodes), .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, hyphenedCodes: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, kurus: true)

    /// An activity table of one amount: "Faaliyet Adı | Sorumlu Birim | Kaynak (TL)", the money the
    /// activity needs named by the resource word with the currency in the header, no budget or
    /// off-budget apart and no cost table; labelled rows printing the goal's hyphened code beside
    /// its text ("Performans Hedefi" | "PH-1.1.1 …"), the resource summary.
    static let resourceColumn = Arrangement(
        name: "resource-column",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(codeInLabel: false, parenthesisedGoalCode: false, letters: true, hyphen: true)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, oneAmount: "Kaynak (TL)"))]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, wording: Wording(activities: "Faaliyet Adı", responsibleUnit: "Sorumlu Birim"))

    /// Cost tables on pages turned to the other orientation between the goal's other pages (a
    /// landscape section in a portrait document, as Word prints a table with a column per economic
    /// code): coded headings, indicators and activities on the upright pages, per-goal cost tables
    /// turned, numbered titles, the İdare Performans Tablosu upright again.
    static let turnedCosts = Arrangement(
        name: "turned-costs",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered, wording: .other, turnedPages: .costs)

    /// Indicator tables of five year columns on turned pages between upright ones: labelled rows
    /// over them upright, activities and per-activity cost tables upright after them, no titles.
    static let turnedIndicators = Arrangement(
        name: "turned-indicators",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 5, unitColumn: true, codeColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true, turnedPages: .indicators)

    /// Each activity's cost table on a page stored upright like the others and shown turned by
    /// /Rotate 90 (a landscape page merged into a portrait PDF): worded headings, two year columns,
    /// the resource summary turned (codes across) upright again.
    static let rotatedCosts = Arrangement(
        name: "rotated-costs",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 2, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        wording: .third, kurus: true, turnedPages: .costs, turnedStored: true)

    /// Başiskele 2013 (`RealTemplates.md` 13): every page's running header one letter-spaced line
    /// ("2 0 2 4   B A L I K E S İ R   …   P R O G R A M I  |  3"), the program's tables under it:
    /// labelled rows, three year columns, cost tables per goal, numbered titles, the summary.
    static let spacedRunningHeader = Arrangement(
        name: "spaced-running-header",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .resourceSummary(.codesAsRows)],
        titles: .numbered, wording: .other, spacedRunningHeader: true)

    /// An activity table whose one amount column is the appropriation: "Faaliyet Adı | Sorumlu
    /// Harcama Birimi | Ödenek (TL)", no off-budget or total apart, no cost table — the budget is the
    /// activity's total. Worded headings, three year columns, numbered titles, the İdare Performans Tablosu.
    static let appropriationColumn = Arrangement(
        name: "appropriation-column",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, oneAmount: "Ödenek (TL)", oneAmountIsBudget: true))]),
                 .administrationSummary],
        titles: .numbered, kurus: true)

    /// The program-based form (Program Bazlı Bütçe, `RealTemplates.md` 16): each goal under the
    /// budget's Program, Alt Program and Alt Program Hedefi as labelled rows, then its indicators,
    /// its activities (Faaliyet) with their appropriation as the one amount column ("Bütçe
    /// Ödeneği"), and a cost table per activity; the resource summary. No aim or target named.
    static let programBudget = Arrangement(
        name: "program-budget",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, programLevels: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, oneAmount: "Bütçe Ödeneği", oneAmountIsBudget: true)),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        wording: Wording(activities: "Faaliyet", responsibleUnit: "Sorumlu Birim"), kurus: true)

    /// The program-based form without table titles: "Program" | …, "Alt Program" | …, "Alt Program
    /// Hedefi" | … labelled without colons over "Performans Hedefi" | "1 …", the appropriation as the
    /// activities' one amount column ("Ödenek"), a cost table per goal, the İdare Performans Tablosu.
    static let programBudgetUntitled = Arrangement(
        name: "program-budget-untitled",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, administration: false,
                                                     explanation: false, programLevels: true)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, oneAmount: "Ödenek", oneAmountIsBudget: true)),
                            .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .none, wording: .other)

    /// Titles numbered within the part and the goal ("Tablo 2.3.1: Performans Hedefi Tablosu", the
    /// summary "Tablo 3.1.1: …"): coded headings, three year columns, cost tables per activity.
    static let subNumberedTitles = Arrangement(
        name: "sub-numbered-titles",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .subNumbered, wording: .third, kurus: true)

    /// The program budget's levels and the plan's together ("Program:", "Alt Program:", then "Stratejik
    /// Amaç 1:", "Stratejik Hedef 1.1:", "Performans Hedefi (1):"), as a municipality that classes its
    /// budget by program and keeps its plan prints them: aim and target read, the program's rows stated
    /// unread. Three year columns with the code apart, "Ödenek (TL)" alone, cost tables per activity.
    static let programAndPlan = Arrangement(
        name: "program-and-plan",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(programLevels: true, withPlanLevels: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true, oneAmount: "Ödenek (TL)", oneAmountIsBudget: true)),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsColumns)],
        titles: .numbered, kurus: true)

    /// Amounts in thousands of lira (`Arrangement.thousands`): "5.500,0" under "Kaynak İhtiyacı 2024
    /// (Bin TL)", "Ekonomik Kod 2024 (Bin TL)" and "Bütçe İçi (Bin TL)", read ×1000 into the lira the
    /// contract holds, the document's totals still adding up. Coded headings, three year columns,
    /// cost tables per goal, numbered titles, the İdare Performans Tablosu.
    static let thousands = Arrangement(
        name: "thousands",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered, wording: .other, thousands: true)

    /// Thousands again under labelled rows: the activities' amounts without a group ("Bütçe 2024 (Bin
    /// TL)"), a cost table per activity ("2024 Toplam Kaynak (Bin TL)"), the resource summary ("Genel
    /// Toplam (Bin TL)"), no titles.
    static let thousandsPerActivity = Arrangement(
        name: "thousands-per-activity",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, groupHeader: false)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, thousands: true)

    /// Indicator years named relative to the program's, in the budget's terms, on one header row:
    /// "Önceki Yıl Gerçekleşen", "Cari Yıl Tahmin", "Bütçe Yılı Hedef" (the program's year N, the
    /// year before it, N−1, and the one before that, N−2). Worded headings, cost tables per goal,
    /// numbered titles, the İdare Performans Tablosu.
    static let relativeYears = Arrangement(
        name: "relative-years",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, twoRowHeader: false,
                                                         relativeYears: [0: "Bütçe Yılı", -1: "Cari Yıl", -2: "Önceki Yıl"])),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .numbered)

    /// The other relative words over the kinds on a two-row header: "Geçmiş Yıl" / "Cari Yıl" /
    /// "Plan Yılı" over "Gerçekleşme" / "Tahmini" / "Hedeflenen". Labelled rows, cost tables per
    /// activity, no titles, the resource summary.
    static let relativeYearsOverKinds = Arrangement(
        name: "relative-years-over-kinds",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true,
                                                         relativeYears: [0: "Plan Yılı", -1: "Cari Yıl", -2: "Geçmiş Yıl"])),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, wording: .other, kurus: true)

    /// The Kayseri sample's arrangement under a running header naming the chapter in the words of
    /// the goal table's columns ("Bölüm 2 – Performans Hedefi, Göstergeler ve Faaliyetler", blind T12q):
    /// furniture, never a title or header of the table continued under it.
    static let chapterRunningHeader = Arrangement(
        name: "chapter-running-header",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        kurus: true, chapterRunningHeader: "Bölüm 2 – Performans Hedefi, Göstergeler ve Faaliyetler")

    /// The İdare Performans Tablosu as the program lines under a blank corner, each source a group
    /// over "TL | Pay" (a rule or a river parts the labels from the first amounts), after
    /// Kayseri's goal tables with its cost tables per activity.
    static let summaryShares = Arrangement(
        name: "summary-shares",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)]),
                 .administrationSummary],
        kurus: true, summaryShares: true)

    /// A workbook per goal (blind template T02): "Amaç" | "A1" | text and "Hedef" | "H1.1" | text in
    /// three cells without colons, no "Performans Hedefi" row, so the target each sheet names is its
    /// goal (the goal's code carrying its parents' where the gold's goal is not its target); the text
    /// wraps and stands centred beside its code in the middle-aligned looks. No titles, so a target's
    /// row right above the indicator header ("Hedef" | "H11.2" | "Mevcut kaynakları …") must stay
    /// the goal's context and not join the header as its group row.
    static let workbookTargetGoals = Arrangement(
        name: "workbook-target-goals",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, strategicWords: false,
                                                     administration: false, target: true, explanation: false,
                                                     codeCell: true, goalAsTarget: true)),
                            .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .none)

    /// A goal card's band or a workbook's first row names the goal, then its aim and target
    /// (blind templates T03, T08): "PERFORMANS HEDEFİ 1 – …" over "STRATEJİK AMAÇ 1 – …" and
    /// "STRATEJİK HEDEF 1.1 – …" as full-width rows; no titles, cost tables per activity.
    static let goalFirstRows = Arrangement(
        name: "goal-first-rows",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.goalFirstDash), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)

    /// Cost tables without the guide's frame and no titles (the blind tests' InDesign and Writer
    /// templates, T04, T10): the aim and goal as coded headings, and one cost table per goal whose
    /// code columns stand under no "Ekonomik Kod" group, its activities' column titled "Faaliyetler",
    /// no total row closing it: it ends where the next goal's heading begins.
    static let bareCostsPerGoal = Arrangement(
        name: "bare-costs-per-goal",
        blocks: [.cover, .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                                    .activities(.sample), .costs(.perGoal(explanations: true))])],
        titles: .none, bareCostTables: true)

    /// The guide's labelled blocks with no titles and cost tables per activity closed by no
    /// "Toplam Kaynak İhtiyacı" row (the blind tests' T12a): each ends where the next activity's
    /// labelled rows ("İdare Adı:", "Performans Hedefi (1):", "Faaliyet Adı:") or the next goal's begin.
    static let bareCostsPerActivity = Arrangement(
        name: "bare-costs-per-activity",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)])],
        titles: .none, kurus: true, bareCostTables: true)

    /// A word processor's template (the blind tests' T01): labelled rows with the code in the label
    /// ("Amaç 1:", "Hedef 1.1:"), the responsible unit in the activity table, and each activity's cost table
    /// captioned "Faaliyet Maliyeti: 1. <name>" over "Kod | Ekonomik Sınıflandırma | Bütçe Ödeneği …",
    /// no titles: the next goal's labelled rows, often opening the next page, end it.
    static let captionedCosts = Arrangement(
        name: "captioned-costs",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, strategicWords: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)])],
        titles: .none, kurus: true, costCaptions: true)

    /// A Word template saved by LibreOffice (the blind tests' T06): worded goal headings, each goal's
    /// indicator and activity tables under a numbered title naming the goal in brackets ("Tablo 4:
    /// Faaliyetler ve Maliyetleri (Performans Hedefi 1.1)"), and the activities' costs merged as rows:
    /// under each activity's row a row per economic code it spends on, set in ("03 Mal ve Hizmet Alım
    /// Giderleri" | its amount), in the table's one amount column ("Tutar (TL)"); the code under "No".
    static let costRows = Arrangement(
        name: "cost-rows",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true, costRows: true, oneAmount: "Tutar (TL)",
                                                        codeHeader: "No"))])],
        titles: .numbered, kurus: true, goalInTitles: true)

    /// Costs merged as rows under each activity (as `costRows`) in a table with Bütçe / Bütçe Dışı /
    /// Toplam under their group, each code's amount in the budget's column; labelled rows, no titles,
    /// the guide's other words, the resource summary.
    static let costRowsSplit = Arrangement(
        name: "cost-rows-split",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, costRows: true))]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, wording: .other)

    /// Code columns under no title (the "No" header left blank) and an "Açıklama" column after the
    /// figures in both tables: the indicators' a note on some rows (known, not read), the activities'
    /// their explanation (read as their description). Coded headings, per-goal cost tables, numbered titles.
    static let unheadedCodesNotes = Arrangement(
        name: "unheaded-codes-notes",
        blocks: [.cover,
                 .eachGoal([.headings(.codes),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true,
                                                         extras: [ExtraColumn("Açıklama", .last, .notes)])),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true,
                                                        extras: [ExtraColumn("Açıklama", .last, .description)])),
                            .costs(.perGoal(explanations: false))])],
        titles: .numbered, kurus: true)
    /// Each activity's cost table turned (the blind tests' T09): under the activity's labelled rows, a
    /// column per economic code it spends on ("03 Mal ve Hizmet", the short forms) and the total, a row
    /// per source ("Bütçe Ödeneği", "Bütçe Dışı Kaynak") over the total row ("Toplam"); no titles.
    static let costsAcross = Arrangement(
        name: "costs-across",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, wording: .other, kurus: true, costsAcross: true)

    /// A goal card's arrangement turned where it can be (the blind tests' T03): the goal's band over
    /// its aim and target, each activity's cost table captioned by its activity and turned (a column
    /// per economic code, a row per source), and the İdare Performans Tablosu turned: a column per
    /// goal and per program line, a row per source.
    static let summaryAcross = Arrangement(
        name: "summary-across",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.goalFirstDash), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .administrationSummary],
        kurus: true, costCaptions: true, costsAcross: true, summaryAcross: true)
    /// Thousands stated once, in the activity tables' headers ("Bütçe 2024 (Bin TL)"): the cost tables
    /// per activity and the resource summary print the same thousands under headers naming no unit.
    /// Read as printed, the costs stood a thousand times apart from their activities
    /// (`ProgramScale`: the program's one stated unit reaches its tables stating none).
    static let thousandsStatedOnce = Arrangement(
        name: "thousands-stated-once",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, groupHeader: false)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .guide, thousands: true, thousandsStated: .activityHeaders)

    /// Thousands stated by a note line alone, right over each goal's activity table ("(Tutarlar Bin
    /// TL'dir)"), no header naming a unit: the note binds the activities under it, and the cost
    /// tables per goal and the İdare Performans Tablosu take the program's unit. Coded headings, no titles.
    static let thousandsNoted = Arrangement(
        name: "thousands-noted",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))]),
                 .administrationSummary],
        titles: .none, thousands: true, thousandsStated: .noteOverActivities)

    /// Indicator years headed by the relative year alone ("Geçmiş Yıl", "Cari Yıl", "Bütçe Yılı", no kind
    /// word, as some district templates print them): actual, estimate and target by the year's place
    /// in the budget. Labelled rows, cost tables per activity, the resource summary, no titles.
    static let relativeYearsAlone = Arrangement(
        name: "relative-years-alone",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, twoRowHeader: false,
                                                         relativeYears: [0: "Bütçe Yılı", -1: "Cari Yıl", -2: "Geçmiş Yıl"],
                                                         relativeYearsAlone: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)

    /// The goal's explanation as a labelled row of its own under the goal's labelled rows ("Açıklama" |
    /// a sentence naming the tables' words: faaliyetler, performans göstergeleri, sorumlu birimler),
    /// no "Açıklamalar:" row, no titles, cost tables per activity, the resource summary.
    static let explanationRow = Arrangement(
        name: "explanation-row",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, explanation: false)), .explanation(.row("Açıklama")),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)), .activities(ActivityColumns(unitColumn: true)),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)

    /// The goal's explanation as a paragraph under a heading of its own ("Performans Hedefine İlişkin
    /// Açıklamalar", which opens as a goal's label does) after worded goal headings; per-goal cost
    /// tables, numbered titles, the guide's other words.
    static let explanationHeading = Arrangement(
        name: "explanation-heading",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .explanation(.heading("Performans Hedefine İlişkin Açıklamalar")),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)), .activities(ActivityColumns(unitColumn: true)),
                            .costs(.perGoal(explanations: true))])],
        titles: .numbered, wording: .other)

    /// The goal's explanation after a bold label on its line ("Hedefin Açıklaması: …") under full-width
    /// goal rows; the target year alone, cost tables per activity, no titles.
    static let explanationLabel = Arrangement(
        name: "explanation-label",
        blocks: [.cover,
                 .eachGoal([.fullWidthRows(.shortDash), .explanation(.label("Hedefin Açıklaması:")),
                            .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)), .activities(.sample),
                            .costs(.perActivity)])],
        titles: .none, kurus: true)

    /// Each cost table per activity under labelled rows without colons, the activity's name first and
    /// the goal's code in its value ("Faaliyet Adı" | …, "Sorumlu Harcama Birimi" | …, "Performans
    /// Hedefi" | "1 …", the blind tests' T07, T12b); the goal tables' rows without colons too, no titles.
    static let bareCostLabels = Arrangement(
        name: "bare-cost-labels",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.plain), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true, bareCostLabels: true)

    /// The cost tables' labelled rows without colons under the guide's titles, the goal tables'
    /// with them (Kayseri's), in the guide's other words ("Faaliyet / Proje Adı", "Sorumlu Birim").
    static let bareCostLabelsTitled = Arrangement(
        name: "bare-cost-labels-titled",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(.sample), .costs(.perActivity)])],
        wording: .other, bareCostLabels: true)

    /// A goal card's labelled rows two to a row ("Stratejik Amaç 1:" | text | "Stratejik Hedef 1.1:" |
    /// text, then "Performans Hedefi 1:" | text | "Açıklamalar:" | empty), no titles, costs per goal.
    static let sideBySideLabels = Arrangement(
        name: "side-by-side-labels",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, administration: false, sideBySide: true)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .none, wording: .third)

    /// The goal's text carried on to a row of its own under an empty label cell, as a workbook goes
    /// on with a long text (the blind tests' "split goal"); labels without colons, no titles.
    static let carriedGoalRow = Arrangement(
        name: "carried-goal-row",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, administration: false,
                                                     explanation: false, carriedGoal: .nextRow)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)])],
        titles: .none, kurus: true)

    /// A goal card cut by a page break: its label block starts at a page's foot, the goal's text
    /// goes on at the top of the next page under an empty label cell, the tables after it.
    static let goalCardAcrossPages = Arrangement(
        name: "goal-card-across-pages",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false, carriedGoal: .nextPage)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(.sample), .costs(.perGoal(explanations: true))])],
        titles: .none)

    /// An "Açıklama" column first in both tables, before a code column under no title: the indicators'
    /// a note on some rows (known, not read), the activities' their explanation (read as their
    /// description). Labelled rows, cost tables per activity, no titles.
    static let notesBeforeCodes = Arrangement(
        name: "notes-before-codes",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(parenthesisedGoalCode: false)),
                            .indicators(IndicatorColumns(years: 2, unitColumn: true, codeColumn: true,
                                                         extras: [ExtraColumn("Açıklama", .first, .notes)])),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true,
                                                        extras: [ExtraColumn("Açıklama", .first, .description)])),
                            .costs(.perActivity)]),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)
    /// Goal cards with no titles at all (the blind tests' T03 as a browser prints it): coded headings,
    /// each activity's cost table captioned and turned, and the İdare Performans Tablosu turned at the
    /// end without "(TL)" in its row labels, known by its header alone: program lines across (and the
    /// goals where the page holds them), the sources down.
    static let untitledAcross = Arrangement(
        name: "untitled-across",
        blocks: [.cover,
                 .eachGoal([.headings(.codes), .indicators(IndicatorColumns(years: 2, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true, codeColumn: true)), .costs(.perActivity)]),
                 .administrationSummary],
        titles: .none, summaryUnits: false, costCaptions: true, costsAcross: true, summaryAcross: true)
    /// Amounts written the en-US way ("5,500,000.00"), as a spreadsheet set to English exports them:
    /// every amount table reads them so, its figures telling its notation (`FigureNotation`); before,
    /// they read as no amount. Kayseri's labelled blocks, cost tables per activity, the İdare
    /// Performans Tablosu with each source over its amount and share.
    static let enUSAmounts = Arrangement(
        name: "en-us-amounts",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: false, codeColumn: true, explanationRows: true)),
                            .activities(ActivityColumns(codeColumn: true)), .costs(.perActivity)]),
                 .administrationSummary],
        kurus: true, enUSAmounts: true)
    /// The activities' table right under the indicators' (the blind tests' Calc and reportlab
    /// templates T03, T08), its header opening with the numbers' title ("No | Faaliyet / Proje |
    /// Bütçe İçi | …"), no titles; each goal's costs in long form, a row per activity and
    /// economic code ("No | Harcama Birimi | Eko. Kod | Ekonomik Kod Adı | Bütçe İçi | Toplam").
    static let activitiesUnderIndicators = Arrangement(
        name: "activities-under-indicators",
        blocks: [.cover,
                 .eachGoal([.labelledRows(.kayseri),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, codeHeader: "No")),
                            .activities(ActivityColumns(codeColumn: true, groupHeader: false, codeHeader: "No")), .costs(.longForm)])],
        titles: .none, wording: .third, kurus: true)

    /// Cost tables in long form under numbered titles (the blind tests' T04): "Tablo 2: Faaliyet
    /// Maliyetleri Tablosu" over "No | Sorumlu Harcama Birimi | Eko. Kod | Ekonomik Kod Adı | Bütçe
    /// Ödeneği | Toplam", the unit named only there.
    static let longFormCosts = Arrangement(
        name: "long-form-costs",
        blocks: [.cover,
                 .eachGoal([.headings(.wordsColon), .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(codeColumn: true, codeHeader: "No")), .costs(.longForm)])],
        titles: .numbered)
    /// A goal card's labels each on a row of their own over their text ("Stratejik Amaç 1" over the
    /// aim's text, "Stratejik Hedef 1.1" over the target's, "Performans Hedefi 1" over the goal's,
    /// the blind tests' T08), no colons, no titles.
    static let stackedLabels = Arrangement(
        name: "stacked-labels",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, parenthesisedGoalCode: false, administration: false, explanation: false,
                                                     stacked: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .none, kurus: true)

    /// A goal card set across (the blind tests' T12): the levels' labels side by side in one row,
    /// each one's code and text under it ("1 - …" | "1.1 - …" | "1 - …"), no titles, costs per goal.
    static let cardAcross = Arrangement(
        name: "card-across",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, administration: false,
                                                     explanation: false, across: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .none)
    /// The same card under numbered titles ("Tablo 1: Performans Hedefi Tablosu"): read with its goal table.
    static let cardAcrossTitled = Arrangement(
        name: "card-across-titled",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, administration: false,
                                                     explanation: false, across: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perGoal(explanations: true))])],
        titles: .numbered)

    /// A flat annex (the blind tests' T07, a workbook's lists as Calc prints them): the goal list
    /// (aim, target and goal, each with its code), then every goal's indicators in one list and
    /// every goal's activities in another (no explanation or cost columns: the list stays within an
    /// A5 page at 11 pt), each row keyed by its goal's code in a column of its own ("Performans
    /// Hedefi Kodu"); no block per goal, no titles, each list under a caption line naming it.
    /// Indicators and activities join their goal by that code, whatever goal came last.
    static let flatAnnex = Arrangement(
        name: "flat-annex",
        blocks: [.cover, .goalList,
                 .indicatorList(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, twoRowHeader: false, codeHeader: "Gösterge Kodu")),
                 .activityList(ActivityColumns(unitColumn: true, codeColumn: true, groupHeader: false, codeHeader: "Faaliyet No")),
                 .resourceSummary(.codesAsRows)],
        titles: .none, kurus: true)

    /// The flat annex with the costs in a list of their own (a workbook's "Faaliyet Maliyetleri"
    /// sheet): every goal's activities' costs in long form ("No | Sorumlu Harcama Birimi | Eko. Kod |
    /// Ekonomik Kod Adı | Bütçe Ödeneği | Toplam"), each row keyed by its goal's code first. The
    /// activities' numbers start again with each goal: the costs join their goal by its code, then
    /// their activity by its number; the activity list prints no unit, the cost list does.
    static let flatAnnexCosts = Arrangement(
        name: "flat-annex-costs",
        blocks: [.cover, .goalList,
                 .indicatorList(IndicatorColumns(years: 2, unitColumn: true, codeColumn: true, codeHeader: "Gösterge Kodu")),
                 .activityList(ActivityColumns(codeColumn: true, groupHeader: false, codeHeader: "Faaliyet No")), .costList,
                 .administrationSummary],
        titles: .none)

    /// A goal table's labels in cells of their own beside their codes' (blind template T01, an HTML
    /// grid): "Amaç" | "A1" | text, "Hedef" | "H1.1" | text, "Performans Hedefi" | "H1.1" | text, no
    /// colons, the guide's titles, the two narrow cells fitted to their longest word. "Performans Hedefi"
    /// wraps there, and centred beside a text of three lines its code stands on the line between the label's two.
    static let codeCellLabels = Arrangement(
        name: "code-cell-labels",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, codeInLabel: false, parenthesisedGoalCode: false, strategicWords: false,
                                                     administration: false, target: true, explanation: false, codeCell: true,
                                                     fittedCells: true)),
                            .indicators(IndicatorColumns(years: 1, unitColumn: true, twoRowHeader: false)),
                            .activities(ActivityColumns(unitColumn: true)), .costs(.perActivity)])],
        wording: .other)

    /// A goal card's stacked labels, then its indicator and activity tables each under a heading
    /// naming what it holds ("Performans Göstergeleri" over the years and kinds, "Faaliyetler" over
    /// the sources' group and the columns; blind template T08 titled): the heading is no header row.
    static let partCaptions = Arrangement(
        name: "part-captions",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(colon: false, parenthesisedGoalCode: false, administration: false, explanation: false,
                                                     stacked: true)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true, codeHeader: "Kod")),
                            .activities(ActivityColumns(codeColumn: true, codeHeader: "No")), .costs(.perGoal(explanations: true))])],
        titles: .none, wording: .other, kurus: true, partCaptions: true)

    /// Each activity as a card of labelled rows ("Faaliyet No:", "Faaliyet Adı:", "Sorumlu Birim:",
    /// "Kaynak İhtiyacı: Bütçe: … TL  Bütçe Dışı: … TL  Toplam: … TL", "Açıklama:"), its cost table
    /// turned under it (a column per economic code, a row per source), no activity table, no
    /// titles (the blind tests' T06).
    static let activityCards = Arrangement(
        name: "activity-cards",
        blocks: [.cover,
                 .eachGoal([.labelledRows(LabelStyle(administration: false, explanation: false)),
                            .indicators(IndicatorColumns(years: 3, unitColumn: true, codeColumn: true)),
                            .costs(.perActivity)])],
        titles: .none, kurus: true, costsAcross: true, activityCards: true)

    /// In matrix order: append only, so that the variants' names (and the known issues) stay.
    static let all = [balikesir, kayseri, plainLabelsUntitled, goalRowsNumbered, mergedCosts, fourYears,
                      labelledOneYear, goalRowsMerged, guide, captions, dashHeadings, colonFirstRows, planOverview,
                      planOverviewOwnCodes, capitalWords, projects,
                      untitledSummary, reversedCosts, planGoalCards, indicatorUnits, municipalWords, metropolitanWords,
                      metropolitanLabels, generalPartLabelled, generalPartHeadings, generalPartUntitled,
                      guideOutline, summaryFirst, goalCards,
                      generalPartBetween, generalPartAnnexes, labelledLetters, wordLetterHeadings, appropriations, appropriationsPerGoal, goalProse, goalProseLabelled,
                      targetWordGoals, aimResources, kindsOverYears, hyphenCodes, resourceColumn,
                      turnedCosts, turnedIndicators, rotatedCosts, spacedRunningHeader,
                      appropriationColumn, programBudget, programBudgetUntitled, subNumberedTitles,
                      programAndPlan, thousands, thousandsPerActivity, relativeYears, relativeYearsOverKinds,
                      bareCostsPerGoal, bareCostsPerActivity, captionedCosts, chapterRunningHeader, summaryShares, workbookTargetGoals, goalFirstRows,
                      costRows, costRowsSplit, unheadedCodesNotes, explanationRow, explanationHeading, explanationLabel,
                      bareCostLabels, bareCostLabelsTitled, sideBySideLabels, carriedGoalRow, goalCardAcrossPages, notesBeforeCodes, costsAcross, summaryAcross, untitledAcross, thousandsStatedOnce, thousandsNoted, relativeYearsAlone, enUSAmounts, activitiesUnderIndicators, longFormCosts, stackedLabels, cardAcross, cardAcrossTitled, flatAnnex, flatAnnexCosts, codeCellLabels, partCaptions, activityCards]
}
