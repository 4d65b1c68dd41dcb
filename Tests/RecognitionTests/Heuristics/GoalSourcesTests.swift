import Testing
import Dataset
import PageLayout
import TableGeometry
@testable import Recognition

/// Words set on lines: each (text, x, y) a run of words 0.3 em apart, 0.5 em a letter.
private func words(_ runs: [(String, Double, Double)], size: Double = 9) -> [Word] {
    runs.flatMap { text, x, y -> [Word] in
        var left = x
        return text.split(separator: " ").map { w in
            let width = Double(w.count) * size * 0.5
            defer { left += width + size * 0.3 }
            return WordBoxes.word(String(w), left, y, left + width, y + size, size: size)
        }
    }
}
private func band(_ runs: [(String, Double, Double)]) -> RowBand { WordBoxes.band(page: 4, words(runs)) }

/// Every source of goal context (GoalContext): headings and full-width rows, labels in a cell
/// of their own on any line, captions, and the goal tables' own rows for the tables after them.
@Suite struct GoalSourcesTests {
    /// “Stratejik Amaç 1 Şehrimizin…”: a heading with the code but neither colon nor gap.
    @Test func headingWithWordsAndCode() throws {
        let r = try #require(GoalContext.row(band([("Stratejik Amaç 1 Şehrimizin doğal mirasını", 40, 100), ("korumak", 40, 111)])))
        #expect(r.label == .aim && r.labelCode == "1")
        #expect(r.value == "Şehrimizin doğal mirasını korumak")
    }

    /// “Hedef 1.1 – …”, “Performans Hedefi H1.1 – …”: the dash is no part of the text.
    @Test func dashHeadings() throws {
        let target = try #require(GoalContext.row(band([("Hedef 1.1 – Kentsel dönüşümü tamamlamak", 40, 100)])))
        #expect(target.label == .target && target.labelCode == "1.1" && target.value == "Kentsel dönüşümü tamamlamak")
        let goal = try #require(GoalContext.row(band([("Performans Hedefi H1.1 – Mavi bayraklı plajları arttırmak", 40, 100)])))
        #expect(goal.label == .goal && goal.labelCode == "H1.1" && goal.value == "Mavi bayraklı plajları arttırmak")
    }

    /// A dash after the code, glued or apart, is neither the code's nor the text's.
    @Test func dashAfterTheCode() throws {
        let glued = try #require(GoalContext.row(band([("Amaç 1- Şehrimizin mirasını korumak", 40, 100)])))
        #expect(glued.label == .aim && glued.labelCode == "1" && glued.value == "Şehrimizin mirasını korumak")
        let inValue = try #require(GoalContext.row(band([("Stratejik Amaç:", 40, 100), ("1 – Şehrimizin mirasını korumak", 160, 100)])))
        #expect(inValue.labelCode == "1" && inValue.value == "Şehrimizin mirasını korumak")
        let heading = try #require(GoalHeading.read(band([("SA1 – Vatandaşın ihtiyaçlarını karşılamak", 40, 100)])))
        #expect(heading.code == "SA1" && heading.title == "Vatandaşın ihtiyaçlarını karşılamak")
    }

    /// “A1 …” set right over “H1.1 …” (paragraphs without spacing share a band): two headings;
    /// a heading's wrapped line stays its own.
    @Test func headingsWithoutSpaceBetweenThem() {
        let two = GoalHeading.readAll(band([("A1 Vatandaşın ihtiyaçlarını karşılamak", 40, 100), ("H1.1 Mavi bayraklı plajları arttırmak", 40, 111)]))
        #expect(two.map(\.code) == ["A1", "H1.1"] && two.last?.title == "Mavi bayraklı plajları arttırmak")
        let wrapped = GoalHeading.readAll(band([("A1 Vatandaşın ihtiyaçlarını", 40, 100), ("karşılamak ve gelişmek", 40, 111)]))
        #expect(wrapped.map(\.code) == ["A1"] && wrapped.first?.title == "Vatandaşın ihtiyaçlarını karşılamak ve gelişmek")
    }

