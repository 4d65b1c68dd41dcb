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
    usage: perfprog inspect FILE.pdf --page N|3-5|1,3-5 [--png OUT.png [--scale S]] [--tables
                            [--format text|csv|json]] [--raw] [--quiet]

    Reads the whole document as `perfprog extract` does (in the same bounded memory) and
    shows the pages asked for:
      --page LIST    the pages: 3, 3-5 or 1,3-5 (--pages is the same)
      --png OUT.png  the page drawn with word boxes, rulings found, table regions, each
                     table's cell grid and a label with its kind and strategy (ruled /
                     aligned); rows outside every table are marked ignored. For several
                     pages, OUT-N.png per page; - writes one page's PNG to stdout
      --scale S      pixels per point of the picture (default 1.5, at most 10)
      --tables       each table of the page as a text grid: kind, page span, the reason it
                     was recognised, cells; then the ignored rows (the default output)
      --format F     for --tables: text (default), csv (one row per cell: page, table,
                     kind, grid, row, column, column_title, text) or json (per table: its
                     grids' column titles and rows of cells)
      --raw          the page's lines, rulings, shaded boxes and row bands
      --password P   for an encrypted PDF
      --quiet        no progress and no "wrote FILE" lines on stderr

    exit status: 0 success, 1 the file could not be read, 2 usage error, 4 an output could
    not be written (a --png file is left as it was; stdout: what was printed is incomplete)
    """
    static let valueOptions: Set<String> = ["page", "pages", "password", "png", "scale", "format"]
    static let flagOptions: Set<String> = ["raw", "tables", "quiet"]
    static let defaultScale = 1.5
    static let maximumScale = 10.0

    static func run(_ arguments: ArgumentList, console: Console) throws -> Int32 {
        guard let path = arguments.positional.first else { throw CommandError.usage("no input file") }
        guard let pageSpec = arguments.value("page") ?? arguments.value("pages") else {
            throw CommandError.usage("--page N is required (or a range: 3-5, 1,3-5)")
        }
        let format = arguments.value("format") ?? "text"
        guard ["text", "csv", "json"].contains(format) else {
            throw CommandError.usage("--format must be text, csv or json, not '\(format)'")
        }
        var scale = defaultScale
        if let s = arguments.value("scale") {
            guard let v = Double(s), v > 0, v <= maximumScale else {
                throw CommandError.usage("--scale expects a number above 0 and at most \(maximumScale), got '\(s)'")
            }
            scale = v
        }
        let png = arguments.value("png")
        // Before the document is read (it was found after reading and drawing).
        if let png, png != OutputTarget.stdout, let reason = OutputDirectory.unusableFile(png) {
            throw CommandError.unusablePath("--png \(PathName.display(png)): \(reason)")
        }
        let wantsTables = arguments.flag("tables") || (png == nil && !arguments.flag("raw"))
        let progress = CommandProgress(console: console, command: name, quiet: arguments.flag("quiet"))
        do {
            let pageCount = try DocumentReader(path: path, password: arguments.value("password"), readsRulings: false).pageCount
            let pages = try PageSelection.pages(pageSpec, pageCount: pageCount, path: path, option: "--page")
            if png == OutputTarget.stdout && (pages.count > 1 || wantsTables || arguments.flag("raw")) {
                throw CommandError.usage("--png - writes one page's picture to stdout and nothing else")
            }
            if arguments.flag("raw") {
                let reader = try DocumentReader(path: path, password: arguments.value("password"))
                for n in pages { printRaw(try reader.page(n), console: console) }
            }
            guard wantsTables || png != nil else { return ExitStatus.success }
            progress.step("reading \(path)")
            // Every page is read and recognised (a table's reading depends on the pages before
            // it); only the pages shown and their trace are kept.
            let inspection = try DocumentInspection(path: path, password: arguments.value("password"), pages: pages,
                                                    workers: ExtractCommand.readers)
            progress.clear()
            if wantsTables {
                switch format {
                case "csv": console.out(String(try inspection.tablesCSV(pages: pages).dropLast()))
                case "json": console.out(String(try inspection.tablesJSON(pages: pages).dropLast()))
                default:
                    // Each dump ends with a line break; the console adds its own.
                    let dumps = try pages.map { n in String(try inspection.tableDump(page: n).dropLast()) }
                    console.out(dumps.joined(separator: "\n\n"))
                }
            }
            if let png {
                for n in pages {
                    let target = pages.count == 1 ? png : Self.numbered(png, page: n)
                    progress.step("drawing page \(n)")
                    // Drawn aside, then written whole (OutputTarget): a picture that fails half-way
                    // (a full disk) never leaves half a PNG in the target's place.
                    let temporary = FileManager.default.temporaryDirectory
                        .appendingPathComponent("perfprog-inspect-\(getpid())-\(n).png").path
                    defer { try? FileManager.default.removeItem(atPath: temporary) }
                    try inspection.writePNG(page: n, scale: scale, to: temporary)
                    try OutputTarget.write(try Data(contentsOf: URL(fileURLWithPath: temporary)), to: target, progress: progress)
                }
            }
        } catch let error as ExtractionError {
            throw CommandError.input(error.description)
        } catch let error as PageRenderError {
            throw CommandError.input(error.description)
        }
        return ExitStatus.success
    }

    /// `out.png` for page 7 of several → `out-7.png`.
    static func numbered(_ path: String, page: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension.isEmpty ? "png" : url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(stem)-\(page).\(ext)").path
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
