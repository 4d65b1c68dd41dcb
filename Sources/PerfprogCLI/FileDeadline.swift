import Extraction
import Foundation
import Threads

/// The wall-clock budget of one file read in this process (`extract`, which has no worker
/// to stop): past it, the command prints one line naming the file and exits 4 (nothing
/// written: the tables are written at the end). A page
/// stuck in poppler cannot be interrupted in place, so the process ends.
///
/// The watch runs on a thread of our own (`SpawnedThread`): under a memory ceiling a thread
/// may be refused, and then the file is not read at all (`start` is nil) rather than read
/// with no deadline.
final class FileDeadline: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    private init() {}

    /// The deadline running, or nil when the system refuses its thread.
    static func start(seconds: Double, label: String) -> FileDeadline? {
        let deadline = FileDeadline()
        let done = deadline.done
        let text = "\(Console.visible(label)): stopped: took longer than \(format(seconds)) s "
            + "(--timeout; hostile or damaged content?)\n"
        let line = Array(text.utf8)
        let watch = SpawnedThread.start {
            if done.wait(timeout: .now() + seconds) == .timedOut {
                line.withUnsafeBufferPointer { _ = write(LibraryOutput.terminal, $0.baseAddress, $0.count) }
                // The output's lock file too: `_exit` skips the command's `defer` that removes it.
                FatalSignal.removeWhatStops()
                _exit(ExitStatus.notPublished)
            }
        }
        return watch == nil ? nil : deadline
    }

    /// Why a file was not read when `start` gave nil.
    static let refusal = "stopped: over the memory limit: the system refused the thread that keeps its "
        + "--timeout, so it was not read (ulimit -v, prlimit)"

    /// The file is done in time.
    func finish() { done.signal() }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
