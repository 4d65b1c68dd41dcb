import Dataset
import Testing

/// Every responsible unit of the three samples is classified, or deliberately left
/// unclassified, as the reviewed fixture (Fixtures/sample-units.tsv) says, with its rule.
@Suite struct SampleUnitClassificationTests {
    struct Decision {
        var code: String
        var rule: String
        var reason: String
    }

    static func decisions() throws -> [String: Decision] {
        var out: [String: Decision] = [:]
        for fields in try UnitFixtures.tsv("sample-units.tsv") {
            guard fields.count == 4 else { throw UnitFixtures.Missing(description: "sample-units.tsv: line \(fields)") }
            out[fields[0]] = Decision(code: fields[1] == "-" ? "" : fields[1], rule: fields[2], reason: fields[3])
        }
        return out
    }

    @Test func everySampleUnitHasAReviewedDecision() throws {
        let decisions = try Self.decisions()
        var seen = Set<String>()
        for id in UnitFixtures.samplePrograms {
            for unit in ProgramUnits(try UnitFixtures.goldProgram(id)).units { seen.insert(unit.canonicalName) }
        }
        #expect(seen.sorted() == decisions.keys.sorted())
        #expect(decisions.values.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func theLexiconGivesTheReviewedDecisions() throws {
        let decisions = try Self.decisions()
        for (name, decision) in decisions.sorted(by: { $0.key < $1.key }) {
            let function = UnitClassifier.standard.classify(name)
            #expect(function.code == decision.code, "\(name): \(function.code) (\(function.rule)), reviewed \(decision.code)")
            #expect(function.rule == decision.rule, "\(name)")
            #expect(function.name == (FunctionalClass(code: decision.code)?.name ?? ""))
        }
        let classified = decisions.values.filter { !$0.code.isEmpty }.count
        print("sample units: \(classified) of \(decisions.count) classified, \(decisions.count - classified) deliberately not")
    }

    /// Every code the lexicon uses exists in the classification, and each entry gives a reason.
    @Test func lexiconEntriesAreWellFormed() {
        for entry in FunctionLexicon.entries {
            if let code = entry.code { #expect(FunctionalClass(code: code) != nil, "\(entry.phrase): \(code)") }
            #expect(!entry.reason.isEmpty, "\(entry.phrase)")
            #expect(!UnitName.foldedWords(entry.phrase).isEmpty)
        }
        #expect(FunctionalClass.level1Classes.map(\.code) == ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"])
        #expect(FunctionalClass(code: "04.5")?.name == "Ulaştırma Hizmetleri")
        #expect(FunctionalClass(code: "04.5")?.level1.code == "04")
    }
}
