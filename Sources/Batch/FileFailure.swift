import Extraction
import Foundation

/// Why a file could not be written or read, in one line: the file and the system's reason
/// ("…/checks.csv: No space left on device"), not Foundation's dump of the error
/// ("Error Domain=NSCocoaErrorDomain Code=512 "(null)" UserInfo={…}").
public enum FileFailure {
    /// "FILE: REASON", FILE the one the error names, else `file`.
    public static func describe(_ error: any Error, file: String) -> String {
        if let posix = error as? POSIXError { return "\(PathName.display(file)): \(systemReason(posix.code.rawValue))" }
        guard let cocoa = error as? CocoaError else {
            // Our own errors (SQLite's) name their file already.
            let text = "\(error)"
            return text.hasPrefix(file) ? text : "\(PathName.display(file)): \(text)"
        }
        let path = cocoa.filePath ?? cocoa.url?.path ?? file
        // A folder to be made where a file is ("A file with the same name already exists").
        if cocoa.code == .fileWriteFileExists { return "\(PathName.display(path)): exists and is not a directory" }
        let reason = posixCode(cocoa.userInfo[NSUnderlyingErrorKey]).map(systemReason) ?? cocoa.localizedDescription
        return "\(PathName.display(path)): \(reason)"
    }

    /// The system's words, and for a file-size limit which limit it is (EFBIG says only "File too large").
    private static func systemReason(_ code: Int32) -> String {
        switch code {
        case EFBIG: return String(cString: strerror(code)) + " (over the file-size limit: ulimit -f, RLIMIT_FSIZE)"
        // Where a folder is made (--out): something else stands there.
        case EEXIST: return "exists and is not a directory"
        default: return String(cString: strerror(code))
        }
    }

    /// errno of an underlying error, whether Foundation's (an NSError of the POSIX domain) or ours (POSIXError).
    private static func posixCode(_ underlying: Any?) -> Int32? {
        if let posix = underlying as? POSIXError { return posix.code.rawValue }
        if let error = underlying as? NSError, error.domain == NSPOSIXErrorDomain { return Int32(error.code) }
        return nil
    }
}
