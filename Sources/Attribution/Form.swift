import Standoff

/// How the Content is reported: the scheme's `Form` attribute values.
public typealias Form = IsnadScheme.Form
