import Extraction
import Foundation
import PageLayout
import Pipeline
@testable import Recognition
import Testing

/// The documents a municipality files beside its performance program — activity reports,
/// budgets, council decisions, strategic plans — quote the program and carry tables close to
/// its own; each is refused, saying what it appears to be. Fixtures: scripts/make-other-documents
/// (LibreOffice and Chromium prints, committed).
@Suite struct OtherDocumentTests {
    static let documents: [(String, DocumentKind)] = [
        ("activity-report-2024-cover", .activityReport),
        ("activity-report-2023-unit", .activityReport),
        ("activity-report-2024-no-cover", .activityReport),
        ("activity-report-2024-unnamed", .activityReport),
        ("budget-2025-cover", .budget),
        ("budget-2025-decree", .budget),
        ("council-decision-2025-units", .councilDecision),
        ("council-decision-2024-goals", .councilDecision),
        ("council-decision-2025-plain", .councilDecision),
        ("strategic-plan-2025-2029-cover", .strategicPlan),
        ("strategic-plan-2024-2028", .strategicPlan),
        ("strategic-plan-2025-2029-unnamed", .strategicPlan),
    ]

    static func path(_ name: String) -> String { SampleFile.fixture("other-documents/\(name).pdf").path }

    static func error(extracting path: String) -> PipelineError? {
        do throws(PipelineError) {
            _ = try ProgramExtractor.extract(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: documents)
    func refusedSayingWhatItAppearsToBe(name: String, kind: DocumentKind) throws {
        let path = Self.path(name)
        let error = try #require(Self.error(extracting: path), "\(name) was read as a performance program")
        guard case .anotherDocument(let p, let found) = error else {
            Issue.record("\(name): \(error)")
            return
        }
        #expect(p == path)
        #expect(found.kind == kind, "\(name): \(error)")
        let message = error.description
        #expect(message.hasPrefix("\(path): appears to be \(kind.described), not a performance program"), "\(message)")
        #expect(message.contains(kind.printedName))
        #expect(!message.contains("\n"))
    }

    /// The traps are real: without its name, each of these documents would give goals (their
    /// tables read as a program's, the year taken from the program they quote). Recognition
    /// states the tables it set aside, and why.
    @Test(arguments: ["activity-report-2024-cover", "activity-report-2023-unit", "activity-report-2024-no-cover",
                      "activity-report-2024-unnamed", "budget-2025-decree", "council-decision-2024-goals", "strategic-plan-2024-2028"])
    func programLikeTablesAreSetAsideByTheName(name: String) throws {
        let kind = try #require(Self.documents.first { $0.0 == name }?.1)
        let reader = try DocumentReader(path: Self.path(name))
        let recognized = ProgramRecognizer.recognize(pages: try reader.allPages(), title: reader.info.title)
        #expect(recognized.goals.isEmpty)
        #expect(recognized.year != nil, "\(name): quotes a program's year")
        #expect(recognized.diagnostics.contains { LeftUnread.isUnread($0) && $0.contains("goal table(s) found, but the document appears to be \(kind.described)") },
                "\(name): \(recognized.diagnostics)")
    }

    /// The samples name themselves performance programs on their covers, though their text
    /// names their strategic plans and council decisions.
    @Test func samplesNameThemselvesPrograms() throws {
        for sample in SampleFile.all {
            let reader = try DocumentReader(path: sample.pdfPath)
            let pages = try reader.pages([1, 2, 3])
            let name = try #require(DocumentName.read(firstPage: pages.first { !$0.lines.isEmpty }, runningLines: [], title: nil))
            #expect(name.kind == .performanceProgram, "\(sample): \(name)")
            #expect(name.place == "on page 1")
        }
    }

    /// Nor do their section headings, read whole, look like another kind's (they name their
    /// strategic plan, activity report and budget in their text and tables).
    @Test func samplesHaveNoSectionsOfAnotherKind() throws {
        for sample in SampleFile.all {
            var sections = DocumentSections()
            try DocumentReader(path: sample.pdfPath).allPages().forEach { sections.add($0) }
            #expect(sections.name == nil, "\(sample): \(sections.name.map(\.words) ?? "")")
        }
    }
}

/// Where a document's name is read, and which of the kinds it names is its own.
@Suite struct DocumentNameTests {
    static func line(_ text: String, y: Double, size: Double = 9, x: Double = 40) -> [Word] {
        var left = x
        return text.split(separator: " ").map { w in
            let width = Double(w.count) * size * 0.5
            defer { left += width + size * 0.3 }
            return WordBoxes.word("\(w)", left, y, left + width, y + size, size: size)
        }
    }

