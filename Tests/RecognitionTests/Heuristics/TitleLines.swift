import PageLayout

/// Title lines and lines that only look like them, word boxes as `perfprog words` gives them.
enum TitleLines {
    private static func w(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, size: Double) -> Word {
        WordBoxes.word(text, x0, y0, x1, y1, size: size)
    }

    /// Kayseri 2024 page 106: "FAALİYET MALİYET TABLOSU".
    static let kayseriCostTitle: [Word] = [
        w("FAALİYET", 235.31, 162.62, 276.86, 170.60, size: 8.5),
        w("MALİYET", 279.22, 162.62, 316.53, 170.60, size: 8.5),
        w("TABLOSU", 318.89, 162.62, 359.97, 170.60, size: 8.5),
    ]

    /// Kayseri 2024 page 106: "İdare Adı: KAYSERİ BÜYÜKŞEHİR BELEDİYESİ", the row under that title.
    static let kayseriAdministrationLine: [Word] = [
        w("İdare", 59.69, 179.62, 80.01, 187.60, size: 8.5),
        w("Adı:", 82.37, 179.62, 98.89, 187.60, size: 8.5),
        w("KAYSERİ", 172.25, 179.62, 209.09, 187.60, size: 8.5),
        w("BÜYÜKŞEHİR", 211.46, 179.62, 266.72, 187.60, size: 8.5),
        w("BELEDİYESİ", 269.08, 179.62, 318.69, 187.60, size: 8.5),
    ]

    /// Kayseri 2024 page 106: "PERFORMANS HEDEFİ TABLOSU".
    static let kayseriGoalTitle: [Word] = [
        w("PERFORMANS", 228.93, 599.04, 289.37, 607.02, size: 8.5),
        w("HEDEFİ", 291.74, 599.04, 322.91, 607.02, size: 8.5),
        w("TABLOSU", 325.27, 599.04, 366.35, 607.02, size: 8.5),
    ]

    /// Kayseri 2024 page 2 (contents): "2.4. İdare Performans Tablosu..... 110".
    static let kayseriContentsLeaders: [Word] = [
        w("2.4.", 66.69, 500.09, 82.54, 509.00, size: 9.5),
        w("İdare", 85.18, 500.09, 106.83, 509.00, size: 9.5),
        w("Performans", 109.47, 500.09, 158.57, 509.00, size: 9.5),
        w("Tablosu.....", 161.21, 500.09, 208.20, 509.00, size: 9.5),
        w("110", 520.73, 500.09, 536.58, 509.00, size: 9.5),
    ]

    /// Kayseri 2024 page 2 (contents): "2.5. Toplam Kaynak İhtiyacı Tablosu 124", no leaders.
    static let kayseriContentsPageNumber: [Word] = [
        w("2.5.", 66.69, 516.30, 82.54, 525.21, size: 9.5),
        w("Toplam", 85.18, 516.30, 116.86, 525.21, size: 9.5),
        w("Kaynak", 119.49, 516.30, 151.18, 525.21, size: 9.5),
        w("İhtiyacı", 153.82, 516.30, 183.92, 525.21, size: 9.5),
        w("Tablosu", 186.56, 516.30, 220.35, 525.21, size: 9.5),
        w("124", 520.73, 516.30, 536.58, 525.21, size: 9.5),
    ]

    /// Kayseri 2024 page 116: the section title "2.4. İdare Performans Tablosu" (13 pt).
    static let kayseriAdministrationTitle: [Word] = [
        w("2.4.", 56.69, 71.57, 78.38, 83.77, size: 13),
        w("İdare", 81.99, 71.57, 113.06, 83.77, size: 13),
        w("Performans", 116.67, 71.57, 188.92, 83.77, size: 13),
        w("Tablosu", 192.53, 71.57, 242.37, 83.77, size: 13),
    ]

    /// Kayseri 2024 page 128: the section title "2.5. Toplam Kaynak İhtiyacı Tablosu".
    static let kayseriResourceTitle: [Word] = [
        w("2.5.", 56.69, 71.57, 78.38, 83.77, size: 13),
        w("Toplam", 81.99, 71.57, 128.21, 83.77, size: 13),
        w("Kaynak", 131.82, 71.57, 178.07, 83.77, size: 13),
        w("İhtiyacı", 181.68, 71.57, 226.48, 83.77, size: 13),
        w("Tablosu", 230.09, 71.57, 279.93, 83.77, size: 13),
    ]

    /// Kayseri 2024 page 116: the first line of the paragraph under that title.
    static let kayseriSummaryParagraph: [Word] = [
        w("Kayseri", 56.69, 94.00, 90.04, 103.39, size: 10),
        w("Büyükşehir", 92.82, 94.00, 142.28, 103.39, size: 10),
        w("Belediyemizin", 145.06, 94.00, 206.76, 103.39, size: 10),
        w("2024", 209.53, 94.00, 231.78, 103.39, size: 10),
        w("yılı", 234.56, 94.00, 247.34, 103.39, size: 10),
        w("Performans", 250.12, 94.00, 301.80, 103.39, size: 10),
        w("Programında;", 304.58, 94.00, 365.16, 103.39, size: 10),
        w("51", 367.94, 94.00, 379.07, 103.39, size: 10),
        w("adet", 381.84, 94.00, 401.31, 103.39, size: 10),
        w("Performans", 404.09, 94.00, 455.77, 103.39, size: 10),
        w("Hedefi,", 458.55, 94.00, 490.23, 103.39, size: 10),
        w("söz", 493.01, 94.00, 508.57, 103.39, size: 10),
    ]

    /// Balıkesir 2024 page 86: "FAALİYET MALİYETLERİ TABLOSU".
    static let balikesirCostTitle: [Word] = [
        w("FAALİYET", 58.86, 623.97, 109.49, 633.47, size: 9.5),
        w("MALİYETLERİ", 112.80, 623.97, 182.43, 633.47, size: 9.5),
        w("TABLOSU", 185.74, 623.97, 235.50, 633.47, size: 9.5),
    ]

}
