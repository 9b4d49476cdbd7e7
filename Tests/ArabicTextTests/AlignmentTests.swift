import Testing
@testable import ArabicText

@Suite struct AlignmentTests {
    @Test func marksBelongToTheirLetter() {
        let text = "قَالَ الرَّئِيسُ"
        let result = Normalizer(profile: .search).normalize(text)
        #expect(result.text == "قال الرييس")
        #expect(result.originalRange(of: 0..<3) == 0..<5)
        #expect(result.originalRange(of: 4..<10) == 6..<16)
        #expect(result.normalizedRange(of: 6..<16) == 4..<10)
        let scalars = Array(text.unicodeScalars)
        #expect(Support.slice(scalars, result.originalRange(of: 4..<10)) == "الرَّئِيسُ")
    }

    @Test func controlsBelongToNothingAndSpacesCollapse() {
        let text = "\u{FEFF}قال \u{200F}  هنا"
        let result = Normalizer(profile: .light).normalize(text)
        #expect(result.text == "قال هنا")
        #expect(result.originalRange(of: 0..<3) == 1..<4)
        #expect(result.originalRange(ofScalarAt: 3) == 4..<8)
        #expect(result.originalRange(of: 4..<7) == 8..<11)
        #expect(result.normalizedOffset(ofOriginal: 0) == 0)
        #expect(result.normalizedOffset(ofOriginal: 5) == 3)
        #expect(result.normalizedOffset(ofOriginal: 11) == 7)
    }

    @Test func ligaturesMapManyToOne() {
        let result = Normalizer(profile: .search).normalize("ﻻ بد")
        #expect(result.text == "لا بد")
        #expect(result.originalRange(of: 0..<1) == 0..<1)
        #expect(result.originalRange(of: 1..<2) == 0..<1)
        #expect(result.originalRange(of: 0..<2) == 0..<1)
        #expect(result.originalRange(of: 3..<5) == 2..<4)
        #expect(result.normalizedOffset(ofOriginal: 0) == 0)
        #expect(result.normalizedOffset(ofOriginal: 2) == 3)
    }

    @Test func emptyRangesAndBounds() {
        let result = Normalizer(profile: .search).normalize("ابـ\u{200B}")
        #expect(result.text == "اب")
        #expect(result.originalRange(of: 2..<2) == 4..<4)
        #expect(result.originalRange(of: 1..<1) == 1..<1)
        #expect(result.originalRange(of: 0..<99) == 0..<3)
        #expect(result.normalizedRange(of: 0..<4) == 0..<2)
        #expect(result.normalizedRange(of: 3..<4) == 2..<2)
    }

    @Test func alignmentIsMonotoneOnTheCorpus() {
        for file in Support.corpus {
            let scalars = Array(file.text.unicodeScalars)
            let result = Normalizer(profile: .search).normalize(scalars)
            var previousEnd = 0
            for index in 0..<result.count {
                let range = result.originalRange(ofScalarAt: index)
                #expect(range.lowerBound >= previousEnd || range.lowerBound == result.originalRange(ofScalarAt: index - 1).lowerBound)
                previousEnd = range.upperBound
            }
            var previous = 0
            for original in 0...scalars.count {
                let forward = result.normalizedOffset(ofOriginal: original)
                #expect(forward >= previous)
                previous = forward
            }
        }
    }
}
