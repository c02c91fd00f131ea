"""A legal frame around a desertion offence (round 20, ``general:`` in lang/*/events.yaml): "under
investigation for desertion", "дело по статье о дезертирстве", "будут судить за оставление
части" tell a prosecution whatever legal word frames the offence; the construction is general
knowledge (never hidden by ``--hold-out-words``), and the sentence model is fitted without the
general words (``train.GENERAL_IN_TRAINING``), so listing one refits nothing.  Invented sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import awol.extract.document as document
from awol.evaluate.unseen import fired, general
from awol.extract import train as tr
from awol.extract.lexicon import get_lexicon
from awol.model import Article


def _frame(lang: str):
    """The general prosecution construction of ``lang`` (the trigger itself)."""
    lex = get_lexicon(lang)
    gen = {
        str(t["pattern"]) for t in lex.extra["general"]["triggers"]["prosecution"]
        if "stand trial" not in str(t["pattern"])  # round 21's trial to come is another one
        and "accus" not in str(t["pattern"])  # round 26's accusation in the active voice too
        and "court" not in str(t["pattern"])  # round 30's case sent to court, hearing ahead
        and "в (?:[\\w-]+ ){0,3}?суд" not in str(t["pattern"])  # (type30)
        and "производств" not in str(t["pattern"])  # (type39: a case in the investigators' hands)
        and "судить" not in str(t["pattern"])  # (type40: a trial to come or begun)
        and "(?:subjects?|targets?)" not in str(t["pattern"])  # (legal51: the subject of an inquiry)
    }  # fmt: skip
    (trig,) = [t for t in lex.triggers if t.pattern.pattern in gen and t.type == "prosecution"]
    return trig


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The two sergeants are under investigation for desertion, their lawyer said.", "en"),
        ("The case is being investigated under the article on desertion.", "en"),
        ("Criminal proceedings over going AWOL were opened against the private.", "en"),
        ("A probe into the unauthorised abandonment of his unit has begun.", "en"),
        ("Уголовное дело о дезертирстве рядового передано в военный суд.", "ru"),
        ("Теперь сослуживцев будут судить за самовольное оставление части.", "ru"),
        ("Ведётся расследование по факту самовольного оставления части.", "ru"),
    ],
)
def test_frame_fires(text: str, lang: str) -> None:
    trig = _frame(lang)
    assert trig.pattern.search(text.lower()), text
    # listed as general knowledge: --hold-out-words never hides it
    assert any(w in general(lang) for w in fired(text, lang) if w[2] == "prosecution")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the background of another event, not a prosecution of its own
        ("A soldier accused of desertion was detained in Tver.", "en"),
        ("He was detained on suspicion of desertion.", "en"),
        # statistics
        ("Cases of desertion have risen sharply this year.", "en"),
        ("Выросло число уголовных дел о самовольном оставлении части.", "ru"),
        ("Он находится в розыске по обвинению в дезертирстве.", "ru"),
        ("Рядовой заочно арестован по делу о самовольном оставлении части.", "ru"),
        ("Суд избрал ему меру пресечения по статье о дезертирстве.", "ru"),
        ("У него уже была судимость за самовольное оставление части.", "ru"),
        # a frame around another crime
        ("He is under investigation for fraud.", "en"),
    ],
)
def test_frame_does_not_fire(text: str, lang: str) -> None:
    assert not _frame(lang).pattern.search(text.lower()), text


def _types(title: str, text: str, lang: str) -> set[str]:
    art = Article(id="t", language=lang, text=text, published="2024-09-20", title=title)
    return {e.type for e in document.extract_article(art).events}


def test_prosecution_from_the_frame_alone() -> None:
    """An article whose only word of prosecution is the frame: the event is read."""
    text = (
        "A contract soldier from a motorised rifle brigade deserted from his unit near Belgorod "
        "in March, local media reported. Military prosecutors have begun a probe into his "
        "unauthorised abandonment of the unit, his lawyer said on Friday."
    )
    assert "prosecution" in _types("Soldier who fled his unit faces a probe", text, "en")
    ru = (
        "Контрактник самовольно оставил воинскую часть под Белгородом в марте. "
        "Теперь его судят за самовольное оставление части, сообщил его адвокат."
    )
    assert "prosecution" in _types("Контрактник оставил часть", ru, "ru")


def test_training_reads_without_general_words(tmp_path: Path, monkeypatch) -> None:
    """The sentence model learns without the general words: a sentence whose only trigger is
    the frame is not a triggered candidate while training, and is one while extracting."""
    sent = "A probe into the unauthorised abandonment of his unit has begun."
    (tmp_path / "a.txt").write_text(f"Title\n\n{sent}\n", encoding="utf-8")
    row = {"id": "a", "url": "https://example.org/a", "outlet": "Example", "language": "en",
           "published": "2024-05-20"}  # fmt: skip
    (tmp_path / "manifest.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    gold = {**row, "events": [{"type": "prosecution", "evidence": sent}]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    seen: list[set[str]] = []
    real = tr.candidates

    def spy(sents, lex, title):
        out = real(sents, lex, title)
        seen.extend({t.type for t, _a, _b in c.found} for c in out)
        return out

    monkeypatch.setattr(tr, "candidates", spy)
    tr.build_dataset([tmp_path])
    assert not any("prosecution" in s for s in seen)
    # the lexicon is whole again after training
    assert _frame("en").pattern.search(sent.lower())
    monkeypatch.setattr(tr, "GENERAL_IN_TRAINING", True)
    seen.clear()
    tr.build_dataset([tmp_path])
    assert any("prosecution" in s for s in seen)
