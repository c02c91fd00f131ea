"""The one pattern of all military courts' names (``courts._any_court``) rules a sentence out only
where no name of the table matches it: the courts found are the same with and without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from awol.clean.encoding import decode
from awol.extract import courts
from awol.extract.places import get_gazetteer
from awol.extract.sentences import split_sentences

DEV = Path(__file__).resolve().parents[2] / "corpus" / "dev"
NAMED = {
    "ru": ["Приговор вынес Южный окружной военный суд.", "в 235-м ГАРНИЗОННОМ военном суде"],
    "en": ["The Southern District Military Court sentenced him.", "a military court in Rostov"],
}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_gate_changes_no_court(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = get_gazetteer()
    texts = list(NAMED[lang])
    for p in sorted(DEV.glob(f"{lang}-*.txt")):
        texts += [s.text for s in split_sentences(decode(p.read_bytes(), str(p))[0], lang)]
    gated = [courts.military_courts(t, lang, gaz) for t in texts]
    assert any(gated)  # (the comparison is not vacuous)
    monkeypatch.setattr(courts, "_any_court", lambda _lang, _gaz: None)
    assert [courts.military_courts(t, lang, gaz) for t in texts] == gated
