import Foundation
import Testing

/// `perfprog units`: listing a dataset's units and classifying names from the command line.
@Suite struct UnitsCommandTests {
    let run = PerfprogBinary.run

    static func gold(_ programID: String) -> String {
        PerfprogBinary.packageRoot.appendingPathComponent("Tests/RecognitionTests/Fixtures/gold/\(programID)").path
    }

    @Test func classifyPrintsOneTabSeparatedLinePerName() throws {
        let r = try run(["units", "--classify", "İtfaiye Daire Bşk.", "Kùltür ve Sosyal İşler Daire Başkanlığı",
                         "Etüt ve Projeler Müdürlüğü", "Sağlık ve Sosyal Hizmetler Dai. Bşk.", "Hizmet Binaları Şb. Md."])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
            İtfaiye Daire Bşk.\tİtfaiye Dairesi Başkanlığı\t03.2\tİtfaiye Hizmetleri\tlexicon:İtfaiye
            Kùltür ve Sosyal İşler Daire Başkanlığı\tKültür ve Sosyal İşler Dairesi Başkanlığı\t08\tDinlenme, Kültür ve Din Hizmetleri\tlexicon:Kültür ve Sosyal İşler
            Etüt ve Projeler Müdürlüğü\tEtüt ve Projeler Müdürlüğü\t-\t-\tlexicon:Etüt ve Projeler
            Sağlık ve Sosyal Hizmetler Dai. Bşk.\tSağlık ve Sosyal Hizmetler Dairesi Başkanlığı\t-\t-\tconflict:Sağlık+Sosyal Hizmetler
            Hizmet Binaları Şb. Md.\tHizmet Binaları Şube Müdürlüğü\t-\t-\t-

            """)
    }

    @Test func classifyTakesTheOverrideFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("perfprog-units-\(UUID().uuidString).tsv")
        try Data("# ours\nKent Estetiği\t06.2\turban design here\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try run(["units", "--classify", "Kent Estetiği Dairesi Başkanlığı", "--unit-functions", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Kent Estetiği Dairesi Başkanlığı\tKent Estetiği Dairesi Başkanlığı\t06.2\tToplum Refahı Hizmetleri\toverride:\(file.lastPathComponent)\n")

        try Data("Kent Estetiği\t6.2\n".utf8).write(to: file)
        let bad = try run(["units", "--classify", "Kent Estetiği", "--unit-functions", file.path])
        #expect(bad.status == 2)
        #expect(bad.stdout.isEmpty)
        // One line naming the file and line (then the usual pointer to --help).
        #expect(bad.stderr.split(separator: "\n").first?.hasPrefix(
            "perfprog units: --unit-functions: \(file.path):1: unknown function code '6.2'") == true, "\(bad.stderr)")
    }

    @Test func listsADatasetsUnitsWithTheirSpellings() throws {
        let r = try run(["units", Self.gold("kayseri-buyuksehir-belediyesi-2024")])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "kayseri-buyuksehir-belediyesi-2024: 25 units, 20 with a function")
        let kultur = try #require(lines.firstIndex { $0.hasPrefix("U12\t") })
        #expect(lines[kultur] == "U12\tKültür ve Sosyal İşler Dairesi Başkanlığı\t08\tDinlenme, Kültür ve Din Hizmetleri\tlexicon:Kültür ve Sosyal İşler")
        #expect(lines[kultur + 1] == "\tKùltür ve Sosyal İşler Daire Başkanlığı\t1 activity")
        #expect(lines[kultur + 2] == "\tKültür ve Sosyal İşler Daire Başkanlığı\t3 activities")
        #expect(lines.contains("U3\tEtüt ve Projeler Dairesi Başkanlığı\t-\t-\tlexicon:Etüt ve Projeler"))
    }

    @Test func helpAndUsageErrors() throws {
        let help = try run(["units", "--help"])
        #expect(help.status == 0 && help.stdout.contains("--classify") && help.stdout.contains("--unit-functions"))
        #expect(try run(["--help"]).stdout.contains("  units "))
        #expect(try run(["units"]).status == 2)
        #expect(try run(["units", "--classify"]).status == 2)
        let missing = try run(["units", "/nonexistent/dataset"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "perfprog units: /nonexistent/dataset: no such file or directory\n")
    }
}
