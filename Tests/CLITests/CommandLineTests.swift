import Foundation
import Testing

/// The built `perfprog` binary: help, exit statuses, messages, and its two reading commands.
@Suite struct CommandLineTests {
    let run = PerfprogBinary.run

    @Test func helpListsTheCommands() throws {
        let r = try run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("usage: perfprog COMMAND"))
        #expect(r.stdout.contains("  text "))
        #expect(r.stdout.contains("  words "))
        #expect(r.stderr.isEmpty)
        let sub = try run(["text", "--help"])
        #expect(sub.status == 0 && sub.stdout.contains("--layout") && sub.stdout.contains("--password"))
    }

    @Test func versionIsPrinted() throws {
        let r = try run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("perfprog "))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let missingFile = PerfprogBinary.sample("kayseri-2024.pdf")
        for args in [[], ["frobnicate"], ["text"], ["text", "--bogus", missingFile], ["words", missingFile],
                     ["text", missingFile, "--pages", "5-3"], ["text", missingFile, "--pages", "x"],
                     ["text", missingFile, "--jobs", "0"]] {
            let r = try run(args)
            #expect(r.status == 2, "\(args): \(r.status)")
            #expect(!r.stderr.isEmpty && r.stdout.isEmpty, "\(args)")
        }
    }

    @Test func missingFileIsNamedOnStderrWithStatusOne() throws {
        let r = try run(["text", "/nonexistent/plan.pdf"])
        #expect(r.status == 1)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == "perfprog text: /nonexistent/plan.pdf: no such file\n")
    }

    @Test func badInputsGiveOneLineEachAndNoRawLibraryMessages() throws {
        let expected = [
            "empty.pdf": "not a PDF", "random-bytes.pdf": "not a PDF", "truncated.pdf": "truncated",
            "broken-xref.pdf": "damaged PDF", "encrypted.pdf": "password is required",
            "image-only.pdf": "no text layer", "text-lost.pdf": "text lost",
        ]
        for (name, reason) in expected.sorted(by: { $0.key < $1.key }) {
            let path = PerfprogBinary.fixture(name)
            let r = try run(["text", path])
            #expect(r.status == 1, "\(name)")
            let lines = r.stderr.split(separator: "\n")
            // Only perfprog's own line: poppler's "Syntax Error…" and GLib's "(process:…)"
            // messages must not reach the terminal.
            #expect(lines.count == 1, "\(name): \(r.stderr)")
            #expect(r.stderr.hasPrefix("perfprog text: \(path): "), "\(name): \(r.stderr)")
            #expect(r.stderr.contains(reason), "\(name): \(r.stderr)")
        }
    }

    @Test func encryptedFileOpensWithItsPassword() throws {
        let path = PerfprogBinary.fixture("encrypted.pdf")
        let ok = try run(["text", path, "--password", "perfprog"])
        #expect(ok.status == 0)
        #expect(ok.stdout == "Performans Programi\nHedef 101.350\nGerceklesen 77.572\n\u{0C}\n")
        let wrong = try run(["text", path, "--password=nope"])
        #expect(wrong.status == 1 && wrong.stderr.contains("the password given is wrong"))
    }

    @Test func layoutTextKeepsColumnsAndTurkishLetters() throws {
        let r = try run(["text", PerfprogBinary.sample("kayseri-2024.pdf"), "--pages", "35", "--layout"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "PERFORMANS HEDEFİ TABLOSU" })
        let row = try #require(lines.first { $0.contains("77.572") })
        #expect(row.hasPrefix("      1 "))
        #expect(row.range(of: #"77\.572 +91\.350 +101\.350$"#, options: .regularExpression) != nil)
        #expect(r.stdout.hasSuffix("\u{0C}\n"))
        #expect(r.stdout.components(separatedBy: "\u{0C}").count == 2)
    }

    @Test func pageRangesSelectPages() throws {
        let r = try run(["text", PerfprogBinary.sample("balikesir-2024.pdf"), "--pages", "37-38,40"])
        #expect(r.status == 0)
        #expect(r.stdout.components(separatedBy: "\u{0C}").count == 4)
        #expect(r.stdout.hasPrefix("Balıkesir Büyükşehir Belediyesi 2024 Yılı Performans Programı\n"))
        let out = try run(["text", PerfprogBinary.sample("balikesir-2024.pdf"), "--pages", "127"])
        #expect(out.status == 1 && out.stderr.contains("out of range"))
    }

    @Test func textIsTheSameOnOneThreadOrSeveral() throws {
        let path = PerfprogBinary.sample("kayseri-2024.pdf")
        let one = try run(["text", path, "--layout", "-j", "1", "--pages", "30-60"])
        let three = try run(["text", path, "--layout", "--jobs=3", "--pages", "30-60"])
        #expect(one.status == 0 && three.status == 0)
        #expect(one.stdout.components(separatedBy: "\u{0C}").count == 32)
        #expect(one.stdout == three.stdout)
    }

    @Test func wordsAreValidSortedJSONLines() throws {
        let r = try run(["words", PerfprogBinary.sample("balikesir-2024.pdf"), "--page", "37"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 50)
        var kinds: [String] = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            kinds.append(object["kind"] as? String ?? "")
            #expect(object["page"] as? Int == 37)
        }
        #expect(kinds.first == "page")
        #expect(kinds.contains("word") && kinds.contains("line"))
        #expect(lines.contains { $0.contains(#""text":"Büyükşehir""#) })
        // Sorted keys: byte-identical output run after run.
        #expect(lines[1].hasPrefix(#"{"bold":"#))
        #expect(try run(["words", PerfprogBinary.sample("balikesir-2024.pdf"), "--page", "37"]).stdout == r.stdout)
    }

    @Test func scannedPageIsReportedAsSuchByWords() throws {
        let path = PerfprogBinary.fixture("image-only.pdf")
        let r = try run(["words", path, "--page", "1"])
        #expect(r.status == 1)
        #expect(r.stderr == "perfprog words: \(path): no text layer: page 1 has images but no text (scanned?)\n")
    }
}
