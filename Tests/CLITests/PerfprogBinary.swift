import Foundation

/// Runs the built `perfprog` executable and captures what it prints.
struct PerfprogBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's place in it (Tests/CLITests/…).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (same build directory and configuration), or
    /// `.build/debug/perfprog` under the package root.
    static var url: URL? {
        var candidates: [URL] = []
        if let bundleDir = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundleDir.appendingPathComponent("perfprog"))
            candidates.append(bundleDir.deletingLastPathComponent().appendingPathComponent("perfprog"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/perfprog"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }
    }

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures").appendingPathComponent(name).path
    }

    static func sample(_ name: String) -> String {
        packageRoot.appendingPathComponent("samples").appendingPathComponent(name).path
    }

    enum Failure: Error { case binaryNotBuilt }

    static func run(_ arguments: [String]) throws -> Result {
        guard let url else { throw Failure.binaryNotBuilt }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfprog-cli-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        return try capture(process, in: dir)
    }

    /// Runs `process` to its end with stdout and stderr in files of `dir`, not pipes: a
    /// child filling a pipe nobody reads would hang.
    static func capture(_ process: Process, in dir: URL) throws -> Result {
        let outURL = dir.appendingPathComponent(".out"), errURL = dir.appendingPathComponent(".err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close(); try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

extension PerfprogBinary {
    /// Runs `script` with /bin/sh, `$PERFPROG` naming the binary: for what Process cannot
    /// express (arguments that are not UTF-8, stdout on /dev/full).
    static func shell(_ script: String) throws -> Result {
        guard let url else { throw Failure.binaryNotBuilt }
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfprog-sh-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = ProcessInfo.processInfo.environment
        environment["PERFPROG"] = url.path
        environment["FIXTURES"] = packageRoot.appendingPathComponent("Tests/ExtractionTests/Fixtures").path
        environment["SAMPLES"] = packageRoot.appendingPathComponent("samples").path
        environment["WORK"] = dir.path
        environment["ROOT"] = packageRoot.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        return try capture(process, in: dir)
    }
}
