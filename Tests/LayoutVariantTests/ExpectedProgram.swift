import Dataset

/// What an arrangement's PDF states, and so what its extraction must read back: the source
/// gold cut to what the arrangement prints (only the year columns it has, no explanation
/// where it prints none, no costs without a cost table, the totals of its summary table).
/// Aim, target and goal stay the gold's: every arrangement prints the aim and the goal, and
/// the target where it is not the goal itself; where the gold's target is the goal (Balıkesir's
/// H1.1), the document names no other, and DATASET.md makes the goal's own text the target.
enum ExpectedProgram {
    static func of(_ gold: Program, in arrangement: Arrangement) -> Program {
        let blocks = arrangement.blocks.flatMap { block -> [GoalBlock] in
            if case .eachGoal(let b) = block { return b } else { return block.listedGoalBlock.map { [$0] } ?? [] }
        }
        let indicatorLayout = blocks.lazy.compactMap { b -> IndicatorColumns? in if case .indicators(let c) = b { c } else { nil } }.first
        let activityLayout = blocks.lazy.compactMap { b -> ActivityColumns? in if case .activities(let c) = b { c } else { nil } }.first
        let costLayout = blocks.lazy.compactMap { b -> CostLayout? in if case .costs(let c) = b { c } else { nil } }.first
        // A cost table per activity under a caption prints neither the unit nor the explanation (`Arrangement.costCaptions`).
        let captioned: Bool
        if case .perActivity = costLayout { captioned = arrangement.costCaptions } else { captioned = false }
        let unitsPrinted = activityLayout?.unitColumn == true || (costLayout != nil && !captioned)
        let costsPrinted = activityLayout?.costColumns == true || activityLayout?.costRows == true || costLayout != nil
        var explanationsPrinted: Bool
        switch costLayout {
        case .perGoal(let explanations): explanationsPrinted = explanations
        case .perActivity: explanationsPrinted = !captioned
        case .longForm: explanationsPrinted = false
        case nil: explanationsPrinted = false
        }
        // An activity table's Açıklama column is the activity's description (DATASET.md).
        if activityLayout?.extras.contains(where: { if case .description = $0.content { true } else { false } }) == true {
            explanationsPrinted = true
        }

        // The goal headings' style where an overview of the plan named aims and targets before them.
        let overview = arrangement.blocks.contains { if case .planOverview = $0 { true } else { false } }
        let overviewStyle = !overview ? nil : blocks.lazy.compactMap { b -> HeadingStyle? in
            if case .headings(let style) = b, !style.parents { style } else { nil }
        }.first
        // Headings or labelled rows coded with each level's letters (the target printed where it is not the goal).
        let letteredStyle = blocks.lazy.compactMap { b -> HeadingStyle? in
            if case .headings(let style) = b, style.letters { return style }
            if case .labelledRows(let style) = b, style.letters {
                return HeadingStyle(words: true, punctuation: .colonAfterCode, target: style.target, letters: true, spaced: style.spaced,
                                    hyphen: style.hyphen)
            }
            return nil
        }.first
        // Goals named with the target's word ("Hedef 1.1.1: …"), the target printed apart nowhere.
        let goalAsTargetStyle = blocks.lazy.compactMap { b -> HeadingStyle? in
            switch b {
            case .headings(let style), .fullWidthRows(let style): style.goalAsTarget ? style : nil
            case .labelledRows(let style): style.goalAsTarget ? HeadingStyle(words: true, punctuation: .none, goalAsTarget: true) : nil
            default: nil
            }
        }.first
        // The program budget's levels in place of aim and target (`LabelStyle.programLevels`), the plan's not printed.
        let programLevels = blocks.contains { if case .labelledRows(let style) = $0 { style.programLevels && !style.withPlanLevels } else { false } }
        var program = gold
        for g in program.goals.indices {
            var goal = program.goals[g]
            // No aim named, no target: the goal is its own target (DATASET.md); Program and Alt
            // Program are the budget's classification, which no field of the contract holds.
            if programLevels {
                goal.aimCode = ""; goal.aimTitle = ""
                goal.targetCode = goal.code; goal.targetTitle = goal.title
            }
            if let layout = indicatorLayout {
                for i in goal.indicators.indices {
                    var indicator = goal.indicators[i]
                    indicator.values = layout.columns(year: program.year).map { printedValue(indicator, year: $0.year, kind: $0.kind) }
                    // Without a unit column the unit is only what the name's last parenthesis says.
                    if !layout.unitColumn, !indicator.name.hasSuffix(")") { indicator.unit = "" }
                    goal.indicators[i] = indicator
                }
            } else {
                goal.indicators = []
            }
            for a in goal.activities.indices {
                // "-" is no amount (as `LayoutVariant.dashForNoOffBudget` reads); an empty cell in an
                // activity's row is zero (the contract's 0.00).
                if arrangement.zeros == .dash {
                    for field in [\Activity.budget, \Activity.offBudget, \Activity.total] where goal.activities[a][keyPath: field] == .zero {
                        goal.activities[a][keyPath: field] = nil
                    }
                }
                if !unitsPrinted { goal.activities[a].responsibleUnit = "" }
                // One amount column: the activity's total, no budget or off-budget apart.
                if let layout = activityLayout, layout.oneAmount != nil {
                    // A budget's one column ("Ödenek (TL)") is the budget and the total.
                    if layout.oneAmountIsBudget { goal.activities[a].total = goal.activities[a].budget } else { goal.activities[a].budget = nil }
                    goal.activities[a].offBudget = nil
                }
                if !explanationsPrinted { goal.activities[a].description = "" }
                if !costsPrinted { goal.activities[a].costs = [] }
            }
            // Letter-coded headings: the codes as printed, the space of "PH 1.1.1" left out; a target
            // that is the goal itself (not printed) is the goal's code.
            if let style = letteredStyle {
                let source = gold.goals[g]
                goal.code = PlanOverview.lettered("PH", PlanOverview.goalCode(source))
                goal.aimCode = PlanOverview.lettered("SA", source.aimCode)
                goal.targetCode = source.targetCode == source.code || !style.target ? goal.code : PlanOverview.lettered("SH", source.targetCode)
            }
            // The document makes the target the goal (DATASET.md): its code as printed, carrying its parents'.
            if let style = goalAsTargetStyle {
                goal.code = PlanOverview.printedCode(gold.goals[g], style)
                goal.targetCode = goal.code
                goal.targetTitle = goal.title
            }
            if let style = overviewStyle {
                let source = gold.goals[g]
                goal.code = PlanOverview.printedCode(source, style)
                if let title = PlanOverview.targetTitle(source, in: gold) { goal.targetTitle = title }
                // A level the overview lists several of reaches a goal only through its code.
                let listed = PlanOverview.aims(gold)
                if listed.count > 1, !PlanOverview.carries(goal.code, goal.aimCode) { goal.aimCode = ""; goal.aimTitle = "" }
                if source.targetCode == source.code
                    || (listed.flatMap(\.targets).count > 1 && !PlanOverview.carries(goal.code, goal.targetCode)) {
                    goal.targetCode = goal.code
                    goal.targetTitle = goal.title
                }
            }
            program.goals[g] = goal
        }
        program.totals = arrangement.blocks.flatMap { block -> [ProgramTotal] in
            switch block {
            case .resourceSummary(let orientation): return ResourceSummary(gold).totals(orientation)
            case .administrationSummary: return AdministrationSummary(gold).totals
            default: return []
            }
        }
        // A summary's zero printed as "-" or left empty states no amount (program_totals.csv: one
        // row for each amount the document states).
        if arrangement.zeros != .digits { program.totals.removeAll { $0.amount == .zero } }
        return program
    }

