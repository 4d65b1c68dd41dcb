import Extraction
import Foundation
import Inspection
import PageLayout
import TableGeometry

/// `perfprog inspect`: what the parser saw on a page, as a picture or a text dump.
enum InspectCommand: Subcommand {
    static let name = "inspect"
    static let summary = "show what the parser saw on a page (picture or table dump)"
    static let help = """
    usage: perfprog inspect FILE.pdf --page N [--png OUT.png [--scale S]] [--tables] [--raw]

    Reads the whole document as `perfprog extract` does and shows one page:
      --png OUT.png  the page drawn with word boxes, rulings found, table regions, each
                     table's cell grid and a label with its kind and strategy (ruled /
                     aligned); rows outside every table are marked ignored
      --scale S      pixels per point of the picture (default 1.5, at most 10)
      --tables       each table of the page as a text grid: kind, page span, the reason it
                     was recognised, cells; then the ignored rows (the default output)
      --raw          the page's lines, rulings, shaded boxes and row bands
      --password P   for an encrypted PDF
    """
    static let valueOptions: Set<String> = ["page", "password", "png", "scale"]
    static let flagOptions: Set<String> = ["raw", "tables"]
    static let defaultScale = 1.5
    static let maximumScale = 10.0

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard let path = arguments.positional.first else { throw CommandError.usage("no input file") }
        guard let pageNo = try arguments.int("page") else { throw CommandError.usage("--page N is required") }
        var scale = defaultScale
        if let s = arguments.value("scale") {
            guard let v = Double(s), v > 0, v <= maximumScale else {
                throw CommandError.usage("--scale expects a number above 0 and at most \(maximumScale), got '\(s)'")
            }
            scale = v
        }
        let png = arguments.value("png")
        let wantsTables = arguments.flag("tables") || (png == nil && !arguments.flag("raw"))
        do {
            if arguments.flag("raw") {
                let reader = try DocumentReader(path: path, password: arguments.value("password"))
                printRaw(try reader.page(pageNo), console: console)
            }
            guard wantsTables || png != nil else { return ExitStatus.success }
            let inspection = try DocumentInspection(path: path, password: arguments.value("password"))
            // The dump ends with a line break; the console adds its own.
            if wantsTables { console.out(String(try inspection.tableDump(page: pageNo).dropLast())) }
            if let png { try inspection.writePNG(page: pageNo, scale: scale, to: png) }
        } catch let error as ExtractionError {
            throw CommandError.input(error.description)
        } catch let error as PageRenderError {
            throw CommandError.input(error.description)
        }
        return ExitStatus.success
    }

    static func printRaw(_ page: Page, console: Console) {
        for l in page.lines {
            console.out(String(format: "%6.1f-%6.1f  ", l.box.y0, l.box.y1) + l.words.map { String(format: "[%.0f]", $0.box.x0) + $0.text }.joined(separator: " "))
        }
        for r in page.rulings { console.out("ruling \(r.axis) at \(r.position) \(r.start)…\(r.end)") }
        for b in page.shadedBoxes { console.out("shade \(b.box) grey \(b.grey)") }
        for band in RowSegmenter.rows(of: page) { console.out("band \(band.separatedBy) \(Int(band.box.y0))-\(Int(band.box.y1)): \(band.text.prefix(90))") }
    }
}
