/// The version of the whole PDF → program parse (extraction, recognition, normalisation,
/// checks). Cached results are keyed by (the PDF's SHA-256, this version): bump it whenever
/// a change can alter what any PDF yields, and every file is parsed again on the next build.
public enum ParserVersion {
    public static let current = "25"
}