    /// Worded levels without space between them share a band: each line opening a level starts one.
    @Test func levelsWithoutSpaceBetweenThem() {
        let rows = GoalContext.levelRows(band([("Stratejik Amaç 1: Şehrimizin doğal mirasına uyumlu", 40, 100), ("bir kent oluşturmak.", 40, 111),
                                               ("Stratejik Hedef 1.1: Tüm ölçeklerde imar planları hazırlamak.", 40, 122)]))
        #expect(rows.map(\.label) == [.aim, .target] && rows.map(\.labelCode) == ["1", "1.1"])
        #expect(rows.first?.value == "Şehrimizin doğal mirasına uyumlu bir kent oluşturmak.")
        #expect(GoalContext.levelRows(band([("Stratejik Amaç 1: Şehrimizin doğal", 40, 100), ("mirasını korumak", 40, 111)])).isEmpty)
    }

    /// An aim heading (11.5 pt) over a goal's caption (10.5 pt) with no space between them, as a
    /// spreadsheet's rows touch: the caption's first line names nothing, its size starts it.
    @Test func aCaptionUnderAHeadingStartsWhereTheSizeChanges() {
        let heading = words([("AMAÇ: A1 Vatandaşın ihtiyaçları doğrultusunda altyapı", 40, 100), ("hizmetlerini gerçekleştirmek.", 40, 113)], size: 11.5)
        let caption = words([("Mavi bayraklı plajları arttırarak projeler geliştirmek. (Performans", 50, 126), ("Hedefi H1.1)", 200, 138)], size: 10.5)
        let rows = GoalContext.levelRows(WordBoxes.band(page: 4, heading + caption))
        #expect(rows.map(\.label) == [.aim, .goal] && rows.map(\.labelCode) == ["A1", "H1.1"])
        #expect(rows.first?.value == "Vatandaşın ihtiyaçları doğrultusunda altyapı hizmetlerini gerçekleştirmek.")
        #expect(rows.last?.value == "Mavi bayraklı plajları arttırarak projeler geliştirmek.")
        // In one size the band stays whole (its second part's first line names no level).
        let same = words([("Mavi bayraklı plajları arttırarak projeler geliştirmek. (Performans", 50, 126), ("Hedefi H1.1)", 200, 138)], size: 11.5)
        #expect(GoalContext.levelRows(WordBoxes.band(page: 4, heading + same)).isEmpty)
    }

    /// “Amaç 1” alone on its line, the text on the lines under it.
    @Test func headingWithItsTextUnderIt() throws {
        let r = try #require(GoalContext.row(band([("Amaç 1", 40, 100), ("Şehrimizin doğal mirasını korumak", 40, 111)])))
        #expect(r.label == .aim && r.labelCode == "1" && r.value == "Şehrimizin doğal mirasını korumak")
    }

    /// A sentence opening with a label word and a year or no code is not a heading.
    @Test func sentencesAreNoHeadings() {
        #expect(GoalContext.row(band([("Hedef 2024 yılında beş park yapmaktır", 40, 100)])) == nil)
        #expect(GoalContext.row(band([("Amaç kentin yaşam kalitesini artırmaktır", 40, 100)])) == nil)
    }

