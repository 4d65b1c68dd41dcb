import DatasetIO
import Extraction
import Foundation

/// The build's cache directory:
/// - `results/<parser version>/<sha256>.json`: the parse of every PDF seen (a program, or the
///   pipeline's typed failure, which the same parser gives again for the same bytes), so an
///   unchanged file is not parsed again; crashes and timeouts are not kept (they may pass);
/// - `published/<program_id>.json`: each program as last published, kept for a program
///   whose new inputs conflict;
/// - `work-<pid>/`: one run's worker result files, removed at the end of the run;
/// - `stamps.json`: the last run's inputs, each with its stamp (`FileStamp`) and SHA-256,
///   so that an input whose stamp is unchanged is not read again to be hashed.
/// A cache named with `--cache` may serve several datasets: the parses are shared (they
/// depend on the bytes only), while each dataset's `published/` and `stamps.json` lie in
/// `datasets/<DIR's name>-<digest of its path>/` (one build emptied the published programs
/// of the others, which then could not keep a program whose file failed).
/// Every file is replaced whole and forced to disk before it takes its name (`WholeFile`,
/// durable), and carries its own length and SHA-256 (`CacheEntry`): an entry that is
/// truncated, damaged or of another format counts as absent, so its file is parsed again.
public struct ResultCache: Sendable {
    public var root: URL
    /// Where this dataset's own files lie: the root itself for the cache beside the dataset.
    let datasetRoot: URL

    /// `dataset`: the dataset this build writes, when the cache may be shared (`--cache`).
    public init(root: URL, sharedBy dataset: URL? = nil) {
        self.root = root
        datasetRoot = dataset.map { dataset in
            let key = FileDigest.sha256(data: Data(dataset.standardizedFileURL.path.utf8)).prefix(16)
            return root.appendingPathComponent("datasets").appendingPathComponent("\(dataset.lastPathComponent)-\(key)")
        } ?? root
    }

    /// `<DIR's parent>/.<DIR's name>.perfprog-cache`: beside the dataset, named after it, so
    /// two datasets in one folder keep their published programs apart.
    public static func defaultRoot(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).perfprog-cache")
    }

    var resultsDirectory: URL {
        root.appendingPathComponent("results").appendingPathComponent(ParserVersion.current)
    }
    var publishedDirectory: URL { datasetRoot.appendingPathComponent("published") }

    func workDirectory(pid: Int32) -> URL { root.appendingPathComponent("work-\(pid)") }

    public func lookup(sha256: String) -> CachedParse? {
        read(CachedParse.self, from: resultsDirectory.appendingPathComponent(sha256 + ".json"))
    }

    public func store(_ entry: CachedParse, sha256: String) throws {
        try write(entry, to: resultsDirectory.appendingPathComponent(sha256 + ".json"))
    }

    var stampsFile: URL { datasetRoot.appendingPathComponent("stamps.json") }

    /// The inputs' digests by path, as the last run left them.
    func stampedDigests() -> [String: StampedDigest] {
        read([String: StampedDigest].self, from: stampsFile) ?? [:]
    }

    func storeStampedDigests(_ digests: [String: StampedDigest]) throws {
        try write(digests, to: stampsFile)
    }

    public func publishedProgram(id: String) -> ParsedProgram? {
        guard Self.isSafeFileName(id) else { return nil }
        return read(ParsedProgram.self, from: publishedDirectory.appendingPathComponent(id + ".json"))
    }

    /// Makes `published/` hold exactly these programs.
    public func replacePublished(_ programs: [ParsedProgram]) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: publishedDirectory, withIntermediateDirectories: true)
        var keep = Set<String>()
        for parsed in programs where Self.isSafeFileName(parsed.program.id) {
            let name = parsed.program.id + ".json"
            keep.insert(name)
            let file = publishedDirectory.appendingPathComponent(name)
            if read(ParsedProgram.self, from: file) == parsed { continue }
            try write(parsed, to: file)
        }
        for name in (try? fm.contentsOfDirectory(atPath: publishedDirectory.path)) ?? [] where !keep.contains(name) {
            try? fm.removeItem(at: publishedDirectory.appendingPathComponent(name))
        }
    }

    /// Removes the work directories of earlier runs that are gone. The build lock is the
    /// dataset's, not the cache's: a build of another dataset may share this cache (`--cache`)
    /// and be using its own (`Leftover`).
    func removeStaleWorkDirectories() {
        let fm = FileManager.default
        let names = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
        for stale in Leftover.stale(names, in: root, prefix: "work-") { try? fm.removeItem(at: stale) }
    }

    /// Program ids are slugs; anything else is not used as a file name.
    static func isSafeFileName(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix(".") && !id.contains("/") && !id.contains("\0")
    }

    private func read<T: Decodable>(_ type: T.Type, from file: URL) -> T? {
        guard let data = try? Data(contentsOf: file), let json = CacheEntry.content(of: data) else { return nil }
        return try? JSONDecoder().decode(type, from: json)
    }

    private func write<T: Encodable>(_ value: T, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try WholeFile.replace(file, with: CacheEntry.framing(try JSONEncoder().encode(value)), durable: true)
    }
}
