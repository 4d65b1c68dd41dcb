import Dataset
import Testing

/// The lexicon on unit names of other municipalities (Fixtures/other-municipality-units.tsv):
/// at least 95 % right at level 1 where the name makes the function plain, and no class at
/// all where it does not (unclassified beats wrong).
@Suite struct OtherMunicipalityUnitTests {
    static let minimumPlainRate = 0.95

    struct Case {
        var name: String
        var expected: String
        var plain: Bool
    }

    static func cases() throws -> [Case] {
        try UnitFixtures.tsv("other-municipality-units.tsv").map { fields in
            guard fields.count == 4 else { throw UnitFixtures.Missing(description: "other-municipality-units.tsv: \(fields)") }
            return Case(name: fields[0], expected: fields[1], plain: fields[2] == "yes")
        }
    }

    @Test func plainNamesAreRightAtLevelOneAndTheOthersUnclassified() throws {
        let cases = try Self.cases()
        var right = 0, unclassified = 0
        var wrong: [String] = []
        var guessed: [String] = []
        for c in cases {
            let function = UnitClassifier.standard.classify(c.name)
            let level1 = function.function?.level1.code
            if c.plain {
                if level1 == c.expected { right += 1 } else if level1 == nil { unclassified += 1 } else {
                    wrong.append("\(c.name): \(level1 ?? "-") (\(function.rule)), expected \(c.expected)")
                }
            } else if level1 != nil {
                guessed.append("\(c.name): \(level1 ?? "") (\(function.rule))")
            }
        }
        let plain = cases.filter(\.plain).count
        let rate = Double(right) / Double(max(plain, 1))
        print("other municipalities: \(right)/\(plain) plain names right at level 1 (\(unclassified) unclassified, "
              + "\(wrong.count) wrong); \(cases.count - plain) names that do not say: \(guessed.count) given a class")
        #expect(plain >= 80 && cases.count - plain >= 20)
        #expect(rate >= Self.minimumPlainRate, "\(rate)")
        #expect(wrong.isEmpty, "\(wrong)")
        #expect(guessed.isEmpty, "\(guessed)")
    }
}
