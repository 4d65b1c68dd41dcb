import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Header and title wordings of real municipalities' programs that are not in the repository
/// (`Tests/LayoutVariantTests/RealTemplates.md` names each source): each header row as such a
/// template prints it is read column by column, and each wording keeps to its role.
@Suite struct RealTemplateWordingsTests {
    /// A line of words set one after the other at 10 pt.
    private func line(_ text: String) -> TextLine {
        var x = 0.0
        let words = text.split(separator: " ").map { w -> Word in
            defer { x += Double(w.count) * 6 + 4 }
            return Word(text: String(w), box: Rect(x0: x, y0: 0, x1: x + Double(w.count) * 6, y1: 10), fontSize: 10)
        }
        return TextLine(words: words)
    }

    /// The strategic plan's goal card as a district plan's monitoring pages print it
    /// (kentekatilim.org): "İşbirliği Yapacak Birim(ler)" beside "Sorumlu Birim", "Maliyet
    /// Tahmini" for the activity's cost.
    @Test func aGoalCardsUnitsAndCostEstimate() {
        for titles in [["Faaliyet ve Projeler", "Sorumlu Birim", "İşbirliği Yapacak Birim(ler)", "Maliyet Tahmini"],
                       ["Faaliyet ve Projeler", "İşbirliği Yapacak Birim(ler)", "Sorumlu Birim", "Riskler", "Maliyet Tahmini"]] {
            let s = columnsSideBySide(titles)
            let columns = ActivityRows.amountColumns(s)
            #expect(columns.responsibleUnit == titles.firstIndex(of: "Sorumlu Birim"), "\(titles)")
            #expect(columns.total == titles.firstIndex(of: "Maliyet Tahmini"), "\(titles)")
            #expect(ActivityRows.understoodColumns(s) == Set(titles.indices), "\(titles)")
        }
        // Alone beside the activities the units taking part answer for nothing.
        let alone = columnsSideBySide(["Faaliyet ve Projeler", "İşbirliği Yapacak Birim(ler)", "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(ActivityRows.amountColumns(alone).responsibleUnit == nil)
        #expect(ActivityRows.understoodColumns(alone).contains(1))
    }

    /// The indicator examples of the ministry's guide for municipalities (tanereraslan.org):
    /// "Sıra No | Performans Göstergeleri | Ölçü Birimi | Sınıf | Açıklama | Göstergenin Yönü".
    @Test func anIndicatorsDirectionAndClassAreKnownAndLeft() {
        let titles = ["Sıra No", "Performans Göstergeleri", "Ölçü Birimi", "Sınıf", "Göstergenin Yönü", "2024 Gerçekleşme", "2025 Hedef"]
        let s = columnsSideBySide(titles)
        let columns = IndicatorRows.Columns(s)
        #expect(columns.name == 1)
        #expect(columns.unit == 2)
        #expect(columns.code == 0)
        #expect(columns.values.map(\.index) == [5, 6])
        // The direction is known and left; an indicator's class ("Sınıf") is no field and no known
        // column: it is reported.
        #expect(IndicatorRows.understoodColumns(s) == Set(titles.indices).subtracting([3]))
        // The direction's words name no column a reader fills, in any table.
        for title in ["Göstergenin Yönü", "GÖSTERGE YÖNÜ", "Yönü"] {
            let f = Lexicon.fold(title)
            for concept in [Lexicon.Concept.indicator, .unit, .pastActual, .estimate, .targetValue, .responsibleUnit, .total, .budget] {
                #expect(!TableSection.namesKnownColumn(concept, f), "\(title): \(concept)")
            }
            #expect(Set((Lexicon.phrases[.indicatorDirection] ?? [:]).keys) == [.columnHeader])
        }
        // Beside the activities it is no known column of theirs: reported there.
        let activities = columnsSideBySide(["Faaliyetler", "Göstergenin Yönü", "Bütçe", "Bütçe Dışı", "Toplam"])
        #expect(!ActivityRows.understoodColumns(activities).contains(1))
    }

    /// A part's numbered heading of the guide's outline set right over the first aim (Bodrum 2015:
    /// "2.4 Performans Hedef ve Göstergeleri ile Faaliyetler") shares its band: its section number
    /// is no figure, the line is a title and no level; a line with amounts still is no title.
    @Test func aNumberedPartsTitleOverAnAimIsNoLevel() {
        let aim = UnreadAndRefusalTests.line([("Stratejik Amaç 1: Şehrimizin mirasını korumak", 40)], y: 111)
        for title in ["2.4 Performans Hedef ve Göstergeleri ile Faaliyetler", "C- Performans Hedef ve Göstergeleri ile Faaliyetler"] {
            let rows = GoalContext.levelRows(WordBoxes.band(page: 3, UnreadAndRefusalTests.line([(title, 40)], y: 100) + aim))
            #expect(rows.map(\.label) == [.aim] && rows.first?.value == "Şehrimizin mirasını korumak", "\(title)")
        }
        let amounts = UnreadAndRefusalTests.line([("2.4 Personel Giderleri", 40), ("3.000.000", 300)], y: 100)
        #expect(GoalContext.levelRows(WordBoxes.band(page: 3, amounts + aim)).isEmpty)
    }

    /// A column not understood is stated, whether or not its cells hold something: its header is
    /// what tells the analyst which template went unread ("2024" here, a header text set apart as
    /// a column of its own, is stated too rather than hidden; `HeaderColumns.headsItsBody` keeps
    /// a group's year in its phrase).
    @Test func everyColumnNotUnderstoodIsStated() {
        let titles = ["Faaliyetler", "Bütçe", "Zorluk Derecesi", "2024"]
        let columns = titles.enumerated().map { k, t in Column(x0: Double(k) * 60, x1: Double(k) * 60 + 50, title: t) }
        let words = [("Park yapmak", 5.0), ("1.000", 65.0), ("Orta", 125.0)].map { text, x in
            Word(text: text, box: Rect(x0: x, y0: 100, x1: x + 30, y1: 108), fontSize: 8)
        }
        let row = CellSplitter.split(WordBoxes.band(page: 4, words), boundaries: [55, 115, 175])
        let notes = TableSection(columns: columns, rows: [row]).unknownColumns(understood: [0, 1], table: "activity table")
        #expect(notes.count == 2 && notes.first?.contains("'Zorluk Derecesi'") == true && notes.last?.contains("'2024'") == true, "\(notes)")
    }

    /// Covers that name the year otherwise than “2024 Yılı Performans Programı”: “2022 Mali Yılı
    /// Performans Programı” (Muğla, Melikgazi), “PERFORMANS PROGRAMI 2015” (Çekmeköy's cover).
    @Test(arguments: [(["2022 Mali Yılı Performans Programı"], 2022),
                      (["T.C. ÇEKMEKÖY BELEDİYESİ", "PERFORMANS PROGRAMI 2015", "2015"], 2015),
                      (["2025 MALİ YILI PERFORMANS PROGRAMI", "Performans Programı 2024 yılında hazırlanmıştır"], 2025),
                      (["2024 Yılı Performans Programı", "PERFORMANS PROGRAMI 2023"], 2024),
                      (["KAYSERİ BÜYÜKŞEHİR BELEDİYESİ PERFORMANS PROGRAMI 2026"], 2026)])
    func theYearBeforeOrAfterTheProgramsName(_ texts: [String], _ year: Int) {
        #expect(AdministrationReader.year(lines: texts.map(line), title: nil) == year)
        #expect(DocumentName.named(texts.joined(separator: " ").split(separator: " ").map(String.init), place: "on page 1")?.kind
                == .performanceProgram)
    }

    /// A year after the name counts only where it ends the line: a cover whose year stands on
    /// a line of its own above the name (“2025 YILI” / “PERFORMANS PROGRAMI”) names none there,
    /// and a sentence going on after “Performans Programı 2024 …” names none either.
    @Test func aYearInASentenceAfterTheNameIsNoProgramYear() {
        let texts = ["2025 YILI", "PERFORMANS PROGRAMI", "Performans Programı 2024 yılında hazırlanmış ve meclise sunulmuştur."]
        #expect(AdministrationReader.year(lines: texts.map(line), title: nil) != 2024)
    }

    /// Melikgazi's Stratejik Amaçlar Kaynak İhtiyacı Tablosu (`RealTemplates.md` 2): a column of aims
    /// beside Bütçe / Bütçe Dışı / Toplam is the money per aim, which no field holds: found (its header
    /// opens no aim) and, with its rows to the total, stated unread. A label naming an aim with its
    /// text and a sentence naming them all in one cell are no such header.
    @Test func theMoneyPerAimIsFoundAndLeft() {
        func row(_ cells: [(String, Double)], y: Double = 100) -> RowBand {
            WordBoxes.band(page: 30, cells.flatMap { text, x -> [Word] in
                var left = x
                return text.split(separator: " ").map { w in
                    defer { left += Double(w.count) * 5 + 3 }
                    return WordBoxes.word(String(w), left, y, left + Double(w.count) * 5, y + 10, size: 10)
                }
            })
        }
        let header = row([("Stratejik Amaç", 40), ("Bütçe (TL)", 300), ("Bütçe Dışı (TL)", 380), ("Toplam (TL)", 470)])
        #expect(AimResourceTable.isHeader(header))
        #expect(!AimResourceTable.isHeader(row([("Stratejik Amaç 1:", 40), ("Bütçe ve toplam kaynakları artırmak", 160)])))
        #expect(!AimResourceTable.isHeader(row([("Amaç bütçe toplam", 40), ("Performans Göstergesi", 300), ("2025 Hedef", 470)])))
        let rows = [header,
                    row([("1", 40), ("Kenti korumak", 80), ("5.500.000,00", 300), ("0,00", 380), ("5.500.000,00", 470)], y: 120),
                    row([("2", 40), ("Ulaşımı iyileştirmek", 80), ("1.000.000,00", 300), ("0,00", 380), ("1.000.000,00", 470)], y: 140),
                    row([("Toplam Kaynak İhtiyacı", 40), ("6.500.000,00", 300), ("0,00", 380), ("6.500.000,00", 470)], y: 160),
                    row([("Faaliyetlerden Sorumlu Harcama Birimleri", 40)], y: 200)]
        #expect(AimResourceTable.rowCount(rows[...]) == 4)
    }

    /// The indicator header's rows the other way round: each kind of value over its year. A row of
    /// kinds alone is the group row over the years; a header naming the indicator beside kinds, or a
    /// kind with another word ("Gerçekleşme Durumu"), is none.
    @Test func kindsOverYearsAreTheHeadersGroupRow() {
        func row(_ text: String) -> RowBand {
            var x = 200.0
            let words = text.split(separator: " ").map { w -> Word in
                let word = WordBoxes.word(String(w), x, 100, x + Double(w.count) * 5, 110, size: 10)
                x += 70
                return word
            }
            return WordBoxes.band(page: 3, words)
        }
        #expect(HeaderBlock.isGroupRow(row("Gerçekleşme Tahmini Hedeflenen")))
        #expect(HeaderBlock.isGroupRow(row("Gerçekleşen Tahmin Hedef")))
        #expect(!HeaderBlock.isGroupRow(row("Göstergesi Gerçekleşen Tahmin Hedef")))
        #expect(!HeaderBlock.isGroupRow(row("Gerçekleşme Durumu")))
        #expect(!HeaderBlock.isGroupRow(row("Hedef")))
    }
}