    /// “Amaç” centred beside a value of two lines: the label stands on the value's second line.
    @Test func labelInItsCellOnTheSecondLine() throws {
        let r = try #require(GoalContext.row(band([("1 Şehrimizin doğal, tarihi ve kültürel", 175, 53), ("Amaç", 58, 58),
                                                    ("mirasını korumak", 175, 62)])))
        #expect(r.label == .aim && r.labelCode == "1")
        #expect(r.value == "Şehrimizin doğal, tarihi ve kültürel mirasını korumak")
    }

    /// “Performans” / “Hedefi” wrapped in its cell beside the value.
    @Test func wrappedLabelInItsCell() throws {
        let r = try #require(GoalContext.row(band([("Performans", 58, 100), ("1.2 Kentsel dönüşüm alanlarını", 175, 100),
                                                    ("Hedefi", 58, 111), ("dönüştürmek", 175, 111)])))
        #expect(r.label == .goal && r.labelCode == "1.2")
        #expect(r.value == "Kentsel dönüşüm alanlarını dönüştürmek")
    }

    /// A cost line “Hedef” beside figures names no target.
    @Test func labelBesideFiguresIsNoContext() {
        #expect(GoalContext.row(band([("Hedef", 58, 100), ("1.250.000,00", 300, 100), ("2.000.000,00", 400, 100)])) == nil)
    }

    /// “<text> (Performans Hedefi H1.1)”: a caption over the goal's table, centred and wrapped.
    @Test func captionNamesTheGoalAfterItsText() throws {
        let r = try #require(GoalContext.row(band([("Mavi bayraklı plajları arttırarak deniz", 101, 85),
                                                    ("turizmine katkı sağlamak. (Performans Hedefi H1.1)", 150, 96)])))
        #expect(r.label == .goal && r.labelCode == "H1.1")
        #expect(r.value == "Mavi bayraklı plajları arttırarak deniz turizmine katkı sağlamak.")
    }

    /// Brackets that name no level, or hold no code, make no caption.
    @Test func bracketsWithoutALevelAreNoCaption() {
        #expect(GoalCaption.read(band([("Kamulaştırma yapılacak alan (Birikimli toplam 2)", 40, 100)])) == nil)
        #expect(GoalCaption.read(band([("Plajları arttırmak (Performans Hedefi)", 40, 100)])) == nil)
    }

    /// The aim a goal table names itself stays open for the goals after it that do not.
    @Test func aTablesOwnLevelsStayOpen() throws {
        var context = GoalContext()
        var first = GoalDraft(page: 2)
        first.labels[.aim] = try #require(GoalContext.row(band([("STRATEJİK AMAÇ 1: Kenti korumak", 40, 100)]))) as LabelledRow
        first.labels[.goal] = try #require(GoalContext.row(band([("PERFORMANS HEDEFİ 1: İmar planı yapmak", 40, 100)]))) as LabelledRow
        _ = context.filling(first)
        var second = GoalDraft(page: 3)
        second.labels[.goal] = try #require(GoalContext.row(band([("PERFORMANS HEDEFİ 2: Dönüşüm", 40, 100)]))) as LabelledRow
        let filled = context.filling(second)
        #expect(filled.labels[.aim]?.labelCode == "1" && filled.labels[.goal]?.labelCode == "2")
    }

    /// Goals named only with the target's word ("Hedef 1.7.5: …", Gaziemir): a target named for
    /// one table alone, with no goal named, is that table's goal; a target named once over several
    /// tables names only the first, and one of a list none.
    @Test func aTargetNamedAloneIsTheGoal() throws {
        var context = GoalContext()
        #expect(context.open(try #require(GoalContext.row(band([("Amaç 1: Kenti korumak", 40, 100)])))))
        #expect(context.open(try #require(GoalContext.row(band([("Hedef 1.7.5: İmar planı yapmak", 40, 100)])))))
        var notes: [String] = []
        var targets = TargetGoals()
        var first = context.filling(GoalDraft(page: 5))
        #expect(!targets.admit(&first, heading: nil))
        let goal = GoalAssembler.goal(no: 1, draft: first, costs: [], aim: nil, heading: nil, notes: &notes)
        #expect(goal.code == "1.7.5" && goal.title == "İmar planı yapmak" && goal.aimCode == "1")
        #expect(goal.targetCode == "1.7.5" && goal.targetTitle == "İmar planı yapmak" && notes.isEmpty)
        #expect(GoalAssembler.attachment(no: 1, draft: first, aim: nil, heading: nil).hasPrefix("goal 1.7.5 (the target's, named for this table alone"))
        // The same target still open over the next table names no goal of it: the target has two
        // goals, so it stands for neither, and the first is coded again by position (no 1.7.5, 2).
        var second = context.filling(GoalDraft(page: 6))
        #expect(targets.admit(&second, heading: nil) && targets.withdrawn)
        first.targetNamesTheGoal = false
        let recoded = [first, second].enumerated().map { k, d in GoalAssembler.goal(no: k + 1, draft: d, costs: [], aim: nil, heading: nil, notes: &notes) }
        #expect(recoded.map(\.code) == ["1", "2"] && recoded.allSatisfy { $0.targetCode == "1.7.5" })
        #expect(notes.filter { $0.contains("neither a label nor a heading") }.count == 2, "\(notes)")
        // In the table's own rows too (in a document where no target was withdrawn), and a goal named beside it stays the goal.
        var own = GoalDraft(page: 7)
        own.labels[.target] = try #require(GoalContext.row(band([("Hedef 1.7.6: Dönüşümü sağlamak", 40, 100)]))) as LabelledRow
        #expect(GoalAssembler.goal(no: 3, draft: context.filling(own), costs: [], aim: nil, heading: nil, notes: &notes).code == "1.7.6")
        own.labels[.goal] = try #require(GoalContext.row(band([("Performans Hedefi 4: Dönüşüm", 40, 100)]))) as LabelledRow
        #expect(GoalAssembler.goal(no: 4, draft: context.filling(own), costs: [], aim: nil, heading: nil, notes: &notes).code == "4")
        // A list of targets (an overview) names no goal.
        var listed = try overview()
        #expect(!listed.filling(GoalDraft(page: 8)).targetNamesTheGoal)
    }

    /// A target repeated in the rows of several goal tables (“Stratejik Hedef 1.1” in each, the
    /// goals' own labels in words the lexicon does not know) stands for none of their goals.
    @Test func aTargetRepeatedOverSeveralTablesIsNoGoal() throws {
        var context = GoalContext()
        var targets = TargetGoals()
        let row = try #require(GoalContext.row(band([("Stratejik Hedef 1.1: Plan yapmak", 40, 100)]))) as LabelledRow
        var drafts: [GoalDraft] = []
        var withdrawals = 0
        for page in 5...7 {
            var draft = GoalDraft(page: page)
            draft.labels[.target] = row
            draft = context.filling(draft)
            if targets.admit(&draft, heading: nil) { withdrawals += 1 }
            drafts.append(draft)
        }
        #expect(withdrawals == 1 && drafts.dropFirst().allSatisfy { !$0.targetNamesTheGoal })
        // A goal named under a target that stood for one withdraws it too.
        var named = TargetGoals()
        var alone = GoalDraft(page: 5)
        alone.labels[.target] = row
        alone.targetNamesTheGoal = true
        #expect(!named.admit(&alone, heading: nil) && alone.targetNamesTheGoal)
        var labelled = alone
        labelled.labels[.goal] = try #require(GoalContext.row(band([("Performans Hedefi 2: Dönüşüm", 40, 100)]))) as LabelledRow
        #expect(named.admit(&labelled, heading: nil))
        // After a goal table coded by position, a target named alone stands for no goal either.
        var positional = TargetGoals()
        var unnamed = GoalDraft(page: 5)
        #expect(!positional.admit(&unnamed, heading: nil) && positional.withdrawn)
        var later = alone
        #expect(!positional.admit(&later, heading: nil) && !later.targetNamesTheGoal)
    }

    /// Aims and targets listed as an overview of the strategic plan before the goal tables.
    private func overview() throws -> GoalContext {
        var context = GoalContext()
        for text in ["Stratejik Amaç 1: Kenti korumak", "Stratejik Hedef 1.1: Plan yapmak", "Stratejik Hedef 1.2: Dönüşümü sağlamak",
                     "Stratejik Amaç 2: Ulaşımı iyileştirmek", "Stratejik Hedef 2.5: Raylı sistem kurmak"] {
            #expect(context.open(try #require(GoalContext.row(band([(text, 40, 100)])))))
        }
        return context
    }

    private func goalDraft(_ text: String) throws -> GoalDraft {
        var draft = GoalDraft(page: 5)
        draft.labels[.goal] = try #require(GoalContext.row(band([(text, 40, 100)]))) as LabelledRow
        return draft
    }

    /// An overview lists aims and targets, so its last ones stay no open context: a goal whose
    /// code says nothing of its parents gets no aim or target from it rather than a wrong one.
    @Test func overviewListIsNoOpenContext() throws {
        var context = try overview()
        let first = context.filling(try goalDraft("Performans Hedefi 7: Otobüs hattı açmak"))
        #expect(first.labels[.aim] == nil && first.labels[.target] == nil && first.labels[.goal]?.labelCode == "7")
        let second = context.filling(try goalDraft("Performans Hedefi 8: Durak yapmak"))
        #expect(second.labels[.aim] == nil && second.labels[.target] == nil)
    }

    /// A goal whose code carries its parents' (“1.2.3”, “H2.5.1”) takes the aim and target
    /// named before with those codes, wherever the list left off.
    @Test func goalCodeFindsItsParents() throws {
        var context = try overview()
        let first = context.filling(try goalDraft("Performans Hedefi 1.2.3: Kentsel dönüşüm yapmak"))
        #expect(first.labels[.aim]?.labelCode == "1" && first.labels[.target]?.labelCode == "1.2")
        #expect(first.labels[.target]?.value == "Dönüşümü sağlamak")
        let second = context.filling(try goalDraft("Performans Hedefi H2.5.1: Tramvay hattı"))
        #expect(second.labels[.aim]?.labelCode == "2" && second.labels[.target]?.labelCode == "2.5")
        // Only an aim named with its code: the target is the goal's own (no target named).
        let third = context.filling(try goalDraft("Performans Hedefi 1.7: Park yapmak"))
        #expect(third.labels[.aim]?.labelCode == "1" && third.labels[.target] == nil)
    }

    /// An aim the list named already, named again over the goals, ends the list: it opens.
    @Test func aListedCodeNamedAgainOpens() throws {
        var context = try overview()
        #expect(context.open(try #require(GoalContext.row(band([("Stratejik Amaç 1: Kenti korumak", 40, 100)])))))
        let filled = context.filling(try goalDraft("Performans Hedefi 4: Müze açmak"))
        #expect(filled.labels[.aim]?.labelCode == "1" && filled.labels[.target] == nil)
    }

    /// The numbers a code carries, outermost first.
    @Test func codeNumbers() {
        #expect(CodeReader.numbers("PG1.2.3") == [1, 2, 3])
        #expect(CodeReader.numbers("A1H2") == [1, 2])
        #expect(CodeReader.numbers("H1.10") == [1, 10])
        #expect(CodeReader.numbers("F") == [])
    }

    /// The byte path for ASCII codes reads the same numbers as the character rule: every code of
    /// up to five marks, a run of digits too long for a number (left out) and a non-ASCII code.
    @Test func codeNumbersByBytesAndCharactersAlike() {
        let marks = ["1", "0", "9", ".", "A", "h", " ", "\r\n"]
        var codes = [""]
        for _ in 1...5 { codes = codes.flatMap { c in marks.map { c + $0 } } }
        codes += ["PH1.99999999999999999999.2", "99999999999999999999", "Ş1.2", "1\u{301}.2", "PG 1.2.3"]
        let differ = codes.filter { CodeReader.numbers($0) != CodeReader.characterNumbers($0) }
        #expect(differ.isEmpty, "\(differ.prefix(10))")
        #expect(CodeReader.numbers("PH1.99999999999999999999.2") == [1, 2])
    }

    /// No target named: the goal is its own target (DATASET.md); an aim named without a goal
    /// label still reaches the goal.
    @Test func targetDefaultsToTheGoal() throws {
        var draft = GoalDraft(page: 2)
        draft.labels[.aim] = try #require(GoalContext.row(band([("AMAÇ: A1 Altyapıyı geliştirmek", 40, 100)]))) as LabelledRow
        draft.labels[.goal] = try #require(GoalContext.row(band([("Performans Hedefi H1.1 – Plajları arttırmak", 40, 100)]))) as LabelledRow
        var notes: [String] = []
        let goal = GoalAssembler.goal(no: 1, draft: draft, costs: [], aim: nil, heading: nil, notes: &notes)
        #expect(goal.aimCode == "A1" && goal.code == "H1.1")
        #expect(goal.targetCode == "H1.1" && goal.targetTitle == "Plajları arttırmak")
        let positional = GoalAssembler.goal(no: 3, draft: GoalDraft(page: 2), costs: [], aim: nil, heading: nil, notes: &notes)
        #expect(positional.code == "3" && positional.targetCode == "")
    }

    /// The trace names the goal a table attached to and where each level was named.
    @Test func attachmentNamesEachLevelsSource() throws {
        var draft = GoalDraft(page: 2)
        draft.labels[.aim] = try #require(GoalContext.row(band([("AMAÇ: A1 Altyapıyı geliştirmek", 40, 100)]))) as LabelledRow
        draft.labels[.goal] = try #require(GoalContext.row(band([("Plajları arttırmak. (Performans Hedefi H1.1)", 40, 100)]))) as LabelledRow
        #expect(GoalAssembler.attachment(no: 1, draft: draft, aim: nil, heading: nil)
            == "goal H1.1 (caption, page 4), aim A1 (labelled row, page 4), target H1.1 (the goal's own)")
        #expect(GoalAssembler.attachment(no: 2, draft: GoalDraft(page: 2), aim: nil, heading: nil)
            == "goal 2 (by position), aim none, target none")
    }

    /// The activity table's responsible unit stands over the cost table's (squeezed beside the
    /// code columns); the cost table's fills an activity that has none.
    @Test func activityTablesUnitStands() {
        var draft = GoalDraft(page: 2)
        draft.activities = [Activity(no: 1, code: "F1", name: "Yol yapımı", page: 2), Activity(no: 2, code: "F2", name: "Park", page: 2)]
        draft.activities[0].responsibleUnit = "Yol Yapım Bakım Onarım Dairesi Başkanlığı"
        let costs = CostDraft(layout: .perGoal, page: 3, entries: [
            CostEntry(code: "F1", name: "Yol yapımı", responsibleUnit: "Yol Yapım sorumluluğunda Dairesi Başkanlığı"),
            CostEntry(code: "F2", name: "Park", responsibleUnit: "Park ve Bahçeler Dairesi Başkanlığı"),
        ])
        var notes: [String] = []
        let goal = GoalAssembler.goal(no: 1, draft: draft, costs: [costs], aim: nil, heading: nil, notes: &notes)
        #expect(goal.activities.map(\.responsibleUnit) == ["Yol Yapım Bakım Onarım Dairesi Başkanlığı", "Park ve Bahçeler Dairesi Başkanlığı"])
    }

    /// “Genel” / amounts / “Toplam”: the first cell wrapped around the row's amounts still
    /// closes the table (its caption after it is the next goal's, not the table's).
    @Test func grandTotalWrappedAroundItsAmounts() {
        let row = band([("Genel", 58, 100), ("1.600.000 TL", 300, 105), ("1.600.000 TL", 420, 105), ("Toplam", 58, 110)])
        #expect(GoalTableReader.isGrandTotal(row))
        #expect(!GoalTableReader.isGrandTotal(band([("F1 Genel bakım", 58, 100), ("Toplam", 300, 100)])))
    }
}

