import Testing
import PageLayout
import TableGeometry
@testable import Recognition

/// GoalTableReader.isExplanation: the "Açıklamalar" rows under indicators (Kayseri 2024).
@Suite struct ExplanationRowTests {
    typealias K = KayseriRows

    static func isExplanation(_ words: [Word], page: Int) -> Bool {
        GoalTableReader.isExplanation(WordBoxes.band(page: page, words))
    }

    @Test func labelWithColon() {
        #expect(Self.isExplanation(K.explanation, page: 106))
        #expect(Self.isExplanation(K.explanation95a, page: 95))
    }

    @Test func labelWithColonAndText() {
        #expect(Self.isExplanation(K.technicalSupportExplanation, page: 97))
        #expect(Self.isExplanation(K.doubledColon, page: 106))
    }

    /// Page 94, last row: "Açıklamalar" printed without its colon.
    @Test func bareLabelWithoutColon() {
        #expect(Self.isExplanation(K.bareExplanation, page: 94))
    }

    @Test func indicatorRowsAndLabelledRowsAreNot() {
        #expect(!Self.isExplanation(K.pressReleases, page: 106))
        #expect(!Self.isExplanation(K.trainedInstitutions, page: 94))
        #expect(!Self.isExplanation(K.indicatorHeader94, page: 94))
        #expect(!Self.isExplanation(K.goal46, page: 106))
    }
}
