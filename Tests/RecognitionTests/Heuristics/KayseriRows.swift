import PageLayout

/// Rows of Kayseri 2024's goal tables (PERFORMANS HEDEFİ TABLOSU) and per-activity cost
/// tables (FAALİYET MALİYET TABLOSU), word boxes as `perfprog words` gives them; each array
/// is one row between two rules. Body text is set at 8.5 pt.
enum KayseriRows {
    private static func w(_ text: String, _ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, size: Double = 8.5) -> Word {
        WordBoxes.word(text, x0, y0, x1, y1, size: size)
    }

    /// Page 106: "Sorumlu Harcama Birimi: Bilgi İşlem Daire Başkanlığı", label and value on one line.
    static let responsibleUnit: [Word] = [
        w("Sorumlu", 59.69, 230.62, 94.17, 238.60),
        w("Harcama", 96.53, 230.62, 132.44, 238.60),
        w("Birimi:", 134.80, 230.62, 161.72, 238.60),
        w("Bilgi", 172.25, 230.62, 188.31, 238.60),
        w("İşlem", 190.67, 230.62, 210.98, 238.60),
        w("Daire", 213.34, 230.62, 233.65, 238.60),
        w("Başkanlığı", 236.01, 230.62, 275.70, 238.60),
    ]

    /// Page 106: "Performans Hedefi (45): Telsiz, fiber optik …" on one line; the code is in brackets.
    static let goal45: [Word] = [
        w("Performans", 59.69, 196.62, 106.93, 204.60),
        w("Hedefi", 109.29, 196.62, 135.27, 204.60),
        w("(45):", 137.63, 196.62, 155.58, 204.60),
        w("Telsiz,", 172.25, 196.62, 196.80, 204.60),
        w("fiber", 199.17, 196.62, 215.70, 204.60),
        w("optik", 218.06, 196.62, 236.02, 204.60),
        w("ve", 238.38, 196.62, 247.36, 204.60),
        w("diğer", 249.72, 196.62, 268.62, 204.60),
        w("haberleşme", 270.98, 196.62, 315.39, 204.60),
        w("uygulamalarını", 317.76, 196.62, 373.51, 204.60),
        w("geliştirmek", 375.87, 196.62, 416.49, 204.60),
    ]

    /// Page 106: "Faaliyet Adı:" set between the two lines of its value ("Bilişim … yapısını" above,
    /// "geliştirme faaliyeti." below).
    static let activityName: [Word] = [
        w("Bilişim", 172.25, 426.81, 196.80, 434.79),
        w("teknolojilerindeki", 199.16, 426.81, 262.00, 434.79),
        w("yenilikleri", 264.36, 426.81, 299.32, 434.79),
        w("takip", 301.68, 426.81, 319.64, 434.79),
        w("ederek,", 322.00, 426.81, 350.35, 434.79),
        w("projeler", 352.71, 426.81, 381.06, 434.79),
        w("yapmak", 383.42, 426.81, 413.18, 434.79),
        w("ve", 415.54, 426.81, 424.52, 434.79),
        w("donanım", 426.88, 426.81, 459.96, 434.79),
        w("alt", 462.32, 426.81, 471.30, 434.79),
        w("yapısını", 473.66, 426.81, 503.43, 434.79),
        w("Faaliyet", 59.69, 431.83, 91.35, 439.81),
        w("Adı:", 93.71, 431.83, 110.23, 439.81),
        w("geliştirme", 172.25, 436.84, 208.62, 444.82),
        w("faaliyeti.", 210.98, 436.84, 242.16, 444.82),
    ]

