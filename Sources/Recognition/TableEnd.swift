import PageLayout
import TableGeometry

/// Where a table ends when neither its total row nor the next table's title closes it: at the
/// first row that begins something else. A labelled row of an aim, target, goal or administration,
/// or of an activity's name (“Faaliyet Adı:”, opening a cost table per activity), and a row stating
/// no amount that names levels set one under the other, a caption, a heading coded with a level's
/// letters (“H1.2 – …”, never an activity's “F1”) or another table's header, are no rows of the
/// table before them.
enum TableEnd {
    /// Labels that open a block of their own: the goal's context, or a cost table per activity.
    static let openingLabels: Set<Lexicon.Label> = [.administration, .aim, .target, .goal, .activityName]

    /// Whether `bands[j]` begins something after the table whose own header (repeated over a
    /// page break) `isOwnHeader` tells.
    static func startsAnother(_ bands: ArraySlice<RowBand>, at j: Int, isOwnHeader: (RowBand) -> Bool) -> Bool {
        let band = bands[j]
        // A level's code may read as an amount (“Stratejik Hedef 1.2 …”): a label is asked first.
        if let row = GoalContext.row(band) { return openingLabels.contains(row.label) }
        guard !GoalTableReader.hasAmounts(band) else { return false }
        if !GoalContext.levelRows(band).isEmpty { return true }
        // A goal card's label alone on its row (“Stratejik Amaç 1”, its text on the row under it).
        if LabelledRow.labelAlone(band) != nil { return true }
        // An activity card's number (“Faaliyet No: 3”): the next card.
        if ActivityCard.code(band) != nil { return true }
        // A goal card set across: the levels' labels side by side over their texts.
        if CardAcross.labels(band) != nil { return true }
        if GoalHeading.readAll(band).contains(where: { CodeReader.isLevelLetters($0.family) }) { return true }
        return !isOwnHeader(band) && TableStart.kind(bands, at: j) != nil
    }
}
