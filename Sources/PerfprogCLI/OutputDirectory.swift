import DatasetIO
import Extraction
import Foundation

/// Whether `--out DIR` can take files, asked before any input is read: an unusable DIR (a
/// file, a device, a path under a file, a directory where nothing can be created) was found
/// only when the first document's tables were written, after reading it whole.
///
/// Nothing is left behind: DIR is not created here (a run whose every file fails leaves no
/// empty folder), and the probe that proves a file can be made — the same call the tables'
/// spool makes, which also catches what access(2) does not see for root (/proc, /sys) — is
/// unlinked at once.
enum OutputDirectory {
    /// Why `path` cannot hold the tables, or nil when it can.
    static func unusable(_ given: String) -> String? {
        // "f/" is f itself (stat of a file with a slash after it says only ENOTDIR).
        var path = Substring(given)
        while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
        return unusable(path: String(path))
    }

    private static func unusable(path: String) -> String? {
        var info = stat()
        if PathName.withCString(path, { stat($0, &info) }) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { return "\(kind(info.st_mode)), not a directory" }
            return probe(path).map { "cannot create files in it: \($0)" }
        }
        let missing = errno
        // A link whose target is missing: nothing can be made there (mkdir says it exists).
        if let target = danglingTarget(path) { return "is a link to \(PathName.display(target)), which does not exist" }
        guard missing == ENOENT || missing == ENOTDIR else { return String(cString: strerror(missing)) }
        // The nearest part of the path that exists must be a directory that takes new entries.
        var ancestor = path
        while true {
            guard let next = parent(of: ancestor) else { return String(cString: strerror(missing)) }
            ancestor = next
            if PathName.withCString(ancestor, { stat($0, &info) }) == 0 { break }
            let failure = errno
            if let target = danglingTarget(ancestor) {
                return "\(PathName.display(ancestor)) is a link to \(PathName.display(target)), which does not exist"
            }
            errno = failure
            guard errno == ENOENT || errno == ENOTDIR else {
                return "\(PathName.display(ancestor)): \(String(cString: strerror(errno)))"
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return "\(PathName.display(ancestor)) \(kind(info.st_mode)), not a directory"
        }
        return probe(ancestor).map { "cannot create it in \(PathName.display(ancestor)): \($0)" }
    }

    /// Why no file can be written at `path` (`inspect --png`), or nil when one can: its folder
    /// must exist (it is not created) and take new files (the picture is renamed into place);
    /// a device or FIFO there is written into.
    static func unusableFile(_ path: String) -> String? {
        var info = stat()
        if PathName.withCString(path, { stat($0, &info) }) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return "is a directory"
            case S_IFREG: break
            default: return nil
            }
        } else if errno != ENOENT {
            // A part of the path that is no directory is named as for a folder.
            return errno == ENOTDIR ? unusable(path) : String(cString: strerror(errno))
        }
        let folder = parent(of: path) ?? "."
        guard PathName.withCString(folder, { stat($0, &info) }) == 0 else {
            return "\(PathName.display(folder)): no such directory"
        }
        return unusable(folder).map { "\(PathName.display(folder)): \($0)" }
    }

    /// The directory holding `path` ("." for a relative name alone), nil for "/" and ".".
    /// (NSString's deletingLastPathComponent traps on a one-character path such as "o".)
    static func parent(of path: String) -> String? {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard trimmed != "/" && trimmed != "." && !trimmed.isEmpty else { return nil }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The target of the symbolic link at `path` when stat(2) cannot follow it (lstat sees the
    /// link), nil for anything else.
    private static func danglingTarget(_ path: String) -> String? {
        var link = stat()
        guard PathName.withCString(path, { lstat($0, &link) }) == 0, (link.st_mode & S_IFMT) == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = PathName.withCString(path) { readlink($0, &buffer, buffer.count - 1) }
        guard length >= 0 else { return "?" }
        return String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// "is a file", "is a character device", … for what stands at a path.
    private static func kind(_ mode: mode_t) -> String { "is " + NotARegularFile.kind(of: mode) }

    /// The system's reason a file cannot be created in `directory`, or nil when it can.
    private static func probe(_ directory: String) -> String? {
        let name = directory + "/.perfprog-probe-\(getpid())-\(UUID().uuidString)"
        let fd = PathName.withCString(name) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        close(fd)
        _ = PathName.withCString(name) { unlink($0) }
        return nil
    }
}
