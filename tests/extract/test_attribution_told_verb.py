"""The told-chain's verb ("Sources in the ministry told Verstka") is language data
(``told_verb`` of ``attribution`` in ``lang/en/text.yaml``), not a regex in code: English reads
it, Russian (no entry) never chains, and attribution.py holds no English verb of its own."""

from __future__ import annotations

from pathlib import Path

from awol.extract import attribution
from awol.extract.attribution import own_source
from awol.extract.lexicon import get_lexicon


def _src(text: str, lang: str) -> str | None:
    return getattr(own_source(text, get_lexicon(lang)), "text", None)


def test_english_reads_the_told_verb_from_its_data():
    told = get_lexicon("en").attribution_told_verb
    assert told.match(" told Verstka", 0)
    assert told.match(" has told the BBC", 0)
    assert not told.match(" said to Verstka", 0)
    assert _src("A law enforcement source told TASS that two men fled.", "en") == (
        "law enforcement source told TASS"
    )


def test_russian_has_no_told_verb():
    assert not get_lexicon("ru").attribution_told_verb.match(" told Verstka", 0)


def test_the_chain_holds_no_english_words_in_code():
    code = Path(attribution.__file__).read_text(encoding="utf-8")
    assert "told|tells" not in code
