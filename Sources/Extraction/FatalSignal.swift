import Foundation
import Synchronization
import Threads

/// What a process reading hostile PDFs says when a resource limit or a library stops it.
///
/// Under a memory ceiling (`ResourceLimits`) poppler's allocator prints "Out of memory"
/// and aborts, C++ throws bad_alloc, Swift traps; past the CPU budget the kernel sends
/// SIGXCPU. The handler (async-signal-safe: only read, write and _exit/raise on buffers
/// prepared beforehand) reads what the libraries last wrote (`LibraryOutput`), tells a
/// memory failure from another crash by it, and
/// - in a command (`extract`): prints `perfprog extract: FILE: stopped: REASON` and exits with
///   the status `install` was given (1, or 4 where nothing was written);
/// - in a build's worker: writes `stopped: REASON` as the last line of its stderr (the
///   build reports it for the file) and dies of the signal.
///
/// The handler allocates nothing: under the ceiling an allocation fails, and Swift's report
/// of that failure faults again (it printed a null message), which killed the process with
/// SIGSEGV and no line (gdb on the cores: a Swift String turned into a C string for open(2)).
/// It runs on a stack of its own (`SignalStack`), and only the first thread to fault speaks:
/// one that faults meanwhile waits for the process to end.
public enum FatalSignal {
    public enum Mode: Sendable { case command, worker }

