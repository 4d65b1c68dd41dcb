// swift-tools-version:6.0
import PackageDescription

// perfprog: performance programs (Performans Programı) PDF → canonical dataset.
// Modules follow the data: Extraction (poppler) → PageLayout values → TableGeometry →
// Recognition → Dataset (model + normalisation) → Checks → DatasetIO; Diff and Batch on top;
// PerfprogCLI is the thin command layer, `perfprog` its executable.
let package = Package(
    name: "perfprog",
    products: [
        .executable(name: "perfprog", targets: ["perfprog"]),
    ],
    targets: [
        // poppler-glib, for the tests that hold the one-pass shim to it; perfprog itself opens
        // it only to draw pictures (CPopplerGlib).
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        // poppler's core C++ library (PDFDoc, Gfx, TextOutputDev), for the one-pass shim.
        .systemLibrary(
            name: "CPopplerCore",
            pkgConfig: "poppler",
            providers: [.apt(["libpoppler-private-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // glibc's <malloc.h> (mallopt), for Extraction's MallocSettings.
        .target(name: "PageLayout"),
        .target(name: "Threads"),
        // One poppler pass per page: text as poppler-glib lays it out, and the paths (rulings).
        .target(name: "CPopplerPass", dependencies: ["CPopplerCore", "CGLib", "CCairo"]),
        // poppler-glib's few functions for pictures of pages, loaded with dlopen when first drawn.
        .target(name: "CPopplerGlib", dependencies: ["CGLib", "CCairo"]),
        .target(name: "Extraction", dependencies: ["CGLib", "CCairo", "CPopplerPass", "CPopplerGlib", "PageLayout", "Threads"]),
        .target(name: "TableGeometry", dependencies: ["PageLayout"]),
        .target(name: "Dataset", dependencies: ["Threads"]),
        .target(name: "Recognition", dependencies: ["PageLayout", "TableGeometry", "Dataset"]),
        .target(name: "Checks", dependencies: ["Dataset"]),
        .target(name: "DatasetIO", dependencies: ["Dataset", "CSQLite"]),
        .target(name: "Diff", dependencies: ["Dataset"]),
        .target(name: "Pipeline", dependencies: ["Extraction", "PageLayout", "Recognition", "Dataset", "Checks"]),
        .target(name: "Inspection", dependencies: ["Extraction", "PageLayout", "TableGeometry", "Recognition"]),
        .target(name: "Batch", dependencies: ["Pipeline", "Inspection", "Extraction", "Recognition", "Dataset", "Checks", "DatasetIO", "Threads"]),
        .target(
            name: "PerfprogCLI",
            dependencies: ["Extraction", "PageLayout", "TableGeometry", "Recognition", "Dataset", "Checks", "DatasetIO", "Diff", "Batch", "Pipeline", "Inspection", "Threads"]
        ),
        // A release binary is linked at a fixed address (not position-independent): the loader
        // then applies none of its ~77,000 relative relocations at each start (1.8 MB of them
        // read, ~200 pages of data written: 955 → 741 page faults, 4.0 → 2.6 M cycles in the
        // loader for `perfprog --version`), which every `extract` and every build worker pays.
        .executableTarget(name: "perfprog", dependencies: ["PerfprogCLI"],
                          linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: ["Extraction", "PageLayout", "CPoppler"],
            resources: [.copy("Fixtures")]
        ),
        // Runs the built `perfprog` binary (scripts/test builds it first).
        .testTarget(name: "CLITests", dependencies: ["perfprog"]),
        .testTarget(name: "ChecksTests", dependencies: ["Checks", "Dataset", "Recognition", "PageLayout"]),
        .testTarget(name: "PerfprogCLITests", dependencies: ["PerfprogCLI"]),
        .testTarget(
            name: "DiffTests",
            dependencies: ["Diff", "DatasetIO", "Dataset", "Pipeline", "perfprog"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "InspectTests",
            dependencies: ["Inspection", "Recognition", "Extraction", "PageLayout"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "DatasetIO", "Dataset", "Extraction", "Recognition", "perfprog"]),
        .testTarget(name: "TableGeometryTests", dependencies: ["TableGeometry", "PageLayout"]),
        // Responsible units and their functions: canonical names, the lexicon, function_totals.
        .testTarget(name: "DatasetTests", dependencies: ["Dataset", "DatasetIO"], resources: [.copy("Fixtures")]),
        // Re-typesets a gold program in several layouts (cairo PDFs at test time) and reads them back.
        .testTarget(
            name: "LayoutVariantTests",
            dependencies: ["Pipeline", "Recognition", "Dataset", "DatasetIO", "CPoppler"],
            exclude: ["RealTemplates.md"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "RecognitionTests",
            dependencies: ["Pipeline", "Recognition", "Dataset", "DatasetIO", "TableGeometry", "PageLayout"],
            resources: [.copy("Fixtures")]
        ),
    ],
    cxxLanguageStandard: .cxx17
)

// Release builds optimise across modules: the stages call each other's small functions and
// generics per word and per row (Rect.enclosing, Word.scale, Lexicon's folding), which
// otherwise run unspecialised and uninlined behind the module boundary.
for target in package.targets where [.regular, .executable].contains(target.type) && !target.name.hasPrefix("C") {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}
