"""Ingest: turn sources (files, manifests, ...) into :class:`awol.model.Document` objects."""

from awol.ingest.files import iter_documents
from awol.ingest.manifest import load_manifest

__all__ = ["iter_documents", "load_manifest"]
