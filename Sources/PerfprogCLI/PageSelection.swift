import Foundation

/// The pages a command reads: `--pages 3-5`, `--pages 7`, `--pages 1,3-5`, or all of them.
enum PageSelection {
    /// Page numbers (1-based, ascending, no repeats) named by `spec`, checked against the
    /// document's page count; nil `spec` means every page.
    static func pages(_ spec: String?, pageCount: Int, path: String, option: String = "--pages") throws -> [Int] {
        guard let spec else { return Array(stride(from: 1, through: pageCount, by: 1)) }
        var numbers = Set<Int>()
        for part in spec.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            guard let first = bounds.first, let low = Int(first.trimmingCharacters(in: .whitespaces)),
                  let high = bounds.count == 2 ? Int(bounds[1].trimmingCharacters(in: .whitespaces)) : low,
                  low >= 1, low <= high else {
                throw CommandError.usage("\(option) expects pages like 3, 3-5 or 1,3-5, got '\(spec)'")
            }
            guard high <= pageCount else {
                throw CommandError.input("\(path): page \(high) is out of range (the document has \(pageCount) pages)")
            }
            numbers.formUnion(low...high)
        }
        return numbers.sorted()
    }
}
