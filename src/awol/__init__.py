"""AWOL: turn news reports about military desertion into a source-linked event database.

Pipeline stages, one subpackage each: ingest -> clean -> extract -> link -> store -> serve.
Plain data objects pass between stages (see :mod:`awol.model`).
"""

__version__ = "0.1.0"
