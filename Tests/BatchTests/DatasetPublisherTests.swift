@testable import Batch
import Foundation
import Testing

@Suite struct DatasetPublisherTests {
    /// Process ids past any kernel's pid_max (at most 2^22): no such process.
    static let gone: pid_t = 2_147_483_000
    private func dataset(_ dir: URL, marker: String) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: dir.appendingPathComponent("datapackage.json"))
        try Data(marker.utf8).write(to: dir.appendingPathComponent("programs.csv"))
    }

    private func marker(_ dir: URL) throws -> String {
        try String(contentsOf: dir.appendingPathComponent("programs.csv"), encoding: .utf8)
    }

    @Test func swapsTheNewDatasetInAndRemovesTheOld() throws {
        let tmp = try TemporaryDirectory("publish")
        let out = tmp.path("dataset")
        try dataset(out, marker: "old")
        let publisher = DatasetPublisher(destination: out, pid: 4242)
        let staging = try publisher.createStaging()
        try dataset(staging, marker: "new")
        try publisher.publish()
        #expect(try marker(out) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["dataset"])
    }

    /// A build killed between the two renames of the fallback left DIR absent and the whole
    /// previous dataset aside: the next build puts it back before anything else.
    @Test func restoresADatasetLeftAsideAndRemovesLeftovers() throws {
        let tmp = try TemporaryDirectory("publish-recover")
        let out = tmp.path("dataset")
        try dataset(tmp.path("dataset.old-\(Self.gone)"), marker: "previous")
        try dataset(tmp.path("dataset.tmp-\(Self.gone)"), marker: "half-written")
        try DatasetPublisher(destination: out, pid: 1).recoverAndClean()
        #expect(try marker(out) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["dataset"])
    }

    @Test func leavesAnExistingDatasetAloneWhenCleaning() throws {
        let tmp = try TemporaryDirectory("publish-clean")
        let out = tmp.path("dataset")
        try dataset(out, marker: "current")
        try dataset(tmp.path("dataset.old-\(Self.gone + 1)"), marker: "older")
        try DatasetPublisher(destination: out, pid: 1).recoverAndClean()
        #expect(try marker(out) == "current")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["dataset"])
    }

    /// Only the build's own leftovers of processes that are gone are removed: a name of the
    /// same form with more after the id, a running process's staging (it may be a build of
    /// this dataset whose lock was taken from it), a link or a file of that name are someone
    /// else's. Every one of them was removed.
    @Test func removesOnlyTheLeftoversOfBuildsThatAreGone() throws {
        let tmp = try TemporaryDirectory("publish-foreign")
        let out = tmp.path("dataset")
        try dataset(out, marker: "current")
        try dataset(tmp.path("dataset.tmp-\(Self.gone)"), marker: "stale")
        try dataset(tmp.path("dataset.old-\(Self.gone)"), marker: "stale")
        try dataset(tmp.path("dataset.tmp-backup"), marker: "someone's")
        try dataset(tmp.path("dataset.tmp-\(Self.gone)-keep"), marker: "someone's")
        try dataset(tmp.path("dataset.tmp-\(getppid())"), marker: "running")
        try dataset(tmp.path("elsewhere"), marker: "someone's")
        try FileManager.default.createSymbolicLink(at: tmp.path("dataset.old-\(Self.gone + 1)"), withDestinationURL: tmp.path("elsewhere"))
        try Data("x".utf8).write(to: tmp.path("dataset.tmp-\(Self.gone + 2)"))
        try DatasetPublisher(destination: out, pid: 4242).recoverAndClean()
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted()
        #expect(left == [
            "dataset", "dataset.old-\(Self.gone + 1)", "dataset.tmp-\(Self.gone)-keep", "dataset.tmp-\(Self.gone + 2)",
            "dataset.tmp-\(getppid())", "dataset.tmp-backup", "elsewhere",
        ].sorted(), "\(left)")
        #expect(try marker(tmp.path("elsewhere")) == "someone's")
        #expect(try marker(out) == "current")
    }

    /// A cache shared by the builds of two datasets (`--cache`) holds both builds' work
    /// directories: a build removes only those of processes that are gone. It removed the
    /// other build's, whose workers then had nowhere to write their results.
    @Test func aSharedCacheKeepsTheWorkDirectoryOfARunningBuild() throws {
        let tmp = try TemporaryDirectory("cache-work")
        let cache = ResultCache(root: tmp.url)
        for name in ["work-\(getppid())", "work-\(Self.gone)", "work-notes", "results"] {
            try FileManager.default.createDirectory(at: tmp.path(name), withIntermediateDirectories: true)
        }
        cache.removeStaleWorkDirectories()
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).sorted() == [
            "results", "work-\(getppid())", "work-notes",
        ])
    }
}
