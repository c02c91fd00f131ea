"""Privacy: masking person names in everything AWOL publishes.

    from awol.privacy import redact_text, public_event
    redact_text("Gurov, 29, a contract soldier, fled.")      # "[name], 29, a contract soldier, fled."
    public_event(ev)     # names emptied, evidence / who / title / source / place_text masked

Every public output (exports, the API, the web app's anonymous views) goes through this package;
``--with-names`` is the only way around it.  See :mod:`awol.privacy.mask`.
"""

from awol.privacy.ids import public_id, use_store
from awol.privacy.mask import (
    NAME_FIELDS,
    NAME_MASK,
    collect_names,
    mask_spans,
    public_case,
    public_document,
    public_event,
    public_figure,
    public_incident,
    public_record,
    redact_text,
)
from awol.privacy.recognise import person_spans, prime

__all__ = [
    "NAME_FIELDS",
    "NAME_MASK",
    "collect_names",
    "mask_spans",
    "person_spans",
    "prime",
    "public_case",
    "public_document",
    "public_event",
    "public_figure",
    "public_id",
    "public_incident",
    "public_record",
    "redact_text",
    "use_store",
]
