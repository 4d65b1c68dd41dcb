@testable import Batch
import Testing

@Suite struct PeakMemoryTests {
    @Test func readsVmHWMFromAProcStatusText() {
        let status = "Name:\tperfprog\nVmPeak:\t  200000 kB\nVmHWM:\t   51234 kB\nVmRSS:\t   40000 kB\n"
        #expect(PeakMemory.kilobytes(field: "VmHWM", in: status) == 51234)
        #expect(PeakMemory.kilobytes(field: "VmSwap", in: status) == nil)
    }

    @Test func theRunningProcessHasAPeak() throws {
        let kb = try #require(PeakMemory.currentProcessKB())
        #expect(kb > 0)
    }
}
