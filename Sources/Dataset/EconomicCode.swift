/// First-level economic code (Ekonomik Kod) of the Turkish public budget.
public enum EconomicCode: String, CaseIterable, Sendable, Codable, Comparable {
    case personnel = "01"
    case socialSecurity = "02"
    case goodsAndServices = "03"
    case interest = "04"
    case currentTransfers = "05"
    case capital = "06"
    case capitalTransfers = "07"
    case lending = "08"
    case reserves = "09"

    /// The contract's standard name, whatever the document printed.
    public var standardName: String {
        switch self {
        case .personnel: return "Personel Giderleri"
        case .socialSecurity: return "Sosyal Güvenlik Kurumlarına Devlet Primi Giderleri"
        case .goodsAndServices: return "Mal ve Hizmet Alım Giderleri"
        case .interest: return "Faiz Giderleri"
        case .currentTransfers: return "Cari Transferler"
        case .capital: return "Sermaye Giderleri"
        case .capitalTransfers: return "Sermaye Transferleri"
        case .lending: return "Borç Verme"
        case .reserves: return "Yedek Ödenekler"
        }
    }

    public static func < (l: EconomicCode, r: EconomicCode) -> Bool { l.rawValue < r.rawValue }
}

/// Where an activity's money comes from (Bütçe Ödeneği / Bütçe Dışı Kaynak).
public enum FundingSource: String, CaseIterable, Sendable, Codable, Comparable {
    case budget                      // Bütçe Ödeneği
    case revolvingFund = "revolving_fund"   // Döner Sermaye
    case otherDomestic = "other_domestic"   // Diğer Yurt İçi
    case foreign                     // Yurt Dışı

    public static func < (l: FundingSource, r: FundingSource) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}
