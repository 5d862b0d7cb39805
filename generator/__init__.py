"""casereview: validate, anonymise and render UK child safeguarding case reviews."""

__version__ = "0.1.0"
