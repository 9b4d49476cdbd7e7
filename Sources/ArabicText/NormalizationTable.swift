import Foundation

/// The actions of one profile for every scalar, built once: a two-level table over the
/// Basic Multilingual Plane (pages of 256 scalars; untouched pages share one page of copies).
struct NormalizationTable: Sendable {
    /// Page index for each high byte of a BMP scalar, the actions page by page (page 0 copies
    /// everything), and a small copy table for U+0000–U+06FF, the common case.
    private let storage: NormalizationTableStorage
    /// Sub-actions of `.expand` actions.
    let expansions: [NormalizationAction]
    /// The end of the range `lowCopies` covers.
    static let lowLimit: UInt32 = 0x0700

    /// High bytes of the BMP pages where some scalar is not a plain copy.
    private static let activePages: [UInt32] = [0x00, 0x06, 0x07, 0x08, 0x16, 0x20, 0x30, 0xFB, 0xFC, 0xFD, 0xFE]

    /// Compiles `profile`.
    init(profile: NormalizationProfile) {
        var pageIndex = [UInt16](repeating: 0, count: 256)
        let copy = NormalizationAction(kind: .copy, isLetter: false, isTransparent: false)
        var actions = [NormalizationAction](repeating: copy, count: 256)
        var expansions: [NormalizationAction] = []
        let ops = OperationMask(profile.operations)
        for page in NormalizationTable.activePages {
            pageIndex[Int(page)] = UInt16(actions.count / 256)
            for low in UInt32(0)..<256 {
                let v = page << 8 | low
                actions.append(NormalizationTable.compile(v, ops, &expansions))
            }
        }
        self.expansions = expansions
        // the tokenizer reads ScalarCategory.lowTable unchecked below lowLimit
        precondition(ScalarCategory.lowTable.count >= Int(NormalizationTable.lowLimit), "lowTable shorter than lowLimit")
        let lowCopies = (0..<Int(NormalizationTable.lowLimit)).map { v -> UInt8 in
            actions[Int(pageIndex[v >> 8]) * 256 + (v & 0xFF)].kind == .copy ? 1 : 0
        }
        let fastBytes = (0..<Int(NormalizationTable.byteLimit)).map { v -> UInt32 in
            FastByteAction.packing(actions[Int(pageIndex[v >> 8]) * 256 + (v & 0xFF)], of: UInt32(v)).rawValue
        }
        let wordBytes = (0..<Int(NormalizationTable.lowLimit)).map { v -> UInt16 in
            let category = ScalarCategory.lowTable[v]
            guard category == .arabicLetter || category == .mark else { return NormalizationTable.wordStop }
            let action = FastByteAction(rawValue: fastBytes[v])
            switch action.kind {
            case FastByteAction.dropKind: return NormalizationTable.wordDrop
            case FastByteAction.emitKind where action.length == 2 && !action.emitsSpace:
                return UInt16(action.first) | UInt16(action.second) << 8
            default: return NormalizationTable.wordStop
            }
        }
        storage = NormalizationTableStorage(pages: pageIndex, actions: actions, lowCopies: lowCopies, fastBytes: fastBytes,
                                            wordBytes: wordBytes)
    }

    /// The end of the range `fastByteAction` covers: the scalars of one or two UTF-8 bytes.
    static let byteLimit: UInt32 = 0x0800

    /// The action of scalar `v` (below `byteLimit`) as UTF-8 bytes to write, for the normalizer's
    /// fast path; `.slow` when the full action is needed.
    @inline(__always)
    func fastByteAction(_ v: UInt32) -> FastByteAction {
        FastByteAction(rawValue: storage.fastBytes[Int(v)])
    }

    /// For every scalar below `lowLimit`, as a pointer (for a loop to hold in a register), what an Arabic
    /// word's fast path does with it: `wordStop` for a scalar that is no Arabic letter or mark or needs
    /// more than a plain action, `wordDrop` for a mark dropped (which leaves "the last output was a
    /// space" unchanged), else the two UTF-8 bytes it writes, the first in the low byte (never a space).
    var wordBytesTable: UnsafePointer<UInt16> { UnsafePointer(storage.wordBytes) }

    /// `wordBytesTable` values: stop the fast path here, or drop the scalar.
    static let wordStop: UInt16 = 0, wordDrop: UInt16 = 1

    /// Whether `v` is below `lowLimit` and copied unchanged.
    @inline(__always)
    func isLowCopy(_ v: UInt32) -> Bool {
        v < NormalizationTable.lowLimit && storage.lowCopies[Int(v)] != 0
    }

    /// The action for scalar value `v`.
    @inline(__always)
    func action(_ v: UInt32) -> NormalizationAction {
        if v >= 0x10000 {
            return NormalizationAction(kind: .copy, isLetter: ArabicScalars.isLetter(v), isTransparent: false)
        }
        return storage.actions[Int(storage.pages[Int(v >> 8)]) &* 256 &+ Int(v & 0xFF)]
    }

