import Dataset
import DatasetIO
import Foundation

/// Swaps a finished dataset into place so that DIR always holds one whole dataset.
///
/// The new dataset is written into `DIR.tmp-<pid>` beside DIR (same file system), every
/// file and the directory are fsynced, then `renameat2(RENAME_EXCHANGE)` swaps the two
/// directories in one atomic step: a reader opening DIR sees either the old dataset or the
/// new one, never a mix and never nothing, and DIR stays a plain directory (a symlink swap
/// would be atomic too, but turns DIR into a link that tools copying or mounting DIR may
/// not follow). The old dataset, now at `DIR.tmp-<pid>`, is then removed.
///
/// Where the file system cannot exchange, the fallback is two renames (DIR → `DIR.old-<pid>`,
/// staging → DIR), with a window of a few microseconds in which DIR is absent but the whole
/// previous dataset is at `DIR.old-<pid>`; the next build moves it back if it was killed
/// inside that window. A build killed at any other moment leaves DIR untouched, and its
/// leftovers beside DIR are removed by the next build (under the build lock).
///
/// Files a reader already has open stay readable after the swap (the old directory is only
/// unlinked). A reader that opens several files one by one across a swap could mix two
/// versions; one that needs a snapshot opens the directory once and reads relative to it,
/// or reads `dataset.sqlite`, which is one file.
struct DatasetPublisher {
    let destination: URL
    let pid: Int32

    init(destination: URL, pid: Int32 = getpid()) {
        self.destination = destination
        self.pid = pid
    }

    var staging: URL { sibling("tmp-\(pid)") }
    private var aside: URL { sibling("old-\(pid)") }

    private func sibling(_ suffix: String) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent("\(destination.lastPathComponent).\(suffix)")
    }

    /// Restores a dataset left aside by a run killed mid-fallback, then removes the leftovers
    /// of builds that are gone (called under the build lock). Only names of the build's own
    /// form (`Leftover`) are touched: `DIR.tmp-backup` beside DIR is someone else's.
    func recoverAndClean() throws(BuildError) {
        let fm = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let names = ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        let prefix = destination.lastPathComponent + "."
        // The lock is held, so no build is between its two renames: a dataset set aside is restored
        // whoever set it aside (the newest, should several be there).
        let asides = names.filter {
            Leftover.owner(of: $0, prefix: prefix + "old-") != nil && Leftover.isDirectory(parent.appendingPathComponent($0))
        }
        if !fm.fileExists(atPath: destination.path), let restore = asides.last {
            guard rename(parent.appendingPathComponent(restore).path, destination.path) == 0 else {
                throw .io("cannot restore the previous dataset from \(restore): \(String(cString: strerror(errno)))")
            }
        }
        for stale in ["tmp-", "old-"].flatMap({ Leftover.stale(names, in: parent, prefix: prefix + $0, own: pid) }) {
            try? fm.removeItem(at: stale)
        }
    }

    /// Refuses to replace a directory that is not a dataset (a typo in `--out` must not
    /// delete someone's folder).
    func checkDestination() throws(BuildError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .usage("\(destination.path) exists and is not a directory") }
        let contents = (try? fm.contentsOfDirectory(atPath: destination.path)) ?? []
        if !contents.isEmpty && !contents.contains(DatapackageWriter.fileName) {
            throw .usage("\(destination.path) exists and is not a perfprog dataset (no \(DatapackageWriter.fileName)); "
                         + "choose an empty or new directory")
        }
        // A build replaces DIR whole: anything perfprog did not write there would be lost.
        let foreign = contents.filter { !Self.isOwn($0, in: destination) }.sorted()
        if !foreign.isEmpty {
            let shown = foreign.prefix(Self.listedForeignNames).joined(separator: ", ")
                + (foreign.count > Self.listedForeignNames ? " and \(foreign.count - Self.listedForeignNames) more" : "")
            throw .usage("\(destination.path) holds \(shown), which perfprog did not write; a build replaces the "
                         + "directory whole, so move \(foreign.count == 1 ? "it" : "them") out first (nothing was changed)")
        }
    }

    /// Names of foreign files listed in the refusal; the rest are counted.
    static let listedForeignNames = 5

    /// What a build writes into DIR: the tables datapackage.json lists, and the fixed files.
    static func isOwn(_ name: String, in directory: URL) -> Bool {
        let fixed: Set<String> = [DatapackageWriter.fileName, SQLiteDatasetWriter.fileName, BuildReport.fileName,
                                  BuildReport.pageFileName]
        if fixed.contains(name) { return true }
        // SQLite's own companions of dataset.sqlite (a reader may have left a journal).
        if name.hasPrefix(SQLiteDatasetWriter.fileName + "-") { return true }
        if name.hasSuffix(".csv") {
            return DatasetTables.all.contains { $0.fileName == name } || listedResources(in: directory).contains(name)
        }
        return false
    }

    /// The resource paths of DIR's datapackage.json (tables of another perfprog version).
    static func listedResources(in directory: URL) -> Set<String> {
        struct Package: Decodable { struct Resource: Decodable { var path: String }; var resources: [Resource] }
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(DatapackageWriter.fileName)),
              let package = try? JSONDecoder().decode(Package.self, from: data) else { return [] }
        return Set(package.resources.map(\.path))
    }

    func createStaging() throws(BuildError) -> URL {
        let fm = FileManager.default
        try? fm.removeItem(at: staging)
        do { try fm.createDirectory(at: staging, withIntermediateDirectories: true) } catch {
            throw .io("cannot create: \(FileFailure.describe(error, file: staging.path))")
        }
        return staging
    }

    func discardStaging() {
        try? FileManager.default.removeItem(at: staging)
    }

    func publish() throws(BuildError) {
        try FileSync.syncDirectory(staging)
        let fm = FileManager.default
        if fm.fileExists(atPath: destination.path) {
            switch DirectoryExchange.exchange(staging.path, destination.path) {
            case .exchanged:
                break
            case .unsupported:
                try move(destination, to: aside)
                try move(staging, to: destination)
                try? fm.removeItem(at: aside)
            case .failed(let reason):
                throw .io("cannot swap \(staging.path) into \(destination.path): \(reason)")
            }
        } else {
            try move(staging, to: destination)
        }
        try FileSync.sync(destination.deletingLastPathComponent().path)
        // After an exchange the staging name holds the old dataset.
        try? fm.removeItem(at: staging)
    }

    private func move(_ from: URL, to: URL) throws(BuildError) {
        guard rename(from.path, to.path) == 0 else {
            throw .io("cannot rename \(from.path) to \(to.path): \(String(cString: strerror(errno)))")
        }
    }
}
