import Extraction
import Foundation

/// Where a build really writes: `--out` resolved once, before anything is locked or
/// written. A DIR that is a symbolic link names its target: the target is locked, staged
/// beside, swapped and cached, and the link stays a link (renaming a staging directory
/// over the link replaced it with a real directory, left the target stale, and locked the
/// link's name, not the dataset).
enum DatasetLocation {
    /// More links than this in a chain is a loop (the kernel's own limit, MAXSYMLINKS, is 40).
    static let maximumLinks = 40

    static func resolve(_ output: URL) throws(BuildError) -> URL {
        var path = InputFiles.absolute(output.path)
        for _ in 0..<maximumLinks {
            let parent = (path as NSString).deletingLastPathComponent
            let name = (path as NSString).lastPathComponent
            guard !name.isEmpty, name != "/" else { throw .usage("--out cannot be the root directory") }
            do {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            } catch {
                throw .io("cannot create the folder of --out: \(FileFailure.describe(error, file: parent))")
            }
            guard let realParent = realPath(parent) else {
                throw .io("\(parent): cannot resolve: \(String(cString: strerror(errno)))")
            }
            let candidate = realParent == "/" ? "/" + name : realParent + "/" + name
            guard InputFiles.kind(candidate, followLinks: false) == S_IFLNK else {
                // The staging, swap and cache beside DIR go through Foundation's file calls,
                // which take UTF-8 paths; another name would be written elsewhere.
                guard PathName.isUTF8(candidate) else {
                    throw .usage("--out \(PathName.display(candidate)): a dataset directory whose path is not UTF-8 "
                                 + "is not supported; choose a UTF-8 name")
                }
                return URL(fileURLWithPath: candidate)
            }
            guard let target = linkTarget(candidate) else {
                throw .io("\(candidate): cannot read the link: \(String(cString: strerror(errno)))")
            }
            path = InputFiles.absolute(target.hasPrefix("/") ? target : realParent + "/" + target)
        }
        throw .usage("--out \(output.path): too many levels of symbolic links")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = PathName.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return PathName.decode(UnsafeBufferPointer(start: UnsafeRawPointer(resolved).assumingMemoryBound(to: UInt8.self),
                                                   count: strlen(resolved)))
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = PathName.withCString(path) { link in
            buffer.withUnsafeMutableBufferPointer { raw in
                raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { readlink(link, $0, raw.count - 1) }
            }
        }
        return count > 0 ? PathName.decode(buffer[..<count]) : nil
    }
}
