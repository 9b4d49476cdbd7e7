// The Attribution module.
