@testable import Batch
import Dataset
import DatasetIO
import Foundation
import Testing

@Suite struct DatasetBuildTests {
    /// Inputs, a fake worker and a dataset directory in one temporary folder.
    struct Setup {
        let dir: TemporaryDirectory
        let inputs: URL
        let worker: WorkerCommand
        var output: URL { dir.path("out/dataset") }

        init(_ label: String) throws {
            dir = try TemporaryDirectory(label)
            inputs = dir.path("inputs")
            try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
            worker = try FakeWorker.command(in: dir.url)
        }

        func options(jobs: Int = 2, output: URL? = nil, inputs: [URL]? = nil) -> BuildOptions {
            BuildOptions(inputs: (inputs ?? [self.inputs]).map(\.path), output: output ?? self.output, worker: worker,
                         jobs: jobs, timeout: 20)
        }

        func programIDs(in dataset: URL? = nil) throws -> [String] {
            let text = try String(contentsOf: (dataset ?? output).appendingPathComponent("programs.csv"), encoding: .utf8)
            return CSVCodec.decode(text).dropFirst().map { $0[0] }
        }
    }

    private func entry(_ report: BuildReport, _ name: String) throws -> BuildReport.FileEntry {
        try #require(report.files.first { $0.path.hasSuffix("/" + name) })
    }

    @Test func publishesEveryGoodProgramAndReportsTheBadFileAlone() throws {
        let s = try Setup("build-bad")
        try FakeWorker.input(SamplePrograms.parsed(administration: "Örnek Belediyesi"), named: "a.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi"), named: "b.pdf", in: s.inputs)
        let sub = s.inputs.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FakeWorker.input(command: "crash", named: "c.pdf", in: sub)
        try Data("not a pdf".utf8).write(to: s.inputs.appendingPathComponent("notes.txt"))

        let report = try DatasetBuild.run(s.options())

