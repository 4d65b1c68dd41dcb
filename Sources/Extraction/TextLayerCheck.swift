import PageLayout

/// Tells a scanned or text-stripped document from one that simply has empty pages.
enum TextLayerCheck {
    static func validate(pages: [Page], path: String, diagnostics: inout [String]) throws(ExtractionError) {
        let imageOnly = pages.filter { $0.words.isEmpty && $0.imageCount > 0 }.map(\.number)
        let withText = pages.filter { !$0.words.isEmpty }.count
        if withText == 0 {
            if !imageOnly.isEmpty { throw .noTextLayer(path: path, pages: imageOnly) }
            if !pages.isEmpty { throw .damaged(path: path, reason: "no page has any text (the text was lost or never there)") }
        }
        if !imageOnly.isEmpty {
            diagnostics.append("\(path): \(PageList.describe(imageOnly)): images but no text layer (scanned?)")
        }
    }
}
