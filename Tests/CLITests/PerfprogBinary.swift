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
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting: a full pipe would otherwise block the child.
        var errData = Data()
        let errReader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errReader.isFinished { Thread.sleep(forTimeInterval: 0.005) }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
