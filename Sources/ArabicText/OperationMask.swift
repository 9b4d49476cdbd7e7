/// A set of operations as bits, for fast membership tests while compiling.
struct OperationMask {
    private let bits: UInt32

    init(_ operations: Set<NormalizationOperation>) {
        var bits: UInt32 = 0
        for (position, operation) in NormalizationOperation.allCases.enumerated() where operations.contains(operation) {
            bits |= 1 << UInt32(position)
        }
        self.bits = bits
    }

    func contains(_ operation: NormalizationOperation) -> Bool {
        guard let position = NormalizationOperation.allCases.firstIndex(of: operation) else { return false }
        return bits & (1 << UInt32(position)) != 0
    }
}