        #expect(report.files.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.pdf", "b.pdf", "c.pdf"])
        #expect(try entry(report, "c.pdf").status == .failed)
        #expect(try entry(report, "c.pdf").error?.contains("SIGSEGV") == true)
        #expect(try entry(report, "a.pdf").status == .ok)
        #expect(try entry(report, "a.pdf").published)
        #expect(try entry(report, "a.pdf").counts?["goals"] == 2)
        #expect(try entry(report, "a.pdf").checksFailed.map(\.check) == ["goal_total"])
        #expect(try entry(report, "a.pdf").peakMemoryKB == 1234)
        #expect(!report.allSucceeded)
        #expect(try s.programIDs() == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: s.output.path))
        #expect(files == Set(DatasetTables.all.map(\.fileName) + ["dataset.sqlite", "datapackage.json", "report.json", "report.html"]))
        let saved = try JSONDecoder().decode(BuildReport.self, from: Data(contentsOf: s.output.appendingPathComponent("report.json")))
        #expect(saved.files.map(\.status) == report.files.map(\.status))
    }

    @Test func outputIsByteIdenticalAcrossWorkerCounts() throws {
        let s = try Setup("build-determinism")
        // Delays make later files finish first with several workers.
        for i in 0..<6 {
            try FakeWorker.input(SamplePrograms.parsed(administration: "Belediye \(i)", goals: 1 + i % 3),
                                 named: "p\(i).pdf", in: s.inputs, delay: Double(5 - i) * 0.05)
        }
        let one = try DatasetBuild.run(s.options(jobs: 1, output: s.dir.path("j1/dataset")))
        let four = try DatasetBuild.run(s.options(jobs: 4, output: s.dir.path("j4/dataset")))
        #expect(one.allSucceeded && four.allSucceeded)
        let a = try deterministicContents(of: s.dir.path("j1/dataset"))
        let b = try deterministicContents(of: s.dir.path("j4/dataset"))
        #expect(a.count == 11)            // 9 CSV tables (v1.1: units.csv), dataset.sqlite, datapackage.json
        #expect(a == b)
    }

    @Test func anUnchangedFileIsNotParsedAgain() throws {
        let s = try Setup("build-cache")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        let first = try DatasetBuild.run(s.options())
        #expect(first.files.map(\.status) == [.ok])
        let before = try deterministicContents(of: s.output)

        // A worker that cannot run: the second build must not need it.
        var options = s.options()
        options.worker = WorkerCommand(executable: s.dir.path("no-such-worker"))
        let second = try DatasetBuild.run(options)
        #expect(second.files.map(\.status) == [.skippedUnchanged])
        #expect(second.allSucceeded)
        #expect(try deterministicContents(of: s.output) == before)

        options.useCache = false
        let forced = try DatasetBuild.run(options)
        #expect(forced.files.map(\.status) == [.failed])
    }

    /// An unchanged file's digest comes from its stamp (it is not read again); a file
    /// rewritten in place, with its size and modification time put back, is hashed again.
    @Test func aFileRewrittenInPlaceIsHashedAgainDespiteItsOldSizeAndTime() throws {
        let s = try Setup("build-stamps")
        let a = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        let first = try DatasetBuild.run(s.options())
        let stamps = ResultCache(root: ResultCache.defaultRoot(for: s.output)).stampedDigests()
        #expect(stamps[a.path]?.sha256 == first.files.first?.sha256)
        #expect(try DatasetBuild.run(s.options()).files.map(\.status) == [.skippedUnchanged])

        let attributes = try FileManager.default.attributesOfItem(atPath: a.path)
        var bytes = try Data(contentsOf: a)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: a)
        try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: a.path)
        let third = try DatasetBuild.run(s.options())
        #expect(third.files.first?.sha256 != first.files.first?.sha256)
        #expect(third.files.map(\.status) != [.skippedUnchanged])
    }

    @Test func aCachedParseTakesTheNameOfTheFileItIsNowFoundAs() throws {
        let s = try Setup("build-rename")
        let a = try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        _ = try DatasetBuild.run(s.options())
        try FileManager.default.moveItem(at: a, to: s.inputs.appendingPathComponent("renamed.pdf"))
        let report = try DatasetBuild.run(s.options())
        #expect(report.files.map(\.status) == [.skippedUnchanged])
        let rows = CSVCodec.decode(try String(contentsOf: s.output.appendingPathComponent("programs.csv"), encoding: .utf8))
        #expect(rows.dropFirst().map { $0[3] } == ["renamed.pdf"])
    }

    @Test func twoFilesWithOneProgramIDKeepThePreviouslyPublishedVersion() throws {
        let s = try Setup("build-conflict")
        let first = try FakeWorker.input(SamplePrograms.parsed(goals: 1), named: "a.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi"), named: "other.pdf", in: s.inputs)
        _ = try DatasetBuild.run(s.options())
        let goalsBefore = try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8)

        // Now two new files both claim ornek-belediyesi-2024, with different content.
        try FileManager.default.removeItem(at: first)
        try FakeWorker.input(SamplePrograms.parsed(goals: 2), named: "b.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(goals: 3), named: "c.pdf", in: s.inputs)
        let report = try DatasetBuild.run(s.options())

        #expect(!report.allSucceeded)
        #expect(try entry(report, "b.pdf").status == .failed)
        #expect(try entry(report, "c.pdf").status == .failed)
        #expect(try entry(report, "b.pdf").error?.contains("conflict") == true)
        #expect(try entry(report, "b.pdf").error?.contains("c.pdf") == true)
        #expect(report.keptPrevious == ["ornek-belediyesi-2024"])
        #expect(try s.programIDs() == ["baska-belediyesi-2024", "ornek-belediyesi-2024"])
        #expect(try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8) == goalsBefore)
    }

    /// Two datasets built with one `--cache`: each keeps its own published programs, so a file
    /// that fails keeps its program's last version. The other dataset's build emptied them, and
    /// the program left the dataset.
    @Test func datasetsSharingACacheKeepTheirOwnPublishedPrograms() throws {
        let s = try Setup("build-shared-cache")
        let cache = s.dir.path("cache")
        let other = s.dir.path("other-inputs")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let failing = try FakeWorker.input(SamplePrograms.parsed(administration: "Başka Belediyesi"), named: "b.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(administration: "Diğer Belediyesi"), named: "d.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: other)
        var options = s.options()
        options.cacheDirectory = cache
        var otherOptions = s.options(output: s.dir.path("out/other"), inputs: [other])
        otherOptions.cacheDirectory = cache
        #expect(try DatasetBuild.run(options).allSucceeded)
        #expect(try DatasetBuild.run(otherOptions).allSucceeded)

        try FakeWorker.input(command: "crash", named: failing.lastPathComponent, in: s.inputs)
        let report = try DatasetBuild.run(options)
        #expect(try entry(report, "b.pdf").status == .failed)
        #expect(report.keptPrevious == ["baska-belediyesi-2024"], "\(report.files.map { $0.note ?? "" })")
        #expect(try s.programIDs() == ["baska-belediyesi-2024", "diger-belediyesi-2024"])
        #expect(try s.programIDs(in: s.dir.path("out/other")) == ["ornek-belediyesi-2024"])
    }

    @Test func aConflictWithNoPreviousVersionLeavesTheProgramOut() throws {
        let s = try Setup("build-conflict-new")
        try FakeWorker.input(SamplePrograms.parsed(goals: 2), named: "b.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(goals: 3), named: "c.pdf", in: s.inputs)
        let report = try DatasetBuild.run(s.options())
        #expect(report.files.map(\.status) == [.failed, .failed])
        #expect(report.programs.isEmpty)
        #expect(try s.programIDs().isEmpty)
    }

    @Test func allowDuplicatesPublishesTheFirstFile() throws {
        let s = try Setup("build-duplicates")
        try FakeWorker.input(SamplePrograms.parsed(goals: 2), named: "b.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(goals: 3), named: "c.pdf", in: s.inputs)
        var options = s.options()
        options.allowDuplicates = true
        let report = try DatasetBuild.run(options)
        #expect(report.allSucceeded)
        #expect(try entry(report, "b.pdf").published)
        #expect(try !entry(report, "c.pdf").published)
        #expect(try entry(report, "c.pdf").note?.contains("b.pdf") == true)
        let goals = CSVCodec.decode(try String(contentsOf: s.output.appendingPathComponent("goals.csv"), encoding: .utf8))
        #expect(goals.count == 1 + 2)
    }

    @Test func aProgramThatBreaksTheKeysFailsAlone() throws {
        let s = try Setup("build-invalid")
        var broken = SamplePrograms.parsed(administration: "Bozuk Belediyesi")
        broken.program.goals[1].no = 1
        try FakeWorker.input(broken, named: "broken.pdf", in: s.inputs)
        try FakeWorker.input(SamplePrograms.parsed(), named: "good.pdf", in: s.inputs)
        let report = try DatasetBuild.run(s.options())
        #expect(try entry(report, "broken.pdf").status == .failed)
        #expect(try entry(report, "broken.pdf").error?.contains("duplicate key") == true)
        #expect(try s.programIDs() == ["ornek-belediyesi-2024"])
    }

    @Test func refusesToReplaceAFolderThatIsNotADataset() throws {
        let s = try Setup("build-refuse")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        try FileManager.default.createDirectory(at: s.output, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: s.output.appendingPathComponent("thesis.tex"))
        #expect(throws: BuildError.self) { try DatasetBuild.run(s.options()) }
        #expect(FileManager.default.fileExists(atPath: s.output.appendingPathComponent("thesis.tex").path))
    }

    @Test func usageErrorsForMissingOrEmptyInputs() throws {
        let s = try Setup("build-usage")
        #expect(throws: BuildError.usage("no PDF files found in \(s.inputs.path)")) { try DatasetBuild.run(s.options()) }
        let missing = s.dir.path("missing")
        #expect(throws: BuildError.usage("no such file or directory: \(missing.path)")) {
            try DatasetBuild.run(s.options(inputs: [missing]))
        }
    }

    @Test func aSecondBuildOfTheSameDatasetIsTurnedAway() throws {
        let s = try Setup("build-lock")
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: s.inputs)
        try FileManager.default.createDirectory(at: s.output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let held = try BuildLock(for: s.output)
        #expect {
            try DatasetBuild.run(s.options())
        } throws: { error in
            if case .busy = error as? BuildError { return true }
            return false
        }
        withExtendedLifetime(held) {}
    }
}

