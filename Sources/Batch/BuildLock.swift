import Foundation

/// An exclusive lock on one dataset directory (`.<name>.lock` beside it), so two builds
/// never stage or swap the same dataset at once. The kernel drops it when the process
/// dies, so a killed build never leaves it held.
final class BuildLock {
    private let descriptor: Int32

    init(for output: URL) throws(BuildError) {
        let file = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).lock").path
        let fd = open(file, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("\(file): cannot open the build lock: \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .busy(lockFile: file)
        }
        descriptor = fd
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
