import Foundation
import TextFiles
import Testing
@testable import Attribution

/// A document's keys, kept in one buffer that releases only long words' texts, are every token's
/// lexicon key, long words (over 16 bytes) included, also read after the analysis is gone.
@Suite("Word column")
struct WordColumnTests {
    @Test func keysAreTheTokensKeysLongWordsIncluded() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Corpora/dev/article.txt"), encoding: .utf8)
            + "\nوالاستراتيجيات والمستشفيات https://example.com/a/very/long/path?query=1 Internationalization"
        let extractor = Extractor(rules: try RuleSet.defaults())
        let scalars = Array(text.unicodeScalars)
        let tokens = extractor.tokenizer.tokenize(scalars)
        var keys = DocumentAnalysis(scalars: scalars, tokenizer: extractor.tokenizer, splitter: extractor.splitter).keys
        let expected = tokens.map { Lexicon.key($0.normalized) }
        #expect(Array(keys) == expected)
        #expect(expected.filter { $0.utf8Count > 16 }.count >= 4)
        // a copy shares the words; dropping one keeps the other's
        let copy = keys
        keys = DocumentAnalysis(scalars: Array("قال".unicodeScalars), tokenizer: extractor.tokenizer, splitter: extractor.splitter).keys
        #expect(copy.map(\.text) == expected.map(\.text))
        #expect(keys.map(\.text) == ["قال"])
    }

    @Test func aBuilderGrowsPastItsCapacity() {
        var builder = WordColumn.Builder(capacity: 1)
        let words: [Word] = ["قال", "والاستراتيجيات والمستشفيات", "أن", "Internationalization-and-more"]
        for word in words { builder.append(word) }
        #expect(builder.collected == 4)
        #expect(Array(builder.finish()) == words)
    }
}

/// A word's hash is `Word.hash(of:)` of its bytes however it was made, at every length; a part of
/// the bytes hashes as the word made of that part; different words hash apart.
@Suite("Word hash")
struct WordHashTests {
    @Test func packedHashIsTheHashOfTheBytesAtEveryLength() {
        let text = Array("والمستشفيات قال: \"نعم\" 2019 — CNN".utf8)
        var checked = 0
        for start in 0..<(text.count - 16) {
            for count in 0...16 {
                text.withUnsafeBufferPointer { buffer in
                    let bytes = UnsafeBufferPointer(rebasing: buffer[start..<(start + count)])
                    let fast = Word(utf8: bytes, sixteenReadable: true)
                    #expect(fast.hash == Word.hash(of: bytes))
                    let packed = Word(utf8: bytes)
                    #expect(fast == packed)
                    #expect(packed.hash == Word.hash(of: bytes))
                    #expect(Word.hash(of: buffer[start..<(start + count)]) == packed.hash)
                    #expect(packed.withUTF8 { Array($0) } == Array(bytes))
                    checked += 1
                }
            }
        }
        #expect(checked > 300)
    }

    @Test func longWordsAndAppendedLettersHashAsTheirText() {
        let words = ["والاستراتيجيات", "والمستشفيات", "بالمستشفيات", "Internationalization-and-more", "قال", "قالت"]
        var hashes = Set<UInt64>()
        for text in words {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(Word(text).hash == Word.hash(of: buffer))
                // the word without its last two bytes, with them appended again
                let head = buffer[..<(buffer.count - 2)]
                #expect(Word.hash(of: head, followedBy: (buffer[buffer.count - 2], buffer[buffer.count - 1])) == Word(text).hash)
            }
            hashes.insert(Word(text).hash)
        }
        #expect(hashes.count == words.count)
        #expect(Word("والاستراتيجيات") != Word("والاستراتيجيان"))
    }
}
