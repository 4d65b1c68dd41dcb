import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Words laid out as a table row: each cell's text starting at its x, words 5 pt apart.
private func row(_ cells: [(String, Double)], y: Double = 100, size: Double = 9) -> [Word] {
    cells.flatMap { text, x -> [Word] in
        var left = x
        return text.split(separator: " ").map { w in
            let width = Double(w.count) * size * 0.5
            defer { left += width + size * 0.3 }
            return WordBoxes.word(String(w), left, y, left + width, y + size, size: size)
        }
    }
}

/// Tables without titles: told by the meanings of their header's columns (TableStart).
@Suite struct UntitledTableTests {
    static func kind(_ rows: [[Word]]) -> TableStart.Kind? {
        TableStart.kind(rows.map { WordBoxes.band(page: 3, $0) }, at: 0)
    }

    @Test func indicatorHeaderWithYearColumns() {
        let header = row([("Performans Göstergeleri", 40), ("Ölçü Birimi", 260), ("2023 Tahmin", 340), ("2024 Hedef", 420)])
        #expect(Self.kind([header]) == .goal)
    }

    @Test func activityHeaderWithAmounts() {
        let header = row([("Faaliyet ve Projeler", 40), ("Bütçe Ödeneği", 300), ("Bütçe Dışı Kaynak", 380), ("Toplam", 480)])
        #expect(Self.kind([header]) == .goal)
    }

    @Test func costHeaderWithACodePerColumn() {
        let header = row([("Faaliyet Adı", 40), ("Sorumlu Birim", 200), ("Personel", 300), ("Mal ve Hizmet", 360), ("Toplam", 480)])
        #expect(Self.kind([header]) == .cost)
    }

    /// A table of contents names the tables, with page numbers: no value column.
    @Test func contentsLineIsNoHeader() {
        let line = row([("2.3. Performans Hedef ve Göstergeleri ile Faaliyetler", 40), ("31", 520)])
        #expect(Self.kind([line]) == nil)
    }

    /// A sentence about indicators is one cell, not a header.
    @Test func sentenceIsNoHeader() {
        let line = row([("Performans göstergeleri 2024 yılı hedefleri ile birlikte verilmiştir.", 40)])
        #expect(Self.kind([line]) == nil)
    }

    @Test func evidenceNamesTheConcepts() {
        let band = WordBoxes.band(page: 3, row([("Performans Göstergeleri", 40), ("Ölçü", 260), ("2024 Hedef", 420)]))
        let evidence = TableStart.evidence(band)
        #expect(evidence.contains("indicator") && evidence.contains("unit") && evidence.contains("targetValue"))
    }
}

/// Labelled rows without a colon, and codes printed in the value (LabelledRow, GoalContext).
@Suite struct GoalContextTests {
    static func read(_ words: [Word]) -> LabelledRow? { LabelledRow.read(WordBoxes.band(page: 3, words)) }

    @Test func labelInACellOfItsOwnWithoutAColon() throws {
        let r = try #require(Self.read(row([("Amaç", 40), ("1 Şehrimizin doğal mirasını korumak", 160)])))
        #expect(r.label == .aim)
        #expect(r.labelCode == "1")
        #expect(r.value == "Şehrimizin doğal mirasını korumak")
    }

    @Test func codeAfterTheWordsWithoutAColon() throws {
        let r = try #require(Self.read(row([("Performans Hedefi 1.1", 40), ("Kentsel dönüşümü tamamlamak", 200)])))
        #expect(r.label == .goal)
        #expect(r.labelCode == "1.1")
        #expect(r.value == "Kentsel dönüşümü tamamlamak")
    }

    /// Without a colon the label must stand apart: a sentence opening with "Hedef" is text.
    @Test func labelWordAtAWordSpaceIsText() {
        #expect(Self.read(row([("Hedef kitlemiz gençlerdir", 40)])) == nil)
    }

    @Test func codeOpeningTheValueOfAColonLabel() throws {
        let r = try #require(Self.read(row([("PERFORMANS HEDEFİ:", 40), ("H4.1 Afet bilincini artırmak", 160)])))
        #expect(r.label == .goal)
        #expect(r.labelCode == "H4.1")
        #expect(r.value == "Afet bilincini artırmak")
    }

    /// A year opening the value is the text's, not a code.
    @Test func yearOpeningTheValueStays() throws {
        let r = try #require(Self.read(row([("Performans Hedefi:", 40), ("2024 yılında 5 park yapmak", 160)])))
        #expect(r.labelCode == "")
        #expect(r.value == "2024 yılında 5 park yapmak")
    }

    /// A new aim closes the target and goal under the old one; a table uses the goal up.
    @Test func levelsCloseTheLevelsUnderThem() throws {
        var context = GoalContext()
        let aim1 = try #require(Self.read(row([("Stratejik Amaç 1:", 40), ("Birinci amaç", 160)])))
        let goal = try #require(Self.read(row([("Performans Hedefi 1.1:", 40), ("Bir hedef", 160)])))
        let aim2 = try #require(Self.read(row([("Stratejik Amaç 2:", 40), ("İkinci amaç", 160)])))
        #expect(context.open(aim1) && context.open(goal))
        let filled = context.filling(GoalDraft(page: 3))
        #expect(filled.labels[.aim]?.labelCode == "1" && filled.labels[.goal]?.labelCode == "1.1")
        #expect(context.filling(GoalDraft(page: 4)).labels[.goal] == nil)
        #expect(context.open(goal) && context.open(aim2))
        let next = context.filling(GoalDraft(page: 5))
        #expect(next.labels[.aim]?.labelCode == "2" && next.labels[.goal] == nil)
    }
}

