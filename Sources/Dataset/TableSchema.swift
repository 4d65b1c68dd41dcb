/// The shape of one dataset table, shared by the CSV, SQLite and datapackage writers so
/// that the three never disagree.
public struct TableSchema: Sendable {
    public enum ColumnType: String, Sendable {
        case string, integer
        /// A lira amount with two decimals.
        case amount
        /// Another canonical number.
        case number
    }
    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        public var required: Bool
        public var description: String
    }
    public struct ForeignKey: Sendable {
        public var columns: [String]
        public var table: String
        public var referencedColumns: [String]
    }

    public var name: String
    public var description: String
    public var columns: [Column]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]

    public var fileName: String { name + ".csv" }
    public var header: [String] { columns.map(\.name) }
}
