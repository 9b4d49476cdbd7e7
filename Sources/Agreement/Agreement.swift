// The Agreement module.
