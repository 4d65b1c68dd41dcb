import Foundation
import Threads

/// Ctrl-C (SIGINT), SIGTERM or SIGHUP during a build: the build's own leftovers — its work
/// directory of worker results, the staging dataset and the lock file — are removed before
/// the process ends with that signal. The published dataset is never touched: the handler
/// waits for a swap under way (`critical`) to finish. Workers end by themselves when their
/// parent is gone (`ParentWatch`).
///
/// The cleanup runs on a thread of our own (`SpawnedThread`); one the system refuses (a
/// memory ceiling: ulimit -v, prlimit --as) stops the build before it starts, with one line.
final class InterruptCleanup: @unchecked Sendable {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private let paths: [URL]
    private let lock: BuildLock
    private let gate = NSLock()
    private var finished = false

    init(removing paths: [URL], lock: BuildLock) throws(BuildError) {
        self.paths = paths
        self.lock = lock
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            throw .io("cannot make the pipe that cleans up after an interruption: \(String(cString: strerror(errno)))")
        }
        // Not inherited by the workers.
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        interruptWriteEnd = fds[1]
        let readEnd = fds[0]
        // The handler only writes the signal's number into the pipe (async-signal-safe);
        // a thread of ours reads it and cleans up with the file system at hand.
        let watch = SpawnedThread.start { [self] in
            var number: Int32 = 0
            while read(readEnd, &number, MemoryLayout<Int32>.size) != MemoryLayout<Int32>.size {
                if errno != EINTR { return }
            }
            interrupted(by: number)
        }
        guard watch != nil else {
            close(fds[0]); close(fds[1])
            interruptWriteEnd = -1
            throw BuildError.threadRefused(purpose: "cleans up after an interruption")
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            var n = number
            _ = write(interruptWriteEnd, &n, MemoryLayout<Int32>.size)
        }
        sigemptyset(&action.sa_mask)
        for number in Self.signals { sigaction(number, &action, nil) }
        // A parent may start us with these signals blocked (a thread's mask is inherited
        // across exec); unblocked here, they reach the build as Ctrl-C reaches it from a shell.
        var mask = sigset_t()
        sigemptyset(&mask)
        for number in Self.signals { sigaddset(&mask, number) }
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Runs `body` (the swap) so that an interruption waits for it.
    func critical<T>(_ body: () throws(BuildError) -> T) throws(BuildError) -> T {
        gate.lock()
        defer { gate.unlock() }
        return try body()
    }

    private func interrupted(by number: Int32) {
        gate.lock()
        guard !finished else { gate.unlock(); return }
        for path in paths { try? FileManager.default.removeItem(at: path) }
        lock.release()
        signal(number, SIG_DFL)
        kill(getpid(), number)
    }

    /// Back to the default handling once the build is over.
    func uninstall() {
        gate.lock()
        finished = true
        gate.unlock()
        for number in Self.signals { signal(number, SIG_DFL) }
    }
}

/// The write end of `InterruptCleanup`'s self-pipe (a signal handler can reach only globals).
nonisolated(unsafe) private var interruptWriteEnd: Int32 = -1
