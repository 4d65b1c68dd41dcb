import Foundation

/// Opens an input for reading only when it is a regular file: a FIFO, a device such as
/// /dev/zero or a socket named `*.pdf` would block or never end, so it is refused before a
/// byte is read. The check is made on the opened descriptor (no window between checking
/// and opening), and the open itself does not wait for a FIFO's writer.
public struct InputFile: ~Copyable {
    public let descriptor: Int32
    /// The size when opened; readers never read more than this.
    public let size: Int
    public let path: String

    /// A performance program is a few MB; a larger file is refused rather than read.
    public static let maximumBytes = 1 << 30

    public init(path: String) throws(ExtractionError) {
        self.path = path
        let fd = PathName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(path: path, reason: reason)
        }
        guard let kind = Self.irregularKind(info.st_mode) else {
            guard Int(info.st_size) <= Self.maximumBytes else {
                close(fd)
                throw .unreadable(path: path, reason: "larger than \(Self.maximumBytes >> 20) MB")
            }
            // Regular files never block; reads are plain from here on.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            descriptor = fd
            size = Int(info.st_size)
            return
        }
        close(fd)
        throw .unreadable(path: path, reason: "not a regular file (\(kind))")
    }

    deinit { close(descriptor) }

    /// What a non-regular file is, for the message; nil for a regular file.
    static func irregularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "not a plain file"
        }
    }

    /// Up to `count` bytes from `offset`, never past the size seen at opening.
    public func read(at offset: Int, count: Int) -> [UInt8] {
        let wanted = max(0, min(count, size - offset))
        guard wanted > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            initialized = read(at: offset, into: UnsafeMutableRawBufferPointer(buffer))
        }
    }

    /// Up to `buffer.count` bytes from `offset` into `buffer`, never past the size seen at
    /// opening; how many were read (0 at the end, or when the file shrank).
    public func read(at offset: Int, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let wanted = max(0, min(buffer.count, size - offset))
        var done = 0
        while done < wanted {
            let n = pread(descriptor, buffer.baseAddress! + done, wanted - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            done += n
        }
        return done
    }
}
