import CPoppler

/// Renders pages into a cairo script device and returns each page's recorded commands.
/// One device serves a whole document (one reader, one thread): fonts are written into the
/// script once, on first use, instead of once per page, which is most of the cost.
final class CairoScriptRecorder {
    private final class Sink { var bytes: [UInt8] = [] }
    private let sink = Sink()
    private let closure: Unmanaged<Sink>
    private let device: OpaquePointer?

    init() {
        closure = Unmanaged.passRetained(sink)
        device = cairo_script_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_SUCCESS }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, closure.toOpaque())
        if let device { cairo_script_set_mode(device, CAIRO_SCRIPT_MODE_ASCII) }
    }

    deinit {
        if let device {
            cairo_device_finish(device)
            cairo_device_destroy(device)
        }
        closure.release()
    }

    /// The script of one page's drawing.
    func record(page: OpaquePointer, width: Double, height: Double) -> [UInt8] {
        guard let device, let surface = cairo_script_surface_create(device, CAIRO_CONTENT_COLOR_ALPHA, width, height) else { return [] }
        sink.bytes.removeAll(keepingCapacity: true)
        let cr = cairo_create(surface)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        cairo_device_flush(device)
        return sink.bytes
    }
}