    /// Page 106: "Açıklamalar: : Belediyemiz …", the colon printed twice, the value wrapped to the
    /// left margin ("maksimum fayda sağlamak.").
    static let doubledColon: [Word] = [
        w("Açıklamalar:", 59.69, 468.87, 106.46, 476.85),
        w(":", 108.82, 468.87, 111.18, 476.85),
        w("Belediyemiz", 113.54, 468.87, 159.36, 476.85),
        w("birimleri", 161.73, 468.87, 191.48, 476.85),
        w("için", 193.84, 468.87, 206.59, 476.85),
        w("kritik", 208.95, 468.87, 226.42, 476.85),
        w("öneme", 228.78, 468.87, 254.77, 476.85),
        w("sahip", 257.14, 468.87, 277.46, 476.85),
        w("verilerin", 279.82, 468.87, 309.58, 476.85),
        w("kendi", 311.94, 468.87, 332.26, 476.85),
        w("fiber", 334.62, 468.87, 351.15, 476.85),
        w("optik", 353.52, 468.87, 371.47, 476.85),
        w("ağı", 373.83, 468.87, 385.65, 476.85),
        w("üzerinden", 388.01, 468.87, 425.34, 476.85),
        w("taşıyarak", 427.70, 468.87, 462.19, 476.85),
        w("güvenli", 464.55, 468.87, 491.49, 476.85),
        w("ve", 493.85, 468.87, 502.83, 476.85),
        w("hızlı", 505.19, 468.87, 520.78, 476.85),
        w("maksimum", 59.69, 478.90, 100.78, 486.88),
        w("fayda", 103.14, 478.90, 123.93, 486.88),
        w("sağlamak.", 126.29, 478.90, 165.03, 486.88),
    ]

    /// Page 106: the label wrapped over two lines ("Stratejik" / "Amaç 9:") beside its value.
    static let aim: [Word] = [
        w("Stratejik", 59.69, 632.05, 93.24, 640.03),
        w("Bilgi", 120.66, 637.07, 136.72, 645.05),
        w("ve", 139.08, 637.07, 148.06, 645.05),
        w("akıllı", 150.42, 637.07, 167.90, 645.05),
        w("şehircilik", 170.26, 637.07, 202.85, 645.05),
        w("teknolojilerini", 205.21, 637.07, 254.35, 645.05),
        w("kullanarak", 256.71, 637.07, 295.45, 645.05),
        w("yaşam", 297.82, 637.07, 322.85, 645.05),
        w("kalitesini", 325.21, 637.07, 357.81, 645.05),
        w("arttırmak.", 360.17, 637.07, 396.06, 645.05),
        w("Amaç", 59.69, 642.08, 82.84, 650.06),
        w("9:", 85.21, 642.08, 92.76, 650.06),
    ]

    /// Page 106: "Stratejik" / "Hedef 9.5:" beside a value wrapped over the same two lines.
    static let target: [Word] = [
        w("Stratejik", 59.69, 657.11, 93.24, 665.09),
        w("Belediyemiz", 120.66, 657.11, 166.48, 665.09),
        w("tarafından", 168.85, 657.11, 207.13, 665.09),
        w("gerçekleştirilen", 209.49, 657.11, 266.18, 665.09),
        w("faaliyetleri", 268.54, 657.11, 306.81, 665.09),
        w("bilgi", 309.17, 657.11, 324.29, 665.09),
        w("ve", 326.65, 657.11, 335.63, 665.09),
        w("teknolojileri", 337.99, 657.11, 380.51, 665.09),
        w("kullanarak,", 382.87, 657.11, 423.97, 665.09),
        w("tanıtım", 426.34, 657.11, 452.32, 665.09),
        w("faaliyetlerini", 454.68, 657.11, 499.56, 665.09),
        w("Hedef", 59.69, 667.14, 83.31, 675.12),
        w("9.5:", 85.67, 667.14, 100.32, 675.12),
        w("gerçekleştirmek.", 120.66, 667.14, 182.54, 675.12),
    ]

    /// Page 106: "Performans" / "Hedefi (46):" beside a one-line value set between them.
    static let goal46: [Word] = [
        w("Performans", 59.69, 682.17, 106.93, 690.15),
        w("Belediye", 120.66, 687.19, 153.27, 695.17),
        w("faaliyetlerimizin", 155.63, 687.19, 213.73, 695.17),
        w("tanıtımını", 216.09, 687.19, 251.52, 695.17),
        w("yapmak.", 253.88, 687.19, 286.01, 695.17),
        w("Hedefi", 59.69, 692.20, 85.67, 700.18),
        w("(46):", 88.03, 692.20, 105.98, 700.18),
    ]

