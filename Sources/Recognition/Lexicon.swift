import Foundation
import Dataset

/// The documents' vocabulary, in one place: every domain concept a performance program
/// prints (Performans Programı Hazırlama Rehberi), the phrases that name it, and the role
/// each phrase plays (a table's title, a row's label, a column's header, a total row, …).
/// Readers ask for concepts in a role; they hold no phrases of their own, so a synonym
/// added for one role cannot make a reader of another role misfire.
///
/// Phrases are written as printed ("Bütçe Dışı") and matched after folding (Turkish
/// letters to ASCII, lower case, punctuation to spaces): "BÜTÇE DIŞI", "Bütçe dışı:" and
/// "Bütçe Dışı" read alike. A phrase matches whole words; a trailing `*` makes its last
/// word a stem ("Toplam*" matches "Toplam", "Toplamı", "Toplamlar"), which is how Turkish
/// suffixes are met. Phrases are tokens separated by spaces; a token may hold a slash
/// ("Faaliyet/Proje") and then matches a printed word "Faaliyet/Proje" whole.
enum Lexicon {
    /// What a phrase does where it stands.
    enum Role: Int, Hashable, Sendable, CaseIterable {
        /// A table's printed title ("PERFORMANS HEDEFİ TABLOSU").
        case title
        /// A row label: "Stratejik Amaç 1:", "Genel Yönetim Giderleri" (a summary's program line).
        case rowLabel
        /// A column header cell, or a group header over columns.
        case columnHeader
        /// The row that closes a table with its totals ("Genel Toplam").
        case totalRow
        /// A cost line of the per-unit resource table (MALİYET TÜRÜ: Toplam, Hedef, …).
        case costLine
        /// Words of running text: sentences, cover and running headers.
        case text
        /// The last word of an administration's name ("… Belediyesi").
        case nameEnding
        /// A printed short form that names the concept only as a whole cell ("Sermaye").
        case shortForm
        /// What a document calls itself on its cover, first lines or running header
        /// ("2024 Yılı Faaliyet Raporu"): the kind of document it is.
        case documentName
        /// A section heading only a document of the concept's kind prints ("Bütçe Uygulama Sonuçları").
        case section
        /// The letters a level's code prints before its numbers (“SA1”, “PH 1.1.1”, “PH-1.1.1”):
        /// only these may be joined to the numbers by a hyphen (“E-5”, “EK-1” are names).
        case codeLetters
    }

    /// The domain's concepts.
    enum Concept: Int, Hashable, Sendable, CaseIterable {
        // Tables.
        case goalTable, costTable, administrationSummary, resourceSummary
        /// A word every table title carries ("Tablosu", "İhtiyacı"): a cheap first test.
        case titleWord
        // Goal context.
        case administration, aim, target, performanceGoal, explanation
        // Indicators.
        case indicator, unit, pastActual, estimate, targetValue
        // Activities and their money.
        case activity, activityName, responsibleUnit, activityCount
        case budget, offBudget, revolvingFund, otherDomestic, foreign
        case total, grandTotal, resourceNeedTotal, resources, totalCost, share, rate, currency
        /// A row adding up the rows above it inside a table (Ara Toplam): no activity, and no part of the total.
        case subtotal
        /// The column or group header of economic codes (Ekonomik Kod).
        case economicCode
        // Economic codes, first level.
        case personnel, socialSecurity, goodsAndServices, interest, currentTransfers, capital, capitalTransfers, lending, reserves
        // The administration summary's program lines (İdare Performans Tablosu).
        case goalCosts, generalAdministration, transfers
        // Running text.
        case performanceProgram, documentTitleWord, pieces, count
        // Documents filed beside a program, which name it in their text (`DocumentKind`).
        case activityReport, budgetDocument, councilDecision, strategicPlan, documentNameWord
        // Columns printed beside the contract's (goal cards copied from the strategic plan).
        /// A column of the rows' own codes under a title of its own (Gösterge Kodu, No).
        case rowCode
        /// A column of the aim's, target's or goal's code each row belongs to, as a flat list over
        /// all goals keys its rows (Amaç Kodu, Hedef Kodu, Performans Hedefi Kodu): the goal list
        /// defines goals by it, the indicator and activity lists join their goal by it (`GoalCodeColumn`).
        case aimCode, targetCode, goalCode
        /// Known and deliberately not read: no field of the contract holds them.
        case effectOnTarget, baseline, monitoringFrequency, reportingFrequency, schedule
        /// Units that take part (İşbirliği Yapılacak Birimler): never the one answering for a row.
        case cooperatingUnit
        /// The unit coordinating a row (Koordinatör Birim): answers for it only where no column
        /// names the responsible unit.
        case coordinatingUnit
        /// What may keep a row from its target (Riskler). Known, not read.
        case risk
        /// The cost of one unit of an activity's output (Birim Maliyet): a figure beside its
        /// amounts, never its total. Known, not read: the contract has no field for it.
        case unitCost
        /// Whether an indicator should rise or fall (Göstergenin Yönü: Artış / Azalış). Known, not read.
        case indicatorDirection
        /// A table going on over a page says so above its rest (“Tablo 3 (Devamı)”, `TableNote`).
        case continuation
        /// The budget's program classification over a goal (Program Bazlı Bütçe: Program, Alt
        /// Program, Alt Program Hedefi): no aim or target of the plan, and no field of the
        /// contract holds it. Known, stated unread (`GoalTableReader`).
        case programLevel
        /// Amounts printed in thousands of lira (“Bin TL”, “000 TL”), as budget documents state
        /// large figures: read ×1000 into the contract's lira (`AmountScale`).
        case thousands
        /// Amounts printed in millions and billions of lira (“Milyon TL”, “Milyar TL”): read
        /// ×1,000,000 and ×1,000,000,000 (`AmountScale`).
        case millions, billions
        /// A currency other than the lira (“USD”, “Avro”): no amount of the contract's (`AmountScale`).
        case foreignCurrency
        /// The words of a line stating the unit of the amounts under it (“Tutarlar bin TL'dir”,
        /// “(Bin TL)”), besides the unit's own (`AmountScale.noted`).
        case amountUnitNote
        /// An indicator's year named relative to the program's (the budget's terms, `RelativeYear`):
        /// the budget year, the current year before it, and the year before that.
        case budgetYear, currentYear, previousYear
    }

