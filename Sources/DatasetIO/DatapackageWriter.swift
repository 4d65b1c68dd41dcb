import Dataset
import Foundation

/// Writes `datapackage.json`: a Frictionless Tabular Data Package describing every CSV
/// table (fields and types, required columns, primary and foreign keys), taken from the
/// same `TableSchema`s the CSV and SQLite writers use.
public enum DatapackageWriter {
    public static let fileName = "datapackage.json"
    /// The version of the contract (DATASET.md) the files follow.
    public static let contractVersion = "1.1"

    public static func write(to directory: URL, tables: [TableSchema] = DatasetTables.all) throws {
        try data(tables: tables).write(to: directory.appendingPathComponent(fileName))
    }

    /// Sorted keys and no timestamps: the same tables always give the same bytes.
    public static func data(tables: [TableSchema] = DatasetTables.all) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(package(tables: tables))
        data.append(0x0A)
        return data
    }

    static func package(tables: [TableSchema]) -> Package {
        Package(
            name: "perfprog-performance-programs",
            title: "Performance programs (Performans Programı) of Turkish administrations",
            version: contractVersion,
            profile: "tabular-data-package",
            resources: tables.map(resource))
    }

    static func resource(_ table: TableSchema) -> Resource {
        Resource(
            name: table.name, path: table.fileName, description: table.description,
            profile: "tabular-data-resource", format: "csv", mediatype: "text/csv", encoding: "utf-8",
            dialect: Dialect(delimiter: ",", doubleQuote: true, header: true, lineTerminator: "\n", quoteChar: "\""),
            schema: Schema(
                fields: table.columns.map { column in
                    Field(name: column.name, type: fieldType(column.type),
                          description: column.description.isEmpty ? nil : column.description,
                          constraints: column.required ? Constraints(required: true) : nil)
                },
                primaryKey: table.primaryKey.isEmpty ? nil : table.primaryKey,
                foreignKeys: table.foreignKeys.isEmpty ? nil : table.foreignKeys.map { key in
                    ForeignKey(fields: key.columns, reference: Reference(resource: key.table, fields: key.referencedColumns))
                },
                missingValues: [""]))
    }

    /// Amounts are `number`s with a `.` decimal point, as the contract writes them.
    static func fieldType(_ type: TableSchema.ColumnType) -> String {
        switch type {
        case .string: return "string"
        case .integer: return "integer"
        case .amount, .number: return "number"
        }
    }

    struct Package: Encodable {
        var name: String
        var title: String
        var version: String
        var profile: String
        var resources: [Resource]
    }
    struct Resource: Encodable {
        var name: String
        var path: String
        var description: String
        var profile: String
        var format: String
        var mediatype: String
        var encoding: String
        var dialect: Dialect
        var schema: Schema
    }
    struct Dialect: Encodable {
        var delimiter: String
        var doubleQuote: Bool
        var header: Bool
        var lineTerminator: String
        var quoteChar: String
    }
    struct Schema: Encodable {
        var fields: [Field]
        var primaryKey: [String]?
        var foreignKeys: [ForeignKey]?
        var missingValues: [String]
    }
    struct Field: Encodable {
        var name: String
        var type: String
        var description: String?
        var constraints: Constraints?
    }
    struct Constraints: Encodable {
        var required: Bool
    }
    struct ForeignKey: Encodable {
        var fields: [String]
        var reference: Reference
    }
    struct Reference: Encodable {
        var resource: String
        var fields: [String]
    }
}