    /// The signals that end a process stopped by a limit or a crash in a library.
    static let signals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGXCPU]

    nonisolated(unsafe) private static var mode: Mode = .command
    /// The status a command stopped by a limit exits with (`install`'s `status`).
    nonisolated(unsafe) private static var stopStatus: Int32 = 1
    /// "perfprog extract: FILE" for the file being read (command mode), NUL-terminated.
    nonisolated(unsafe) private static var context: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var contextLength = 0
    nonisolated(unsafe) private static var memoryReason: [UInt8] = []
    nonisolated(unsafe) private static var cpuReason: [UInt8] = []
    nonisolated(unsafe) private static var crashReason: [UInt8] = Array("crashed in the PDF library (damaged content?)\n".utf8)
    /// Room for the libraries' last words, read in the handler.
    nonisolated(unsafe) private static let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: scratchSize)
    static let scratchSize = 16384
    /// A crash with this little room left under the memory ceiling is the ceiling's doing: a
    /// refused allocation that a library did not report as one (a null pointer followed, a
    /// stack not mapped). A reader's largest single request is about a thread's stack (8 MB).
    static let ceilingMarginBytes = 12 << 20
    /// The ceiling on writable memory (RLIMIT_DATA) when installed; 0 for none.
    nonisolated(unsafe) private static var ceilingBytes = 0
    /// A ceiling on the address space (RLIMIT_AS, set from outside: prlimit --as, ulimit -v)
    /// counts what is only reserved: glibc reserves 64 MB for a thread's malloc arena and 8 MB
    /// for its stack, so a refusal comes this far below it.
    static let addressMarginBytes = 80 << 20
    /// RLIMIT_AS when installed; 0 for none.
    nonisolated(unsafe) private static var addressCeilingBytes = 0
    nonisolated(unsafe) private static var pageBytes = 4096
    /// Room for /proc/self/statm, read in the handler.
    nonisolated(unsafe) private static let statm = UnsafeMutablePointer<UInt8>.allocate(capacity: statmSize)
    static let statmSize = 256
    /// "/proc/self/statm" as a C string, made beforehand.
    nonisolated(unsafe) private static let statmPath: UnsafeMutablePointer<CChar> = strdup("/proc/self/statm")
    /// Whether the installing thread has its `SignalStack` (install may be called again).
    nonisolated(unsafe) private static var hasSignalStack = false
    /// The thread in the handler (pthread_self), 0 while none is.
    private static let speaker = Atomic<UInt>(0)

    /// Why a limit was reached, said after it: a reader's content, or (`build`, which reads no
    /// PDF) the limit set on the process itself.
    public static let contentSuspect = "hostile or damaged content?"

    /// A file the handler removes before the process ends (`build`'s lock: the dataset's next
    /// build finds nothing beside it); NUL-terminated, made beforehand.
    nonisolated(unsafe) private static var removedOnStop: UnsafeMutablePointer<CChar>?
    /// Directories the handler empties and removes first (`build`'s staging and work
    /// directory), each flat; NUL-terminated, made beforehand.
    nonisolated(unsafe) private static var directoriesRemovedOnStop: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    nonisolated(unsafe) private static var directoriesRemovedOnStopCount = 0

    /// Installs the handler for the process; `memoryMB` and `cpuSeconds` name the limits in
    /// the messages, `suspect` what to look at.
    /// - Parameter status: what a command stopped by a limit exits with: 1, the input's fault
    ///   (`text`), or 4 where the stop means that nothing was written (`extract`, `build`).
    public static func install(mode: Mode, memoryMB: Int, cpuSeconds: Int?, suspect: String = contentSuspect,
                               crash: String = "crashed in the PDF library (damaged content?)", status: Int32 = 1) {
        self.mode = mode
        stopStatus = status
        // Made now: a static's first use inside the handler would take swift_once's lock,
        // which the crashing thread may hold (a trap while a lazy global was being made).
        _ = scratch
        _ = statm
        _ = statmPath
        _ = speaker.load(ordering: .relaxed)
        if !hasSignalStack { hasSignalStack = SignalStack.useForThisThread() }
        pageBytes = max(1, sysconf(Int32(_SC_PAGESIZE)))
        var limit = rlimit()
        ceilingBytes = 0
        if getrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            ceilingBytes = Int(limit.rlim_cur)
        }
        addressCeilingBytes = 0
        if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            addressCeilingBytes = Int(limit.rlim_cur)
        }
        // The ceiling in force names the limit: a lower one set from outside (prlimit, ulimit)
        // is the one reached.
        let limitMB = [memoryMB, ceilingBytes >> 20, addressCeilingBytes >> 20].filter { $0 > 0 }.min() ?? memoryMB
        memoryReason = Array("over the memory limit of \(limitMB) MB (\(suspect))\n".utf8)
        crashReason = Array((crash + "\n").utf8)
        cpuReason = Array("over the CPU time limit\(cpuSeconds.map { " of \($0) s" } ?? "") (\(suspect))\n".utf8)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { FatalSignal.handle($0) }
            // The other fatal signals wait while the handler runs: one raised in it (an abort)
            // would enter it again on the same thread.
            sigemptyset(&action.sa_mask)
            for other in signals { sigaddset(&action.sa_mask, other) }
            action.sa_flags = Int32(SA_ONSTACK)
            sigaction(signal, &action, nil)
        }
        // A parent may start us with them blocked (a thread's mask is inherited across exec; a
        // test runner's was): SIGXCPU would then wait until the hard limit's SIGKILL, unsaid.
        var mask = sigset_t()
        sigemptyset(&mask)
        for signal in signals { sigaddset(&mask, signal) }
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
    }

    /// Names the file now being read (command mode): "perfprog extract: FILE".
    public static func reading(_ label: String) {
        let bytes = Array(label.utf8)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 1)
        buffer.initialize(from: bytes, count: bytes.count)
        buffer[bytes.count] = 0
        let old = context
        context = buffer
        contextLength = bytes.count
        old?.deallocate()
    }

    /// Has the handler remove `path` (nil: nothing) before the process ends, and before it
    /// each of `directories` with the entries in it (not deeper: they are flat).
    /// (What was given before is not freed: the handler may be reading it.)
    public static func removeOnStop(_ path: String?, directories: [String] = []) {
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: max(1, directories.count))
        for (index, directory) in directories.enumerated() { (list + index).initialize(to: strdup(directory)) }
        if !directories.isEmpty { FlatDirectoryRemoval.prepare() }
        directoriesRemovedOnStopCount = 0
        directoriesRemovedOnStop = list
        directoriesRemovedOnStopCount = directories.count
        removedOnStop = path.map { strdup($0) }
    }

    /// Removes what `removeOnStop` named: for the handler, and for a command that ends itself
    /// with `_exit` past its deadline (`extract --timeout`), which no `defer` outlives.
    public static func removeWhatStops() {
        if let directoriesRemovedOnStop {
            for index in 0..<directoriesRemovedOnStopCount {
                if let directory = directoriesRemovedOnStop[index] { FlatDirectoryRemoval.remove(directory) }
            }
        }
        if let removedOnStop { unlink(removedOnStop) }
    }

    private static func handle(_ signal: Int32) {
        let me = UInt(pthread_self())
        guard speaker.compareExchange(expected: 0, desired: me, ordering: .acquiringAndReleasing).exchanged else {
            // Another thread is saying why the process stops, and then ends it.
            while true { pause() }
        }
        let terminal = LibraryOutput.terminal
        var length = 0
        if LibraryOutput.captured >= 0 {
            while length < scratchSize {
                let n = read(LibraryOutput.captured, scratch + length, scratchSize - length)
                if n <= 0 { break }
                length += n
            }
        }
        let memory = contains(scratch, length, "emory") || contains(scratch, length, "alloc") || nearCeiling()
        switch mode {
        case .worker:
            // The libraries' last words, then the verdict as the last line.
            if length > 0 { _ = write(terminal, scratch, length); put("\n", terminal) }
            put("stopped: ", terminal)
            writeReason(signal: signal, memory: memory, to: terminal)
            dieOf(signal)
        case .command:
            removeWhatStops()
            if let context { _ = write(terminal, context, contextLength) } else { put("perfprog", terminal) }
            put(": stopped: ", terminal)
            writeReason(signal: signal, memory: memory, to: terminal)
            _exit(stopStatus)
        }
    }

    /// Ends the process by `signal` itself (its default action), as the build expects of a worker.
    private static func dieOf(_ signal: Int32) -> Never {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, signal)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        raise(signal)
        // A signal whose default is not to end the process (none of `signals`) ends it here.
        _exit(128 + signal)
    }

    private static func writeReason(signal: Int32, memory: Bool, to fd: Int32) {
        if signal == SIGXCPU {
            cpuReason.withUnsafeBufferPointer { _ = write(fd, $0.baseAddress, $0.count) }
        } else if memory {
            memoryReason.withUnsafeBufferPointer { _ = write(fd, $0.baseAddress, $0.count) }
        } else {
            crashReason.withUnsafeBufferPointer { _ = write(fd, $0.baseAddress, $0.count) }
        }
    }

    /// Whether the process's data (/proc/self/statm's sixth field, in pages) stands within
    /// `ceilingMarginBytes` of the ceiling, or its size (the first) within `addressMarginBytes`
    /// of the address-space one; read with open/read only.
    private static func nearCeiling() -> Bool {
        guard ceilingBytes > 0 || addressCeilingBytes > 0 else { return false }
        let fd = open(statmPath, O_RDONLY)
        guard fd >= 0 else { return false }
        let n = read(fd, statm, statmSize)
        close(fd)
        guard n > 0 else { return false }
        var field = 0, value = 0, k = 0, size = 0
        while k < n {
            let byte = statm[k]
            if byte == 0x20 {
                if field == 5 { break }
                if field == 0 { size = value }
                field += 1
                value = 0
            } else if byte >= 0x30 && byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
            }
            k += 1
        }
        if addressCeilingBytes > 0, size * pageBytes + addressMarginBytes >= addressCeilingBytes { return true }
        return ceilingBytes > 0 && field == 5 && value * pageBytes + ceilingMarginBytes >= ceilingBytes
    }

    /// write(2) of a literal, without allocating.
    private static func put(_ text: StaticString, _ fd: Int32) {
        _ = write(fd, text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Whether `needle` occurs in the buffer (memmem, which Glibc's Swift module does not show).
    private static func contains(_ buffer: UnsafeMutablePointer<UInt8>, _ length: Int, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard length >= count else { return false }
        let bytes = needle.utf8Start
        var start = 0
        while start + count <= length {
            var matched = 0
            while matched < count && buffer[start + matched] == bytes[matched] { matched += 1 }
            if matched == count { return true }
            start += 1
        }
        return false
    }
}
