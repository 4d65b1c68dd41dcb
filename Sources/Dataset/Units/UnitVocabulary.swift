/// The words responsible units (Sorumlu Harcama Birimi) are spelled with that tell no
/// function: the abbreviations of organisational forms, the forms themselves, and letters
/// that look like Turkish ones. Matched after folding (`Identifiers.slug`), so case and
/// Turkish letters do not matter.
enum UnitVocabulary {
    /// Abbreviations (folded, without their period) → the words they stand for.
    /// "Dai. Bşk." → "Dairesi Başkanlığı", "Şb. Md." → "Şube Müdürlüğü".
    static let abbreviations: [String: String] = [
        "dai": "Dairesi", "dair": "Dairesi",
        "bsk": "Başkanlığı", "bskn": "Başkanlığı", "bskl": "Başkanlığı", "bask": "Başkanlığı", "baskn": "Başkanlığı",
        "md": "Müdürlüğü", "mud": "Müdürlüğü", "mdl": "Müdürlüğü", "mudl": "Müdürlüğü", "mdr": "Müdürlüğü",
        "sb": "Şube", "sub": "Şube",
        "hiz": "Hizmetleri", "hizm": "Hizmetleri",
    ]
    /// Abbreviations that are also Turkish words ("dair": about) count only with their period.
    static let abbreviationsNeedingPeriod: Set<String> = ["dair"]

    /// Forms written several ways, in the one spelling the canonical name uses: the
    /// standard spelling fixes a missing breve or cedilla ("Müdürlügü"), and the bare
    /// "Müdürlük"/"Başkanlık" at the end of a name is its "-ü/-ı" form.
    static let standardSpellings: [String: String] = [
        "dairesi": "Dairesi", "baskanligi": "Başkanlığı", "mudurlugu": "Müdürlüğü", "sube": "Şube",
    ]
    static let finalForms: [String: String] = ["mudurluk": "Müdürlüğü", "baskanlik": "Başkanlığı"]
    /// "Daire Başkanlığı" (Kayseri) and "Dairesi Başkanlığı" (Balıkesir, the regulation's
    /// form) are one form: "Daire" before "Başkanlığı" becomes "Dairesi".
    static let daire = "daire"
    static let dairesi = "Dairesi"
    static let baskanligi = "baskanligi"

    /// Words that name the unit's organisational form, not what it does: the trailing run of
    /// them is the form, the rest the unit's stem.
    static let formWords: Set<String> = ["dairesi", "baskanligi", "mudurlugu", "sube"]
    /// Words that tell no unit apart ("Park ve Bahçeler" = "Park Bahçeler").
    static let fillerWords: Set<String> = ["ve"]

    /// Letters that look like Turkish ones and stand for them in names typed or OCR'd with
    /// the wrong key ("Kùltür"): Latin accents Turkish does not use, and Cyrillic capitals
    /// and small letters that look like Latin ones.
    static let lookAlikes: [Unicode.Scalar: String] = [
        "ù": "ü", "ú": "ü", "Ù": "Ü", "Ú": "Ü",
        "ò": "ö", "ó": "ö", "Ò": "Ö", "Ó": "Ö",
        "ì": "i", "í": "i", "Ì": "İ", "Í": "İ",
        "à": "a", "á": "a", "À": "A", "Á": "A",
        "è": "e", "é": "e", "È": "E", "É": "E",
        "ș": "ş", "Ș": "Ş",
        "ǧ": "ğ", "Ǧ": "Ğ", "ĉ": "ç", "Ĉ": "Ç",
        "\u{430}": "a", "\u{435}": "e", "\u{43E}": "o", "\u{440}": "p", "\u{441}": "c", "\u{443}": "y", "\u{445}": "x",
        "\u{456}": "i",
        "\u{410}": "A", "\u{412}": "B", "\u{415}": "E", "\u{41A}": "K", "\u{41C}": "M", "\u{41D}": "H", "\u{41E}": "O",
        "\u{420}": "P", "\u{421}": "C", "\u{422}": "T", "\u{425}": "X", "\u{406}": "I",
    ]
    /// The lowest look-alike scalar's value: a scalar below it (ASCII, most of a name) is
    /// no look-alike, told without hashing it.
    static let lowestLookAlike: UInt32 = lookAlikes.keys.map(\.value).min() ?? 0
}
