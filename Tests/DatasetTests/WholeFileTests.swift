import Foundation
import Testing
@testable import DatasetIO

/// A table file is replaced whole (written beside it, renamed over it): the old bytes or the
/// new ones, never a mix, and nothing left behind.
@Suite struct WholeFileTests {
    @Test func replacesTheFileAndLeavesNothingBeside() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wholefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("goals.csv")
        try WholeFile.replace(file, with: Data(String(repeating: "long old row\n", count: 1000).utf8))
        try WholeFile.replace(file, with: Data("short\n".utf8))
        #expect(try Data(contentsOf: file) == Data("short\n".utf8))
        try WholeFile.replace(file, with: Data())
        #expect(try Data(contentsOf: file).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["goals.csv"])
    }

    @Test func aFailedWriteNamesTheFileAndLeavesNothingBeside() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wholefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // The target is a directory that is not empty: the rename over it fails.
        let target = directory.appendingPathComponent("goals.csv")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try WholeFile.replace(target, with: Data("x\n".utf8)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["goals.csv"])
    }
}
