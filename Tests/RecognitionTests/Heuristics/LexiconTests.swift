import Testing
import Dataset
@testable import Recognition

/// Lexicon.fold: Turkish letters to ASCII, lower case, punctuation to single spaces; and
/// matching phrases by concept and role.
@Suite struct LexiconTests {
    @Test(arguments: [
        ("PERFORMANS HEDEFİ TABLOSU", "performans hedefi tablosu"),
        ("Performans Hedefi Tablosu", "performans hedefi tablosu"),
        ("Açıklamalar:", "aciklamalar"),
        ("İdare Adı:", "idare adi"),
        ("IŞIK ışık", "isik isik"),
        ("ÇĞÖŞÜ çğöşü", "cgosu cgosu"),
        ("Hâl Kompleksi, Millî, Rûhî", "hal kompleksi milli ruhi"),
        ("Kaynak İhtiyacı 2024 (TL)", "kaynak ihtiyaci 2024 tl"),
        ("Performans Hedefi (46):", "performans hedefi 46"),
        ("  Stratejik   Amaç 9: ", "stratejik amac 9"),
    ])
    func folds(_ text: String, _ folded: String) {
        #expect(Lexicon.fold(text) == folded)
    }

    /// "İ" lower-cased by Foundation is "i" plus a combining dot; it folds like "İ".
    @Test func lowerCasedDottedCapitalI() {
        #expect(Lexicon.fold("İDARE".lowercased()) == "idare")
        #expect(Lexicon.fold("İhtiyacı".lowercased()) == Lexicon.fold("İHTİYACI"))
    }

    @Test func phrasesMatchWholeWords() {
        #expect(Lexicon.names(.grandTotal, .totalRow, "genel toplam", .leading))
        #expect(Lexicon.names(.grandTotal, .totalRow, "genel toplam 129 000 000", .leading))
        #expect(!Lexicon.names(.grandTotal, .totalRow, "genel toplamlar", .leading))
        #expect(Lexicon.names(.resourceNeedTotal, .totalRow, "2024 toplam kaynak ihtiyaci tl", .within))
        // "Toplam" alone closes a cost table; the longer phrase needs its own words whole.
        #expect(Lexicon.leadingPhrase(.resourceNeedTotal, .totalRow, "toplam kaynak ihtiyaclari")?.folded == "toplam")
        #expect(Lexicon.leadingPhrase(.resourceNeedTotal, .totalRow, "toplam kaynak ihtiyaci 2024")?.folded == "toplam kaynak ihtiyaci")
    }

    /// A stem ("Toplam*") takes the suffixes Turkish adds; a word does not.
    @Test func stemsTakeSuffixes() {
        #expect(Lexicon.names(.total, .columnHeader, Lexicon.fold("Hedef Toplamı"), .within))
        #expect(Lexicon.names(.explanation, .rowLabel, Lexicon.fold("AÇIKLAMALAR"), .whole))
        #expect(Lexicon.names(.explanation, .rowLabel, Lexicon.fold("Açıklama"), .whole))
        #expect(!Lexicon.names(.explanation, .rowLabel, Lexicon.fold("Açıklama yok"), .whole))
        #expect(!Lexicon.names(.grandTotal, .totalRow, Lexicon.fold("Genel Toplamı"), .whole))
        // The stem's k turns ğ before a vowel: "Ödenek*" does not reach "Ödeneği", its own phrase does.
        #expect(!Lexicon.phrases(.budget, .columnHeader).first { $0.stem && $0.folded == "odenek" }!.matches(Lexicon.fold("Ödeneği"), .whole))
        #expect(Lexicon.names(.budget, .columnHeader, Lexicon.fold("ÖDENEĞİ"), .whole))
        #expect(Lexicon.names(.total, .columnHeader, Lexicon.fold("Tutar (TL)"), .within))
        #expect(Lexicon.names(.total, .columnHeader, Lexicon.fold("Toplam (₺)"), .within))
    }

