import PageLayout

/// Header rows of Kayseri 2024 whose cells are centred vertically, so that the lines of
/// one-, two- and three-line titles sit half a line apart. Word boxes as poppler gives them.
enum KayseriCentredHeaders {
    typealias W = WordFixture

    /// Page 36, FAALİYET MALİYET TABLOSU: "Bütçe Dışı Kaynak" over "Döner / Sermaye",
    /// "Diğer / Yurt İçi" and "Yurt / Dışı"; on the last line "Sermaye" and "Yurt İçi" stand
    /// only 7 pt apart, less than the gap that separates phrases.
    static let costHeader: [Word] = [
        W.word("Bütçe", 376.04, 374.86, 399.66, 382.84),
        W.word("Dışı", 402.02, 374.86, 417.61, 382.84),
        W.word("Kaynak", 419.97, 374.86, 450.21, 382.84),
        W.word("2024", 476.16, 382.37, 495.07, 390.35),
        W.word("Toplam", 497.43, 382.37, 527.66, 390.35),
        W.word("Ekonomik", 142.43, 387.39, 183.05, 395.37),
        W.word("Kod", 185.41, 387.39, 201.93, 395.37),
        W.word("Bütçe", 294.35, 387.39, 317.97, 395.37),
        W.word("Ödeneği", 320.33, 387.39, 354.33, 395.37),
        W.word("Döner", 369.90, 390.87, 394.46, 398.85),
        W.word("Diğer", 410.45, 390.87, 432.17, 398.85),
        W.word("Yurt", 443.75, 390.87, 460.75, 398.85),
        W.word("Kaynak", 486.79, 392.40, 517.03, 400.38),
        W.word("Sermaye", 364.46, 400.90, 399.90, 408.88),
        W.word("Yurt", 406.91, 400.90, 423.91, 408.88),
        W.word("İçi", 426.27, 400.90, 435.72, 408.88),
        W.word("Dışı", 444.46, 400.90, 460.05, 408.88),
    ]

    /// Page 116, İdare Performans Tablosu: "Bütçe / Dışı" (two lines, the second narrower
    /// than the "Pay" under it) over "TL" and "Pay"; "Performans / Hedefi" beside "Faaliyet".
    static let administrationHeader: [Word] = [
        W.word("Bütçe", 404.20, 159.96, 426.43, 167.47),
        W.word("Bütçe", 326.47, 164.68, 348.70, 172.19),
        W.word("İçi", 350.92, 164.68, 359.82, 172.19),
        W.word("Toplam", 473.26, 164.68, 501.71, 172.19),
        W.word("Performans", 59.44, 167.18, 103.90, 174.69),
        W.word("Dışı", 407.98, 169.40, 422.65, 176.91),
        W.word("Faaliyet", 109.40, 171.90, 139.20, 179.41),
        W.word("Açıklamalar", 194.54, 171.90, 239.45, 179.41),
        W.word("Hedefi", 69.45, 176.62, 93.90, 184.13),
        W.word("TL", 323.27, 183.84, 333.05, 191.35),
        W.word("Pay", 372.14, 183.84, 386.38, 191.35),
        W.word("TL", 399.89, 183.84, 409.66, 191.35),
        W.word("Pay", 418.73, 183.84, 432.97, 191.35),
        W.word("TL", 467.61, 183.84, 477.39, 191.35),
        W.word("Pay", 516.48, 183.84, 530.72, 191.35),
    ]
}
