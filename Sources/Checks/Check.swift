/// The checks of a document's own arithmetic, each under the stable name that
/// `checks.csv` carries. Listed once: `ProgramChecks` runs them in this order.
public enum Check: String, CaseIterable, Sendable {
    /// An activity's Bütçe + Bütçe Dışı = its Toplam (goal table row).
    case activityRowTotal = "activity_row_total"
    /// A goal table's activities add up to its "Genel Toplam" row, column by column.
    case goalTotal = "goal_total"
    /// An activity's economic-code amounts add up to its cost-table total
    /// ("Toplam Kaynak İhtiyacı").
    case activityCostTotal = "activity_cost_total"
    /// An activity's cost-table total equals its Toplam in the goal table.
    case activityCostAgreement = "activity_cost_agreement"
    /// A per-goal cost table's columns (per economic code, and its total column) add up
    /// to its "Genel Toplam" row.
    case costTableColumnTotal = "cost_table_column_total"
    /// A per-goal cost table's "Genel Toplam" row: its economic codes add up to its total.
    case costTableGrandTotal = "cost_table_grand_total"
    /// The goals add up to the program's activity total; activities + general
    /// administration + transfers (+ personnel where stated apart) = the grand total;
    /// per economic code likewise.
    case programTotal = "program_total"
    /// The number of goals the document states against the goals found.
    case goalCount = "goal_count"
    /// The number of activities the document states (in all, or per responsible unit)
    /// against the activities found.
    case activityCount = "activity_count"
    /// A unit's stated activity cost (the "Hedef" line of İdarenin Toplam Kaynak İhtiyacı)
    /// against its activities' totals; and the unit's lines against its "Toplam".
    case unitTotal = "unit_total"
    /// A printed percentage share ("Pay") against amount ÷ grand total.
    case share = "share"
}
