import Testing
@testable import ArabicText
