import Extraction

/// Why a build stopped before publishing; the previous dataset is left as it was.
public enum BuildError: Error, Equatable, CustomStringConvertible {
    /// The command line named something unusable (exit status 2).
    case usage(String)
    /// Another build holds the lock of this dataset directory.
    case busy(lockFile: String)
    /// The new dataset could not be written or swapped in.
    case io(String)

    public var description: String {
        switch self {
        case .usage(let message): return message
        case .busy(let lock):
            return "another build or extract is writing this dataset (lock \(PathName.display(lock)) is held); "
                + "nothing was published"
        case .io(let message): return message
        }
    }
}

extension BuildError {
    /// A thread the build needs was refused (a memory ceiling on the build itself); nothing was
    /// changed.
    static func threadRefused(purpose: String) -> BuildError {
        .io("cannot start the thread that \(purpose): the system refused it (over a memory limit? "
            + "ulimit -v, prlimit --as); nothing was changed")
    }
}
