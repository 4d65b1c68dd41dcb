/// A responsible unit's (Sorumlu Harcama Birimi) resource lines as the document states them.
public struct StatedUnitCost: Sendable, Codable, Equatable {
    public var unit: String
    /// "Hedef": the cost of the unit's activities (its performance goals' share).
    public var activities: Amount?
    /// "Personel Gideri".
    public var personnel: Amount?
    /// "Genel Yönetim Gideri".
    public var generalAdmin: Amount?
    /// "Toplam".
    public var total: Amount?
    public var page: Int

    public init(unit: String, activities: Amount? = nil, personnel: Amount? = nil, generalAdmin: Amount? = nil,
                total: Amount? = nil, page: Int) {
        self.unit = unit
        self.activities = activities
        self.personnel = personnel
        self.generalAdmin = generalAdmin
        self.total = total
        self.page = page
    }
}
