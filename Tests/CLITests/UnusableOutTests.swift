import Foundation
import Testing

/// `extract --out DIR` that cannot take the tables is refused before any input is read, in one
/// line naming DIR and the reason, with the usage status (2). It was found only when the first
/// document's tables were written, after reading it whole (status 1), and never when no input
/// gave a program (a broken one here: its own line, then nothing of DIR).
@Suite struct UnusableOutTests {
    /// What the shell's work directory holds (the capture's own .out and .err aside).
    static let listing = "ls -A \"$WORK\" | grep -v -x -e .out -e .err | tr '\\n' ' '"

    @Test(arguments: [
        ("file", ": > \"$WORK/file\"", "is a file, not a directory"),
        ("file/tables", ": > \"$WORK/file\"", "$WORK/file is a file, not a directory"),
        ("file/a/b", ": > \"$WORK/file\"", "$WORK/file is a file, not a directory"),
        ("fifo", "mkfifo \"$WORK/fifo\"", "is a FIFO, not a directory"),
        // A link whose target is missing (the whole file was read, then the tables failed).
        ("dangling", "ln -s /nonexistent/x \"$WORK/dangling\"", "is a link to /nonexistent/x, which does not exist"),
        ("dangling/tables", "ln -s /nonexistent/x \"$WORK/dangling\"", "$WORK/dangling is a link to /nonexistent/x, which does not exist"),
    ])
    func anUnusableOutIsOneLineBeforeAnyInputIsRead(out: String, setUp: String, reason: String) throws {
        let r = try PerfprogBinary.shell("""
            \(setUp) || exit 10
            echo garbage > "$WORK/broken.pdf"
            echo "$WORK"
            "$PERFPROG" extract "$WORK/broken.pdf" "$SAMPLES/balikesir-2024.pdf" --out "$WORK/\(out)"; echo "status $?"
            \(Self.listing)
            """)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let work = lines.first ?? ""
        #expect(lines.dropFirst() == ["status 2", "broken.pdf \(out.split(separator: "/")[0]) "], "\(r.stdout) \(r.stderr)")
        #expect(r.stderr == "perfprog extract: --out \(work)/\(out): \(reason.replacingOccurrences(of: "$WORK", with: work))\n",
                "\(r.stderr)")
    }

    /// Devices and directories nothing can be created in (as root too: /sys refuses, /proc has
    /// no room for new names), and a path under a device.
    @Test(arguments: [
        ("/dev/null", "is a character device, not a directory"),
        ("/dev/null/tables", "/dev/null is a character device, not a directory"),
        ("/sys/perfprog-tables", "cannot create it in /sys: Permission denied"),
        ("/proc", "cannot create files in it: No such file or directory"),
    ])
    func aSystemPathIsRefusedWithTheSystemsReason(out: String, reason: String) throws {
        let r = try PerfprogBinary.shell("""
            echo garbage > "$WORK/broken.pdf"
            "$PERFPROG" extract "$WORK/broken.pdf" --out \(out); echo "status $?"
            """)
        #expect(r.stdout == "status 2\n", "\(r.stderr)")
        #expect(r.stderr == "perfprog extract: --out \(out): \(reason)\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/sys/perfprog-tables"))
    }

    /// A relative DIR of one character (NSString's parent of "o" trapped: the check crashed
    /// extract with "crashed in the PDF library"), relative paths under a file, and a DIR that
    /// exists given relative.
    @Test func relativeOutsAreCheckedToo() throws {
        let r = try PerfprogBinary.shell("""
            cd "$WORK" && : > f && mkdir d && echo garbage > broken.pdf || exit 10
            "$PERFPROG" extract broken.pdf --out o --quiet; echo "o $?"
            "$PERFPROG" extract broken.pdf --out d --quiet; echo "d $?"
            "$PERFPROG" extract broken.pdf --out d/ --quiet; echo "d/ $?"
            "$PERFPROG" extract broken.pdf --out f/ --quiet; echo "f/ $?"
            "$PERFPROG" extract broken.pdf --out f/o --quiet; echo "f/o $?"
            "$PERFPROG" extract broken.pdf --out ./o/p/ --quiet; echo "./o/p/ $?"
            """)
        #expect(r.stdout == "o 1\nd 1\nd/ 1\nf/ 2\nf/o 2\n./o/p/ 1\n", "\(r.stdout) \(r.stderr)")
        let notAPDF = "perfprog extract: broken.pdf: not a PDF (the file does not start with %PDF-)"
        #expect(r.stderr.split(separator: "\n").map(String.init) == [
            notAPDF, notAPDF, notAPDF, "perfprog extract: --out f/: is a file, not a directory",
            "perfprog extract: --out f/o: f is a file, not a directory", notAPDF,
        ], "\(r.stderr)")
    }

    /// A DIR that can be made is not made before a program is read: a run whose every input
    /// fails leaves no empty folder, and the check leaves nothing in a DIR that exists.
    @Test func aUsableOutIsLeftAsItWas() throws {
        let r = try PerfprogBinary.shell("""
            mkdir "$WORK/existing" && echo garbage > "$WORK/broken.pdf" || exit 10
            "$PERFPROG" extract "$WORK/broken.pdf" --out "$WORK/new/tables" --quiet 2>/dev/null; echo "new $?"
            "$PERFPROG" extract "$WORK/broken.pdf" --out "$WORK/existing" --quiet 2>/dev/null; echo "existing $?"
            \(Self.listing); ls -A "$WORK/existing" | wc -l
            """)
        #expect(r.stdout == "new 1\nexisting 1\nbroken.pdf existing 0\n", "\(r.stdout) \(r.stderr)")
    }

    /// `inspect --png OUT` that cannot be written is said before the document is read and
    /// drawn (it was said after, with cairo's "error while writing to output stream").
    @Test(arguments: [
        ("\"$WORK\"", "$WORK: is a directory"),
        ("\"$WORK/f/p.png\"", "$WORK/f/p.png: $WORK/f is a file, not a directory"),
        ("\"$WORK/none/p.png\"", "$WORK/none/p.png: $WORK/none: no such directory"),
        ("/sys/p.png", "/sys/p.png: /sys: cannot create files in it: Permission denied"),
    ])
    func anUnusablePictureIsSaidBeforeReading(png: String, message: String) throws {
        try Self.expectRefusedBeforeReading("inspect \"$WORK/broken.pdf\" --page 1 --png \(png)", saying: "perfprog inspect: --png \(message)")
    }

    /// Runs `command` with $WORK/f a file and $WORK/broken.pdf no PDF: it exits 2 with the one
    /// line `message` (its $WORK the run's), having read nothing (the broken PDF would say so).
    static func expectRefusedBeforeReading(_ command: String, saying message: String) throws {
        let r = try PerfprogBinary.shell("""
            : > "$WORK/f" && echo garbage > "$WORK/broken.pdf" || exit 10
            echo "$WORK"
            "$PERFPROG" \(command); echo "status $?"
            """)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let work = lines.first ?? ""
        #expect(lines.dropFirst() == ["status 2"], "\(r.stdout) \(r.stderr)")
        #expect(r.stderr == message.replacingOccurrences(of: "$WORK", with: work) + "\n", "\(r.stderr)")
    }

    /// A picture is written whole: where it can be (a new file, one replaced), and into a device.
    @Test func aPictureIsWrittenWhole() throws {
        let r = try PerfprogBinary.shell("""
            echo old > "$WORK/old.png" || exit 10
            "$PERFPROG" inspect "$SAMPLES/balikesir-2024.pdf" --page 3 --png "$WORK/new.png" --quiet; echo "new $?"
            "$PERFPROG" inspect "$SAMPLES/balikesir-2024.pdf" --page 3 --png "$WORK/old.png" --quiet; echo "old $?"
            cmp -s "$WORK/new.png" "$WORK/old.png" && echo same
            "$PERFPROG" inspect "$SAMPLES/balikesir-2024.pdf" --page 3 --png /dev/null --quiet; echo "device $?"
            ls -A "$WORK" | grep -c part
            """)
        #expect(r.stdout == "new 0\nold 0\nsame\ndevice 0\n0\n", "\(r.stdout) \(r.stderr)")
    }

    /// `diff --output FILE` or `--html FILE` that cannot be written is said before the two
    /// programs are read: the HTML page's folder was found unusable after the text diff had
    /// been printed, reading both documents for nothing.
    @Test(arguments: [
        ("--html \"$WORK\"", "--html $WORK: is a directory"),
        ("--output \"$WORK/f/d.txt\"", "--output $WORK/f/d.txt: $WORK/f is a file, not a directory"),
        ("--output - --html /sys/d.html", "--html /sys/d.html: /sys: cannot create files in it: Permission denied"),
    ])
    func anUnusableDiffOutputIsSaidBeforeReading(options: String, message: String) throws {
        try Self.expectRefusedBeforeReading("diff \"$WORK/broken.pdf\" \"$SAMPLES/kayseri-2025.pdf\" --quiet \(options)",
                                            saying: "perfprog diff: \(message)")
    }
}
