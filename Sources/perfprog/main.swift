import PerfprogCLI
import Foundation

exit(PerfprogCommand.main(PerfprogCommand.processArguments))
