import Dataset

extension Lexicon {
    /// The provinces (il), as spelled: the first word of many administrations' names (“Iğdır
    /// Belediyesi”, “Isparta İl Özel İdaresi”). Vowel harmony cannot spell a name printed in
    /// capitals made without the dotted İ (“IĞDIR” and “IZMIR” hold no other vowel; “ISTANBUL”
    /// and “ISPARTA” open alike), so the names are known here.
    static let provinces = [
        "Adana", "Adıyaman", "Afyonkarahisar", "Ağrı", "Aksaray", "Amasya", "Ankara", "Antalya", "Ardahan", "Artvin",
        "Aydın", "Balıkesir", "Bartın", "Batman", "Bayburt", "Bilecik", "Bingöl", "Bitlis", "Bolu", "Burdur", "Bursa",
        "Çanakkale", "Çankırı", "Çorum", "Denizli", "Diyarbakır", "Düzce", "Edirne", "Elazığ", "Erzincan", "Erzurum",
        "Eskişehir", "Gaziantep", "Giresun", "Gümüşhane", "Hakkari", "Hatay", "Iğdır", "Isparta", "İstanbul", "İzmir",
        "Kahramanmaraş", "Karabük", "Karaman", "Kars", "Kastamonu", "Kayseri", "Kırıkkale", "Kırklareli", "Kırşehir",
        "Kilis", "Kocaeli", "Konya", "Kütahya", "Malatya", "Manisa", "Mardin", "Mersin", "Muğla", "Muş", "Nevşehir",
        "Niğde", "Ordu", "Osmaniye", "Rize", "Sakarya", "Samsun", "Siirt", "Sinop", "Sivas", "Şanlıurfa", "Şırnak",
        "Tekirdağ", "Tokat", "Trabzon", "Tunceli", "Uşak", "Van", "Yalova", "Yozgat", "Zonguldak",
    ]

    /// Every word the vocabulary spells (the provinces, then the phrases' words), by its
    /// `TextNormalization.dotlessKey`: how a word in capitals with an undecided “I” is spelled
    /// where the document itself does not print it in small letters.
    static let spellings: [String: String] = {
        var words = provinces
        for concept in Concept.allCases {
            for role in Role.allCases {
                for phrase in Lexicon.phrases[concept]?[role] ?? [] {
                    words += phrase.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "*" }).map(String.init)
                }
            }
        }
        var known: [String: String] = [:]
        for word in words where known[TextNormalization.dotlessKey(word)] == nil {
            known[TextNormalization.dotlessKey(word)] = word
        }
        return known
    }()
}
