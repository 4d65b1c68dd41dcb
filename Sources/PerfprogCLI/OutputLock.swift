import Batch
import Extraction
import Foundation

/// The lock `extract --out DIR` holds while it writes: the build's own (`.<DIR name>.lock`
/// beside DIR, its links followed as the build follows them), so two extracts into one DIR,
/// or an extract and a build, never write it at once. The second was not refused: its
/// tables replaced the first's, or were swapped away by the build that replaces DIR whole.
final class OutputLock {
    /// The lock file, beside DIR.
    var file: String { lock.file }
    private let lock: BuildLock
    /// Folders of DIR made to hold the lock file, outermost first.
    private let made: [String]

    private init(lock: BuildLock, made: [String]) {
        self.lock = lock
        self.made = made
    }

    /// The lock of `given`, taken; refused (status 4) when another build or extract holds it.
    /// A missing folder of DIR is made, since the lock file lies in it (DIR itself is made
    /// only when a program is written).
    static func take(_ given: String) throws(CommandError) -> OutputLock {
        var made: [String] = []
        let directory: String
        do {
            directory = try resolved(given, made: &made)
        } catch {
            removeEmpty(made)
            throw CommandError.output("--out \(PathName.display(given)): \(error.message)")
        }
        do {
            return OutputLock(lock: try lockBesideOrInside(directory), made: made)
        } catch {
            removeEmpty(made)
            throw CommandError.output("--out \(PathName.display(given)): \(error.description)")
        }
    }

    /// The build's lock beside DIR; where DIR's folder cannot be written (an analyst's own DIR
    /// in a folder of root's), a lock inside DIR (`.extract.lock`): no build can publish there
    /// (it swaps DIR from beside it), so only another extract is to be kept out, and it asks the same.
    private static func lockBesideOrInside(_ directory: String) throws(BuildError) -> BuildLock {
        do {
            return try BuildLock(directory: directory)
        } catch {
            guard case .io = error, PathName.withCString(directory, { access($0, W_OK) }) == 0 else { throw error }
            return try BuildLock(directory: directory + "/extract")
        }
    }

    /// Lets go of the lock and removes its file, then the folders made for it that are still
    /// empty (no program was written): a run whose every file fails leaves nothing behind.
    func release() {
        lock.release()
        Self.removeEmpty(made)
    }

    private static func removeEmpty(_ folders: [String]) {
        for folder in folders.reversed() { _ = PathName.withCString(folder) { rmdir($0) } }
    }

    /// The directory the tables really go to: DIR through its links when it exists, else
    /// its folder's real path and its name (the folders missing made, and listed in `made`).
    private static func resolved(_ given: String, made: inout [String]) throws(CommandError) -> String {
        if let real = realPath(given) { return real }
        var path = Substring(given)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        let folder = OutputDirectory.parent(of: String(path)) ?? "."
        let name = path.split(separator: "/").last.map(String.init) ?? String(path)
        var missing: [String] = []
        var ancestor: String? = folder
        while let next = ancestor, realPath(next) == nil {
            missing.insert(next, at: 0)
            ancestor = OutputDirectory.parent(of: next)
        }
        for part in missing {
            guard PathName.withCString(part, { mkdir($0, 0o777) }) == 0 || errno == EEXIST else {
                throw CommandError.output("cannot create \(PathName.display(part)): \(String(cString: strerror(errno)))")
            }
            made.append(part)
        }
        guard let realFolder = realPath(folder) else {
            throw CommandError.output("\(PathName.display(folder)): \(String(cString: strerror(errno)))")
        }
        return (realFolder == "/" ? "/" : realFolder + "/") + name
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = PathName.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return PathName.decode(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                                   count: strlen(resolved)))
    }
}
