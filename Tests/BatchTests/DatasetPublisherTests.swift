@testable import Batch
import Foundation
import Testing

@Suite struct DatasetPublisherTests {
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
        try dataset(tmp.path("dataset.old-999"), marker: "previous")
        try dataset(tmp.path("dataset.tmp-999"), marker: "half-written")
        try DatasetPublisher(destination: out, pid: 1).recoverAndClean()
        #expect(try marker(out) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["dataset"])
    }

    @Test func leavesAnExistingDatasetAloneWhenCleaning() throws {
        let tmp = try TemporaryDirectory("publish-clean")
        let out = tmp.path("dataset")
        try dataset(out, marker: "current")
        try dataset(tmp.path("dataset.old-5"), marker: "older")
        try DatasetPublisher(destination: out, pid: 1).recoverAndClean()
        #expect(try marker(out) == "current")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["dataset"])
    }
}