    /// Roles keep synonyms apart: "Birim" heads a unit-of-measure column in an indicator
    /// table and a responsible-unit column in a cost table, but is no row label of either.
    @Test func rolesScopeMatching() {
        #expect(Lexicon.names(.unit, .columnHeader, "birim", .leading))
        #expect(Lexicon.names(.responsibleUnit, .columnHeader, "sorumlu birim", .within))
        #expect(!Lexicon.names(.responsibleUnit, .rowLabel, "birim", .leading))
        #expect(Lexicon.names(.responsibleUnit, .rowLabel, Lexicon.fold("Sorumlu Harcama Birimi:"), .leading))
        // "Hedef" is a target's label, and a target-value column, but no table title.
        #expect(Lexicon.names(.target, .rowLabel, "hedef 1 1", .leading))
        #expect(Lexicon.names(.targetValue, .columnHeader, "2024 hedeflenen", .within))
        #expect(!Lexicon.names(.goalTable, .title, "hedef", .within))
        // A goal's total row opens as the goal's label does; its readers ask for the total row first.
        for total in ["Performans Hedefi Toplamı", "PERFORMANS HEDEFİ MALİYETİ"] {
            #expect(Lexicon.names(.grandTotal, .totalRow, Lexicon.fold(total), .leading))
            #expect(Lexicon.names(.performanceGoal, .rowLabel, Lexicon.fold(total), .leading))
        }
        // "Ara Toplam" adds up the rows above it: a subtotal, neither the goal's total nor a bare "Toplam".
        #expect(Lexicon.names(.subtotal, .totalRow, Lexicon.fold("ARA TOPLAM"), .leading))
        #expect(!Lexicon.names(.grandTotal, .totalRow, Lexicon.fold("Ara Toplam"), .leading))
        #expect(!Lexicon.names(.total, .rowLabel, Lexicon.fold("Ara Toplam"), .whole))
        #expect(!Lexicon.names(.subtotal, .totalRow, Lexicon.fold("Genel Toplam"), .leading))
        // A waste-collection station ("ara toplama merkezi") is an activity: the phrase ends at a word's end.
        #expect(Lexicon.names(.subtotal, .totalRow, Lexicon.fold("Ara Toplam 1.250.000,00"), .leading))
        #expect(!Lexicon.names(.subtotal, .totalRow, Lexicon.fold("Ara toplama merkezinin kurulması"), .leading))
        // "Gösterge Birimi" holds the indicator's word but heads its unit.
        #expect(Lexicon.names(.unit, .columnHeader, Lexicon.fold("Gösterge Birimi"), .leading))
        #expect(!Lexicon.names(.unit, .columnHeader, Lexicon.fold("Performans Göstergesi"), .leading))
    }

    /// A slash inside a printed word stays inside its token.
    @Test func slashedWords() {
        #expect(Lexicon.names(.activity, .columnHeader, Lexicon.fold("Faaliyet/Proje"), .whole))
        #expect(Lexicon.names(.activity, .columnHeader, Lexicon.fold("Faaliyet ve Projeler"), .whole))
        let words = Lexicon.foldEach(["Faaliyet/Proje", "Sayısı", "12"])
        #expect(Lexicon.leads(words, at: 0, .activity, .text) == 1)
        #expect(Lexicon.leads(words, at: 1, .count, .text) == 1)
        #expect(Lexicon.leads(words, at: 2, .count, .text) == nil)
    }

    /// Economic codes by their standard names, printed forms and short forms; the longest
    /// name wins ("Sermaye Transferleri" is not "Sermaye Giderleri").
    @Test(arguments: [
        ("Personel Giderleri", EconomicCode.personnel),
        ("SGK Devlet Primi Giderleri", .socialSecurity),
        ("Sosyal Güvenlik Kurumlarına Devlet Primi Giderleri", .socialSecurity),
        ("Mal ve Hizmet Alımları", .goodsAndServices),
        ("Mal ve Hizmet", .goodsAndServices),
        ("Sermaye", .capital),
        ("SERMAYE TRANSFERLERİ", .capitalTransfers),
        ("Cari Transferler", .currentTransfers),
        ("Yedek Ödenekler", .reserves),
        ("Borç Verme", .lending),
        // As an appropriation schedule (Ödenek Cetveli) abbreviates them.
        ("Personel Gid.", .personnel),
        ("SOS. GÜV. KUR. DEVLET PRİMİ GİD.", .socialSecurity),
        ("Sosyal Güvenlik Kurumu Devlet Primi Giderleri", .socialSecurity),
        ("Mal ve Hizmet Alım Gid.", .goodsAndServices),
        ("Faiz Gid.", .interest),
        ("Sermaye Gid.", .capital),
        ("Sermaye Transferleri", .capitalTransfers),
    ])
    func economicCodeNames(_ text: String, _ code: EconomicCode) {
        #expect(Lexicon.economicCode(named: text) == code)
    }

    /// A short form names a code only as the whole cell: "Döner Sermaye" is a funding source.
    @Test func shortFormsOnlyWhole() {
        #expect(Lexicon.economicCode(named: "Döner Sermaye") == nil)
        #expect(Lexicon.economicCode(named: "Personel sayısı") == nil)
    }

    /// A word a narrow cell broke ("Gerçekleşe" / "n") reads whole in the second reading; short
    /// words stay apart where the word before is not a word's head ("2022 ve").
    @Test func brokenWordsJoinInTheirSecondReading() {
        let folded = Lexicon.fold("2022 Gerçekleşe n")
        #expect(!Lexicon.names(.pastActual, .columnHeader, folded, .within))
        #expect(Lexicon.names(.pastActual, .columnHeader, Lexicon.joiningBrokenWords(folded), .within))
        #expect(Lexicon.joiningBrokenWords("2022 ve 2023") == "2022 ve 2023")
        #expect(Lexicon.joiningBrokenWords("tahmi n") == "tahmin")
    }