    /// The value a year column prints for an indicator: the gold's, or "-" where the gold has none.
    static func printedValue(_ indicator: Indicator, year: Int, kind: ValueKindName) -> IndicatorValue {
        let kind = ValueKind(rawValue: kind.rawValue) ?? .target
        return indicator.values.first { $0.year == year && $0.kind == kind } ?? IndicatorValue(year: year, kind: kind, value: nil, raw: "-")
    }
}

extension ExpectedProgram {
    /// What a variant must state left unread besides nothing: each table of the general part
    /// whose header names a cost table's columns (`GeneralBlock.statedUnread`), stated as found
    /// before any goal table and not read, on one of the pages it was printed on; after a goal
    /// table (an aim's introduction, the annexes), what `GeneralBlock.statedAfterGoals` says.
    static func unread(_ generalTables: [(block: GeneralBlock, pages: ClosedRange<Int>, afterGoals: Bool)]) -> [ExpectedUnread] {
        generalTables.compactMap { table in
            let statement = table.afterGoals ? table.block.statedAfterGoals : table.block.statedUnread ? ExpectedUnread.beforeGoals : nil
            return statement.map { ExpectedUnread(pages: table.pages, statement: $0) }
        }
    }
}

/// One statement a read-back must hold in its diagnostics' left unread (`LeftUnread`).
struct ExpectedUnread: Sendable {
    /// The pages the table was printed on: a header repeated on the next page states it again.
    var pages: ClosedRange<Int>
    /// The recognizer's words for it, after the page and before "(not read)".
    var statement: String
    /// A table of costs by economic code that no goal table precedes.
    static let beforeGoals = "cost table before any goal table"
    /// A table of costs by economic code after a goal table, over which nothing names an activity.
    static let namingNoActivity = "cost table naming no activity"
    /// A table of the money per strategic aim (Stratejik Amaçlar Kaynak İhtiyacı): no field holds it.
    static let resourcesByAim = "resources by aim"
    /// A labelled row of the budget's program classification ("Program:", "Alt Program:"): no field holds it.
    static let programLevel = "program classification row"
    /// Rows of amounts in no table the reader knows ("page 9: 7 rows with amounts …"), after the first goal table.
    static let amountsOutside = "with amounts outside any recognised table"

