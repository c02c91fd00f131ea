"""Serving the event database: exports (and, later, the web review)."""
