import Foundation

/// Ends a worker process when its parent (the build) has died, so that a build killed at
/// any moment leaves no orphan workers parsing for nobody.
public enum ParentWatch {
    /// How often the worker looks at its parent: short enough that orphans go quickly,
    /// long enough to cost nothing.
    static let pollInterval: UInt32 = 1

    public static func start() {
        let parent = getppid()
        Thread.detachNewThread {
            while true {
                sleep(pollInterval)
                // Re-parented (to init or a subreaper): the build that started us is gone.
                if getppid() != parent { _exit(ExitCode.parentGone) }
            }
        }
    }

    enum ExitCode {
        static let parentGone: Int32 = 75
    }
}
