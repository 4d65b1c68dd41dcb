import Extraction
import Foundation

/// What tells, without reading a file, that its bytes are those hashed before (as git's
/// index tells it): the same device, inode and size, and the same modification and
/// status-change times to the nanosecond. Writing a file changes its status-change time,
/// which no program can set back, so a file rewritten in place under its old size and
/// modification time is still hashed again.
struct FileStamp: Codable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedNanoseconds: Int64
    var changedNanoseconds: Int64

    /// The stamp of a regular file; nil for anything else or a file that cannot be looked at
    /// (it is then hashed, and the hashing says what is wrong with it).
    init?(path: String) {
        var info = stat()
        guard PathName.withCString(path, { stat($0, &info) }) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changedNanoseconds = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    }
}

/// A file's SHA-256 as hashed when it had this stamp.
struct StampedDigest: Codable, Equatable {
    var stamp: FileStamp
    var sha256: String
}
