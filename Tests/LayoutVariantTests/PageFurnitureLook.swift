import Foundation

/// What a template prints on every page besides the program, and the order a producer draws a
/// page in: the furniture and habits of real municipal programs that the looks did not print.
/// The canvas (`PDFCanvas`) and the page flow (`PageFlow`) apply them; the reader must read
/// the same facts as without them.
enum PageFurnitureLook: String, CaseIterable, Sendable {
    /// The running header and a bare page number, as the looks always printed.
    case none
    /// A large light-grey word set diagonally across every page ("TASLAK", a draft's mark):
    /// behind the content on odd pages, over it on even ones (Word's watermark, a stamp added later).
    case watermark
    /// A logo picture before the running header, and a footer just under the text block,
    /// close to the page's last table: the administration's name, a rule above it, "Sayfa 3 / 12".
    case numberedFooter
    /// The page drawn out of reading order, as InDesign and Word text frames write it: fills, then
    /// every rule, then the text column by column from the right, each column bottom to top
    /// (a table's body before its header).
    case outOfOrder

    /// The watermark's word.
    static let watermarkText = "TASLAK"
    /// The watermark's grey (0 black … 1 white): light, as drafts are marked.
    static let watermarkGrey = 0.8
    /// The watermark's size against the page's shorter side.
    static let watermarkScale = 0.2
    /// The footer's top below the text block's bottom, in points: close to a table that fills the page.
    static let footerGap = 4.0
    /// The logo's side, in points.
    static let logoSide = 18.0

    /// "Sayfa 3 / 12", as Word's page-number field prints it.
    static func pageLabel(_ page: Int, of total: Int) -> String { "Sayfa \(page) / \(total)" }
}
