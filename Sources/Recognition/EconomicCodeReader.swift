import Dataset

/// Finds the first-level economic code a row or a column header names: its printed code
/// ("06", "03 Mal ve Hizmet…"), else its standard name.
enum EconomicCodeReader {
    /// Printed names that differ from the standard ones, folded.
    static let nameVariants: [(String, EconomicCode)] = [
        ("personel gider", .personnel), ("sgk devlet primi", .socialSecurity),
        ("sosyal guvenlik kurumlarina devlet primi", .socialSecurity), ("mal ve hizmet alim", .goodsAndServices),
        ("faiz gider", .interest), ("cari transfer", .currentTransfers), ("sermaye gider", .capital),
        ("sermaye transfer", .capitalTransfers), ("borc verme", .lending), ("yedek odenek", .reserves),
    ]

    /// The code printed as a word of `text` (first one), else by name.
    static func code(in text: String) -> EconomicCode? {
        for token in text.split(separator: " ") {
            let t = token.trimmingCharacters(in: CharacterSet(charactersIn: ".:"))
            if t.count == 2, let c = EconomicCode(rawValue: t) { return c }
        }
        let folded = Vocabulary.fold(text)
        return nameVariants.first { folded.contains($0.0) }?.1
    }

    /// A column header that starts with the code: "03 Mal ve Hizmet Alım Giderleri".
    static func leadingCode(_ text: String) -> EconomicCode? {
        guard let first = text.split(separator: " ").first, first.count == 2 else { return nil }
        return EconomicCode(rawValue: String(first))
    }
}

import Foundation
