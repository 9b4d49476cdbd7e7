import Standoff

/// The attitude of the Source towards the Content: the scheme's `Stance` attribute values.
public typealias Stance = IsnadScheme.Stance
