import Foundation

/// What a build leaves beside its dataset or in its cache while it runs — `DIR.tmp-<pid>`,
/// `DIR.old-<pid>`, `work-<pid>` — named after the process that made it, so that a later
/// build removes only its own kind of leftover, and only once that process is gone: a name
/// of this form with anything after the digits (`DIR.tmp-old`, `work-2024`…) is someone
/// else's, as is a link, and a process still running may still be using its directory
/// (a build of another dataset sharing the cache, or one whose lock was taken from it).
enum Leftover {
    /// The process id in `name` when it is `prefix` followed by a process id and nothing else.
    static func owner(of name: String, prefix: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let digits = name.dropFirst(prefix.count)
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              !digits.hasPrefix("0"), let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// Whether no process has this id any more (one we may not signal is still there).
    static func isGone(_ pid: pid_t) -> Bool {
        kill(pid, 0) != 0 && errno == ESRCH
    }

    /// Whether `url` is a directory itself, not a link to one.
    static func isDirectory(_ url: URL) -> Bool {
        InputFiles.kind(url.path, followLinks: false) == S_IFDIR
    }

    /// The leftovers of processes now gone among `names` in `directory`: `prefix` and an id
    /// other than `own`, a directory.
    static func stale(_ names: [String], in directory: URL, prefix: String, own: pid_t = getpid()) -> [URL] {
        names.sorted().compactMap { name in
            guard let pid = owner(of: name, prefix: prefix), pid != own, isGone(pid) else { return nil }
            let url = directory.appendingPathComponent(name)
            return isDirectory(url) ? url : nil
        }
    }
}
