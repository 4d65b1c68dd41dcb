import CPoppler
import PageLayout

/// Recovers drawn lines and filled boxes. poppler-glib exposes no vector paths, so the page
/// is rendered into a cairo *script* surface, which records poppler's drawing commands as
/// text, and the path commands are read back from that text.
enum RulingReader {
    static func read(page: OpaquePointer, width: Double, height: Double, recorder: CairoScriptRecorder) -> ([Ruling], [ShadedBox]) {
        let script = recorder.record(page: page, width: width, height: height)
        return CairoScriptParser.parse(script, pageHeight: height)
    }
}
