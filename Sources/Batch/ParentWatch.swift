import Foundation

/// Ends a worker process when its build has died, so that a build killed at any moment —
/// even while the worker is still starting — leaves no orphan parsing for nobody.
///
/// The build hands every worker, as its stdin, the read end of a pipe whose write end only
/// the build holds (close-on-exec, so no other child inherits it). When the build dies the
/// kernel closes the write end and a read on the pipe returns end-of-file, whenever the
/// worker looks: a build that died before the worker ran is seen at once, which is what
/// watching getppid() from a thread started after launch could miss (a worker re-parented
/// before its first look took its new parent for the build and ran on without a timeout).
public enum ParentWatch {
    /// Set by the build in a worker's environment: the descriptor of the build's pipe.
    public static let environmentKey = "PERFPROG_BUILD_PIPE"

    enum ExitCode {
        static let parentGone: Int32 = 75
    }

    /// Watches the pipe named in the environment; without one (a worker run by hand) watches
    /// getppid() as before.
    public static func start(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let text = environment[environmentKey], let fd = Int32(text), fd >= 0 else {
            watchParentID()
            return
        }
        // Checked before any work: a build already gone is seen here, with no thread.
        if buildIsGone(fd, wait: false) { _exit(ExitCode.parentGone) }
        Thread.detachNewThread {
            while !buildIsGone(fd, wait: true) {}
            _exit(ExitCode.parentGone)
        }
    }

    /// Whether the pipe is at end-of-file (every writer gone). Bytes are never written to
    /// it; one read would only be an accident and is ignored.
    static func buildIsGone(_ fd: Int32, wait: Bool) -> Bool {
        var poll = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = Glibc.poll(&poll, 1, wait ? -1 : 0)
        if ready < 0 { return errno != EINTR }
        guard ready > 0 else { return false }
        if poll.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && poll.revents & Int16(POLLIN) == 0 { return true }
        var byte: UInt8 = 0
        return read(fd, &byte, 1) == 0
    }

    /// The fallback for a worker started without the pipe.
    private static func watchParentID() {
        let parent = getppid()
        if parent == 1 { return }
        Thread.detachNewThread {
            while true {
                sleep(1)
                if getppid() != parent { _exit(ExitCode.parentGone) }
            }
        }
    }
}
