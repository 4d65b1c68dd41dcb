@testable import Batch
import Foundation
import Testing

/// A cache entry that is cut short, zero-filled (a crash after a rename whose blocks were never
/// written), emptied, or damaged in a way that still reads as JSON is no entry: the file is
/// parsed again and its parse stored whole. A damaged entry that decoded was trusted: here a
/// program id changed on disk was published as such.
@Suite struct CacheEntryTests {
    @Test(arguments: ["changed", "truncated", "zeroed", "empty", "unframed"])
    func aDamagedEntryIsParsedAgain(damage: String) throws {
        let dir = try TemporaryDirectory("cache-damage")
        let inputs = dir.path("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try FakeWorker.input(SamplePrograms.parsed(), named: "a.pdf", in: inputs)
        let output = dir.path("dataset")
        let options = BuildOptions(inputs: [inputs.path], output: output, worker: try FakeWorker.command(in: dir.url),
                                   jobs: 1, timeout: 20)
        #expect(try DatasetBuild.run(options).files.map(\.status) == [.ok])

        let cache = ResultCache(root: ResultCache.defaultRoot(for: output))
        let sha = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.resultsDirectory.path).first)
        let entry = cache.resultsDirectory.appendingPathComponent(sha)
        let stored = try Data(contentsOf: entry)
        let json = try #require(CacheEntry.content(of: stored))
        switch damage {
        case "changed":
            let text = String(decoding: stored, as: UTF8.self)
            #expect(text.contains("ornek-belediyesi-2024"))
            try Data(text.replacingOccurrences(of: "ornek-belediyesi-2024", with: "ornek-belediyesi-2025").utf8).write(to: entry)
        case "truncated": try stored.prefix(stored.count / 2).write(to: entry)
        case "zeroed": try Data(count: stored.count).write(to: entry)
        case "empty": try Data().write(to: entry)
        default: try json.write(to: entry)  // an entry as an earlier perfprog wrote it
        }

        let again = try DatasetBuild.run(options)
        #expect(again.files.map(\.status) == [.ok], "\(damage): taken from the damaged entry")
        let programs = try String(contentsOf: output.appendingPathComponent("programs.csv"), encoding: .utf8)
        #expect(programs.contains("ornek-belediyesi-2024") && !programs.contains("ornek-belediyesi-2025"), "\(damage)")
        #expect(CacheEntry.content(of: try Data(contentsOf: entry)) != nil, "\(damage): the entry is stored whole again")
        #expect(cache.lookup(sha256: String(sha.dropLast(5)))?.parsed?.program.id == "ornek-belediyesi-2024")
    }

    @Test func anEntryIsItsContentWhenWholeAndNothingOtherwise() {
        let content = Data(#"{"path":"a.pdf"}"#.utf8)
        let entry = CacheEntry.framing(content)
        #expect(CacheEntry.content(of: entry) == content)
        #expect(CacheEntry.content(of: entry + Data("x".utf8)) == nil)
        #expect(CacheEntry.content(of: entry.dropLast()) == nil)
        #expect(CacheEntry.content(of: content) == nil)
        #expect(CacheEntry.content(of: Data()) == nil)
        #expect(CacheEntry.content(of: Data(count: 4096)) == nil)
    }
}
