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
        case .busy(let lock): return "another build of this dataset is running (lock \(lock) is held)"
        case .io(let message): return message
        }
    }
}
