import Testing
@testable import Attribution

/// Content fragments cut at line breaks: the vector scan finds the same break a scalar-by-scalar scan finds.
struct FragmentBreakTests {
    /// Every start and end around a \n, a \r, a \r\n and a tab (below U+000D, no break), at every
    /// place inside and across the eight-scalar blocks, in Arabic and Latin text.
    @Test func firstLineBreakIsTheFirstNewlineOrReturn() {
        let texts = ["قال الوزير إن الوضع\nخطير جدا في المدينة\r\nوأضاف أن\tالأمر", "abcdefgh\tijklmnop\rqrstuvwxyz\n", "\n\r\n", "",
                     String(repeating: "كلمة ", count: 9) + "\n" + String(repeating: "x", count: 17)]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            scalars.withUnsafeBufferPointer { buffer in
                for start in 0...scalars.count {
                    for end in start...scalars.count + 2 {
                        let expected = (start..<min(end, scalars.count)).first { scalars[$0] == "\n" || scalars[$0] == "\r" }
                            ?? min(end, scalars.count)
                        #expect(ExtractionRun.firstLineBreak(in: buffer, from: start, before: end) == expected)
                    }
                }
            }
        }
    }
}
