import Foundation

/// renameat2(2) with RENAME_EXCHANGE: swaps two directory entries in one atomic step.
/// Glibc declares it only under _GNU_SOURCE, which Swift's Glibc module does not see, so
/// it is looked up by name; nil when the C library has no such call.
enum DirectoryExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// From <linux/fs.h>.
    private static let renameExchange: UInt32 = 1 << 1

    enum Outcome { case exchanged, unsupported, failed(String) }

    static func exchange(_ a: String, _ b: String) -> Outcome {
        // RTLD_DEFAULT is the null handle on glibc.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return .unsupported }
        let call = unsafeBitCast(symbol, to: RenameAt2.self)
        if call(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return .exchanged }
        let code = errno
        // EINVAL: the file system has no exchange; ENOSYS: the kernel has no renameat2.
        if code == EINVAL || code == ENOSYS || code == EOPNOTSUPP { return .unsupported }
        return .failed(String(cString: strerror(code)))
    }
}
