import Dataset

/// The SQL that creates one dataset table in SQLite, derived from its `TableSchema`.
///
/// Column types: `integer` → INTEGER; `string` → TEXT. Amounts and other numbers are stored
/// as TEXT in their canonical form (`5500000.00`, `12.5`), exactly as in the CSV: a REAL would
/// round kuruş and make `.dump` print binary approximations, while text keeps the dataset
/// exact and the CSV and SQLite copies equal cell for cell. A CHECK keeps that text
/// canonical, and every amount column gets a generated `<name>_kurus` INTEGER (an extra column
/// after the listed ones) for exact arithmetic in SQL: `SUM(total_kurus) / 100.0`.
/// Tables are STRICT, so a value of the wrong type is an error, not a silent conversion.
enum SQLiteTableDefinition {
    static func createStatement(_ table: TableSchema) -> String {
        var parts = table.columns.map(columnDefinition)
        parts += table.columns.filter { $0.type == .amount }.map { column in
            "\(quoted(column.name + kurusSuffix)) INTEGER GENERATED ALWAYS AS "
                + "(CAST(replace(\(quoted(column.name)), '.', '') AS INTEGER)) VIRTUAL"
        }
        if !table.primaryKey.isEmpty {
            parts.append("PRIMARY KEY (\(table.primaryKey.map(quoted).joined(separator: ", ")))")
        }
        parts += table.foreignKeys.map { key in
            "FOREIGN KEY (\(key.columns.map(quoted).joined(separator: ", "))) REFERENCES "
                + "\(quoted(key.table)) (\(key.referencedColumns.map(quoted).joined(separator: ", ")))"
        }
        return "CREATE TABLE \(quoted(table.name)) (\n  " + parts.joined(separator: ",\n  ") + "\n) STRICT;"
    }

    /// An index for every foreign key that the primary key's own index does not already lead with.
    static func indexStatements(_ table: TableSchema) -> [String] {
        table.foreignKeys.compactMap { key in
            guard Array(table.primaryKey.prefix(key.columns.count)) != key.columns else { return nil }
            let name = ([table.name] + key.columns).joined(separator: "_")
            return "CREATE INDEX \(quoted(name)) ON \(quoted(table.name)) (\(key.columns.map(quoted).joined(separator: ", ")));"
        }
    }

    static func insertStatement(_ table: TableSchema) -> String {
        let names = table.columns.map { quoted($0.name) }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
        return "INSERT INTO \(quoted(table.name)) (\(names)) VALUES (\(marks));"
    }

    static let kurusSuffix = "_kurus"

    private static func columnDefinition(_ column: TableSchema.Column) -> String {
        let name = quoted(column.name)
        var sql = name + (column.type == .integer ? " INTEGER" : " TEXT")
        if column.required { sql += " NOT NULL" }
        switch column.type {
        case .amount:
            sql += " CHECK ((\(name) GLOB '[0-9]*.[0-9][0-9]' OR \(name) GLOB '-[0-9]*.[0-9][0-9]')"
                + " AND ltrim(\(name), '-') NOT GLOB '*[^0-9.]*' AND \(name) NOT GLOB '*.*.*')"
        case .number:
            sql += " CHECK ((\(name) GLOB '[0-9]*' OR \(name) GLOB '-[0-9]*')"
                + " AND ltrim(\(name), '-') NOT GLOB '*[^0-9.]*' AND \(name) NOT GLOB '*.*.*' AND \(name) NOT GLOB '*.')"
        case .string, .integer:
            break
        }
        return sql
    }

    /// Identifiers are always quoted: `check` is a column name and an SQL keyword.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
