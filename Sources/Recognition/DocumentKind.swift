/// What a document says it is: a performance program, or one of the documents a
/// municipality files beside it, which quote the program and carry tables close to its own
/// (an activity report's goals with targets and results, a budget's economic codes, a
/// council decision's amounts per unit, a strategic plan's goal cards).
public enum DocumentKind: String, Sendable, CaseIterable {
    case performanceProgram = "performance program"
    case activityReport = "activity report"
    case budget = "budget"
    case councilDecision = "council decision"
    case strategicPlan = "strategic plan"

    /// The concept of the lexicon that names documents of this kind.
    var concept: Lexicon.Concept {
        switch self {
        case .performanceProgram: return .performanceProgram
        case .activityReport: return .activityReport
        case .budget: return .budgetDocument
        case .councilDecision: return .councilDecision
        case .strategicPlan: return .strategicPlan
        }
    }

    /// The kind's name as documents print it (“Faaliyet Raporu”), for messages.
    public var printedName: String { Lexicon.printedNames[concept] ?? rawValue }

    /// “an activity report (Faaliyet Raporu)”: the kind in a sentence.
    public var described: String {
        let article = rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return "\(article) \(rawValue) (\(printedName))"
    }
}