    static func page(_ lines: [(String, Double)]) -> Page {
        var y = 60.0
        var words: [Word] = []
        for (text, size) in lines {
            words += line(text, y: y, size: size)
            y += size * 1.6
        }
        return WordBoxes.page(1, words)
    }

    static let prose = "Belediyemizin 2024 yılı faaliyet raporu ve 2020-2024 stratejik planı ile meclis kararı doğrultusunda hazırlanan bu program"

    @Test func aCoverTitleSplitOverLinesNamesTheDocument() {
        let cover = Self.page([("ÖRNEKKÖY BELEDİYESİ", 16), ("2024", 24), ("YILI", 24), ("FAALİYET", 24), ("RAPORU", 24)])
        let name = DocumentName.read(firstPage: cover, runningLines: [], title: nil)
        #expect(name == DocumentName(kind: .activityReport, place: "on page 1", words: "2024 YILI FAALİYET RAPORU"))
    }

    /// The largest type is read first: a program's cover with its plan's period in a subtitle.
    @Test func theLargestTypeSpeaksFirst() {
        let cover = Self.page([("2020-2024 Stratejik Planının Beşinci Yılı", 11), ("2024 YILI PERFORMANS PROGRAMI", 20)])
        #expect(DocumentName.read(firstPage: cover, runningLines: [], title: nil)?.kind == .performanceProgram)
    }

    /// A decision names the program it approves after its own name.
    @Test func theFirstKindNamedIsTheDocuments() {
        let decision = Self.page([("T.C. ÖRNEK BELEDİYESİ MECLİS KARARI", 12), ("Konusu: 2025 Yılı Performans Programı", 12)])
        #expect(DocumentName.read(firstPage: decision, runningLines: [], title: nil)?.kind == .councilDecision)
        let program = Self.page([("2025 YILI PERFORMANS PROGRAMI", 12), ("Meclis Karar Tarihi: 05.11.2024", 12)])
        #expect(DocumentName.read(firstPage: program, runningLines: [], title: nil)?.kind == .performanceProgram)
    }

    /// A program's cover may cite its plan or bind its budget before naming itself: a name that
    /// holds the program is a program's (a program refused is a program lost).
    @Test func aNameHoldingTheProgramIsAPrograms() {
        for cover: [(String, Double)] in [[("2020-2024 STRATEJİK PLANI", 16), ("2024 YILI PERFORMANS PROGRAMI", 16)],
                      [("2025 MALİ YILI BÜTÇESİ VE PERFORMANS PROGRAMI", 16)]] {
            let name = DocumentName.read(firstPage: Self.page(cover), runningLines: [], title: nil)
            #expect(name?.kind == .performanceProgram, "\(cover)")
            #expect(name?.words.hasSuffix("PERFORMANS PROGRAMI") == true, "\(String(describing: name))")
        }
    }

    /// A program bound behind the council decision that approves it names itself on its own
    /// cover (or in its running header): it is a program; a decision followed by its own
    /// pages stays a decision.
    @Test func aProgramBoundBehindItsDecisionIsAProgram() {
        let decision = Self.page([("T.C. ÖRNEK BELEDİYESİ MECLİS KARARI", 12), ("Konusu: 2025 Yılı Performans Programı", 12)])
        var cover = Self.page([("ÖRNEK BELEDİYESİ", 16), ("2025 YILI PERFORMANS PROGRAMI", 20)])
        cover.number = 2
        let bound = DocumentName.read(firstPage: decision, following: [cover], runningLines: [], title: nil)
        #expect(bound?.kind == .performanceProgram)
        #expect(bound?.place == "on page 2, behind the council decision on page 1 that approves it", "\(String(describing: bound))")
        let header = TextLine(words: Self.line("Örnek Belediyesi 2025 Yılı Performans Programı", y: 20, size: 8))
        #expect(DocumentName.read(firstPage: decision, following: [], runningLines: [header], title: nil)?.kind == .performanceProgram)
        var prose = Self.page(Array(repeating: (Self.prose, 9), count: 5))
        prose.number = 2
        #expect(DocumentName.read(firstPage: decision, following: [prose], runningLines: [], title: nil)?.kind == .councilDecision)
        // Only a program gives way: a decision in front of a budget is still the decision.
        var budget = Self.page([("2025 MALİ YILI BÜTÇESİ", 20)])
        budget.number = 2
        #expect(DocumentName.read(firstPage: decision, following: [budget], runningLines: [], title: nil)?.kind == .councilDecision)
    }