    /// Concept → role → phrases. Add a synonym to the role where it is printed.
    static let phrases: [Concept: [Role: [String]]] = [
        // MARK: Tables
        .goalTable: [.title: ["Performans Hedefi Tablosu"]],
        .costTable: [.title: ["Faaliyet Maliyet Tablosu", "Faaliyet Maliyetleri Tablosu", "Faaliyet Maliyet Tabloları"]],
        .administrationSummary: [.title: ["İdare Performans Tablosu"]],
        .resourceSummary: [.title: ["Toplam Kaynak İhtiyacı Tablosu", "İdarenin Toplam Kaynak İhtiyacı"]],
        .titleWord: [.title: ["Tablo*", "İhtiya*"]],

        // MARK: Goal context
        .administration: [
            .rowLabel: ["İdare Adı*"],
            .nameEnding: ["Belediyesi", "İdaresi", "Başkanlığı", "Valiliği", "Üniversitesi", "Müdürlüğü"],
        ],
        // A column of aims beside their money heads the resources per aim (Stratejik Amaçlar Kaynak İhtiyacı Tablosu).
        .aim: [.rowLabel: ["Stratejik Amaç*", "Amaç"], .columnHeader: ["Stratejik Amaç*", "Amaç*"], .codeLetters: ["SA", "A"]],
        // A goal list's column of targets' texts ("Stratejik Hedef", beside "Hedef Kodu").
        .target: [.rowLabel: ["Stratejik Hedef*", "Hedef"], .columnHeader: ["Stratejik Hedef*"], .codeLetters: ["SH", "H"]],
        .performanceGoal: [
            .rowLabel: ["Performans Hedefi*"],
            .codeLetters: ["PH", "PG"],
            // The İdare Performans Tablosu's column of goals ("Performans Hedefi", "Performans Hedefleri").
            .columnHeader: ["Performans Hedef*"],
            .text: ["Performans Hedef*"],
            .costLine: ["Hedef"],
        ],
        // The goal's explanation under a label naming the goal ("Hedefin Açıklaması:", a heading
        // "Performans Hedefine İlişkin Açıklamalar"): the longer phrase beats the level's own.
        .explanation: [.rowLabel: ["Açıklama*", "Hedefin Açıklaması", "Hedef Açıklaması", "Hedefe İlişkin Açıklama*",
                                   "Performans Hedefinin Açıklaması", "Performans Hedefine İlişkin Açıklama*"],
                       .columnHeader: ["Açıklama*", "Not", "Notlar"]],

        // MARK: Indicators
        .indicator: [.columnHeader: ["Göstergeleri", "Göstergesi", "Göstergeler", "Gösterge"]],
        // "Gösterge Birimi": the indicator's unit, though it opens with the indicator's word.
        .unit: [.columnHeader: ["Ölçü*", "Birim*", "Gösterge Birim*"]],
        .pastActual: [.columnHeader: ["Gerçekleşen*", "Gerçekleşme*"]],
        .estimate: [.columnHeader: ["Tahmin*", "Beklenen*"]],
        .targetValue: [.columnHeader: ["Hedef*"]],
        // Years named relative to the program's, as budget documents name them (`RelativeYear`):
        // the year the program is for (bütçe yılı), the year it is prepared in (cari yıl), and the
        // last year closed before it (önceki yıl).
        .budgetYear: [.columnHeader: ["Bütçe Yılı", "Plan Yılı", "Program Yılı"]],
        // One year each, in its forms (“Cari Yılı”), never a stem: “Geçmiş Yıllar” are several, “Önceki Yıla Göre” a comparison.
        .currentYear: [.columnHeader: ["Cari Yıl", "Cari Yılı"]],
        .previousYear: [.columnHeader: ["Önceki Yıl", "Önceki Yılı", "Geçmiş Yıl", "Geçmiş Yılı"]],

        // MARK: Activities
        .activity: [
            // Matched against a header word or a whole header line.
            // "Faaliyet Adı" heads the column too; as a labelled row (a colon or a cell of its own)
            // it is an activity's name (`.activityName`), which a header never is.
            .columnHeader: ["Faaliyetler", "Faaliyet/Projeler", "Faaliyet/Proje", "Faaliyet ve Projeler", "Faaliyet Adı", "Proje Adı"],
            // A column titled only so; as a word it also opens “Faaliyet Toplamı”, “Proje Adı”.
            .shortForm: ["Faaliyet", "Proje", "Projeler"],
            .text: ["Faaliyet*", "Proje*"],
        ],
        // A cost table per activity captioned by its activity ("Faaliyet Maliyeti: 1. …", a Word template's caption).
        .activityName: [.rowLabel: ["Faaliyet Adı*", "Faaliyet/Proje Adı*", "Proje/Faaliyet Adı*", "Proje Adı*", "Faaliyet Maliyeti"]],
        .responsibleUnit: [
            // A label names the unit's kind too ("Sorumlu Müdürlük:", "Sorumlu Daire Başkanlığı:").
            .rowLabel: ["Sorumlu Harcama Birim*", "Sorumlu Birim*", "Harcama Birim*", "Sorumlu Müdürlük*", "Sorumlu Daire Başkanlığı*",
                        "Sorumlu Başkanlık*"],
            .columnHeader: ["Sorumlu*", "Birim*"],
            // A unit of the administration, named in its tables and cells: no administration.
            .nameEnding: ["Başkanlığı", "Müdürlüğü", "Şefliği", "Koordinatörlüğü", "Müşavirliği"],
        ],
        .activityCount: [.columnHeader: ["Faaliyet Sayısı"]],

        // MARK: Money
        // "Ödeneği": the stem's k turns ğ before a vowel, so "Ödenek*" does not reach it.
        .budget: [.columnHeader: ["Bütçe*", "Ödenek*", "Ödeneği"]],
        .offBudget: [.columnHeader: ["Bütçe Dışı", "Dışı"]],
        .revolvingFund: [.columnHeader: ["Döner*"]],
        .otherDomestic: [.columnHeader: ["Yurt İçi", "Diğer*"]],
        .foreign: [.columnHeader: ["Yurt Dışı"]],
        // "Maliyet (TL)", "Tahmini Maliyet": an activity's cost beside its sources is their total.
        // "Tutar (TL)": an activity's amount beside its sources, their total.
        .total: [.columnHeader: ["Toplam*", "Maliyet*", "Tutar*"], .rowLabel: ["Toplam"], .costLine: ["Toplam"]],
        // "Performans Hedefi Toplamı" opens as a goal's label does: a total row is asked first.
        .grandTotal: [.totalRow: ["Genel Toplam", "Hedef Toplamı", "Performans Hedefi Toplamı", "Performans Hedefi Maliyeti"], .rowLabel: ["Genel Toplam"], .columnHeader: ["Genel Toplam"]],
        .subtotal: [.totalRow: ["Ara Toplam"]],
        .continuation: [.title: ["Devamı", "Devam"]],
        // A label's whole words: the program, the sub-program and its objective.
        .programLevel: [.rowLabel: ["Program", "Program Adı", "Program Kodu", "Alt Program*", "Alt Program Adı", "Alt Program Kodu",
                                    "Alt Program Hedef*", "Alt Programın Hedef*"]],
        /// The row closing a cost table per activity (and the resource summary).
        .resourceNeedTotal: [.totalRow: ["Toplam Kaynak İhtiyacı", "Toplam"]],
        /// The group over a table's amounts ("Kaynak İhtiyacı 2024 (TL)").
        .resources: [.columnHeader: ["Kaynak*"]],
        .totalCost: [.text: ["Toplam Maliyet"]],
        .share: [.columnHeader: ["Pay*"]],
        /// A rate column (Gerçekleşme Oranı): a budget's execution table prints it, no cost table does.
        .rate: [.columnHeader: ["Oran*"]],
        // The lira sign folds to the lira's letters (“Bütçe (₺)” reads as “Bütçe (TL)”, `fold`).
        .currency: [.columnHeader: ["TL*", "Türk Lirası", "Lira"]],
        // A header's “Bin” beside amounts, its unit's word left out or in parentheses of its own
        // (“TL (Bin)”); “x1000”, “×1.000” and “(000 TL)”: a thousand lira to the printed unit. A
        // sign or dot between the figures folds to a space (“×1.000 TL” is “1 000 tl”).
        .thousands: [.columnHeader: ["Bin TL", "Bin Türk Lirası", "Bin Lira", "Bin", "TL Bin", "000 TL", "1000 TL", "1.000 TL",
                                     "x1000 TL", "x1.000 TL", "x 1000 TL", "x 1.000 TL", "x1000", "x1.000"]],
        // Most specific first where they overlap: “000.000 TL” holds “000 TL” (`AmountScale.multiples`).
        .millions: [.columnHeader: ["Milyon TL", "Milyon Türk Lirası", "Milyon Lira", "Milyon", "TL Milyon", "000.000 TL",
                                    "1.000.000 TL", "1000000 TL", "x1.000.000 TL", "x 1.000.000 TL", "x1000000 TL", "x1.000.000", "x1000000"]],
        .billions: [.columnHeader: ["Milyar TL", "Milyar Türk Lirası", "Milyar Lira", "Milyar", "TL Milyar"]],
        .foreignCurrency: [.columnHeader: ["USD", "EUR", "GBP", "Dolar", "Doları", "Avro", "Euro", "Sterlin"]],
        // “Tutarlar bin TL'dir”, “(Tutarlar Bin TL olarak gösterilmiştir)”, “Para Birimi: Milyon TL”.
        .amountUnitNote: [.text: ["Tutarlar", "Tutar", "Rakamlar", "Değerler", "Tüm", "Bütün", "Tablodaki", "Tablolardaki",
                                  "Para Birimi", "Birim", "Birimi", "olarak", "cinsinden*", "dir", "dır", "tir", "tır",
                                  "gösterilmiştir", "verilmiştir", "belirtilmiştir", "yazılmıştır", "ifade edilmiştir"]],
        // "Ekonomik Sınıflandırma": the budget's name for its economic classification, over the codes' names.
        // "Eko. Kod": a narrow column's abbreviation, beside "Ekonomik Kod Adı" in a cost table in long form.
        .economicCode: [.columnHeader: ["Ekonomik Kod*", "Ekonomik Sınıflandırma*", "Eko. Kod*"]],

        // MARK: Economic codes (standard names, the forms printed, short forms)
        // "Gid*": an appropriation schedule abbreviates "Giderleri" ("Personel Gid.").
        .personnel: [.rowLabel: ["Personel Gid*"], .shortForm: ["Personel"], .costLine: ["Personel Gideri"]],
        .socialSecurity: [.rowLabel: ["SGK Devlet Prim*", "Sosyal Güvenlik Kurumlarına Devlet Prim*", "Sosyal Güvenlik Kurumu Devlet Prim*",
                                      "Sos Güv Kur Devlet Prim*"], .shortForm: ["SGK"]],
        .goodsAndServices: [.rowLabel: ["Mal ve Hizmet Alım*"], .shortForm: ["Mal ve Hizmet"]],
        .interest: [.rowLabel: ["Faiz Gid*"], .shortForm: ["Faiz"]],
        .currentTransfers: [.rowLabel: ["Cari Transfer*"]],
        .capital: [.rowLabel: ["Sermaye Gid*"], .shortForm: ["Sermaye"]],
        .capitalTransfers: [.rowLabel: ["Sermaye Transfer*"]],
        .lending: [.rowLabel: ["Borç Verme*"]],
        .reserves: [.rowLabel: ["Yedek Ödenek*"]],

        // MARK: The administration summary's program lines
        .goalCosts: [
            .rowLabel: ["Performans Hedefleri Maliyetleri Toplamı", "Performans Hedefleri Toplamı", "Faaliyetler Toplamı",
                        "Faaliyet Toplamı", "Faaliyet Giderleri Toplamı"],
            .columnHeader: ["Faaliyet*"],
        ],
        .generalAdministration: [
            .rowLabel: ["Genel Yönetim Giderleri"],
            // "Genel Yönetim" may stand as a group over the column; its own word remains.
            .columnHeader: ["Genel Yönetim*", "Giderleri"],
            .costLine: ["Genel Yönetim Gideri"],
        ],
        .transfers: [.rowLabel: ["Diğer İdarelere Transfer"], .columnHeader: ["Transfer*"]],

        // MARK: Columns beside the contract's (a strategic plan's goal card: Hedef Kartı)
        // Matched as a column's whole title: "Ekonomik Kod" is no row code.
        .rowCode: [.columnHeader: ["Kod*", "No", "Sıra No", "Sıra", "Gösterge Kod*", "Gösterge No", "Faaliyet Kod*", "Faaliyet No",
                                   "Proje Kod*", "Proje No", "PG Kod*"]],
        // Matched as a column's whole title: "Hedef Kodu" is the target's, "Performans Hedefi Kodu" the goal's.
        .aimCode: [.columnHeader: ["Amaç Kod*", "Amaç No", "Stratejik Amaç Kod*", "Stratejik Amaç No", "SA Kod*", "SA No"]],
        .targetCode: [.columnHeader: ["Hedef Kod*", "Hedef No", "Stratejik Hedef Kod*", "Stratejik Hedef No", "SH Kod*", "SH No"]],
        .goalCode: [.columnHeader: ["Performans Hedefi Kod*", "Performans Hedefi No", "Performans Hedef Kod*", "PH Kod*", "PH No"]],
        .effectOnTarget: [.columnHeader: ["Hedefe Etki*"]],
        .baseline: [.columnHeader: ["Başlangıç Değer*", "Baz Değer*", "Mevcut Durum*", "Mevcut Değer*"]],
        .monitoringFrequency: [.columnHeader: ["İzleme Sıklığı", "İzleme Periyodu", "İzleme"]],
        .reportingFrequency: [.columnHeader: ["Raporlama Sıklığı", "Raporlama Periyodu", "Raporlama"]],
        /// An activity's dates ("Başlangıç – Bitiş").
        .schedule: [.columnHeader: ["Başlangıç Bitiş", "Başlama Bitiş", "Başlangıç Tarih*", "Bitiş Tarih*", "Uygulama Süresi"]],
        // Their titles hold a responsible unit's word ("Birim"): `TableSection.responsibleUnitColumn`
        // takes no column one of them names.
        .cooperatingUnit: [.columnHeader: ["İşbirliği*", "İş Birliği*", "İşbirliği Yapılacak*", "İşbirliği Yapılan*", "İşbirliği Yapacak*",
                                           "İş Birliği Yapacak*",
                                           "İşbirlikçi*", "İşbirlikçi Birim*", "Katkı Sağlayan*", "Katkı Sağlayacak*"]],
        .coordinatingUnit: [.columnHeader: ["Koordinatör*", "Koordinatör Birim*", "Koordinatör Harcama Birim*", "Koordinasyon Birim*"]],
        .risk: [.columnHeader: ["Risk*", "Riskler ve*", "Risk Düzey*", "Risk Seviye*", "Risk Derece*", "Olası Risk*", "Karşılaşılabilecek Risk*"]],
        // Its title holds a responsible unit's word ("Birim") and a total's ("Maliyet").
        .unitCost: [.columnHeader: ["Birim Maliyet*"]],
        // The ministry's indicator examples for municipalities print it beside the unit.
        .indicatorDirection: [.columnHeader: ["Göstergenin Yönü", "Gösterge Yönü", "Yönü", "Değişim Yönü"]],

        // MARK: Running text
        .performanceProgram: [.text: ["Performans Program*"], .title: ["Yılı Performans", "Mali Yılı Performans", "Performans Programı"],
                              .documentName: ["Performans Program*"]],
        /// Words of a document's title, never part of the administration's name.
        .documentTitleWord: [.text: ["Yılı", "Performans", "Programı", "Program", "Raporu"]],
        .pieces: [.text: ["Adet"]],
        .count: [.text: ["Sayısı"]],

        // MARK: What a document names itself (its cover, first lines, running header)
        // Each also names the program in its text ("2025 Yılı Performans Programının kabulüne"),
        // so a document is of the kind its name states first (`DocumentName`).
        // Sections: the parts their guides give them, which a program has none of.
        .activityReport: [
            .documentName: ["Faaliyet Rapor*"],
            .section: ["Faaliyetlere İlişkin Bilgiler*", "Bütçe Uygulama Sonuç*", "Performans Sonuçları Tablo*",
                       "Performans Sonuçlarının Değerlendiril*", "İç Kontrol Güvence Beyan*", "Kurumsal Kabiliyet ve Kapasite*",
                       "Birim Yöneticisinin Beyan*", "Öneri ve Tedbirler"],
        ],
        .budgetDocument: [
            // "Kesin Hesap": the budget's final account ("2023 Yılı Bütçe Kesin Hesabı", "Kesin Hesap Cetvelleri").
            .documentName: ["Bütçesi", "Bütçe Kararname*", "Mali Yılı Bütçe*", "Bütçe Tasarı*", "Gider Bütçe*", "Kesin Hesa*"],
            .section: ["Bütçe Kararname*", "Gider Bütçe*", "Gelir Bütçe*", "Finansman Tablo*", "Gelir Tahmin*"],
        ],
        .councilDecision: [.documentName: ["Meclis Karar*", "Meclisi Karar*", "Karar Özeti", "Karar Tarihi", "Karar No", "Karar Sayısı"]],
        // Not its goal cards ("Hedef Kartı") nor its costing ("Maliyetlendirme"): a program copies
        // both from its plan (a program arranged as goal cards), so they tell no plan from a program.
        .strategicPlan: [
            .documentName: ["Stratejik Plan*"],
            .section: ["Durum Analizi", "GZFT Analizi", "Paydaş Analizi", "PESTLE Analizi", "Kuruluş İçi Analiz"],
        ],
        /// Words printed within a document's name before its kind (“2025 Mali Yılı Bütçesi”, “Birim Faaliyet Raporu”).
        .documentNameWord: [.text: ["Yılı", "Mali", "Dönemi", "Birim", "İdare"]],
    ]

