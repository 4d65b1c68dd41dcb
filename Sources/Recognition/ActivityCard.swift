import Dataset
import PageLayout
import TableGeometry

/// An activity printed as a card (blind T06): its fields as labelled rows, one a row — its
/// number (“Faaliyet No: 3”), its name (“Faaliyet Adı:”), its responsible unit (“Sorumlu
/// Birim:”), its money inline (“Kaynak İhtiyacı: Bütçe: 5.500.000,00 TL Bütçe Dışı: 0,00 TL
/// Toplam: 5.500.000,00 TL”) and its explanation (“Açıklama:”), its cost table under it where it
/// has costs. A card is a record: each label a concept, its value beside it. `CostTableReader`
/// reads the card as the labelled rows over a cost table per activity; a goal without an
/// activity table takes its activities from its cards (`GoalAssembler`).
enum ActivityCard {
    /// The activity's own number in a labelled row of its own: a row code's title naming
    /// activities (“Faaliyet No:”, “Proje Kodu:”), a colon, one code. A heading set in the same
    /// band above it (“Faaliyetler”) is not the card's: the number is read from the band's last line.
    static func code(_ band: RowBand) -> String? {
        band.remembered(codeQuestion, readCode)
    }
    private static let codeQuestion = RowQuestion()

    private static func readCode(_ band: RowBand) -> String? {
        band.lines.last.flatMap(code(in:))
    }

    /// The code of a line holding a card's number alone (“Faaliyet No: 3”).
    static func code(in line: TextLine) -> String? {
        guard line.words.count >= 2, line.words.count <= maximumCodeRowWords,
              let colon = line.words.firstIndex(where: { LabelledRow.endsWithColon($0.text) }), colon + 2 == line.words.count
        else { return nil }
        var texts = line.words[...colon].map(\.text)
        texts[texts.count - 1] = String(texts[texts.count - 1].dropLast())
        let label = Lexicon.fold(texts.joined(separator: " "))
        guard Lexicon.names(.rowCode, .columnHeader, label, .whole), Lexicon.names(.activity, .text, label, .leading) else { return nil }
        return CodeReader.code(line.words[colon + 1].text)
    }
    /// A number's row: its label's words (“Faaliyet No:”, “Faaliyet / Proje Kodu:”) and the code.
    static let maximumCodeRowWords = 5

    /// The activity's money stated in one row, each amount after the words naming it (“Bütçe:
    /// … TL”, “Bütçe Dışı: … TL”, “Toplam: … TL”), a label before them all or none (“Kaynak
    /// İhtiyacı:”): nil unless at least two amounts are each named, each concept once.
    static func statedSplit(_ band: RowBand) -> BudgetSplit? {
        var split = BudgetSplit(budget: nil, offBudget: nil, total: nil)
        var named = 0
        var words: [String] = []
        // A line's words left to right, a figure grouped with spaces (“800 000,00”) one text.
        for text in band.lines.flatMap({ TableRow.figures($0.words.sorted { $0.box.x0 < $1.box.x0 }) }) {
            guard TextBytes.plainHolds(text, ",") ?? text.contains(",") || TextBytes.plainHolds(text, ".") ?? text.contains("."),
                  let amount = TurkishNumber.amount(text) else {
                // A currency after the amount before (“TL”) names nothing.
                let folded = Lexicon.fold(text)
                if !folded.isEmpty, !Lexicon.isFoldedWord(folded, .currency, .columnHeader) { words.append(text) }
                continue
            }
            let label = Lexicon.fold(words.joined(separator: " "))
            words = []
            // The off-budget money's words open with the budget's: asked first.
            if Lexicon.names(.offBudget, .columnHeader, label, .within) {
                guard split.offBudget == nil else { return nil }
                split.offBudget = amount
            } else if Lexicon.names(.total, .columnHeader, label, .within) {
                guard split.total == nil else { return nil }
                split.total = amount
            } else if Lexicon.names(.budget, .columnHeader, label, .within) {
                guard split.budget == nil else { return nil }
                split.budget = amount
            } else {
                return nil
            }
            named += 1
        }
        return named >= minimumNamedAmounts ? split : nil
    }
    /// Amounts a row of the card's money names at least (one alone may be any labelled amount).
    static let minimumNamedAmounts = 2
}
