import CPoppler

/// Renders a page into a cairo script surface and returns the recorded commands.
enum CairoScriptRecorder {
    private final class Sink { var bytes: [UInt8] = [] }

    static func record(page: OpaquePointer, width: Double, height: Double) -> [UInt8] {
        let sink = Sink()
        let closure = Unmanaged.passRetained(sink)
        defer { closure.release() }
        guard let device = cairo_script_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure.toOpaque()) else { return [] }
        defer { cairo_device_destroy(device) }
        // Glyph outlines are not wanted: recording text as glyphs would dominate the output.
        cairo_script_set_mode(device, CAIRO_SCRIPT_MODE_ASCII)
        guard let surface = cairo_script_surface_create(device, CAIRO_CONTENT_COLOR_ALPHA, width, height) else { return [] }
        let cr = cairo_create(surface)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        cairo_device_finish(device)
        return sink.bytes
    }
}

public enum CairoDebug {
    public static func script(path: String, page: Int) -> String {
        guard let d = try? PopplerDocument(path: path, password: nil) else { return "" }
        return d.withPage(page - 1) { h in
            let (w, ht) = PageText.size(of: h)
            return String(decoding: CairoScriptRecorder.record(page: h, width: w, height: ht), as: UTF8.self)
        } ?? ""
    }
}