    // MARK: Compiling

    private static func compile(_ v: UInt32, _ ops: OperationMask,
                                _ expansions: inout [NormalizationAction]) -> NormalizationAction {
        var action = base(v, ops)
        if action.kind == .copy, ops.contains(.presentationForms), ArabicScalars.isPresentationForm(v),
           !ArabicScalars.isControl(v) {
            let pieces = compatibilityMapping(v)
            if pieces != [v] {
                let parts = pieces.map { piece -> NormalizationAction in
                    var part = base(piece, ops)
                    if part.kind == .copy {
                        part.kind = .replace
                        part.first = piece
                    }
                    return part
                }
                if parts.count == 1 {
                    action = parts[0]
                } else {
                    action = NormalizationAction(kind: .expand, isLetter: false, isTransparent: false,
                                                 count: UInt16(parts.count), first: 0, second: UInt32(expansions.count))
                    expansions.append(contentsOf: parts)
                }
            }
        }
        action.isLetter = ArabicScalars.isLetter(v)
        action.isTransparent = ArabicScalars.isTransparent(v)
        return action
    }

    /// The NFKC form of one presentation-form scalar.
    private static func compatibilityMapping(_ v: UInt32) -> [UInt32] {
        compatibilityMappings[v] ?? [v]
    }

    /// NFKC forms of every presentation form that has one, computed once per process.
    private static let compatibilityMappings: [UInt32: [UInt32]] = {
        var mappings: [UInt32: [UInt32]] = [:]
        for v in UInt32(0xFB50)...0xFEFE where ArabicScalars.isPresentationForm(v) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let mapped = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
            if mapped != [v] { mappings[v] = mapped }
        }
        return mappings
    }()

    /// The action for a scalar that is not a presentation form (or a piece of one's mapping);
    /// `.replace` and `.positionalYeh` carry the scalar after every letter fold.
    private static func base(_ v: UInt32, _ ops: OperationMask) -> NormalizationAction {
        func make(_ kind: NormalizationAction.Kind, _ first: UInt32 = 0, _ second: UInt32 = 0) -> NormalizationAction {
            NormalizationAction(kind: kind, isLetter: false, isTransparent: false, first: first, second: second)
        }
        if ops.contains(.controls), ArabicScalars.isControl(v) { return make(.dropFree) }
        if v == ArabicScalars.tatweel { return ops.contains(.tatweel) ? make(.dropAttached) : make(.copy) }
        if v == ArabicScalars.daggerAlef {
            if ops.contains(.daggerAlef) { return make(.replace, 0x0627) }
            return ops.contains(.diacritics) ? make(.dropAttached) : make(.copy)
        }
        if ops.contains(.diacritics), ArabicScalars.isDiacritic(v) { return make(.dropAttached) }
        if ops.contains(.spaces), ArabicScalars.isSpace(v) { return make(.space) }
        if ops.contains(.digits), v >= 0x0660, let digit = ArabicScalars.digitValue(v) { return make(.replace, 0x30 + digit) }
        if ops.contains(.separators) {
            if v == 0x066B { return make(.replace, 0x2E) }
            if v == 0x066C { return make(.replace, 0x2C) }
        }
        if ops.contains(.punctuation) {
            switch v {
            case 0x060C: return make(.replace, 0x2C)
            case 0x061B: return make(.replace, 0x3B)
            case 0x061F: return make(.replace, 0x3F)
            case 0x066A: return make(.replace, 0x25)
            case 0x06D4: return make(.replace, 0x2E)
            default: break
            }
        }
        var letter = v
        if ops.contains(.persian) {
            switch v {
            case 0x06CC: return make(.positionalYeh, fold(0x064A, ops), fold(0x0649, ops))
            case 0x06A9, 0x06AA: letter = 0x0643
            case 0x06D0, 0x06D2, 0x06CD: letter = 0x064A
            case 0x06D3: letter = 0x0626
            case 0x06BE, 0x06C0, 0x06C1, 0x06C2, 0x06D5: letter = 0x0647
            case 0x06C3: letter = 0x0629
            default: break
            }
        }
        let folded = fold(letter, ops)
        return folded == v ? make(.copy) : make(.replace, folded)
    }

    /// The letter folds (alef, hamza, alef maksura, teh marbuta) applied to an Arabic letter.
    private static func fold(_ v: UInt32, _ ops: OperationMask) -> UInt32 {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675:
            return ops.contains(.alef) ? 0x0627 : v
        case 0x0624, 0x0676:
            return ops.contains(.hamza) ? 0x0648 : v
        case 0x0626, 0x0678:
            return ops.contains(.hamza) ? 0x064A : v
        case 0x0649:
            return ops.contains(.alefMaksura) ? 0x064A : v
        case 0x0629:
            return ops.contains(.tehMarbuta) ? 0x0647 : v
        default:
            return v
        }
    }
}
