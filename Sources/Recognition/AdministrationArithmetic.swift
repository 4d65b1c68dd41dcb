import Dataset
import TableGeometry

/// The administration summary's own arithmetic, total = budget + off-budget, naming amount
/// columns whose header names none of the three (`SummaryTableReader.readAdministration`).
enum AdministrationArithmetic {
    /// The fewest program lines holding all three amounts that must add up before a column is
    /// named by its sums: one line is the document's statement, but a line of zeros says nothing.
    static let minimumEvidence = 1

    /// The parts (0 budget, 1 off-budget, 2 total) `unnamed` columns take: every way of giving
    /// the missing parts distinct unnamed columns is tried on `rows`; a way counts where every row
    /// holding the three amounts adds up and at least `minimumEvidence` such rows has a non-zero
    /// total. A part is given only where every way that counts gives it the same column (budget
    /// and off-budget both unnamed are told apart by no sum: the total alone is named then).
    static func resolve(_ parts: [Int?], unnamed: [Int], rows: [TableRow]) -> [(part: Int, column: Int)] {
        let missing = parts.indices.filter { parts[$0] == nil }
        guard !missing.isEmpty, unnamed.count >= missing.count else { return [] }
        var ways: [[Int]] = []
        func choose(_ k: Int, _ taken: [Int]) {
            if k == missing.count {
                var p = parts
                for (part, column) in zip(missing, taken) { p[part] = column }
                if addsUp(p.map { $0! }, rows) { ways.append(taken) }
                return
            }
            for c in unnamed where !taken.contains(c) { choose(k + 1, taken + [c]) }
        }
        choose(0, [])
        guard let first = ways.first else { return [] }
        return missing.indices.compactMap { i in ways.allSatisfy { $0[i] == first[i] } ? (missing[i], first[i]) : nil }
    }

    /// Whether budget + off-budget = total in every row stating the three, with enough evidence.
    private static func addsUp(_ columns: [Int], _ rows: [TableRow]) -> Bool {
        var evidence = 0
        for row in rows {
            guard let b = row.amount(columns[0]), let o = row.amount(columns[1]), let t = row.amount(columns[2]) else { continue }
            if b + o != t { return false }
            if t != .zero { evidence += 1 }
        }
        return evidence >= minimumEvidence
    }
}
