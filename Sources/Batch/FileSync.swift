import Foundation

/// fsync(2) for files and directories, so a published dataset is on disk before the swap
/// that makes it visible.
enum FileSync {
    static func sync(_ path: String) throws(BuildError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .io("\(path): cannot open to sync: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .io("\(path): fsync failed: \(String(cString: strerror(errno)))") }
    }

    /// Every file of a directory (not recursive: the dataset is flat), then the directory.
    static func syncDirectory(_ directory: URL) throws(BuildError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory.path) } catch {
            throw .io("cannot list: \(FileFailure.describe(error, file: directory.path))")
        }
        for name in names.sorted() { try sync(directory.appendingPathComponent(name).path) }
        try sync(directory.path)
    }
}
