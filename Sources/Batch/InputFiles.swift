import Extraction
import Foundation

/// The PDFs a build reads: files given by name, and every `*.pdf` under directories
/// given (recursively), as absolute paths in a stable order without repeats.
///
/// Names are read as bytes (`PathName`): a file whose name is not UTF-8 is found and kept
/// exactly. Symbolic links to directories are not followed (a link to a parent would never
/// end); links to files are. Whatever is not a regular file is still listed: hashing
/// (`InputFile`) refuses it with a reason, so it appears in the report instead of vanishing.
public enum InputFiles {
    public static func collect(_ paths: [String]) throws(BuildError) -> [String] {
        var found = Set<String>()
        for path in paths {
            let absolute = self.absolute(path)
            guard let kind = kind(absolute, followLinks: true) else {
                // A loop of links, a folder that cannot be searched: said as such, not "no such file".
                guard errno == ENOENT else {
                    throw .usage("\(PathName.display(path)): cannot be read: \(String(cString: strerror(errno)))")
                }
                throw .usage("no such file or directory: \(PathName.display(path))")
            }
            guard kind == S_IFDIR else { found.insert(absolute); continue }
            guard walk(absolute, into: &found) else {
                throw .usage("cannot list the directory \(PathName.display(path))")
            }
        }
        return found.sorted()
    }

    /// `*.pdf`, whatever the case of the extension (`.PDF` is common on Windows shares).
    static func isPDFName(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".pdf")
    }

    /// Adds every `*.pdf` below `directory`; false when `directory` cannot be listed.
    private static func walk(_ directory: String, into found: inout Set<String>) -> Bool {
        guard let subdirectories = list(directory, into: &found) else { return false }
        // An unreadable subdirectory is skipped, as a listing tool would.
        for subdirectory in subdirectories.sorted() { _ = walk(subdirectory, into: &found) }
        return true
    }

    /// Adds the `*.pdf` of `directory` itself and gives its subdirectories; nil when it cannot
    /// be listed. Its stream is closed before any subdirectory is opened: held open down the
    /// tree, a deep one (1,100 levels) ran out of descriptors (ulimit -n 1024) and the PDFs
    /// below were left out without a word.
    private static func list(_ directory: String, into found: inout Set<String>) -> [String]? {
        guard let stream = PathName.withCString(directory, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        var subdirectories: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { bytes in
                    PathName.decode(UnsafeBufferPointer(start: bytes, count: strlen(UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == "." || name == ".." { continue }
            let child = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            switch kind(child, followLinks: false) {
            case S_IFDIR: subdirectories.append(child)
            case S_IFLNK:
                if kind(child, followLinks: true) != S_IFDIR, isPDFName(name) { found.insert(child) }
            default:
                if isPDFName(name) { found.insert(child) }
            }
        }
        return subdirectories
    }

    /// The file type bits of `path` (S_IFDIR, S_IFREG, …), nil when it does not exist.
    static func kind(_ path: String, followLinks: Bool) -> mode_t? {
        var info = stat()
        let status = PathName.withCString(path) { followLinks ? stat($0, &info) : lstat($0, &info) }
        return status == 0 ? info.st_mode & S_IFMT : nil
    }

    /// `path` made absolute and standardised (`.` and `..` resolved by name, as
    /// URL.standardizedFileURL does), its bytes kept.
    static func absolute(_ path: String) -> String {
        var components: [Substring] = []
        let full = path.hasPrefix("/") ? path : currentDirectory() + "/" + path
        for part in full.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = components.popLast(); continue }
            components.append(part)
        }
        return "/" + components.joined(separator: "/")
    }

    static func currentDirectory() -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let ok = buffer.withUnsafeMutableBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { getcwd($0, raw.count) } != nil
        }
        guard ok, let end = buffer.firstIndex(of: 0) else { return FileManager.default.currentDirectoryPath }
        return PathName.decode(buffer[..<end])
    }
}
