/// A minimal command-line reader: options (`--name value`, `--name=value`, `--flag`) and
/// positional arguments, with every unknown option a usage error.
struct ArgumentList {
    private(set) var positional: [String] = []
    private var options: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// - Parameters:
    ///   - valueOptions: options that take a value (without the leading dashes).
    ///   - flagOptions: options that take none.
    init(_ args: [String], valueOptions: Set<String>, flagOptions: Set<String>) throws {
        var i = 0
        var onlyPositional = false
        while i < args.count {
            let arg = args[i]
            i += 1
            if onlyPositional || !arg.hasPrefix("-") || arg == "-" { positional.append(arg); continue }
            if arg == "--" { onlyPositional = true; continue }
            var name = String(arg.drop { $0 == "-" })
            var inlineValue: String? = nil
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            // `-j2` as `-j 2` (the name read above is "j2").
            if arg.hasPrefix("-j"), arg.count > 2, !arg.hasPrefix("--"), inlineValue == nil {
                inlineValue = String(arg.dropFirst(2)); name = "j"
            }
            if valueOptions.contains(name) {
                if let v = inlineValue { options[name, default: []].append(v); continue }
                guard i < args.count else { throw CommandError.usage("option \(Self.spelled(name)) needs a value") }
                options[name, default: []].append(args[i])
                i += 1
            } else if flagOptions.contains(name) {
                if inlineValue != nil { throw CommandError.usage("option \(Self.spelled(name)) takes no value") }
                flags.insert(name)
            } else {
                throw CommandError.usage("unknown option \(arg)")
            }
        }
    }

    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }

    func int(_ name: String) throws -> Int? {
        guard let v = value(name) else { return nil }
        guard let n = Int(v) else { throw CommandError.usage("\(Self.spelled(name)) expects a whole number, got '\(v)'") }
        return n
    }

    /// An option as the user typed it: `-j` for a one-letter name, `--jobs` otherwise.
    static func spelled(_ name: String) -> String { name.count == 1 ? "-\(name)" : "--\(name)" }
}
