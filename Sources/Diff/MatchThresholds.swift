/// The thresholds of year-over-year matching, each with the reason for its value. Scores are
/// `TextSimilarity` scores (0…1); bonuses are added to a score to rank candidates, never to
/// let a pair pass a threshold it does not reach on its text.
public enum MatchThresholds {
    /// Turkish is agglutinative: "bilinci" / "bilincini", "imar" / "imarı" share a stem of
    /// five letters, while different words rarely do.
    public static let stemLength = 5

    /// Below this stem overlap two texts cannot reach any acceptance threshold (the mean
    /// with an edit similarity of at most 1 stays under 0.625), so the edit distance is skipped.
    public static let editDistancePrefilter = 0.25

    /// A goal title this similar is the same goal on its own. Different goals of one
    /// administration share vocabulary ("hizmet", "kent", "yükseltmek") but score below
    /// 0.65 (Kayseri's closest pair, "Kırsal mahallelerin yol altyapı hizmetlerinde …" /
    /// "Kırsal mahallelerde üst yapı hizmetlerini …", scores 0.64); light rewordings
    /// ("planlı ve programlı" → "planlı, programlı ve koordineli") score above 0.85.
    public static let goalTitleAccept = 0.75

    /// A goal whose title changed more is still the same goal when the mean of its title
    /// similarity and the share of its indicators and activities that reappear unchanged
    /// reaches this: a goal keeps its measures and work when only its wording changes
    /// ("İlgili kanun ve yönetmelikler … göz önünde bulundurarak" → "İlgili mevzuat …
    /// dikkate alarak" scores 0.71 on its title, 0.85 with its unchanged children), while
    /// an unrelated goal shares none of them.
    public static let goalCombinedAccept = 0.6

    /// A goal rewritten beyond recognition is still the same goal when this share of its
    /// indicators and activities (and at least `goalMinimumSharedChildren` of them)
    /// reappear unchanged: the measures and the work are what the goal is.
    public static let goalChildrenAccept = 0.8

    /// One shared child is too little to identify a goal by: generic activities
    /// ("Personel giderleri", "Mal ve hizmet alımları") recur under unrelated goals.
    public static let goalMinimumSharedChildren = 2

    /// An indicator name this similar, inside a matched goal, is the same indicator (its
    /// unit or a parenthesis may have changed). Higher than for activities because the
    /// indicators of one goal are often built alike ("… sayısı (adet)").
    public static let indicatorAccept = 0.6

    /// An activity name this similar, inside a matched goal, is the same activity renamed
    /// ("İş sağlığı ve iş güvenliği hizmetlerini gerçekleştirmek." → "İş sağlığı ve
    /// güvenliği hizmetlerini yürütmek ve denetlemek." scores about 0.7); unrelated
    /// activities of one goal score below 0.45.
    public static let activityAccept = 0.5

    /// Across goals there is no goal context to support a match, so only a near-identical
    /// name counts as the same activity moved to another goal.
    public static let activityMoveAccept = 0.85

    /// Same code (number) on both sides: ranks the code-consistent candidate first among
    /// equally similar ones (renumbering is common, so it never decides alone).
    public static let codeBonus = 0.05

    /// Times the share of unchanged children, for goals: among goals with equal titles
    /// (Balıkesir prints "Hemşerilerin sanatsal ve mesleki kapasitelerini artıracak
    /// programlar sunmak." for two targets) the one that kept its indicators and activities
    /// ranks first, by more than `ambiguityMargin` when it kept at least half of them.
    public static let childrenBonus = 0.05

    /// Same responsible unit, for activities; same unit of measure, for indicators.
    public static let contextBonus = 0.02

    /// When another available candidate scores within this of the chosen one, the choice
    /// rests on nothing but noise: the match is reported as ambiguous.
    public static let ambiguityMargin = 0.02

    /// An activity's budget change departs from the program's general drift (inflation,
    /// one factor for most activities) when its new/old ratio differs from the median ratio
    /// of all matched activities by more than this factor either way.
    public static let budgetDriftTolerance = 1.15
}

extension MatchThresholds {
    /// A median of fewer ratios than this says nothing about a general drift.
    public static let driftMinimumActivities = 5
}
