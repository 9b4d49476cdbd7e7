import Foundation
import IsnadCLI

let status = Isnad.main(Array(CommandLine.arguments.dropFirst()), console: .standard())
exit(status)
