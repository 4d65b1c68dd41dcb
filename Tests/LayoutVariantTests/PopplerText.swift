import CPoppler
import Foundation

/// A generated PDF's pages as poppler reads them (the typesetter's own checks: the text
/// is real text, with its Turkish letters).
enum PopplerText {
    static func pages(path: String) -> [String] {
        let uri = URL(fileURLWithPath: path).absoluteString
        guard let document = poppler_document_new_from_file(uri, nil, nil) else { return [] }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        return (0..<poppler_document_get_n_pages(document)).map { index in
            guard let page = poppler_document_get_page(document, index) else { return "" }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            guard let text = poppler_page_get_text(page) else { return "" }
            defer { g_free(text) }
            return String(cString: text)
        }
    }
}
