import Extraction
import Foundation
import PageLayout
import TableGeometry

/// `perfprog inspect`: what the parser saw on a page.
enum InspectCommand: Subcommand {
    static let name = "inspect"
    static let summary = "show what the parser saw on a page (debug)"
    static let help = """
    usage: perfprog inspect FILE.pdf --page N [--raw]
    """
    static let valueOptions: Set<String> = ["page", "password"]
    static let flagOptions: Set<String> = ["raw"]

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard let path = arguments.positional.first else { throw CommandError.usage("no input file") }
        guard let pageNo = try arguments.int("page") else { throw CommandError.usage("--page N is required") }
        do {
            let reader = try DocumentReader(path: path, password: arguments.value("password"))
            let page = try reader.page(pageNo)
            if arguments.flag("raw") {
                for l in page.lines {
                    console.out(String(format: "%6.1f-%6.1f  ", l.box.y0, l.box.y1) + l.words.map { String(format: "[%.0f]", $0.box.x0) + $0.text }.joined(separator: " "))
                }
                for r in page.rulings { console.out("ruling \(r.axis) at \(r.position) \(r.start)…\(r.end)") }
                for b in page.shadedBoxes { console.out("shade \(b.box) grey \(b.grey)") }
                for band in RowSegmenter.rows(of: page) { console.out("band \(band.separatedBy) \(Int(band.box.y0))-\(Int(band.box.y1)): \(band.text.prefix(90))") }
            }
        } catch {
            throw CommandError.input(error.description)
        }
        return ExitStatus.success
    }
}
