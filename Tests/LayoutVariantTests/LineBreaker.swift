/// Breaks a cell's text into lines that fit its width, at spaces, as a word processor
/// wraps text in a table cell. A word wider than the cell stays whole on its own line.
enum LineBreaker {
    static func lines(_ text: String, width: Double, font: TypeFace, canvas: PDFCanvas) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if current.isEmpty || canvas.width(of: candidate, in: font) <= width {
                current = candidate
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
