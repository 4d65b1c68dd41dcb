import CGLib
import CPopplerGlib
import Foundation
import PageLayout

/// A document opened through poppler-glib, to draw pictures of its pages (`PageRenderer`);
/// reading is `PopplerPass`. The first one loads poppler-glib (CPopplerGlib). Not
/// thread-safe by design: poppler's document objects must not be shared between threads.
final class PopplerDocument {
    private let handle: OpaquePointer
    let path: String

    init(path: String, password: String?) throws(ExtractionError) {
        PopplerLog.shared.install()
        self.path = path
        var loadMessage: UnsafePointer<CChar>? = nil
        guard ppg_load(&loadMessage) != 0 else {
            throw .unreadable(path: path, reason: "poppler-glib, which draws pictures of pages, cannot be loaded: "
                              + (loadMessage.map { String(cString: $0) } ?? "unknown reason"))
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var uriError: UnsafeMutablePointer<GError>? = nil
        // The URI carries the name's exact bytes (PathName), escaped.
        guard let uri = PathName.withCString(absolute, { g_filename_to_uri($0, nil, &uriError) }) else {
            let reason = uriError.map { String(cString: $0.pointee.message) } ?? "invalid file name"
            if uriError != nil { g_error_free(uriError) }
            throw .unreadable(path: path, reason: reason)
        }
        defer { g_free(uri) }
        var error: UnsafeMutablePointer<GError>? = nil
        let doc = ppg_document_new_from_file(uri, password, &error)
        guard let doc else {
            defer { if error != nil { g_error_free(error) } }
            let code = error?.pointee.code ?? -1
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if error?.pointee.domain == ppg_error_quark(), code == Int32(PPG_ERROR_ENCRYPTED) {
                throw .encrypted(path: path, passwordGiven: password != nil)
            }
            throw .damaged(path: path, reason: message)
        }
        handle = doc
    }

    deinit { ppg_object_unref(UnsafeMutableRawPointer(handle)) }

    var pageCount: Int { Int(ppg_document_get_n_pages(handle)) }

    var info: DocumentInfo {
        DocumentInfo(path: path, pageCount: pageCount,
                     title: Self.take(ppg_document_get_title(handle)),
                     producer: Self.take(ppg_document_get_producer(handle)),
                     creator: Self.take(ppg_document_get_creator(handle)))
    }

    /// Reads one page (0-based index); the page object is released before returning,
    /// which keeps memory flat on long documents.
    func withPage<T>(_ index: Int, _ body: (OpaquePointer) throws -> T) rethrows -> T? {
        guard let page = ppg_document_get_page(handle, Int32(index)) else { return nil }
        defer { ppg_object_unref(UnsafeMutableRawPointer(page)) }
        return try body(page)
    }

    /// The size of a page as displayed (rotation applied).
    static func size(of page: OpaquePointer) -> (Double, Double) {
        var w = 0.0, h = 0.0
        ppg_page_get_size(page, &w, &h)
        return (w, h)
    }

    static func take(_ s: UnsafeMutablePointer<gchar>?) -> String? {
        guard let s else { return nil }
        defer { g_free(s) }
        let str = String(cString: s)
        return str.isEmpty ? nil : str
    }
}
