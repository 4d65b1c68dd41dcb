import Dataset
import PageLayout

/// What a document states about itself, beyond its goal and cost tables: counts of
/// goals and activities, percentage shares, and each responsible unit's resource lines.
/// These feed the checks of the document's own arithmetic.
public struct StatedFigures: Sendable, Equatable {
    public var counts: [StatedCount] = []
    public var shares: [StatedShare] = []
    public var unitCosts: [StatedUnitCost] = []
}

/// Reads stated figures from a document's pages, by the documents' own vocabulary:
/// - sentences of the program's introduction (“… Performans Programında; 51 adet
///   Performans Hedefi, … 154 adet Faaliyet/Proje yer almaktadır”);
/// - labelled counts (“Toplam Faaliyet Sayısı 328”, “Performans Hedefi Sayısı: 51”);
/// - a per-unit table with a “FAALİYET SAYISI” column and Toplam / Hedef / Personel Gideri /
///   Genel Yönetim Gideri lines (İdarenin Toplam Kaynak İhtiyacı);
/// - tables with “Pay” columns beside amounts (İdare Performans Tablosu).
public enum StatedFigureReader {
    public static func read(pages: [Page]) -> (counts: [StatedCount], shares: [StatedShare]) {
        let all = readAll(pages: pages)
        return (all.counts, all.shares)
    }

    public static func readAll(pages: [Page]) -> StatedFigures {
        var stream = Stream(runningLines: StatedCountTextReader.runningLines(pages))
        for page in pages { stream.add(page) }
        return stream.finish()
    }

    /// The readers fed one page at a time, in page order (`PageStreamRecognizer`): what they
    /// keep between pages is a table still running on and the figures found so far.
    struct Stream {
        /// Lines printed on many pages (running headers), skipped when sentences are read.
        let runningLines: Set<String>
        private var textCounts: [StatedCount] = []
        private var unitTable = StatedUnitTableReader.Scan()
        private var shareTables = StatedShareTableReader.Scan()

        init(runningLines: Set<String>) {
            self.runningLines = runningLines
        }

        mutating func add(_ page: Page) { add(page, folded: StatedWord.folded(page)) }

        /// `folded`: the page's words folded, line by line (`StatedWord.folded`): the readers
        /// compare every word of the page, each folded once for them all.
        mutating func add(_ page: Page, folded: [[String]]) {
            textCounts += StatedCountTextReader.sentenceCounts(page, skipping: runningLines, folded: folded)
                + StatedCountTextReader.labelledCounts(page, folded: folded)
            unitTable.add(page, folded: folded)
            shareTables.add(page, folded: folded)
        }

        consuming func finish() -> StatedFigures {
            shareTables.flush()
            return StatedFigures(counts: distinct(textCounts + unitTable.counts), shares: shareTables.shares,
                                 unitCosts: unitTable.costs)
        }
    }

    /// A count restated (in the text twice, or on a repeated table page) is kept once.
    private static func distinct(_ counts: [StatedCount]) -> [StatedCount] {
        var out: [StatedCount] = []
        for c in counts where !out.contains(where: { $0.kind == c.kind && $0.scope == c.scope && $0.count == c.count }) {
            out.append(c)
        }
        return out
    }
}

/// The word forms the stated-figure readers compare.
enum StatedWord {
    /// Each word of each of the page's lines, folded (`Lexicon.fold`), line by line.
    static func folded(_ page: Page) -> [[String]] {
        // Each word folded where it stands (`Lexicon.foldEach` of the line's texts, without
        // gathering them first).
        page.lines.map { line in line.words.map { Lexicon.fold($0.text) } }
    }

    /// A count is written with at most this many digits (a program states hundreds of activities).
    static let maximumCountDigits = 6

    /// A whole number written without separators (`51`, `328`): counts, not amounts.
    static func count(_ text: String) -> Int? {
        // Most words do not open with a digit: refused before their characters are read.
        guard let first = text.utf8.first, first &- UInt8(ascii: "0") < 10 else { return nil }
        // Only ASCII digits (one byte each, each a character of its own): told from the bytes.
        guard text.utf8.count <= maximumCountDigits, text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        return Int(text)
    }

    /// A printed percentage (`0,43`, `100,00`, `%12,5`) as the model's decimal string
    /// (`0.43`); nil for anything that cannot be one (more than 3 whole digits, thousands dots).
    static func percent(_ text: String) -> String? {
        // Digits, a comma and the percent sign are all a share prints: a word with another byte is
        // none (most words; read before it is split by characters).
        guard text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "%") }) else { return nil }
        var s = text
        if s.hasPrefix("%") { s.removeFirst() } else if s.hasSuffix("%") { s.removeLast() }
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...3).contains(parts[0].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let whole = Int(parts[0]), whole <= 100 else { return nil }
        return parts.joined(separator: ".")
    }
}
