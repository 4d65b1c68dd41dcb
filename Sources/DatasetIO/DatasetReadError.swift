/// Why a dataset directory could not be read back; every case names the file (and the
/// line, counted from 1 with the header as line 1, where one row is at fault).
public enum DatasetReadError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case missingColumn(file: String, column: String)
    case badValue(file: String, line: Int, column: String, value: String)
    /// A row refers to a program, goal, indicator or activity that its table does not hold.
    case danglingReference(file: String, line: Int, column: String, value: String)

    public var description: String {
        switch self {
        case .unreadable(let f, let r): return "\(f): cannot be read (\(r))"
        case .missingColumn(let f, let c): return "\(f): no column '\(c)' in the header"
        case .badValue(let f, let l, let c, let v): return "\(f):\(l): column '\(c)' has an invalid value '\(v)'"
        case .danglingReference(let f, let l, let c, let v):
            return "\(f):\(l): column '\(c)' refers to '\(v)', which is not in its table"
        }
    }
}
