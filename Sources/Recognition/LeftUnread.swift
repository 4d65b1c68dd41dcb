/// What a program left unread: tables found but not understood, columns whose meaning is
/// unknown, untitled headers over nothing, pages with amounts outside any recognised table.
/// Each is a diagnostic ending with `mark`, so a build can list every one of them apart
/// (report.json's `left_unread`) however many other notes the file has — an analyst must
/// see when a new template was read only in part.
public enum LeftUnread {
    /// The words every such diagnostic ends with.
    public static let mark = "(not read)"

    /// `text` stated as content left unread.
    static func note(_ text: String) -> String { text + " " + mark }

    /// The pages a table left unread stands on, as a note names them: “page 4”, “pages 4-6”.
    static func pages(_ first: Int, _ last: Int) -> String { last == first ? "page \(first)" : "pages \(first)-\(last)" }

    /// Whether a diagnostic (with or without the file's name before it) states content left unread.
    public static func isUnread(_ diagnostic: String) -> Bool { diagnostic.hasSuffix(mark) }
}
