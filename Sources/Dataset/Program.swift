/// One performance program (Performans Programı): the root of the canonical model.
/// Fields marked "stated" are what the document itself prints as totals or counts; they
/// are not contract columns but feed the checks of the document's own arithmetic.
public struct Program: Sendable, Codable, Equatable {
    public var id: String
    public var administration: String
    public var year: Int
    public var sourceFile: String
    public var sourceSHA256: String
    public var pageCount: Int
    public var goals: [Goal]
    public var totals: [ProgramTotal]
    /// Counts the document states ("51 adet Performans Hedefi", "Toplam Faaliyet Sayısı 328").
    public var statedCounts: [StatedCount]
    /// Percentage shares the document states ("Pay" columns).
    public var statedShares: [StatedShare]
    /// Each responsible unit's resource lines, where the document states them
    /// ("İdarenin Toplam Kaynak İhtiyacı": Hedef, Personel Gideri, Genel Yönetim Gideri, Toplam).
    public var statedUnitCosts: [StatedUnitCost]

    public init(id: String, administration: String, year: Int, sourceFile: String = "", sourceSHA256: String = "",
                pageCount: Int = 0, goals: [Goal] = [], totals: [ProgramTotal] = [],
                statedCounts: [StatedCount] = [], statedShares: [StatedShare] = [],
                statedUnitCosts: [StatedUnitCost] = []) {
        self.id = id
        self.administration = administration
        self.year = year
        self.sourceFile = sourceFile
        self.sourceSHA256 = sourceSHA256
        self.pageCount = pageCount
        self.goals = goals
        self.totals = totals
        self.statedCounts = statedCounts
        self.statedShares = statedShares
        self.statedUnitCosts = statedUnitCosts
    }
}
