import Testing
@testable import Agreement