    /// Page 106: "Açıklamalar:" with nothing beside it.
    static let explanation: [Word] = [
        w("Açıklamalar:", 59.69, 708.22, 110.25, 716.20),
    ]

    /// Page 106: the indicators' header (2022 Gerçekleşen, 2023 Tahmin, 2024 Hedef).
    static let indicatorHeader106: [Word] = [
        w("2022", 360.60, 724.23, 379.51, 732.21),
        w("2023", 425.79, 724.23, 444.70, 732.21),
        w("Performans", 144.46, 729.25, 191.70, 737.23),
        w("Göstergeleri", 194.06, 729.25, 244.13, 737.23),
        w("2024", 477.98, 729.25, 496.89, 737.23),
        w("Hedef", 499.25, 729.25, 522.87, 737.23),
        w("Gerçekleşen", 344.78, 734.26, 395.34, 742.24),
        w("Tahmin", 420.13, 734.26, 450.35, 742.24),
    ]

    /// Page 106: indicator 1 of goal 46, key "1" in its own column, one line.
    static let pressReleases: [Word] = [
        w("1", 84.81, 749.29, 89.54, 757.27),
        w("Hazırlanan", 120.66, 749.29, 161.77, 757.27),
        w("basın", 164.13, 749.29, 184.92, 757.27),
        w("bülteni", 187.28, 749.29, 212.33, 757.27),
        w("sayısı", 214.69, 749.29, 236.89, 757.27),
        w("(adet)", 239.25, 749.29, 261.46, 757.27),
        w("1.603", 383.94, 749.29, 405.22, 757.27),
        w("1.350", 438.00, 749.29, 459.27, 757.27),
        w("1.400", 514.31, 749.29, 535.58, 757.27),
    ]

    /// Page 94, bottom: the indicators' header of goal 39 (2022 Gerçekleşen, 2023 Tahmin, 2024 Hedef).
    static let indicatorHeader94: [Word] = [
        w("2022", 360.60, 701.14, 379.51, 709.12),
        w("2023", 425.79, 701.14, 444.70, 709.12),
        w("Performans", 144.46, 706.16, 191.70, 714.14),
        w("Göstergeleri", 194.06, 706.16, 244.13, 714.14),
        w("2024", 477.98, 706.16, 496.89, 714.14),
        w("Hedef", 499.25, 706.16, 522.87, 714.14),
        w("Gerçekleşen", 344.78, 711.17, 395.34, 719.15),
        w("Tahmin", 420.13, 711.17, 450.35, 719.15),
    ]

    /// Page 94: indicator 1 of goal 39, its name over two lines, key and values between them.
    static let trainedInstitutions: [Word] = [
        w("Yangın", 120.66, 726.20, 147.60, 734.18),
        w("ve", 149.96, 726.20, 158.94, 734.18),
        w("yangın", 161.30, 726.20, 186.82, 734.18),
        w("güvenlik", 189.18, 726.20, 220.37, 734.18),
        w("önlemleri", 222.73, 726.20, 257.22, 734.18),
        w("konusunda", 259.58, 726.20, 301.17, 734.18),
        w("eğitim", 303.53, 726.20, 326.20, 734.18),
        w("1", 84.81, 731.22, 89.54, 739.20),
        w("357", 391.03, 731.22, 405.22, 739.20),
        w("370", 445.09, 731.22, 459.27, 739.20),
        w("390", 521.40, 731.22, 535.58, 739.20),
        w("verilen", 120.66, 736.23, 145.70, 744.21),
        w("kurum/kuruluş", 148.06, 736.23, 201.44, 744.21),
        w("sayısı(adet)", 203.80, 736.23, 248.21, 744.21),
    ]

    /// Page 94, last row: the explanation label printed without its colon ("Açıklamalar").
    static let bareExplanation: [Word] = [
        w("Açıklamalar", 59.69, 752.25, 107.42, 760.23),
    ]