    /// The sign counting plan years on from the budget year (“Bütçe Yılı+1”, `RelativeYear`): folding drops it.
    static let followingYearSign: Character = "+"

    /// How a concept is printed when the dataset names it (a stated share's column).
    static let printedNames: [Concept: String] = [
        .budget: "Bütçe", .offBudget: "Bütçe Dışı", .total: "Toplam",
        .performanceProgram: "Performans Programı", .activityReport: "Faaliyet Raporu", .budgetDocument: "Bütçe",
        .councilDecision: "Meclis Kararı", .strategicPlan: "Stratejik Plan",
    ]

    /// The economic code each code concept names.
    static let economicCodes: [(Concept, EconomicCode)] = [
        (.personnel, .personnel), (.socialSecurity, .socialSecurity), (.goodsAndServices, .goodsAndServices),
        (.interest, .interest), (.currentTransfers, .currentTransfers), (.capital, .capital),
        (.capitalTransfers, .capitalTransfers), (.lending, .lending), (.reserves, .reserves),
    ]

    /// Units of measure (Ölçü Birimi), as the contract spells them after Turkish lower-casing.
    enum MeasureUnits {
        /// Units that stand alone.
        static let base: Set<String> = [
            "adet", "%", "ha", "km", "m", "metre", "kg", "ton", "gün", "dakika", "saniye", "saat", "ay", "yıl",
            "tb", "gb", "μg/m³", "m²", "m³", "km²", "kişi", "doz", "koli", "kwh", "mwh", "kw", "tl", "dekar",
            "lt", "litre", "hane", "sefer", "araç",
        ]
        /// Time words that make a rate ("yıl/adet", "günlük/kişi").
        static let time: Set<String> = ["yıl", "yıllık", "ay", "aylık", "gün", "günlük", "saat", "hafta", "haftalık"]
        /// Qualifiers printed before a unit that the contract drops ("Birikimli adet" → adet).
        static let qualifiers = ["birikimli/toplam", "birikimli toplam", "birikimli", "birikim", "toplam", "kümülatif"]
        /// Canonical spelling of units the contract names differently from the print.
        static let canonical: [String: String] = ["kwh": "kWh", "kw": "kW", "tb": "TB", "gb": "GB", "tl": "TL", "mwh": "MWh"]
    }

