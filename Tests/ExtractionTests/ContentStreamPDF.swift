import Foundation

/// A one-page PDF (A4, 595 × 842 pt) written from a raw content stream: for drawing that
/// cairo's PDF writer never produces (shadings, soft masks, odd clips and fills). A line
/// of Helvetica text comes first, so that the page is read as a text page. Objects from 6
/// on are `objects`; `resources` are added to the page's resource dictionary. Removed
/// with the value. `mediaBox` and `page` (more entries of the page's dictionary: a /CropBox)
/// place the page otherwise.
final class ContentStreamPDF {
    let path: String

    init(name: String, content: String, resources: String = "", objects: [String] = [], mediaBox: String = "0 0 595 842",
         page: String = "") throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("perfprog-\(name)-\(ProcessInfo.processInfo.processIdentifier).pdf").path
        let stream = "BT /F1 10 Tf 60 800 Td (Sample text on the page) Tj ET\n" + content
        var bodies = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox)] \(page) /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> \(resources) >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        bodies += objects
        var file = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in bodies.enumerated() {
            offsets.append(file.utf8.count)
            file += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = file.utf8.count
        file += "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { file += String(format: "%010d 00000 n \n", offset) }
        file += "trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        try file.write(toFile: path, atomically: true, encoding: .ascii)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
