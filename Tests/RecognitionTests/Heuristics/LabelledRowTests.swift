import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// LabelledRow.read: "Label: value" rows of goal and cost tables (Kayseri 2024 page 106).
@Suite struct LabelledRowTests {
    typealias K = KayseriRows

    static func read(_ words: [Word], page: Int = 106) -> LabelledRow? {
        LabelledRow.read(WordBoxes.band(page: page, words))
    }

    @Test func oneLineLabelAndValue() throws {
        let row = try #require(Self.read(K.responsibleUnit))
        #expect(row.label == .responsibleUnit)
        #expect(row.labelCode == "")
        #expect(row.value == "Bilgi İşlem Daire Başkanlığı")
        #expect(row.page == 106)
    }

    @Test func codeInBracketsAfterTheLabel() throws {
        let row = try #require(Self.read(K.goal45))
        #expect(row.label == .goal)
        #expect(row.labelCode == "45")
        #expect(row.value == "Telsiz, fiber optik ve diğer haberleşme uygulamalarını geliştirmek")
    }

    /// "Stratejik" / "Amaç 9:": the label's second line is not the value's.
    @Test func labelWrappedBesideItsValue() throws {
        let row = try #require(Self.read(K.aim))
        #expect(row.label == .aim)
        #expect(row.labelCode == "9")
        #expect(row.value == "Bilgi ve akıllı şehircilik teknolojilerini kullanarak yaşam kalitesini arttırmak.")
    }

    /// "Stratejik" / "Hedef 9.5:" beside a value wrapped over the same two lines.
    @Test func wrappedLabelBesideWrappedValue() throws {
        let row = try #require(Self.read(K.target))
        #expect(row.label == .target)
        #expect(row.labelCode == "9.5")
        #expect(row.value == "Belediyemiz tarafından gerçekleştirilen faaliyetleri bilgi ve teknolojileri kullanarak, tanıtım faaliyetlerini gerçekleştirmek.")
    }

    /// "Performans" / "Hedefi (46):": the code of a wrapped label, brackets dropped.
    @Test func codeOfAWrappedGoalLabel() throws {
        let row = try #require(Self.read(K.goal46))
        #expect(row.label == .goal)
        #expect(row.labelCode == "46")
        #expect(row.value == "Belediye faaliyetlerimizin tanıtımını yapmak.")
    }

    /// The label set between the two lines of its value: both lines are the value, in order.
    @Test func labelBetweenTheLinesOfItsValue() throws {
        let row = try #require(Self.read(K.activityName))
        #expect(row.label == .activityName)
        #expect(row.value == "Bilişim teknolojilerindeki yenilikleri takip ederek, projeler yapmak ve donanım alt yapısını geliştirme faaliyeti.")
    }

    /// "Açıklamalar: : Belediyemiz…": the second colon belongs to the label, and the value's
    /// line wrapped to the left margin is still the value's.
    @Test func doubledColonIsNotPartOfTheValue() throws {
        let row = try #require(Self.read(K.doubledColon))
        #expect(row.label == .explanation)
        #expect(row.value == "Belediyemiz birimleri için kritik öneme sahip verilerin kendi fiber optik ağı üzerinden taşıyarak güvenli ve hızlı maksimum fayda sağlamak.")
    }

    @Test func labelWithNothingBesideIt() throws {
        let row = try #require(Self.read(K.explanation))
        #expect(row.label == .explanation)
        #expect(row.value == "")
    }

    @Test func rowsWithoutALabelAreNotLabelled() {
        // An indicator row and a header: no word ends in a colon.
        #expect(Self.read(K.pressReleases) == nil)
        #expect(Self.read(K.indicatorHeader106) == nil)
        // The label printed without its colon is not read as a labelled row (see
        // GoalTableReader.isExplanation for how that row is told).
        #expect(Self.read(K.bareExplanation, page: 94) == nil)
    }
}