/// An untitled cost table per goal whose name column says “Faaliyet / Proje Adı” is a cost
/// table, not activities: a column per economic code and no funding source (TableStart).
@Suite struct CostsPerGoalStartTests {
    @Test func economicCodeColumnsWithoutABudgetAreCosts() {
        let header = band([("Ekonomik Kod 2024 (TL)", 300, 100), ("Faaliyet / Proje Adı", 60, 112), ("Sorumlu Birim", 200, 112),
                           ("03 Mal ve Hizmet", 300, 112), ("06 Sermaye", 380, 112), ("Toplam", 480, 112)])
        #expect(TableStart.kind([header], at: 0) == .cost)
        // The same codes beside Bütçe columns: activities with their costs merged in.
        let merged = band([("Faaliyet ve Projeler", 60, 112), ("03 Mal ve Hizmet", 200, 112), ("06 Sermaye", 280, 112),
                           ("Bütçe", 360, 112), ("Bütçe Dışı", 420, 112), ("Toplam", 500, 112)])
        #expect(TableStart.kind([merged], at: 0) == .goal)
    }
}

/// Goal context as spreadsheets and goal cards print it (blind templates T02, T03, T08).
@Suite struct GoalContextOrderTests {
    /// "Hedef" | "H4.1" | a text wrapped over three lines and centred beside its code: the code
    /// stands in a cell of its own, on the text's middle line; read by the cells, not the lines.
    @Test func codeInACellOfItsOwnBesideACentredText() throws {
        let row = try #require(GoalContext.row(band([("İl genelinde kırsal alanların korunması", 380, 121), ("Hedef", 55, 131), ("H4.1", 148, 131),
                                                     ("katkıda bulunmak, verimliliği arttırmak", 380, 131), ("bitkisel üretimi geliştirmek.", 380, 141)])))
        #expect(row.label == .target && row.labelCode == "H4.1")
        #expect(row.value == "İl genelinde kırsal alanların korunması katkıda bulunmak, verimliliği arttırmak bitkisel üretimi geliştirmek.")
        // A figure or a year in that cell is no code.
        #expect(try #require(GoalContext.row(band([("Hedef", 55, 130), ("2024", 148, 130), ("yılında beş park yapmak", 380, 130)]))).labelCode == "")
    }

    /// A level's labelled row right above a header is the goal's context, not the header's group
    /// row, though its text holds a group's word ("Mevcut kaynakları …" names resources).
    @Test func aLabelledRowIsNoGroupRow() {
        let row = band([("Hedef", 55, 119), ("H11.2", 131, 119), ("Mevcut kaynakları etkin kullanmak", 321, 119)])
        #expect(GoalContext.row(row)?.label == .target)
        #expect(!HeaderBlock.isGroupRow(row))
        #expect(HeaderBlock.isGroupRow(band([("Kaynak İhtiyacı 2024 (TL)", 300, 119)])))
    }

    /// "PERFORMANS HEDEFİ 6 – …" over "Stratejik Amaç (2) – …" and "Stratejik Hedef (2.5) – …":
    /// the goal named first, its parents after it, is the goal of the table under them; a goal of
    /// a list (two named since the last table) is closed by the aim after it, as before.
    @Test func aGoalNamedBeforeItsParents() throws {
        var context = GoalContext()
        for text in ["PERFORMANS HEDEFİ 6 – Ulaşım projeleri gerçekleştirmek.", "Stratejik Amaç (2) – Ulaşımı sunmak.",
                     "Stratejik Hedef (2.5) – Sistemleri gerçekleştirmek."] {
            #expect(context.open(try #require(GoalContext.row(band([(text, 40, 100)])))))
        }
        let filled = context.filling(GoalDraft(page: 4))
        #expect(filled.labels[.goal]?.labelCode == "6" && filled.labels[.goal]?.value == "Ulaşım projeleri gerçekleştirmek.")
        #expect(filled.labels[.aim]?.labelCode == "2" && filled.labels[.target]?.labelCode == "2.5")
        // The table's goal named again by a cost table's labels is no second goal: the next goal
        // named first stays open under its target.
        for text in ["Performans Hedefi (6): Ulaşım projeleri gerçekleştirmek.", "PERFORMANS HEDEFİ 7 – Trafiği kontrol etmek.",
                     "Stratejik Hedef (2.1) – Ulaşım hizmetleri vermek."] {
            #expect(context.open(try #require(GoalContext.row(band([(text, 40, 100)])))))
        }
        #expect(context.filling(GoalDraft(page: 5)).labels[.goal]?.labelCode == "7")
        // Two goals listed, then an aim: the list's last goal is no table's.
        for text in ["Performans Hedefi 8 – Birinci.", "Performans Hedefi 9 – İkinci.", "Stratejik Amaç (3) – Üçüncü amaç."] {
            #expect(context.open(try #require(GoalContext.row(band([(text, 40, 100)])))))
        }
        #expect(context.filling(GoalDraft(page: 6)).labels[.goal] == nil)
    }
}