    /// The same end to end: a council decision's page printed in front of a program (a
    /// Chromium print of the Balıkesir arrangement; qpdf joined the two files) reads as the program.
    @Test func aDecisionBoundInFrontOfItsProgramIsRead() throws {
        let extracted = try ProgramExtractor.extract(path: OtherDocumentTests.path("council-decision-bound-before-program"))
        #expect(extracted.program.goals.first?.code == "H1.1", "\(extracted.program.goals.map(\.code))")
        #expect(extracted.program.goals.count > 1)
        // The decision names "2025 Yılı Performans Programı" three times, the cover behind it
        // "2024 YILI PERFORMANS PROGRAMI" once: the program's year is its own name's, and its
        // targets (a bare "2024" column) are read.
        #expect(extracted.program.year == 2024)
        #expect(extracted.program.goals.flatMap(\.indicators).contains { $0.values.contains { $0.year == 2024 } })
        #expect(!extracted.diagnostics.contains { $0.contains("program's year is 2025") }, "\(extracted.diagnostics)")
    }

    /// Running text is no name: a first page of prose that names other documents names none,
    /// unless its first lines do.
    @Test func runningTextIsNoName() {
        let text = Self.page(Array(repeating: (Self.prose, 9), count: 4) + [("Giriş", 9)])
        #expect(DocumentName.read(firstPage: text, runningLines: [], title: nil) == nil)
        let headed = Self.page([("ÖRNEK BELEDİYE MECLİSİ KARARI", 9)] + Array(repeating: (Self.prose, 9), count: 4))
        #expect(DocumentName.read(firstPage: headed, runningLines: [], title: nil)?.kind == .councilDecision)
    }

    /// Without a name on the first page, the running header and then the document's
    /// properties name it.
    @Test func theRunningHeaderThenThePropertiesName() {
        let text = Self.page(Array(repeating: (Self.prose, 9), count: 5))
        let header = TextLine(words: Self.line("Örnek Belediyesi Stratejik Plan 2024-2028", y: 20, size: 8))
        let fromHeader = DocumentName.read(firstPage: text, runningLines: [header], title: "2024 Yılı Performans Programı")
        #expect(fromHeader == DocumentName(kind: .strategicPlan, place: "in the running header", words: "Stratejik Plan 2024-2028"))
        let fromTitle = DocumentName.read(firstPage: text, runningLines: [], title: "Örnek Belediyesi 2025 Mali Yılı Bütçesi")
        #expect(fromTitle == DocumentName(kind: .budget, place: "in the document properties", words: "2025 Mali Yılı Bütçesi"))
    }
}

/// While the pages stream in, the goals shown to the caller (who refuses a second program as
/// soon as its numbering starts) are none once the document is known to be of another kind.
@Suite struct OtherDocumentStreamTests {
    /// A titled goal table with two activities, on a page of its own.
    static func goalPage(_ number: Int) -> Page {
        var words = DocumentNameTests.line("PERFORMANS HEDEFİ TABLOSU", y: 100, x: 200)
        words += UnreadAndRefusalTests.line([("Faaliyetler", 40), ("Bütçe", 300), ("Bütçe Dışı", 380), ("Toplam", 480)], y: 200)
        words += UnreadAndRefusalTests.line([("F1 Park yapımı", 40), ("1.000.000", 300), ("0", 380), ("1.000.000", 480)], y: 220)
        words += UnreadAndRefusalTests.line([("F2 Yol bakımı", 40), ("2.000.000", 300), ("0", 380), ("2.000.000", 480)], y: 240)
        words += UnreadAndRefusalTests.line([("Genel Toplam", 40), ("3.000.000", 300), ("0", 380), ("3.000.000", 480)], y: 260)
        return WordBoxes.page(number, words)
    }

