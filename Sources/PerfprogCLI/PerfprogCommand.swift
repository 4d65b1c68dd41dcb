import Extraction
import Foundation

public enum PerfprogCommand {
    public static func main(_ args: [String]) -> Int32 {
        do {
            let r = try DocumentReader(path: args[1])
            let p = try r.page(Int(args[2]) ?? 1)
            for l in p.lines { print(l.text) }
            if args.count > 3 {
                print(CairoDebug.script(path: args[1], page: Int(args[2]) ?? 1))
            }
        } catch { print(error); return 1 }
        return 0
    }
}
