// The Standoff module.
