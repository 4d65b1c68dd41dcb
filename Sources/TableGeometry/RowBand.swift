import PageLayout
import Synchronization

/// A table row as found on the page: the lines between two row separators.
public struct RowBand: Sendable {
    public var page: Int { didSet { answers = RowAnswers() } }
    public var lines: [TextLine] { didSet { (words, text) = Self.read(lines); answers = RowAnswers() } }
    public var box: Rect { didSet { answers = RowAnswers() } }
    /// How the row's upper edge was found.
    public var separatedBy: RowSeparation { didSet { answers = RowAnswers() } }
    /// The x of each vertical rule drawn across the whole row (a grid's cell edges), left to right.
    public var verticalRules: [Double] { didSet { answers = RowAnswers() } }
    /// Every vertical rule drawn across some of the row's lines: also those standing only under
    /// a cell that spans several columns (a group cell "Kaynak İhtiyacı" over the cells it names).
    public var crossingRules: [Ruling] { didSet { answers = RowAnswers() } }

    public init(page: Int, lines: [TextLine], separatedBy: RowSeparation, verticalRules: [Double] = [], crossingRules: [Ruling] = []) {
        self.page = page
        self.lines = Self.topToBottom(lines)
        self.box = Rect.enclosing(lines.lazy.map(\.box)) ?? Rect(x0: 0, y0: 0, x1: 0, y1: 0)
        self.separatedBy = separatedBy
        self.verticalRules = verticalRules
        self.crossingRules = crossingRules
        (words, text) = Self.read(self.lines)
    }

    /// The lines as a row holds them: by their top (mostly in order already; the sort is
    /// stable, so the same order either way).
    static func topToBottom(_ lines: [TextLine]) -> [TextLine] {
        zip(lines, lines.dropFirst()).allSatisfy({ !($1.box.y0 < $0.box.y0) }) ? lines : lines.sorted { $0.box.y0 < $1.box.y0 }
    }

    // Kept with the lines, not derived per use: the recogniser asks a row for them many times.
    /// The row's words, line by line.
    public private(set) var words: [Word]
    /// The row's words in reading order (line by line, left to right).
    public private(set) var text: String

    /// The row's words and their text: a space between lines and between the words of a line.
    private static func read(_ lines: [TextLine]) -> ([Word], String) {
        var words: [Word] = []
        words.reserveCapacity(lines.reduce(0) { $0 + $1.words.count })
        for line in lines { words += line.words }
        return (words, Word.spaced(words))
    }

    /// Answers about this row, shared by its copies; a changed row starts afresh.
    @usableFromInline var answers = RowAnswers()

    /// The answer to `question`, which must depend on nothing but the row (its page, lines,
    /// words, box): computed when first asked, then kept with the row. Recognition asks the
    /// same rows the same questions many times (a title? a labelled row? a total?).
    @inlinable
    public func remembered<Answer: Sendable>(_ question: RowQuestion, _ answer: (RowBand) -> Answer) -> Answer {
        if let entry = answers.answer(question), let known = entry as? Known<Answer> { return known.answer }
        let found = answer(self)
        answers.keep(Known(answer: found), for: question)
        return found
    }
}

/// An answer as kept (an answer may itself be optional: nil is an answer too), in a box of its
/// own: a class instance is kept and looked up with a reference count and a class check, where
/// a value in an existential was copied and cast (rows are asked thousands of questions).
@usableFromInline
protocol KeptAnswer: AnyObject, Sendable {}

@usableFromInline
final class Known<Answer: Sendable>: KeptAnswer {
    @usableFromInline let answer: Answer
    @usableFromInline init(answer: Answer) { self.answer = answer }
}

/// A question asked of rows (`RowBand.remembered`); each instance is a question of its own.
public final class RowQuestion: Sendable {
    public init() {}
}

/// What has been answered about one row. Answers are computed outside the lock (a question
/// may ask others of the same row); two threads asking at once compute the same answer.
@usableFromInline
final class RowAnswers: Sendable {
    private let known = Mutex<[(question: ObjectIdentifier, answer: any KeptAnswer)]>([])

    @usableFromInline init() {}

    /// Questions most rows are asked (a title? a labelled row? folded? a header?).
    static let typicalQuestions = 8

    @usableFromInline
    func answer(_ question: RowQuestion) -> (any KeptAnswer)? {
        let id = ObjectIdentifier(question)
        return known.withLock { list in
            for entry in list where entry.question == id { return entry.answer }
            return nil
        }
    }

    @usableFromInline
    func keep(_ answer: any KeptAnswer, for question: RowQuestion) {
        let id = ObjectIdentifier(question)
        known.withLock { list in
            guard !list.contains(where: { $0.question == id }) else { return }
            // A row is asked a handful of questions: room for them at once, not grown one by one.
            if list.isEmpty { list.reserveCapacity(Self.typicalQuestions) }
            list.append((id, answer))
        }
    }
}

/// The strategies of row finding, listed once.
public enum RowSeparation: String, Sendable {
    /// A drawn horizontal rule (ruled tables).
    case ruling
    /// A vertical gap in the text (unruled tables).
    case gap
    /// Where the shading of a header row (or of every other row) starts or stops.
    case shading
    /// The cells' text: rows that touch, a new one starting where its cells do (`TouchingRows`).
    case content
    /// A line in larger type than the row above: a heading set right under a table's last row.
    case typeSize
    /// A line with no bold word under a row all in bold: a header's cells over the body's first row.
    case weight
    /// The first row of a page.
    case pageStart
}
