import Foundation

/// An exclusive lock on one dataset directory (`.<name>.lock` beside it), so two builds
/// never stage or swap the same dataset at once. The kernel drops it when the process
/// dies, so a killed build never leaves it held; a build that ends (or is interrupted)
/// removes the file, so nothing is left beside DIR.
///
/// Removing a lock file races with a build that opened it just before: that build would
/// hold a lock on a file no longer at the path, while a third creates a new one. So a
/// build that gets the lock checks that its file is still the one at the path, and
/// tries again when it is not.
final class BuildLock: @unchecked Sendable {
    /// The lock file, beside the dataset.
    let file: String
    private var descriptor: Int32 = -1
    private let mutex = NSLock()

    /// Attempts before giving up on a lock file that keeps being replaced.
    static let attempts = 10

    init(for output: URL) throws(BuildError) {
        file = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        for _ in 0..<Self.attempts {
            let fd = open(file, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .io("\(file): cannot open the build lock: \(String(cString: strerror(errno)))") }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                throw .busy(lockFile: file)
            }
            var held = stat(), atPath = stat()
            if fstat(fd, &held) == 0, stat(file, &atPath) == 0, held.st_ino == atPath.st_ino, held.st_dev == atPath.st_dev {
                descriptor = fd
                return
            }
            close(fd)
        }
        throw .busy(lockFile: file)
    }

    /// Removes the lock file, then lets go of the lock (once).
    func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard descriptor >= 0 else { return }
        unlink(file)
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
