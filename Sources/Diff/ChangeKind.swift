import Foundation

/// What changed between two years of a program. The raw values are the `kind` names of
/// the corpus's year-over-year change files, so outputs compare with them directly.
public enum ChangeKind: String, CaseIterable, Sendable, Codable {
    case programYearChanged = "program_year_changed"
    case statedCountChanged = "stated_count_changed"
    case responsibleUnitRenamed = "responsible_unit_renamed"
    case goalAdded = "goal_added"
    case goalRemoved = "goal_removed"
    case goalMoved = "goal_moved"
    case goalRetitled = "goal_retitled"
    case goalRenumbered = "goal_renumbered"
    case goalTotalChanged = "goal_total_changed"
    case indicatorAdded = "indicator_added"
    case indicatorRemoved = "indicator_removed"
    case indicatorRenumbered = "indicator_renumbered"
    /// The name changed but not the unit (a unit change carries the new name with it).
    case indicatorRenamed = "indicator_renamed"
    case indicatorUnitChanged = "indicator_unit_changed"
    case indicatorTargetChanged = "indicator_target_changed"
    case indicatorValueRestated = "indicator_value_restated"
    case activityAdded = "activity_added"
    case activityRemoved = "activity_removed"
    case activityMoved = "activity_moved"
    case activityRenamed = "activity_renamed"
    case activityRenumbered = "activity_renumbered"
    /// The activity's responsible unit (sorumlu birim) changed.
    case activityUnitChanged = "activity_unit_changed"
    case activityBudgetChanged = "activity_budget_changed"
    case activityDescriptionChanged = "activity_description_changed"
    case programTotalChanged = "program_total_changed"
    /// Not a change: a pairing that rests on a near tie, reported so that it is never silent.
    case matchAmbiguous = "match_ambiguous"

    /// Changes of structure (what exists, where, under which name or number), as opposed
    /// to changes of amounts and values.
    public var isStructural: Bool {
        switch self {
        case .responsibleUnitRenamed, .goalAdded, .goalRemoved, .goalMoved, .goalRetitled, .goalRenumbered,
             .indicatorAdded, .indicatorRemoved, .indicatorRenumbered, .indicatorRenamed, .indicatorUnitChanged,
             .activityAdded, .activityRemoved, .activityMoved, .activityRenamed, .activityRenumbered,
             .activityUnitChanged:
            return true
        case .programYearChanged, .statedCountChanged, .goalTotalChanged, .indicatorTargetChanged,
             .indicatorValueRestated, .activityBudgetChanged, .activityDescriptionChanged, .programTotalChanged,
             .matchAmbiguous:
            return false
        }
    }

    /// Words for people ("goal retitled").
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
