// The ArabicText module.
