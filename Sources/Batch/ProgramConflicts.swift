/// Which of several files yielding the same program_id is published.
///
/// By default none is: two files claiming one program is a conflict that a person must
/// settle, so both are reported and the previously published version stays. With
/// `allowDuplicates` (benchmarks over copies of the same documents) the first file in
/// input order wins and the others are noted as duplicates.
struct ProgramConflicts {
    /// File indices whose program is published.
    var winners: [Int] = []
    /// program_id → every file index that claimed it (none published).
    var conflicts: [String: [Int]] = [:]
    /// File index → the index of the file whose identical program_id was published instead.
    var duplicates: [Int: Int] = [:]

    init(claims: [(index: Int, programID: String)], allowDuplicates: Bool) {
        var byID: [String: [Int]] = [:]
        for claim in claims { byID[claim.programID, default: []].append(claim.index) }
        for (id, indices) in byID {
            let ordered = indices.sorted()
            guard let first = ordered.first else { continue }
            if ordered.count == 1 {
                winners.append(first)
            } else if allowDuplicates {
                winners.append(first)
                for other in ordered.dropFirst() { duplicates[other] = first }
            } else {
                conflicts[id] = ordered
            }
        }
        winners.sort()
    }
}