    /// A first page of prose over `headings`, five goal tables, then pages of text: enough
    /// pages for the stream to learn the page furniture and read the tables before its end.
    static func drafted(headings: [String]) -> Int {
        // Prose too long for a name: the document names itself nowhere.
        var first = (0..<3).flatMap { DocumentNameTests.line(DocumentNameTests.prose, y: 60 + Double($0) * 15) }
        for (k, h) in headings.enumerated() { first += DocumentNameTests.line(h, y: 120 + Double(k) * 20) }
        var stream = PageStreamRecognizer(title: nil)
        stream.add(WordBoxes.page(1, first))
        for n in 2...6 { stream.add(goalPage(n)) }
        for n in 7...(PageStreamRecognizer.furnitureWindow + 2) {
            stream.add(WordBoxes.page(n, DocumentNameTests.line("Bu sayfada yalnızca metin yer almaktadır", y: 400)))
        }
        return stream.draftedGoals(from: 0).count
    }

    @Test func anActivityReportsSectionsHideItsGoalsAsTheyCome() {
        #expect(Self.drafted(headings: []) > 0)
        #expect(Self.drafted(headings: ["2024 Yılı Performans Programı Sonuçları"]) > 0)
        #expect(Self.drafted(headings: ["III- FAALİYETLERE İLİŞKİN BİLGİLER", "1- Bütçe Uygulama Sonuçları"]) == 0)
    }
}

/// A performance program arranged as goal cards (“Hedef Kartı”) with its costing
/// (“Maliyetlendirme”), as municipalities copy them from their strategic plan, is still a
/// program; the documents filed beside it are still refused by their names.
@Suite struct GoalCardProgramTests {
    /// Covers of programs as municipalities title them, some naming the goal cards or costing they hold.
    @Test(arguments: ["2024 YILI PERFORMANS PROGRAMI", "2025 Mali Yılı Performans Programı", "PERFORMANS PROGRAMI 2015",
                      "2024 YILI PERFORMANS PROGRAMI HEDEF KARTLARI", "2025 Yılı Performans Programı Performans Hedef Kartları",
                      "2024 Yılı Performans Programı ve Maliyetlendirme", "2020-2024 STRATEJİK PLANI 2024 YILI PERFORMANS PROGRAMI"])
    func programTitlesNameAProgram(_ title: String) {
        let cover = DocumentNameTests.page([("ÖRNEK BELEDİYESİ", 14), (title, 20)])
        #expect(DocumentName.read(firstPage: cover, runningLines: [], title: nil)?.kind == .performanceProgram, "\(title)")
    }

    /// The documents filed beside a program, by the names they print: each is its own kind.
    @Test(arguments: [("2023 YILI BÜTÇE KESİN HESABI", DocumentKind.budget), ("2023 Mali Yılı Kesin Hesap Cetvelleri", .budget),
                      ("ÖRNEK BELEDİYE MECLİSİ KARARI", .councilDecision), ("Meclis Kararı", .councilDecision),
                      ("2024 YILI FAALİYET RAPORU", .activityReport), ("2023 Yılı Birim Faaliyet Raporu", .activityReport),
                      ("2025-2029 STRATEJİK PLANI", .strategicPlan), ("Stratejik Plan 2024-2028", .strategicPlan)])
    func otherTitlesNameTheirKind(_ title: String, _ kind: DocumentKind) {
        let cover = DocumentNameTests.page([("ÖRNEK BELEDİYESİ", 14), (title, 20)])
        #expect(DocumentName.read(firstPage: cover, runningLines: [], title: nil)?.kind == kind, "\(title)")
    }

    /// Sections a program may share with its plan (goal cards, costing) make no plan of a
    /// document that names itself nowhere; a plan's own analyses still do.
    @Test func goalCardsAndCostingAreNoPlansOwnSections() {
        func sections(_ headings: [String]) -> DocumentName? {
            var found = DocumentSections()
            found.add(DocumentNameTests.page(headings.map { ($0, 11) }))
            return found.name
        }
        #expect(sections(["Hedef Kartı: H1.1", "Hedef Kartı: H1.2", "MALİYETLENDİRME"]) == nil)
        #expect(sections(["1. DURUM ANALİZİ", "1.2. GZFT Analizi", "3.1. Hedef Kartları", "4. MALİYETLENDİRME"])?.kind == .strategicPlan)
    }

    /// End to end on the page stream: a program naming itself nowhere, its goal tables under
    /// goal-card and costing headings, keeps its goals.
    @Test func aProgramOfGoalCardsKeepsItsGoals() {
        #expect(OtherDocumentStreamTests.drafted(headings: ["Hedef Kartı: H1.1", "Maliyetlendirme"]) > 0)
        #expect(OtherDocumentStreamTests.drafted(headings: ["1. DURUM ANALİZİ", "1.1. Paydaş Analizi"]) == 0)
    }
}