    /// A word broken anywhere ("Gerçekle" / "şen") reads whole in a reading joining that pair;
    /// a number stays apart from the words beside it.
    @Test func wordsBrokenAnywhereJoinInOneReading() {
        let folded = Lexicon.fold("2022 Gerçekle şen")
        #expect(!Lexicon.names(.pastActual, .columnHeader, Lexicon.joiningBrokenWords(folded), .within))
        let readings = Lexicon.joiningEachPair(folded)
        #expect(readings == ["2022 gerceklesen"])
        #expect(readings.contains { Lexicon.names(.pastActual, .columnHeader, $0, .within) })
        #expect(Lexicon.joiningEachPair("2024 yili tahmi ni") == ["2024 yilitahmi ni", "2024 yili tahmini"])
        #expect(Lexicon.joiningEachPair("2024") == [])
    }

    /// Other templates' words for the same columns: an activity's cost ("Maliyet (TL)",
    /// "Tahmini Maliyet") beside its sources is their total; "Proje ve Faaliyetler" heads the activities.
    @Test func otherTemplatesWords() {
        for title in ["Maliyet (TL)", "Tahmini Maliyet", "Toplam Maliyet", "TOPLAM"] {
            #expect(Lexicon.names(.total, .columnHeader, Lexicon.fold(title), .within), "\(title)")
        }
        for title in ["Ödenek", "Bütçe Ödeneği", "Bütçe İçi"] {
            #expect(Lexicon.names(.budget, .columnHeader, Lexicon.fold(title), .within), "\(title)")
        }
        for title in ["Proje ve Faaliyetler", "Faaliyet/Proje Adı", "FAALİYET/PROJE ADI", "Faaliyet Adı", "PROJE ADI"] {
            #expect(Lexicon.names(.activity, .columnHeader, Lexicon.fold(title), .within), "\(title)")
        }
        // The indicator's words.
        #expect(Lexicon.names(.indicator, .columnHeader, Lexicon.fold("Gösterge Adı"), .within))
        #expect(Lexicon.names(.estimate, .columnHeader, Lexicon.fold("2024 Yıl Sonu Tahmini"), .within))
        #expect(Lexicon.names(.targetValue, .columnHeader, Lexicon.fold("2025 Yılı Hedefi"), .within))
        #expect(Lexicon.names(.pastActual, .columnHeader, Lexicon.fold("2023 Gerçekleşme Değeri"), .within))
        // A unit of measure's "Birimi", a responsible unit's "Sorumlu Müdürlük".
        #expect(Lexicon.names(.unit, .columnHeader, Lexicon.fold("Birimi"), .leading))
        #expect(Lexicon.names(.responsibleUnit, .columnHeader, Lexicon.fold("Sorumlu Müdürlük"), .within))
        // A cost table's labels name the unit's kind; the label is the first level it leads.
        for label in ["Sorumlu Müdürlük:", "Sorumlu Daire Başkanlığı:", "Sorumlu Harcama Birimleri:", "SORUMLU BİRİM(LER):"] {
            #expect(Lexicon.Label.allCases.first { Lexicon.leadingPhrase($0.concept, .rowLabel, Lexicon.fold(label)) != nil } == .responsibleUnit,
                    "\(label)")
        }
        #expect(Lexicon.names(.activityName, .rowLabel, Lexicon.fold("Proje/Faaliyet Adı:"), .leading))
        // Units that take part lead no label of the responsible unit.
        #expect(!Lexicon.names(.responsibleUnit, .rowLabel, Lexicon.fold("İşbirliği Yapılacak Birimler:"), .leading))
    }

    /// "Faaliyet Adı" heads the activities' column, but as a labelled row (a cost table's) it
    /// names one activity: no header.
    @Test func activityNameHeadsAColumnOrLabelsARow() {
        let header = WordBoxes.band(page: 1, UnreadAndRefusalTests.line([("Faaliyet Adı", 40), ("Sorumlu Birim", 200), ("Bütçe", 320),
                                                                         ("Bütçe Dışı", 380), ("Toplam", 470)], y: 200))
        #expect(GoalTableReader.isActivityHeader(header))
        let label = WordBoxes.band(page: 1, UnreadAndRefusalTests.line([("Faaliyet Adı:", 40), ("Park ve bahçe yapımı", 200)], y: 200))
        #expect(!GoalTableReader.isActivityHeader(label))
    }

    /// A bare "Faaliyet" or "Proje" names activities only as a whole cell (a short form).
    @Test func bareActivityWordIsAShortForm() {
        #expect(Lexicon.names(.activity, .shortForm, "proje", .whole))
        #expect(!Lexicon.names(.activity, .shortForm, "faaliyet toplami", .whole))
        #expect(!Lexicon.names(.activity, .columnHeader, "faaliyet toplami", .within))
    }

    /// Every concept has at least one phrase, and every phrase folds to something.
    @Test func everyConceptIsNamed() {
        for concept in Lexicon.Concept.allCases {
            let roles = Lexicon.phrases[concept] ?? [:]
            #expect(!roles.isEmpty, "\(concept) has no phrases")
            for (_, printed) in roles {
                for p in printed { #expect(!Lexicon.Phrase(p).folded.isEmpty, "\(concept): '\(p)' folds to nothing") }
            }
        }
    }
}
