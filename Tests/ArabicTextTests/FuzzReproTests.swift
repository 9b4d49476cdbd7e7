import Foundation
import Testing
@testable import ArabicText

/// Inputs that stalled `isnad tokenize` (found by QA fuzzing it with random and repeated text).
@Suite struct FuzzReproTests {
    func kinds(_ text: String) -> [String] {
        Tokenizer().tokenize(text).map { "\($0.kind.rawValue):\($0.start):\($0.surface)" }
    }

    /// A long run of link characters without a space (`Mr.Mr.Mr.…`, 900 KB) took minutes: every word
    /// of the run asked whether a link started there, and each question read the run to its end.
    /// The run is now read once; 40,000 starts in one run take well under a second even in a debug
    /// build (they took about 20 seconds).
    @Test(arguments: [("Mr.", ""), ("a.", ""), ("x_", ""), ("/a", ""), ("a@b.c", ""), ("U.S.", ""), ("a.b/", ""),
                      ("a.", ")"), ("(a", ")"), ("a.", ").")])
    func aLongRunWithoutSpacesTokenizesInLinearTime(_ piece: String, _ tail: String) {
        // A tail of `)` is read once too: each start used to trim it one `)` at a time.
        let text = String(repeating: piece, count: 40_000) + String(repeating: tail, count: 40_000)
        let began = Date()
        let tokens = Tokenizer().tokenize(text)
        #expect(Date().timeIntervalSince(began) < 5)
        #expect(tokens.map(\.surface).joined() == text)
    }

    /// Starts inside one run still find the links the run holds, as before the run was read once
    /// (the expected tokens are those of the version that read the run from every start).
    @Test func linksInsideARunAreFoundAtEveryStart() {
        #expect(kinds("foo,http://x.com") == ["word:0:foo", "punctuation:3:,", "url:4:http://x.com"])
        #expect(kinds("(http://x.com/a_(b))") == ["punctuation:0:(", "url:1:http://x.com/a_(b)", "punctuation:19:)"])
        #expect(kinds("a.b.c.com") == ["url:0:a.b.c.com"])
        #expect(kinds("x@y.zx@y.z") == ["email:0:x@y.zx", "mention:6:@y", "punctuation:8:.", "word:9:z"])
        #expect(kinds("see:www.x.org/a") == ["word:0:see", "punctuation:3::", "url:4:www.x.org/a"])
        #expect(kinds("Mr.Mr.") == ["word:0:Mr", "punctuation:2:.", "word:3:Mr", "punctuation:5:."])
        #expect(kinds("a)b.com)") == ["word:0:a", "punctuation:1:)", "url:2:b.com", "punctuation:7:)"])
        #expect(kinds("e.g.news.com.") == ["url:0:e.g.news.com", "punctuation:12:."])
        #expect(kinds("ab.cd@ef.com!") == ["email:0:ab.cd@ef.com", "punctuation:12:!"])
        #expect(kinds("x.y/z..w.com") == ["word:0:x", "punctuation:1:.", "word:2:y", "punctuation:3:/", "word:4:z",
                                          "punctuation:5:..", "url:7:w.com"])
        #expect(kinds("U.S.A.B.co") == ["url:0:U.S.A.B.co"])
        #expect(kinds("a.com))") == ["url:0:a.com", "punctuation:5:)", "punctuation:6:)"])
        #expect(kinds("((a.com))).") == ["punctuation:0:(", "punctuation:1:(", "url:2:a.com", "punctuation:7:)", "punctuation:8:)",
                                         "punctuation:9:)", "punctuation:10:."])
        #expect(kinds("x(a.com)).") == ["word:0:x", "punctuation:1:(", "url:2:a.com", "punctuation:7:)", "punctuation:8:)",
                                        "punctuation:9:."])
        #expect(kinds("http://x.com/(a))") == ["url:0:http://x.com/(a)", "punctuation:16:)"])
    }
}
