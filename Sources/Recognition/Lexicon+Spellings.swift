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

extension Lexicon {
    /// Marks of a web or e-mail address (“www.kirikkale.bel.tr”, “bilgi@isparta.bel.tr”,
    /// “https://…”): an address writes ı as i and İ as i, so its small letters say nothing of how
    /// a name in capitals is spelled.
    static let addressMark: Character = "@"
    static let addressOpenings = ["www", "http"]

    /// Whether `word` (as printed) is, or is part of, a web or e-mail address: it holds “@”, opens
    /// with “www” or “http”, or holds a host's form — labels of small ASCII letters, digits and
    /// hyphens parted by dots, a letter on each side of a dot (“kirikkale.bel”, “isparta.bel.tr”).
    /// A sentence's full stop has a space after it, a figure's dot has digits, and two sentences
    /// joined without the space (“yılı.Bu”) are no host: a host writes no Turkish letter and no
    /// capital after its dot.
    static func isAddress(_ word: String) -> Bool {
        if word.contains(addressMark) { return true }
        let lower = word.lowercased()
        if addressOpenings.contains(where: { lower.hasPrefix($0) }) { return true }
        // Its runs of a host's characters: a dot between two letters of one run is a host's.
        return word.split(whereSeparator: { !isHostCharacter($0) }).contains { run in
            let c = Array(run)
            return c.indices.dropFirst().dropLast().contains { c[$0] == "." && c[$0 - 1].isLetter && c[$0 + 1].isLetter }
        }
    }

    /// A character a host name (as printed in a document) is written with: small ASCII letters,
    /// digits, hyphens and its dots.
    private static func isHostCharacter(_ c: Character) -> Bool {
        c == "." || c == "-" || (c.isASCII && (c.isLowercase || c.isNumber))
    }
}
