import Foundation

/// How a child process ended, read without reaping it (waitid with WNOWAIT): Foundation's
/// `Process` reaps it and tells its end itself, but only from a thread it may be refused
/// under a memory ceiling, and the build waited for ever for a worker long gone.
enum ChildExit: Equatable {
    case exited(Int32)
    case signalled(Int32)

    /// The end of child `pid`; nil while it runs (or once someone has reaped it).
    static func peek(_ pid: pid_t) -> ChildExit? {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return nil }
        let child = info._sifields._sigchld
        guard child.si_pid == pid else { return nil }
        switch Int(info.si_code) {
        case Int(CLD_EXITED): return .exited(child.si_status)
        case Int(CLD_KILLED), Int(CLD_DUMPED): return .signalled(child.si_status)
        default: return nil
        }
    }
}