/// Costs join activities by code, then by name or the most similar name, by place only where neither is printed (CostJoin).
@Suite struct CostJoinTests {
    static let activities = [
        Activity(no: 1, code: "F1", name: "Park yapımı", page: 1),
        Activity(no: 2, code: "F2", name: "Yol bakımı", page: 1),
        Activity(no: 3, code: "F3", name: "Kaldırım yenileme", page: 1),
    ]

    @Test func byCodeWhateverTheOrder() {
        let entries = [CostEntry(code: "F3"), CostEntry(code: "F1"), CostEntry(code: "F2")]
        #expect(CostJoin.targets(entries, Self.activities).map(\.activity) == [2, 0, 1])
    }

    @Test func byNameWhenNoCodeIsPrinted() {
        let entries = [CostEntry(name: "YOL BAKIMI"), CostEntry(name: "F3 Kaldırım yenileme")]
        let joined = CostJoin.targets(entries, Self.activities)
        #expect(joined.map(\.activity) == [1, 2])
    }

    /// Only an entry that prints neither code nor name takes its place; a name that resembles
    /// no activity joins none (a note says so) rather than the one in its place.
    @Test func byPlaceOnlyWhenNeitherIsPrinted() {
        let entries = [CostEntry(name: "Başka ad"), CostEntry(), CostEntry(code: "F3")]
        #expect(CostJoin.targets(entries, Self.activities).map(\.entry) == [1, 2])
        #expect(CostJoin.targets(entries, Self.activities).map(\.activity) == [1, 2])
        var draft = GoalDraft(page: 2)
        draft.activities = Self.activities
        var notes: [String] = []
        _ = GoalAssembler.goal(no: 1, draft: draft, costs: [CostDraft(layout: .perGoal, page: 3, entries: entries)],
                               aim: nil, heading: nil, notes: &notes)
        #expect(notes.contains { $0.contains("'Başka ad' names no activity") })
    }

    /// One cost table fewer than activities (a table whose header was lost): an entry printing
    /// neither code nor name has no place to go by, since every place after the lost one is the
    /// next activity's; it joins none and is stated unread (Kayseri 2025 goal 12 took its
    /// neighbour's amounts).
    @Test func noPlaceWhenTheCountsDiffer() {
        let entries = [CostEntry(), CostEntry()]
        #expect(CostJoin.targets(entries, Self.activities).isEmpty)
        var draft = GoalDraft(page: 2)
        draft.activities = Self.activities
        var notes: [String] = []
        let goal = GoalAssembler.goal(no: 1, draft: draft, costs: [CostDraft(layout: .perActivity, page: 3, entries: entries)],
                                      aim: nil, heading: nil, notes: &notes)
        #expect(goal.activities.allSatisfy { $0.costs.isEmpty })
        #expect(notes.filter { LeftUnread.isUnread($0) && $0.contains("names no activity") }.count == 2, "\(notes)")
    }

    /// A name printed again with a bare number before it, listed in another order: the most
    /// similar name, not the place (the numbers are not the table's own numbering).
    @Test func bySimilarNameInAnotherOrder() {
        let activities = [
            Activity(no: 1, code: "1", name: "Revizyon nazım imar planları yapmak", page: 1),
            Activity(no: 2, code: "2", name: "İmar uygulaması yapmak", page: 1),
            Activity(no: 3, code: "3", name: "Kentsel dönüşüm alanında imar planı yapmak", page: 1),
        ]
        let entries = [CostEntry(name: "3 Kentsel dönüşüm alanında imar planı yapmak"), CostEntry(name: "2 İmar uygulaması"),
                       CostEntry(name: "1 Revizyon nazım imar planları yapmak.")]
        #expect(CostJoin.targets(entries, activities).map(\.activity) == [2, 1, 0])
    }

    /// The cost table's name cut short of the activity's bracketed list (Kayseri 2024, goal 48).
    @Test func byANameCutShort() {
        let activities = [
            Activity(no: 1, code: "1", name: "Eğitim planlaması yapılarak eğitim taleplerinin karşılanması.", page: 1),
            Activity(no: 2, code: "2", name: "Personelin özlük işlemlerini takip faaliyeti (Personel terfi, atama, izin, puantaj, maaş, ikramiye ve hizmet alımları vs.)", page: 1),
        ]
        #expect(CostJoin.targets([CostEntry(name: "Personelin özlük işlemlerini takip faaliyeti")], activities).map(\.activity) == [1])
    }

    /// Two activities as like the entry as each other: the name says nothing, so no join.
    @Test func aTieJoinsNothing() {
        let activities = [Activity(no: 1, code: "A", name: "Kuzey parkı yapımı", page: 1),
                          Activity(no: 2, code: "B", name: "Güney parkı yapımı", page: 1)]
        #expect(CostJoin.targets([CostEntry(name: "Parkı yapımı")], activities).isEmpty)
    }

    /// A code printed with other letters than the activity's (“F3” beside “3”) joins by its numbers.
    @Test func byTheNumbersOfTheCode() {
        let activities = [Activity(no: 1, code: "1", name: "Park", page: 1), Activity(no: 2, code: "3", name: "Yol", page: 1)]
        #expect(CostJoin.targets([CostEntry(code: "F3"), CostEntry(code: "F1")], activities).map(\.activity) == [1, 0])
    }
}