    // MARK: - Matching

    static func fold(_ text: String) -> String { folding(text).folded }

    /// `fold`, and whether the text holds a hyphen: folded words of a line are joined into the
    /// line's folded text where none does (`foldedText`).
    static func folding(_ text: String) -> (folded: String, hasHyphen: Bool) {
        // A word of lower-case ASCII letters and digits folds to itself (a third of a page's
        // words): told from its bytes, it is kept as it is.
        // One pass over the bytes tells that, and whether a hyphen asks for words to be joined.
        var bytes = text
        let (isFolded, hasHyphen) = bytes.withUTF8 { b -> (Bool, Bool) in
            var isFolded = !b.isEmpty
            for c in b {
                if c == UInt8(ascii: "-") { return (false, true) }
                if isFolded && !(c &- UInt8(ascii: "a") < 26 || c &- UInt8(ascii: "0") < 10) { isFolded = false }
            }
            return (isFolded, false)
        }
        if isFolded { return (text, false) }
        let words = hasHyphen ? joiningHyphenatedWords(text) : text
        return (Identifiers.slug(namingLiraSign(words), separator: " "), hasHyphen)
    }

    /// The lira sign (₺) as the lira's letters: “Bütçe (₺)” and “Bin ₺” state the unit as “Bütçe
    /// (TL)” and “Bin TL” do; folded away, a header naming its unit by the sign alone named none.
    static let liraSign = "₺"
    static let liraLetters = " TL "

