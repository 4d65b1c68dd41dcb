import Extraction
import Foundation

/// stdout or stderr, written with write(2). FileHandle.write traps when the write fails
/// (`perfprog text FILE > /dev/full` ended in a backtrace); here a failed write is kept,
/// later writes are skipped, and the command ends with one line and exit status 1.
final class StandardStream: @unchecked Sendable {
    static let output = StandardStream { STDOUT_FILENO }
    /// The real stderr, also once descriptor 2 collects the libraries' messages (LibraryOutput).
    static let error = StandardStream { LibraryOutput.terminal }

    private let descriptor: @Sendable () -> Int32
    private let lock = NSLock()
    private var failedErrno: Int32?

    init(descriptor: @escaping @Sendable () -> Int32) { self.descriptor = descriptor }

    /// Why a write failed ("No space left on device"), nil while all went through.
    var failure: String? {
        lock.lock(); defer { lock.unlock() }
        return failedErrno.map { String(cString: strerror($0)) }
    }

    func write(_ text: String) { write(bytes: Array(text.utf8)) }

    /// Bytes as they are (a PNG to stdout).
    func write(bytes: [UInt8]) {
        lock.lock(); defer { lock.unlock() }
        guard failedErrno == nil else { return }
        var bytes = bytes
        let descriptor = descriptor()
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                failedErrno = n < 0 ? errno : EIO
                return
            }
            done += n
        }
    }
}
