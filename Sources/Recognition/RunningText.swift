import PageLayout
import TableGeometry

/// A paragraph between tables (“Performans Hedefi 1 kapsamındaki 4 faaliyetin Toplam Maliyet
/// 5.500.000,00 TL …”): its words run on without a white-space river, as no table row's cells
/// do. The figures of a sentence are the sentence's (a goal's cost, a share of the total): no
/// table's row left unread, and no program total stated in a line of its own.
enum RunningText {
    /// At least this many words make a sentence: a row's label with its figures, set tight,
    /// has fewer (“Toplam Maliyet 12.000.000.000”).
    static let minimumWords = 8

    static func isRunningText(_ band: RowBand) -> Bool {
        band.words.count >= minimumWords && RowRivers.blocks(of: band.words).count == 1
    }

    /// Running text read as a level's heading whose text opens in lower case (“Performans Hedefi 1
    /// kapsamındaki …”): a sentence about the level, not its heading (a level's text opens a
    /// sentence of its own, capitalised).
    static func continuesSentence(_ band: RowBand) -> Bool {
        guard let row = LabelledRow.read(band), row.form == .heading, row.value.first?.isLowercase == true else { return false }
        return isRunningText(band)
    }
}
