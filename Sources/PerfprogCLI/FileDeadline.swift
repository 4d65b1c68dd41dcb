import Extraction
import Foundation

/// The wall-clock budget of one file read in this process (`extract`, which has no worker
/// to stop): past it, the command prints one line naming the file and exits 1. A page
/// stuck in poppler cannot be interrupted in place, so the process ends.
final class FileDeadline: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(seconds: Double, label: String) {
        let done = self.done
        let text = "\(PathName.display(label)): stopped: took longer than \(FileDeadline.format(seconds)) s "
            + "(--timeout; hostile or damaged content?)\n"
        let line = Array(text.utf8)
        Thread.detachNewThread {
            if done.wait(timeout: .now() + seconds) == .timedOut {
                line.withUnsafeBufferPointer { _ = write(LibraryOutput.terminal, $0.baseAddress, $0.count) }
                _exit(ExitStatus.inputFailure)
            }
        }
    }

    /// The file is done in time.
    func finish() { done.signal() }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
