import Foundation

/// The PDFs a build reads: files given by name, and every `*.pdf` under directories
/// given (recursively), as absolute paths in a stable order without repeats.
public enum InputFiles {
    public static func collect(_ paths: [String]) throws(BuildError) -> [String] {
        let fm = FileManager.default
        var found = Set<String>()
        for path in paths {
            let url = URL(fileURLWithPath: path).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw .usage("no such file or directory: \(path)")
            }
            guard isDirectory.boolValue else { found.insert(url.path); continue }
            guard let walker = fm.enumerator(atPath: url.path) else {
                throw .usage("cannot list the directory \(path)")
            }
            while let relative = walker.nextObject() as? String {
                guard isPDFName(relative) else { continue }
                let file = url.appendingPathComponent(relative).standardizedFileURL.path
                var dir: ObjCBool = false
                if fm.fileExists(atPath: file, isDirectory: &dir), !dir.boolValue { found.insert(file) }
            }
        }
        return found.sorted()
    }

    /// `*.pdf`, whatever the case of the extension (`.PDF` is common on Windows shares).
    static func isPDFName(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".pdf")
    }
}
