import Testing
@testable import Attribution
