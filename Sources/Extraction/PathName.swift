import Foundation

/// File names are bytes on Linux, not necessarily UTF-8. A path travels through perfprog as
/// a String in which every byte that is not part of valid UTF-8 stands for itself as one
/// code point of the last private-use block (U+10FF80 + byte − 0x80), so that it reaches
/// the file system again byte for byte (`fileSystemBytes`) and is shown as `\xNN`
/// (`display`). A name that really holds those private-use code points (none does in
/// practice) would be read as such bytes.
public enum PathName {
    /// U+10FF80 ... U+10FFFF stand for the bytes 0x80 ... 0xFF.
    static let escapeBase: UInt32 = 0x10FF00

    /// The String for a file name's bytes: valid UTF-8 as is, other bytes escaped.
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = Array(bytes)
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let length = sequenceLength(bytes[i])
            if length > 0, i + length <= bytes.count,
               let text = String(validating: bytes[i..<(i + length)], as: UTF8.self) {
                scalars.append(contentsOf: text.unicodeScalars)
                i += length
            } else {
                scalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[i]))!)
                i += 1
            }
        }
        return String(scalars)
    }

    /// The bytes the file system knows this path by (no terminating NUL).
    public static func fileSystemBytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if let byte = escapedByte(scalar) { out.append(byte) } else { out.append(contentsOf: String(scalar).utf8) }
        }
        return out
    }

    /// Runs `body` with the path as a NUL-terminated C string of its exact bytes.
    public static func withCString<T>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        let bytes = fileSystemBytes(path).map { CChar(bitPattern: $0) } + [0]
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The text to show: each escaped byte as `\xNN`, everything else unchanged. Works on
    /// whole messages that name paths.
    public static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { escapedByte($0) != nil }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let byte = escapedByte(scalar) {
                out += "\\x" + String(byte, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Every argument of this process, byte-exact (CommandLine.arguments repairs invalid
    /// UTF-8 with U+FFFD, which loses the name).
    public static func processArguments() -> [String] {
        (0..<Int(CommandLine.argc)).map { index in
            guard let pointer = CommandLine.unsafeArgv[index] else { return "" }
            return decode(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
                                              count: strlen(pointer)))
        }
    }

    /// Whether the path's bytes are UTF-8, so Foundation's own file calls reach it.
    public static func isUTF8(_ path: String) -> Bool { display(path) == path }

    /// A URL through which Foundation writes into the directory `path` (created with its
    /// parents if missing), whatever its bytes: for a UTF-8 path the path itself; otherwise
    /// the directory is opened once and named by its descriptor (`/proc/self/fd/N`), which
    /// stays open for the life of the process.
    public static func directoryURL(creating path: String) throws -> URL {
        if isUTF8(path) {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += String(part)
            let status = withCString(prefix) { mkdir($0, 0o777) }
            if status != 0 && errno != EEXIST { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: display(prefix)]) }
            prefix += "/"
        }
        let fd = withCString(path) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: display(path)]) }
        return URL(fileURLWithPath: "/proc/self/fd/\(fd)", isDirectory: true)
    }

    private static func escapedByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF ? UInt8(scalar.value - escapeBase) : nil
    }

    /// The length of the UTF-8 sequence a lead byte starts (0: not a lead byte).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }
}
