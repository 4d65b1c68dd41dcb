import PerfprogCLI
import Foundation

exit(PerfprogCommand.main(CommandLine.arguments))
