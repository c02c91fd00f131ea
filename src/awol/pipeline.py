"""Run the stages in order: documents -> clean -> extract.

This is the one place that chains ``clean`` and ``extract``; the CLI, the store's ingest and the
benchmarks all call it, so the models (gazetteer, morphology, lexicons) are loaded once per process.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator

from awol.clean import clean_documents
from awol.clean.language import load_language_model
from awol.errors import InputError
from awol.extract import Extractor, settle_models
from awol.model import Document, Extraction


class Pipeline:
    """Clean and extract a stream of documents; bad documents come out as InputError."""

    def __init__(self, extractor: Extractor | None = None) -> None:
        # The loads make ~100,000 long-lived objects: with the collector on, they cost ten
        # full collections (~0.5 s of a ~3.5 s start); paused, then one collection (its own
        # garbage, ~40 ms) and the survivors frozen, once per process (settle_models).
        enabled = gc.isenabled()
        gc.disable()
        try:
            self.extractor = extractor or Extractor()
            self.states_event = event_cue()
            load_language_model()  # (~1 s, once per process: not in the first short post's time)
        finally:
            if enabled:
                gc.enable()
        settle_models(collect=True)

    def process(self, docs: Iterable[Document | InputError]) -> Iterator[Extraction | InputError]:
        """Yield one Extraction (or one InputError) per input, in input order.

        Documents are cleaned one at a time, each on its own (see
        :func:`awol.clean.clean_documents`), so a document's result never depends on the batch.
        """
        for item in clean_documents(docs, states_event=self.states_event):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.extractor.extract(item)
            except Exception as exc:  # an extractor bug must not stop a batch
                yield InputError(item.origin or item.id, f"extraction failed: {exc!r}")


def event_cue() -> Callable[[str], bool]:
    """Does a text state an event in a language AWOL reads?  (Any event trigger or topic word
    of the extraction lexicons: "Беглецов задержали", "Deserter detained".)  Cleaning keeps a
    short post or headline that does, and drops a line of channel furniture that does not."""
    from awol.extract.lexicon import available_languages, get_lexicon

    lexicons = [get_lexicon(lang) for lang in available_languages()]

    def states_event(text: str) -> bool:
        # (the topic words first: one search; the triggers through their index)
        return any(lex.topic.search(text) or lex.has_trigger(text) for lex in lexicons)

    return states_event
