import Foundation
import Testing

/// perfprog opens poppler-glib (and GIO behind it) only to draw a picture of a page
/// (CPopplerGlib): reading a document does not load it, drawing one does.
@Suite struct PictureLibraryTests {
    @Test func extractDoesNotLoadPopplerGlibAndAPictureDoes() throws {
        // LD_DEBUG_OUTPUT: the dynamic loader's own log, per process, of the objects it loads.
        let r = try PerfprogBinary.shell("""
            LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/extract" "$PERFPROG" extract "$SAMPLES/balikesir-2024.pdf" --out "$WORK/o" --quiet || exit 10
            LD_DEBUG=files LD_DEBUG_OUTPUT="$WORK/inspect" "$PERFPROG" inspect "$SAMPLES/balikesir-2024.pdf" --page 37 --png "$WORK/p.png" --quiet || exit 11
            test -s "$WORK/p.png" || exit 12
            echo "extract: $(cat "$WORK"/extract.* | grep -c 'file=libpoppler.so') $(cat "$WORK"/extract.* | grep -c 'file=libpoppler-glib')"
            echo "inspect: $(cat "$WORK"/inspect.* | grep -c 'file=libpoppler.so') $(cat "$WORK"/inspect.* | grep -c 'file=libpoppler-glib')"
            """)
        #expect(r.status == 0, "\(r.status): \(r.stderr)")
        let counts = Dictionary(uniqueKeysWithValues: r.stdout.split(separator: "\n").compactMap { line -> (String, [Int])? in
            let parts = line.split(separator: " ")
            guard parts.count == 3 else { return nil }
            return (String(parts[0]), parts.dropFirst().compactMap { Int($0) })
        })
        // poppler's core is loaded at start both times (the log works); poppler-glib only to draw.
        #expect(counts["extract:"]?.first ?? 0 > 0, "\(r.stdout)")
        #expect(counts["extract:"]?.last == 0, "\(r.stdout)")
        #expect(counts["inspect:"]?.last ?? 0 > 0, "\(r.stdout)")
    }
}