@Suite struct BuildCacheFailureTests {
    @Test func aTypedFailureIsCachedButACrashIsNot() throws {
        let s = try DatasetBuildTests.Setup("build-cache-failure")
        let failure = WorkerFailure(kind: .notAPerformanceProgram, message: "\(s.inputs.path)/a.pdf: not a performance program")
        try JSONEncoder().encode(WorkerResult(failure: failure)).write(to: s.inputs.appendingPathComponent("a.pdf"))
        try FakeWorker.input(command: "crash", named: "b.pdf", in: s.inputs)
        let first = try DatasetBuild.run(s.options())
        #expect(first.files.map(\.status) == [.failed, .failed])

        // Renamed, and with no worker able to run: a.pdf's failure comes from the cache,
        // under its new name; b.pdf must be tried again (and now cannot start).
        try FileManager.default.moveItem(at: s.inputs.appendingPathComponent("a.pdf"),
                                         to: s.inputs.appendingPathComponent("a2.pdf"))
        var options = s.options()
        options.worker = WorkerCommand(executable: s.dir.path("no-such-worker"))
        let second = try DatasetBuild.run(options)
        let a = try #require(second.files.first { $0.path.hasSuffix("/a2.pdf") })
        let b = try #require(second.files.first { $0.path.hasSuffix("/b.pdf") })
        #expect(a.error == "\(s.inputs.path)/a2.pdf: not a performance program")
        #expect(a.note?.contains("not parsed again") == true)
        #expect(b.error?.contains("no-such-worker") == true)
    }
}
