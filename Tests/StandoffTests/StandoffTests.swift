import Testing
@testable import Standoff
