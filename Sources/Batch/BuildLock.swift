import Extraction
import Foundation

/// An exclusive lock on one dataset directory (`.<name>.lock` beside it), so two builds
/// never stage or swap the same dataset at once, nor an `extract --out` write its tables
/// into a directory a build (or another extract) is writing. The kernel drops it when the process
/// dies, so a killed build never leaves it held; a build that ends (or is interrupted)
/// removes the file, so nothing is left beside DIR.
///
/// Removing a lock file races with a build that opened it just before: that build would
/// hold a lock on a file no longer at the path, while a third creates a new one. So a
/// build that gets the lock checks that its file is still the one at the path, and
/// tries again when it is not.
public final class BuildLock: @unchecked Sendable {
    /// The lock file, beside the dataset.
    public let file: String
    private var descriptor: Int32 = -1
    private let mutex = NSLock()

    /// Attempts before giving up on a lock file that keeps being replaced.
    static let attempts = 10

    convenience init(for output: URL) throws(BuildError) {
        try self.init(directory: output.path)
    }

    /// The lock of the directory at `directory` (resolved already: its links followed), whose
    /// folder exists; the path's bytes as they are (`PathName`).
    public init(directory: String) throws(BuildError) {
        var path = Substring(directory)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[...$0] } ?? ""
        file = String(folder) + ".\(slash.map { path[path.index(after: $0)...] } ?? path).lock"
        for _ in 0..<Self.attempts {
            let fd = PathName.withCString(file) { open($0, O_CREAT | O_RDWR | O_CLOEXEC, 0o644) }
            guard fd >= 0 else {
                throw .io("\(PathName.display(file)): cannot open the build lock: \(String(cString: strerror(errno)))")
            }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                throw .busy(lockFile: file)
            }
            var held = stat(), atPath = stat()
            if fstat(fd, &held) == 0, PathName.withCString(file, { stat($0, &atPath) }) == 0, held.st_ino == atPath.st_ino, held.st_dev == atPath.st_dev {
                descriptor = fd
                return
            }
            close(fd)
        }
        throw .busy(lockFile: file)
    }

    /// Removes the lock file, then lets go of the lock (once).
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        _ = PathName.withCString(file) { unlink($0) }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
