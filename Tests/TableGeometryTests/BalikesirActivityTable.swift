import PageLayout

/// The activity table (Faaliyetler, Kaynak İhtiyacı 2024 (TL)) of Balıkesir 2024, page 37,
/// word boxes as poppler gives them. The spanning header stands over all three amount
/// columns; "Bütçe Dışı" is set on two lines; activity names wrap over three and five lines
/// with the amounts centred vertically in the row.
enum BalikesirActivityTable {
    typealias W = WordFixture

    static let header: [Word] = [
        W.word("Kaynak", 405.24, 234.29, 437.63, 242.09), W.word("İhtiyacı", 440.35, 234.29, 472.85, 242.09),
        W.word("2024", 475.57, 234.29, 497.28, 242.09), W.word("(TL)", 499.99, 234.29, 517.41, 242.09),
        W.word("Faaliyetler", 193.99, 246.80, 241.10, 254.60),
        W.word("Bütçe", 400.30, 256.10, 425.44, 263.90),
        W.word("Bütçe", 448.76, 251.50, 473.90, 259.30), W.word("Dışı", 453.09, 260.70, 469.56, 268.50),
        W.word("Toplam", 493.62, 256.10, 525.95, 263.90),
    ]

    /// F1: a name on three lines, the amounts on the middle one; F2: on two lines, the
    /// amounts centred between them; then the Genel Toplam row.
    static let body: [Word] = [
        W.word("F1", 57.86, 276.50, 67.31, 284.30),
        W.word("Balıkesir", 69.79, 276.50, 103.01, 284.30),
        W.word("Büyükşehir", 105.48, 276.50, 149.04, 284.30),
        W.word("Belediyesine", 151.52, 276.50, 201.14, 284.30),
        W.word("tahsisli", 203.62, 276.50, 231.03, 284.30),
        W.word("kıyı", 233.51, 276.50, 246.97, 284.30),
        W.word("alanlarında", 249.45, 276.50, 293.12, 284.30),
        W.word("bulunan", 295.60, 276.50, 327.27, 284.30),
        W.word("5", 329.75, 276.50, 334.71, 284.30),
        W.word("adet", 337.19, 276.50, 354.78, 284.30),
        W.word("Mavi", 357.26, 276.50, 375.55, 284.30),
        W.word("Bayraklı", 57.86, 285.71, 89.44, 293.51),
        W.word("Plaj", 91.92, 285.71, 105.74, 293.51),
        W.word("sayısının", 108.22, 285.71, 142.13, 293.51),
        W.word("15", 144.61, 285.71, 154.54, 293.51),
        W.word("adete", 157.02, 285.71, 179.40, 293.51),
        W.word("çıkarmak", 181.88, 285.71, 217.74, 293.51),
        W.word("ve", 220.21, 285.71, 229.63, 293.51),
        W.word("Mavi", 232.11, 285.71, 250.40, 293.51),
        W.word("Bayrak", 252.88, 285.71, 280.13, 293.51),
        W.word("çalışmalarını", 282.61, 285.71, 331.89, 293.51),
        W.word("koordine", 334.37, 285.71, 368.49, 293.51),
        W.word("etmek.", 57.86, 294.91, 85.11, 302.71),
        W.word("800.000", 408.25, 285.71, 440.51, 293.51),
        W.word("0", 469.18, 285.71, 474.15, 293.51),
        W.word("800.000", 505.16, 285.71, 537.42, 293.51),
        W.word("F2", 57.86, 310.72, 67.31, 318.52),
        W.word("Deniz", 69.79, 310.72, 91.80, 318.52),
        W.word("yüzey", 94.28, 310.72, 117.34, 318.52),
        W.word("temizliğinin", 119.82, 310.72, 165.05, 318.52),
        W.word("sağlanması", 167.53, 310.72, 211.82, 318.52),
        W.word("için", 214.30, 310.72, 227.87, 318.52),
        W.word("deniz", 230.35, 310.72, 251.30, 318.52),
        W.word("temizlik", 253.78, 310.72, 284.35, 318.52),
        W.word("çalışmalarının", 286.83, 310.72, 341.05, 318.52),
        W.word("yürütülmesi.", 57.86, 319.92, 106.84, 327.72),
        W.word("800.000", 408.25, 315.32, 440.51, 323.12),
        W.word("0", 469.18, 315.32, 474.15, 323.12),
        W.word("800.000", 505.16, 315.32, 537.42, 323.12),
        W.word("1.600.000", 396.59, 335.72, 440.51, 343.52),
        W.word("0", 468.72, 335.72, 474.15, 343.52),
        W.word("1.600.000", 493.50, 335.72, 537.42, 343.52),
        W.word("Genel", 57.86, 335.72, 83.07, 343.52),
        W.word("Toplam", 85.78, 335.72, 118.11, 343.52),
    ]
}
