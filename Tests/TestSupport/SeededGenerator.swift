import Parallelism

/// The deterministic generator of the property tests, so that they repeat exactly: the
/// SplitMix64 the bootstrap uses.
public typealias SeededGenerator = SplitMix64
