import Foundation

/// Removes a directory and the entries in it (one level: a build's staging and work
/// directories are flat) from a signal handler, where only async-signal-safe calls may run:
/// no opendir (it allocates), no Foundation. The entries are listed with getdents64(2) into a
/// buffer made beforehand; an entry that is itself a non-empty directory stays, and so then
/// does the directory (the next build removes what a stopped one left).
enum FlatDirectoryRemoval {
    private typealias GetDents64 = @convention(c) (Int32, UnsafeMutableRawPointer, Int) -> Int
    /// glibc (2.30 on) declares getdents64 only under _GNU_SOURCE, which Swift's Glibc module
    /// does not see: looked up by name beforehand (dlsym is not async-signal-safe).
    nonisolated(unsafe) private static var getdents64: GetDents64?
    nonisolated(unsafe) private static var buffer: UnsafeMutableRawPointer?
    static let bufferSize = 8192
    /// Listings read before giving up on a directory whose entries keep coming back.
    static let passes = 4
    /// From <fcntl.h>.
    private static let removeDirectory: Int32 = 0x200
    /// From <dirent.h>.
    private static let directoryType: UInt8 = 4

    /// Resolves the call and makes the buffer (outside the handler; once).
    static func prepare() {
        guard buffer == nil else { return }
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "getdents64") {
            getdents64 = unsafeBitCast(symbol, to: GetDents64.self)
        }
        buffer = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
    }

    /// Async-signal-safe: open, getdents64, unlinkat, lseek, close, rmdir.
    static func remove(_ path: UnsafePointer<CChar>) {
        if let getdents64, let buffer {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return }
            for _ in 0..<passes {
                var removed = false
                while true {
                    let count = getdents64(fd, buffer, bufferSize)
                    if count <= 0 { break }
                    var offset = 0
                    // struct linux_dirent64: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                    while offset < count {
                        let record = buffer + offset
                        let length = Int(record.loadUnaligned(fromByteOffset: 16, as: UInt16.self))
                        let type = record.load(fromByteOffset: 18, as: UInt8.self)
                        let name = (record + 19).assumingMemoryBound(to: CChar.self)
                        let dot = name[0] == 0x2E && (name[1] == 0 || name[1] == 0x2E && name[2] == 0)
                        // A type the file system does not give (DT_UNKNOWN) is tried as both.
                        if !dot, unlinkat(fd, name, type == directoryType ? removeDirectory : 0) == 0
                            || type != directoryType && unlinkat(fd, name, removeDirectory) == 0 { removed = true }
                        guard length > 0 else { break }
                        offset += length
                    }
                }
                if !removed { break }
                lseek(fd, 0, SEEK_SET)
            }
            close(fd)
        }
        rmdir(path)
    }
}
