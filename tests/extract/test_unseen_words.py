"""Held-out words (`awol evaluate --folds K --hold-out-words`, :mod:`awol.evaluate.unseen`): a
fold is read with the lexicon's words that only its own gold sentences fire switched off, and
with every other word kept; the lexicon is whole again afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import awol.extract.classifier as clf
import awol.extract.document as document
from awol.errors import InputError
from awol.evaluate.heldout import held_out_extractions
from awol.evaluate.unseen import WordFolds, fired, general, hiding
from awol.extract.lexicon import get_lexicon
from awol.extract.mentions import _find_triggers
from awol.extract.train import document_key

FLED = "A contract soldier fled his unit in the Belgorod region on Monday."
DESERTED = "A private deserted from his unit in the Kursk region last week."
DETAINED = "Police detained the deserter in Tver on Friday."
DOCS = {
    # (title, text, gold events (type, evidence))
    "a": ("Soldier flees", f"{FLED} He is being sought.", [("desertion", FLED)]),
    "b": (
        "Private deserts",
        f"{DESERTED} {DETAINED}",
        [("desertion", DESERTED), ("detention", DETAINED)],
    ),  # fmt: skip
    "c": ("Deserter held", f"{DETAINED} He deserted in May.", [("detention", DETAINED)]),
}


def _corpus(folder: Path) -> Path:
    gold, man = [], []
    for doc_id, (title, text, events) in DOCS.items():
        (folder / f"{doc_id}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        row = {"id": doc_id, "url": f"https://example.org/{doc_id}", "outlet": "Example",
               "language": "en", "published": "2024-05-20"}  # fmt: skip
        man.append(row)
        gold.append({**row, "events": [{"type": t, "evidence": e} for t, e in events]})
    for name, rows in (("gold.jsonl", gold), ("manifest.jsonl", man)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return folder


def _desertion_words(text: str) -> set[str]:
    """What fires on ``text`` as desertion, by pattern text and lemma (not by list position)."""
    lex = get_lexicon("en")
    out = set()
    for kind, key, etype in fired(text, "en"):
        if etype == "desertion":
            out.add(f"pattern:{lex.triggers[key].pattern.pattern}" if kind == "pattern"
                    else f"{kind}:{key}")  # fmt: skip
    return out


def test_only_the_words_no_training_gold_sentence_of_their_type_fires_are_hidden(
    tmp_path: Path,
) -> None:
    corpus = _corpus(tmp_path)
    words = WordFolds([corpus], corpus)
    fled, deserted = _desertion_words(FLED), _desertion_words(DESERTED)
    assert {"cue:flee", "lemma:flee"} <= fled - deserted  # (the fixture's premise)
    hidden = words.hidden({document_key(corpus, "a")})["en"]
    lex = get_lexicon("en")
    got = {f"pattern:{lex.triggers[i].pattern.pattern}" for i in hidden.patterns}
    got |= {f"lemma:{w}" for w, t in hidden.lemmas if t == "desertion"}
    got |= {f"cue:{w}" for w, t in hidden.cues if t == "desertion"}
    assert got == fled - deserted  # a's desertion words that b's desertion does not fire
    assert not any(t != "desertion" for _w, t in hidden.lemmas | hidden.cues)
    # "detained" fires on c's and b's detention gold: held out with c, it stays
    held_c = words.hidden({document_key(corpus, "c")})["en"]
    assert ("detain", "detention") not in held_c.cues | held_c.lemmas
    # b and c held out together: their detention words are taught by no one else
    both = words.hidden({document_key(corpus, "b"), document_key(corpus, "c")})["en"]
    assert ("detain", "detention") in both.cues and ("detain", "detention") in both.lemmas


def test_hiding_switches_the_words_off_in_extraction_and_restores_them(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    hidden = WordFolds([corpus], corpus).hidden({document_key(corpus, "a")})
    lex = get_lexicon("en")
    before = (lex.triggers, lex.lemma_rules, lex.extra, clf._cue_index("en").get("flee"))
    off = {lex.triggers[i].pattern.pattern for i in hidden["en"].patterns}

    def found(text: str) -> set[str]:
        return {"(lemma)" if t.lemma else t.pattern.pattern
                for t, _a, _b in _find_triggers(text, lex) if t.type == "desertion"}  # fmt: skip

    # (in FLED a longer pattern b's gold fires too covers "fled": a short sentence shows it)
    short = "The soldier fled on Monday."
    fled, deserted = found(short), found(DESERTED)
    assert fled and fled <= off and "desertion" in clf._cue_index("en")["flee"]
    with hiding(hidden):
        assert not found(short)  # neither its pattern nor the lemma trigger "flee"
        assert "desertion" not in clf._cue_index("en").get("flee", ())
        # the words b's gold also fires are kept
        assert found(DESERTED) == deserted
        assert "desertion" in clf._cue_index("en")["desert"]
    assert (lex.triggers, lex.lemma_rules, lex.extra) == before[:3]
    assert clf._cue_index("en").get("flee") == before[3]


def test_each_fold_is_read_without_its_own_words(tmp_path: Path, monkeypatch) -> None:
    """A fold of one article: while it is read, its own words are off and the other articles'
    on; each article is read once, by a model not trained on it."""
    corpus = _corpus(tmp_path)
    seen: dict[str, tuple[bool, bool, frozenset[str] | None]] = {}
    real_extract = document.extract_article

    def spy(article):
        cues = clf._cue_index("en")
        model = clf.get_model()
        seen[article.id] = ("desertion" in cues.get("flee", ()),
                            "desertion" in cues.get("desert", ()), model and model.trained_on)  # fmt: skip
        return real_extract(article)

    monkeypatch.setattr(document, "extract_article", spy)
    ids = sorted(DOCS)
    out = list(
        held_out_extractions(corpus, ids, 3, [corpus], str(corpus / "manifest.jsonl"), None, True)
    )
    assert not [x for x in out if isinstance(x, InputError)]
    assert sorted(x.article.id for x in out) == ids
    assert seen["a"][:2] == (False, True)  # "flee" only a taught
    assert seen["b"][:2] == (True, False)  # "deserted" is in c's text, not in its gold: b's own
    assert seen["c"][:2] == (True, True)
    for doc_id, (_f, _d, trained_on) in seen.items():
        assert trained_on is not None and document_key(corpus, doc_id) not in trained_on
    assert "desertion" in clf._cue_index("en")["flee"]


def test_a_general_word_is_never_hidden(tmp_path: Path, monkeypatch) -> None:
    """A word listed as general knowledge (``general:`` in lang/*/events.yaml) stays on while its
    only fold is held out; the fold's other words that no training gold fires are hidden."""
    corpus = _corpus(tmp_path)
    lex = get_lexicon("en")
    plain = WordFolds([corpus], corpus).hidden({document_key(corpus, "a")})["en"]
    assert ("flee", "desertion") in plain.cues and ("flee", "desertion") in plain.lemmas
    # "flee" as a cue declared general (its lemma trigger is not): the cue stays, the rest goes
    monkeypatch.setitem(lex.extra, "general", {"cues": {"desertion": ["flee"]}})
    held = WordFolds([corpus], corpus).hidden({document_key(corpus, "a")})["en"]
    assert ("flee", "desertion") not in held.cues
    assert ("flee", "desertion") in held.lemmas
    assert held.patterns == plain.patterns
    assert held.cues == plain.cues - {("flee", "desertion")}


def _raw(lang: str) -> dict:
    from awol.extract.lexicon import LANG_DIR

    return yaml.safe_load((LANG_DIR / lang / "events.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_general_words_join_the_lexicon_and_repeat_none_of_its_words(lang: str) -> None:
    """The shipped general lists: each word is read by the extraction (a cue, a lemma trigger or a
    trigger pattern of its type), is named by :func:`general`, and names nothing the lists written
    from the corpora already hold for its type (else the exemption would cover them too)."""
    raw = _raw(lang)
    gen = raw.get("general") or {}
    lex = get_lexicon(lang)
    named = general(lang)
    cue_sets = clf._cue_sets(lang)
    for etype, words in (gen.get("cues") or {}).items():
        own = {str(w).lower() for w in (raw.get("cues") or {}).get(etype) or ()}
        for w in words:
            assert str(w).lower() not in own, (etype, w)
            assert str(w).lower() in cue_sets[etype] and ("cue", str(w).lower(), etype) in named
    for etype, rules in (gen.get("lemma_triggers") or {}).items():
        own = {str(w).lower() for r in (raw.get("lemma_triggers") or {}).get(etype) or ()
               for w in r["lemmas"]}  # fmt: skip
        for r in rules:
            for w in r["lemmas"]:
                assert str(w).lower() not in own, (etype, w)
                assert any(x.trigger.type == etype for x in lex.lemma_rules[str(w).lower()])
                assert ("lemma", str(w).lower(), etype) in named
    for etype, items in (gen.get("triggers") or {}).items():
        own = {t["pattern"] for t in (raw.get("triggers") or {}).get(etype) or ()}
        for t in items:
            assert t["pattern"] not in own
            i = next(i for i, x in enumerate(lex.triggers) if x.pattern.pattern == t["pattern"])
            assert lex.triggers[i].type == etype and ("pattern", i, etype) in named