    /// Page 95, top: goal 39's indicator header repeated on the new page.
    static let indicatorHeader95: [Word] = [
        w("2022", 360.60, 72.54, 379.51, 80.52),
        w("2023", 425.79, 72.54, 444.70, 80.52),
        w("Performans", 144.46, 77.56, 191.70, 85.54),
        w("Göstergeleri", 194.06, 77.56, 244.13, 85.54),
        w("2024", 477.98, 77.56, 496.89, 85.54),
        w("Hedef", 499.25, 77.56, 522.87, 85.54),
        w("Gerçekleşen", 344.78, 82.57, 395.34, 90.55),
        w("Tahmin", 420.13, 82.57, 450.35, 90.55),
    ]

    /// Page 95: indicator 2 of goal 39.
    static let trainedPeople: [Word] = [
        w("Yangın", 120.66, 97.60, 147.60, 105.58),
        w("ve", 149.96, 97.60, 158.94, 105.58),
        w("yangın", 161.30, 97.60, 186.82, 105.58),
        w("güvenlik", 189.18, 97.60, 220.37, 105.58),
        w("önlemleri", 222.73, 97.60, 257.22, 105.58),
        w("konusunda", 259.58, 97.60, 301.17, 105.58),
        w("eğitim", 303.53, 97.60, 326.20, 105.58),
        w("2", 84.81, 102.62, 89.54, 110.60),
        w("59.265", 379.22, 102.62, 405.22, 110.60),
        w("61.000", 433.27, 102.62, 459.27, 110.60),
        w("62.000", 509.58, 102.62, 535.58, 110.60),
        w("alan", 120.66, 107.63, 136.73, 115.61),
        w("kişi", 139.09, 107.63, 151.37, 115.61),
        w("sayısı", 153.73, 107.63, 175.93, 115.61),
        w("(adet)", 178.29, 107.63, 200.50, 115.61),
    ]

    /// Page 95: indicator 2's "Açıklamalar:".
    static let explanation95a: [Word] = [
        w("Açıklamalar:", 59.69, 123.65, 110.25, 131.63),
    ]

    /// Page 95: indicator 3 of goal 39.
    static let inspectedInstitutions: [Word] = [
        w("Yangın", 120.66, 139.66, 147.60, 147.64),
        w("güvenlik", 149.96, 139.66, 181.15, 147.64),
        w("önlemleri", 183.51, 139.66, 217.99, 147.64),
        w("yönünden", 220.36, 139.66, 257.70, 147.64),
        w("denetlenen", 260.06, 139.66, 302.13, 147.64),
        w("3", 84.81, 144.68, 89.54, 152.66),
        w("786", 391.03, 144.68, 405.22, 152.66),
        w("800", 445.09, 144.68, 459.27, 152.66),
        w("810", 521.40, 144.68, 535.58, 152.66),
        w("kurum/kuruluş", 120.66, 149.69, 174.04, 157.67),
        w("sayısı", 176.40, 149.69, 198.60, 157.67),
        w("(adet)", 200.96, 149.69, 223.17, 157.67),
    ]

    /// Page 95: indicator 3's "Açıklamalar:".
    static let explanation95b: [Word] = [
        w("Açıklamalar:", 59.69, 165.71, 110.25, 173.69),
    ]

    /// Page 97, bottom: an indicator's "Açıklamalar: Belediyemiz daire başkanlıklarındaki …" on one line.
    static let technicalSupportExplanation: [Word] = [
        w("Açıklamalar:", 59.69, 739.77, 106.46, 747.75),
        w("Belediyemiz", 108.82, 739.77, 154.64, 747.75),
        w("daire", 157.00, 739.77, 175.90, 747.75),
        w("başkanlıklarındaki", 178.27, 739.77, 246.30, 747.75),
        w("teknik", 248.66, 739.77, 270.87, 747.75),
        w("sorunlara", 273.23, 739.77, 308.67, 747.75),
        w("bakılması", 311.03, 739.77, 347.40, 747.75),
        w("ve", 349.76, 739.77, 358.74, 747.75),
        w("destek", 361.10, 739.77, 386.15, 747.75),
        w("olunması", 388.51, 739.77, 423.00, 747.75),
    ]

}