    /// Whether `diagnostic` (with the file's name before it) is this statement: "page 4: …" or,
    /// for rows the reader took as one table with the tables after it, "pages 4-7: …", on pages
    /// that hold the table.
    func isStated(by diagnostic: String) -> Bool {
        let ending = " (not read)"
        guard diagnostic.hasSuffix(ending), let at = diagnostic.range(of: statement, options: .backwards),
              let colon = diagnostic[..<at.lowerBound].range(of: ": ", options: .backwards) else { return false }
        let head = diagnostic[..<colon.lowerBound]
        guard let page = head.range(of: " page", options: .backwards) ?? head.range(of: "page", options: .anchored) else { return false }
        let numbers = head[page.upperBound...].drop { $0 == "s" || $0 == " " }.split(separator: "-").compactMap { Int($0) }
        guard let first = numbers.first, numbers.count <= 2 else { return false }
        return (first...(numbers.last ?? first)).overlaps(pages)
    }
}

/// What an overview of the strategic plan lists, and how the goals after it are coded.
enum PlanOverview {
    struct Entry { var code: String; var title: String }

    /// Each aim once, in order, with each of its targets once (the first title a code has: the
    /// overview names a target once, though a gold may give one code two texts).
    static func aims(_ program: Program) -> [(aim: Entry, targets: [Entry])] {
        var out: [(aim: Entry, targets: [Entry])] = []
        for goal in program.goals {
            if out.last?.aim.code != goal.aimCode { out.append((Entry(code: goal.aimCode, title: goal.aimTitle), [])) }
            guard !goal.targetCode.isEmpty, goal.targetCode != goal.code,
                  !out[out.count - 1].targets.contains(where: { $0.code == goal.targetCode }) else { continue }
            out[out.count - 1].targets.append(Entry(code: goal.targetCode, title: goal.targetTitle))
        }
        return out
    }

    /// The goal's code carrying its target's: "1.2.3" for goal 3 under target 1.2; a goal that
    /// is its own target ("H1.1" under aim A1) already carries its aim's.
    static func goalCode(_ goal: Goal) -> String {
        goal.targetCode.isEmpty || goal.targetCode == goal.code ? goal.code : "\(goal.targetCode).\(goal.code)"
    }

    /// The code a goal-only heading prints.
    static func printedCode(_ goal: Goal, _ style: HeadingStyle) -> String {
        (style.parents && !style.letters && !style.goalAsTarget) || !style.parentCodes ? goal.code : goalCode(goal)
    }

    /// A level's letters before a code's numbers: "SA" and "A1" → "SA1", "PH" and "1.1.1" → "PH1.1.1" ("PH 1.1.1" spaced,
    /// "PH-1.1.1" hyphened).
    static func lettered(_ letters: String, _ code: String, spaced: Bool = false, hyphen: Bool = false) -> String {
        letters + (hyphen ? "-" : spaced ? " " : "") + code.split { !($0.isASCII && $0.isNumber) }.joined(separator: ".")
    }

    /// Whether a goal's printed code carries an aim's or target's ("1.2.3" carries "1.2", "H1.1" carries "A1").
    static func carries(_ goalCode: String, _ parent: String) -> Bool {
        func numbers(_ code: String) -> [Int] { code.split { !($0.isASCII && $0.isNumber) }.compactMap { Int($0) } }
        let goal = numbers(goalCode), own = numbers(parent)
        return !own.isEmpty && own.count < goal.count && goal.starts(with: own)
    }

    /// The target's text as the overview lists it.
    static func targetTitle(_ goal: Goal, in program: Program) -> String? {
        aims(program).flatMap(\.targets).first { $0.code == goal.targetCode }?.title
    }
}

extension Program {
    /// The program with its texts as a justified look printed them: a word hyphenated at a
    /// line's end keeps its hyphen where the text is first printed (`HyphenatedTexts.read`).
    func hyphenated(as printed: HyphenatedTexts) -> Program { mapTexts(printed.read) }

    /// The program with its texts as the reader reads them from a producer's characters
    /// (`TextQuirk`): the same letters, but for words in capitals upper-cased the non-Turkish way
    /// ("KAYMEK", "İSKİ" → "ISKI"), which no reading can tell from a word with a dotless I.
    func written(as characters: TextQuirk) -> Program {
        guard characters == .latinCase else { return self }
        return mapTexts { text in
            text.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                let letters = word.filter(\.isLetter)
                return letters.count > 1 && letters.allSatisfy(\.isUppercase) ? String(word.map { $0 == "İ" ? "I" : $0 }) : String(word)
            }.joined(separator: " ")
        }
    }

    /// The program with `read` applied to every text a fact holds (titles, names, units, descriptions).
    private func mapTexts(_ read: (String) -> String) -> Program {
        var program = self
        for g in program.goals.indices {
            var goal = program.goals[g]
            for field in [\Goal.title, \Goal.aimTitle, \Goal.targetTitle] { goal[keyPath: field] = read(goal[keyPath: field]) }
            for i in goal.indicators.indices {
                goal.indicators[i].name = read(goal.indicators[i].name)
            }
            for a in goal.activities.indices {
                for field in [\Activity.name, \Activity.responsibleUnit, \Activity.description] {
                    goal.activities[a][keyPath: field] = read(goal.activities[a][keyPath: field])
                }
            }
            program.goals[g] = goal
        }
        return program
    }
}