    /// `text` with each lira sign spelled as the lira's letters (`liraSign`).
    static func namingLiraSign(_ text: String) -> String {
        // The sign's first byte opens few other characters (dashes, quotes): most texts hold none.
        var probe = text
        guard probe.withUTF8({ $0.contains(liraSignFirstByte) }), text.contains(liraSign) else { return text }
        return text.replacingOccurrences(of: liraSign, with: liraLetters)
    }
    private static let liraSignFirstByte = liraSign.utf8.first!

    /// A word a cell hyphenated at a line's end (Word, InDesign) reads whole: “Genel Top-lam” is
    /// the total row, “Perfor-mans Hedefi” the goal's label, though the contract keeps the
    /// hyphen in the text (`WrappedText.join`); a row's text joins its lines with a space
    /// (“Top- lam”). A hyphen after a letter, before a letter of the same case (spaces between),
    /// joins the two; a compound's parts (“bakım-onarım”) then fold as one word too, and no
    /// phrase is half of one. Parts in two cases (“İfraz-Tevhid”, “e-Belediye”) and codes
    /// (“A1-H1”) stay apart.
    static func joiningHyphenatedWords(_ text: String) -> String {
        let hyphen = UInt8(ascii: "-")
        // Asked of every text folded: most hold no hyphen, told from the bytes in one tight loop
        // (the UTF-8 view's generic search cost ~560 instructions a text).
        var text = text
        guard text.withUTF8({ $0.contains(hyphen) }), var from = text.utf8.firstIndex(of: hyphen) else { return text }
        // Only the characters around each hyphen are looked at (most folded texts with a
        // hyphen hold a dash for zero or a code): the rest is copied as it stands.
        var out = ""
        var copied = text.startIndex
        /// An ASCII byte other than a letter: no letter stands there (a dash for zero, a figure).
        func isASCIINonLetter(_ b: UInt8) -> Bool { b < 0x80 && !((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) }
        while let h = text.utf8[from...].firstIndex(of: hyphen) {
            from = text.utf8.index(after: h)
            guard h > text.startIndex, !isASCIINonLetter(text.utf8[text.utf8.index(before: h)]) else { continue }
            var next = from
            while next < text.endIndex, text.utf8[next] == UInt8(ascii: " ") { next = text.utf8.index(after: next) }
            guard next < text.endIndex, !isASCIINonLetter(text.utf8[next]) else { continue }
            guard text[h] == "-" else { continue }
            let before = text[text.index(before: h)]
            guard before.isLetter else { continue }
            var j = text.index(after: h)
            while j < text.endIndex, text[j] == " " { j = text.index(after: j) }
            guard j < text.endIndex, text[j].isLetter, text[j].isLowercase == before.isLowercase else { continue }
            out += text[copied..<h]
            copied = j
            from = j
        }
        guard copied > text.startIndex else { return text }
        out += text[copied...]
        return out
    }

    /// A phrase, folded: its tokens, the last possibly a stem.
    struct Phrase: Sendable {
        /// Each token folded ("Faaliyet/Proje" → "faaliyet proje").
        var tokens: [String]
        var stem: Bool
        /// The tokens joined: the phrase as it stands in folded text.
        var folded: String
        /// Whether the folded phrase holds a space (two words or more, a token's own too).
        var isSeveralWords: Bool
        /// `folded`'s bytes, compared with folded text's (`matches`).
        private var bytes: [UInt8]

        init(_ printed: String) {
            var p = printed
            stem = p.hasSuffix("*")
            if stem { p.removeLast() }
            tokens = p.split(separator: " ").map { Lexicon.fold(String($0)) }.filter { !$0.isEmpty }
            folded = tokens.joined(separator: " ")
            isSeveralWords = folded.utf8.contains(UInt8(ascii: " "))
            bytes = Array(folded.utf8)
        }

        /// Where the phrase may stand in folded text. Folded text and phrases are ASCII
        /// (`fold`), so they are compared byte by byte: this runs for every row and phrase.
        func matches(_ text: String, _ position: Position) -> Bool {
            var text = text
            return text.withUTF8 { matches($0, position) }
        }

        /// `matches` of folded text's bytes: a text asked about many phrases is opened once.
        func matches(_ text: UnsafeBufferPointer<UInt8>, _ position: Position) -> Bool {
            bytes.withUnsafeBufferPointer { Self.matches(text, $0, stem: stem, position) }
        }

        /// `matches(text, .within)` at one word start of the text (`start`: 0 or after a space).
        func matches(_ text: UnsafeBufferPointer<UInt8>, withinAt start: Int) -> Bool {
            bytes.withUnsafeBufferPointer { p in
                guard !p.isEmpty, text.count - start >= p.count else { return false }
                for k in 0..<p.count where text[start + k] != p[k] { return false }
                let end = start + p.count
                return stem || end == text.count || text[end] == Self.space
            }
        }

        var isEmpty: Bool { bytes.isEmpty }

        private static let space = UInt8(ascii: " ")

        private static func matches(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, stem: Bool, _ position: Position) -> Bool {
            func isPrefix(at start: Int) -> Bool {
                guard t.count - start >= p.count else { return false }
                for k in 0..<p.count where t[start + k] != p[k] { return false }
                return true
            }
            switch position {
            case .whole:
                guard isPrefix(at: 0) else { return false }
                return stem ? !t[p.count...].contains(space) : t.count == p.count
            case .leading:
                return isPrefix(at: 0) && (stem || t.count == p.count || t[p.count] == space)
            case .within:
                // An empty phrase is found nowhere (as a substring search finds it).
                guard !p.isEmpty, t.count >= p.count else { return false }
                // Only where a word starts: from one word's start to the next's, past its bytes.
                var start = 0
                while start <= t.count - p.count {
                    if t[start] == p[0] && isPrefix(at: start) {
                        let end = start + p.count
                        if stem || end == t.count || t[end] == space { return true }
                    }
                    while start < t.count && t[start] != space { start += 1 }
                    start += 1
                }
                return false
            }
        }

        /// How many folded words of `text` the phrase covers when it leads it (for a
        /// label's code that follows its words).
        var wordCount: Int { folded.utf8.split(separator: UInt8(ascii: " ")).count }

        /// Printed words (each folded on its own, a slash kept inside its word) matched
        /// token by token from their start; the number of words covered, or nil.
        func leads(_ words: ArraySlice<String>) -> Int? {
            guard words.count >= tokens.count else { return nil }
            for (k, token) in tokens.enumerated() {
                let word = words[words.startIndex + k]
                let isLast = k == tokens.count - 1
                if isLast && stem ? !word.hasPrefix(token) : word != token { return nil }
            }
            return tokens.count
        }
    }

    /// Where in a text a phrase must stand.
    enum Position: Sendable {
        /// The text is the phrase (a header cell, a short form).
        case whole
        /// The text opens with the phrase (a row label, a total row).
        case leading
        /// The phrase stands anywhere in the text, on word boundaries.
        case within
    }

    /// The folded phrases, one list per concept and role in one flat table: readers ask for
    /// them for every row, and a dictionary's hashing there cost more than the matching.
    private static let folded: [[Phrase]] = Concept.allCases.flatMap { c in
        Role.allCases.map { r in (phrases[c]?[r] ?? []).map(Phrase.init) }
    }
    private static let roleCount = Role.allCases.count

    /// The phrases of a concept in a role, folded.
    static func phrases(_ concept: Concept, _ role: Role) -> [Phrase] {
        folded[concept.rawValue * roleCount + role.rawValue]
    }

    /// Whether folded `text` names `concept` in `role` at `position`.
    static func names(_ concept: Concept, _ role: Role, _ text: String, _ position: Position) -> Bool {
        let list = concept.rawValue * roleCount + role.rawValue
        let phrases = folded[list]
        var text = text
        return text.withUTF8 { t in
            guard let openings = openingBytes[list] else { return phrases.contains { $0.matches(t, position) } }
            switch position {
            case .whole, .leading:
                guard let first = t.first, openings.contains(first) else { return false }
                return phrases.contains { $0.matches(t, position) }
            case .within:
                // Each word start once, tried against the phrases only where one opens with its
                // byte (`Phrase.matches` tries every word start for every phrase).
                let space = UInt8(ascii: " ")
                var start = 0
                while start < t.count {
                    if openings.contains(t[start]), phrases.contains(where: { $0.matches(t, withinAt: start) }) { return true }
                    while start < t.count && t[start] != space { start += 1 }
                    start += 1
                }
                return false
            }
        }
    }

    /// The bytes the phrases of each of `folded`'s lists open with; nil for a list holding an
    /// empty phrase (found by other rules than a phrase's first byte).
    private static let openingBytes: [OpeningBytes?] = folded.map(OpeningBytes.init)

    /// A set of bytes, as the phrases of one list open with them: a text that holds none of
    /// them at a word's start is named by none of the phrases, which are then not tried.
    struct OpeningBytes: Sendable {
        private var low: UInt64 = 0, lowMiddle: UInt64 = 0, highMiddle: UInt64 = 0, high: UInt64 = 0

        init?(_ phrases: [Phrase]) {
            guard !phrases.contains(where: \.isEmpty) else { return nil }
            for phrase in phrases {
                let b = phrase.folded.utf8.first!
                let bit = UInt64(1) << (b & 63)
                switch b >> 6 {
                case 0: low |= bit
                case 1: lowMiddle |= bit
                case 2: highMiddle |= bit
                default: high |= bit
                }
            }
        }

        func contains(_ b: UInt8) -> Bool {
            let bit = UInt64(1) << (b & 63)
            switch b >> 6 {
            case 0: return low & bit != 0
            case 1: return lowMiddle & bit != 0
            case 2: return highMiddle & bit != 0
            default: return high & bit != 0
            }
        }
    }

    /// The phrase of `concept` in `role` that leads folded `text`, longest first.
    static func leadingPhrase(_ concept: Concept, _ role: Role, _ text: String) -> Phrase? {
        phrases(concept, role).filter { $0.matches(text, .leading) }.max { $0.folded.utf8.count < $1.folded.utf8.count }
    }

    /// Which of `concepts` folded `text` names in `role`: the one with the longest matching
    /// phrase ("Sermaye Transferleri" is capital transfers, not capital), first on a tie.
    static func concept(of text: String, among concepts: [Concept], _ role: Role, _ position: Position) -> Concept? {
        var best: (Concept, Int)?
        var text = text
        text.withUTF8 { t in
            for c in concepts {
                for p in phrases(c, role) where p.matches(t, position) && p.folded.utf8.count > (best?.1 ?? -1) {
                    best = (c, p.folded.utf8.count)
                }
            }
        }
        return best?.0
    }

    /// Whether one printed word (folded on its own) is a one-token phrase of `concept` in `role`.
    static func isWord(_ word: String, _ concept: Concept, _ role: Role) -> Bool {
        isFoldedWord(fold(word), concept, role)
    }

    /// `isWord` of a word already folded.
    static func isFoldedWord(_ w: String, _ concept: Concept, _ role: Role) -> Bool {
        // Asked of every word of a page: a word opening with a byte no one-word phrase opens
        // with is none of them (folded phrases are ASCII letters and digits, and nothing else
        // is the same character as one).
        guard let first = w.utf8.first, first < 0x80,
              oneWordOpenings[concept.rawValue * roleCount + role.rawValue][Int(first)] else { return false }
        // `leads([w][...])` of a one-token phrase, without making the array.
        return phrases(concept, role).contains { $0.tokens.count == 1 && ($0.stem ? w.hasPrefix($0.tokens[0]) : w == $0.tokens[0]) }
    }

    /// For each concept and role (as `phrases` are kept), the ASCII bytes its one-token phrases open with.
    private static let oneWordOpenings: [[Bool]] = folded.map { phrases in
        var opens = [Bool](repeating: false, count: 0x80)
        for phrase in phrases where phrase.tokens.count == 1 {
            if let b = phrase.tokens[0].utf8.first, b < 0x80 { opens[Int(b)] = true }
        }
        return opens
    }

    /// The number of words from `start` that a phrase of `concept` in `role` covers, the
    /// longest; `words` are printed words each folded on its own (`foldEach`).
    static func leads(_ words: [String], at start: Int, _ concept: Concept, _ role: Role) -> Int? {
        guard start >= 0, start < words.count else { return nil }
        // The longest, without gathering the phrases that lead (asked of every word of a page).
        var longest: Int?
        for phrase in phrases(concept, role) {
            if let n = phrase.leads(words[start...]), longest.map({ n > $0 }) ?? true { longest = n }
        }
        return longest
    }

    /// A word a narrow cell broke without a hyphen leaves its last letters as a word of their
    /// own ("Gerçekleşe" / "n", as word processors break a word wider than its column): at most
    /// this many letters, so that short words ("ve", "ile") are joined only in this reading.
    static let brokenWordTail = 2

    /// Folded text with each word of at most `brokenWordTail` letters joined to the word before
    /// ("gerceklese n" → "gerceklesen"): a second reading of a narrow header cell, tried where
    /// the text as printed names nothing.
    static func joiningBrokenWords(_ folded: String) -> String {
        var out: [Substring] = []
        for token in folded.split(separator: " ") {
            if let last = out.last, token.count <= brokenWordTail, token.allSatisfy(\.isLetter), last.last?.isLetter == true {
                out[out.count - 1] = Substring(last + token)
            } else {
                out.append(token)
            }
        }
        return out.joined(separator: " ")
    }

    /// Further readings of folded text whose one word a narrow cell broke in two at any point
    /// ("gercekle sen", as Word breaks a word wider than its column at 11 pt): each pair of
    /// neighbouring words of letters joined, one pair a reading. Tried only where the text as
    /// printed and `joiningBrokenWords` name nothing, and kept only where the joined word makes
    /// the text name a concept, so two words that stay apart are never joined.
    static func joiningEachPair(_ folded: String) -> [String] {
        let tokens = folded.split(separator: " ")
        guard tokens.count > 1 else { return [] }
        return (1..<tokens.count).compactMap { i in
            guard tokens[i - 1].allSatisfy(\.isLetter), tokens[i].allSatisfy(\.isLetter) else { return nil }
            let joined = tokens[..<(i - 1)] + [tokens[i - 1] + tokens[i]] + tokens[(i + 1)...]
            return joined.joined(separator: " ")
        }
    }

    /// Printed words, each folded on its own (a slash stays inside its word).
    static func foldEach(_ words: [String]) -> [String] { words.map(fold) }

    /// A name's economic code from its printed name: a standard or printed name anywhere in
    /// the text, else a short form as the whole text.
    /// The words that open the economic codes' names and short forms.
    private static let economicCodeOpenings = Openings(economicCodes.flatMap { [($0.0, Role.rowLabel), ($0.0, Role.shortForm)] })

    static func economicCode(named text: String) -> EconomicCode? {
        let f = fold(text)
        // Either reading finds a phrase whose first word is then a word of `f`.
        guard economicCodeOpenings.occur(in: f) else { return nil }
        let concepts = economicCodes.map(\.0)
        let c = concept(of: f, among: concepts, .rowLabel, .within) ?? concept(of: f, among: concepts, .shortForm, .whole)
        return c.flatMap { c in economicCodes.first { $0.0 == c }?.1 }
    }

    /// Labels of labelled rows ("Stratejik Amaç 1:"), in the order they are tried.
    enum Label: CaseIterable, Sendable {
        case administration, aim, target, goal, explanation, activityName, responsibleUnit
        var concept: Concept {
            switch self {
            case .administration: return .administration
            case .aim: return .aim
            case .target: return .target
            case .goal: return .performanceGoal
            case .explanation: return .explanation
            case .activityName: return .activityName
            case .responsibleUnit: return .responsibleUnit
            }
        }
        var phrases: [Phrase] { Lexicon.phrases(concept, .rowLabel) }
    }
}
