import CSQLite
import Foundation

/// Why an SQLite operation failed, naming the database file.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): SQLite: \(message)" }
}

/// A thin owner of one `sqlite3` handle: executes statements and inserts rows of text
/// values, each typed by the column it goes to.
final class SQLiteConnection {
    /// A bound value: SQLite's own storage classes that the dataset uses.
    enum Value {
        case text(String)
        case integer(Int64)
        case null
    }

    let path: String
    private var handle: OpaquePointer?

    init(creating path: String) throws(SQLiteError) {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &db, flags, nil) == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw SQLiteError(path: path, message: message)
        }
        handle = db
    }

    deinit { close() }

    func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    func execute(_ sql: String) throws(SQLiteError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? lastError
            sqlite3_free(error)
            throw SQLiteError(path: path, message: "\(message) (in: \(sql.prefix(120)))")
        }
    }

    /// Runs `sql` (an INSERT with one `?` per value) once for every row.
    func insert(_ sql: String, rows: [[Value]]) throws(SQLiteError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SQLiteError(path: path, message: "\(lastError) (in: \(sql.prefix(120)))")
        }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (offset, value) in row.enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .text(let s):
                    // SQLITE_TRANSIENT: SQLite copies the bytes before the Swift string goes away.
                    sqlite3_bind_text(statement, index, s, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                case .integer(let n):
                    sqlite3_bind_int64(statement, index, n)
                case .null:
                    sqlite3_bind_null(statement, index)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw SQLiteError(path: path, message: "\(lastError) (row \(row.prefix(3)))")
            }
        }
    }

    /// The rows of a query, every column as text (NULL as nil); for tests and readers.
    func query(_ sql: String) throws(SQLiteError) -> [[String?]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw SQLiteError(path: path, message: "\(lastError) (in: \(sql.prefix(120)))")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [[String?]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else { throw SQLiteError(path: path, message: lastError) }
            let count = sqlite3_column_count(statement)
            rows.append((0..<count).map { i in
                sqlite3_column_text(statement, i).map { String(cString: $0) }
            })
        }
        return rows
    }

    private var lastError: String {
        handle.map { String(cString: sqlite3_errmsg($0)) } ?? "database closed"
    }
}
