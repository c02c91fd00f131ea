"""The sentence classifier: lemmas, the shipped model file, `awol train`, and how extraction
uses a verdict (confirm a story trigger, drop a denied one, recover a missed event)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from tests.extract.helpers import types, use_model

import awol.extract.classifier as clf
from awol.cli import main
from awol.extract.classifier import MODEL_PATH, N_FEATURES, SentenceModel, _h, get_model
from awol.extract.tokens import tokens
from awol.model import EVENT_TYPES


def _lemmas(text: str, lang: str) -> list[str]:
    return [t.lemma for t in tokens(text, lang)]


def test_one_lemma_covers_every_form() -> None:
    assert set(_lemmas("deserted deserting deserts", "en")) == {"desert"}
    assert _lemmas("fled", "en") == ["flee"]
    # participles go to their verb, so "сбежавшего" is a form of "сбежать"
    assert set(_lemmas("сбежал сбежавшего сбежали сбежать", "ru")) == {"сбежать"}
    assert set(_lemmas("задержан задержанных задержали", "ru")) == {"задержать"}
    assert _lemmas("розыске", "ru") == ["розыск"]


def test_shipped_model_holds_numbers_only() -> None:
    """Hashed features: the file stores no vocabulary, names or text (privacy)."""
    assert MODEL_PATH.exists(), "run `awol train` to build the shipped model"
    with zipfile.ZipFile(MODEL_PATH) as z:
        assert sorted(z.namelist()) == [
            "bias.npy",
            "doc_bias.npy",
            "doc_index.npy",
            "doc_weights.npy",
            "index.npy",
            "meta.npy",
            "weights.npy",
        ]
    with np.load(MODEL_PATH) as z:
        assert z["weights"].dtype == np.float32 and z["index"].dtype == np.int32
        meta = bytes(z["meta"]).decode()
    assert len(meta) < 20_000  # scores and settings, nothing like an article
    model = get_model()
    assert model is not None and model.types == EVENT_TYPES
    for lang in ("en", "ru"):
        assert set(model.meta["cv"][lang]) >= set(EVENT_TYPES)


def _model(weights: dict[str, dict[str, float]], bias: float = -6.0) -> SentenceModel:
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    for feat, per_type in weights.items():
        for t, v in per_type.items():
            w[_h(feat), EVENT_TYPES.index(t)] = v
    b = np.full(len(EVENT_TYPES), bias, dtype=np.float32)
    meta = {"types": list(EVENT_TYPES), "recover": 0.7, "confirm": 0.5, "veto": 0.1}
    return SentenceModel(w, b, meta)


def _extract(text: str, lang: str, model: SentenceModel | None, monkeypatch) -> list[str]:
    use_model(monkeypatch, model)
    return types(text, lang, "2024-05-20")


TEXT = (
    "A Russian army pilot hijacked his helicopter to Ukraine in August, officials said. "
    "The weather was fine."
)


def test_verdict_recovers_an_event_no_pattern_proposes(monkeypatch) -> None:
    assert _extract(TEXT, "en", None, monkeypatch) == []
    sure = _model({"en:w:hijack": {"desertion": 12.0}})
    assert _extract(TEXT, "en", sure, monkeypatch) == ["desertion"]


def test_verdict_drops_a_denied_trigger(monkeypatch) -> None:
    text = (
        "A soldier deserted from his unit in the Belgorod region on May 3. "
        "Police detained two men in Kursk on May 5."
    )
    assert _extract(text, "en", None, monkeypatch) == ["desertion", "detention"]
    denied = _model({}, bias=-8.0)  # every type improbable everywhere
    # a sentence that names desertion keeps its trigger; the other one loses it
    assert _extract(text, "en", denied, monkeypatch) == ["desertion"]


def _relevance(model: SentenceModel, weights: dict[str, float], bias: float, gate: float):
    dw = np.zeros(N_FEATURES, dtype=np.float32)
    for feat, v in weights.items():
        dw[_h(feat)] = v
    model.document = (dw, bias)
    model.relevance = gate
    return model


def test_an_article_the_relevance_model_rejects_reports_no_event(monkeypatch) -> None:
    text = (
        "A soldier deserted from his unit in the Belgorod region on May 3. "
        "The new law on desertion was debated in parliament."
    )
    keep = _relevance(_model({}, bias=-1.0), {}, 3.0, 0.2)
    assert _extract(text, "en", keep, monkeypatch) == ["desertion"]
    # the words of the article (here: "law") make it one that reports no happening
    reject = _relevance(_model({}, bias=-1.0), {"en:d:law": -8.0}, 3.0, 0.2)
    assert _extract(text, "en", reject, monkeypatch) == []
    # without a relevance model, nothing is rejected
    reject.document = None
    assert _extract(text, "en", reject, monkeypatch) == ["desertion"]


def test_relevance_model_survives_save_and_load(tmp_path: Path) -> None:
    m = _relevance(_model({}), {"en:d:law": -2.5}, -0.5, 0.3)
    m.meta["relevance"] = 0.3
    m.save(tmp_path / "m.npz")
    back = SentenceModel.load(tmp_path / "m.npz")
    assert back.relevance == 0.3 and back.document is not None
    feats = ["en:d:law", "bias"]
    assert back.predict_document(feats) == pytest.approx(m.predict_document(feats), abs=1e-6)
    assert back.predict_document(feats) < 0.1


def test_relevance_gate_per_language(tmp_path: Path, monkeypatch) -> None:
    """A relevance gate given per language (``relevance`` in the meta, ``train.RELEVANCE``) is
    each language's, survives save and load, and rejects an article of that language only."""
    m = _relevance(_model({}, bias=-1.0), {}, 0.0, 0.2)  # every article: relevance 0.5
    m.meta["relevance"] = {"en": 0.6, "ru": 0.1}
    m.save(tmp_path / "m.npz")
    back = SentenceModel.load(tmp_path / "m.npz")
    assert (back.relevance_for("en"), back.relevance_for("ru")) == (0.6, 0.1)
    text = "A soldier deserted from his unit in the Belgorod region on May 3."
    assert _extract(text, "en", back, monkeypatch) == []  # 0.5 < 0.6
    back.relevance_by_language["en"] = 0.4
    assert _extract(text, "en", back, monkeypatch) == ["desertion"]


def test_relevance_decides_only_for_an_article_of_enough_candidates(
    tmp_path: Path, monkeypatch
) -> None:
    """``relevance_min`` (``train.RELEVANCE_MIN``): an article with fewer candidate sentences than
    that keeps its events whatever its relevance (the sentence level judges it alone); it
    survives save and load."""
    one = "A soldier deserted from his unit in the Belgorod region on May 3."
    two = one + " Police detained him in Kursk on May 5."
    m = _relevance(_model({}, bias=-1.0), {}, -3.0, 0.2)  # every article: relevance 0.05
    assert _extract(one, "en", m, monkeypatch) == []
    m.meta["relevance_min"], m.meta["relevance"] = 2, 0.2
    m.save(tmp_path / "m.npz")
    back = SentenceModel.load(tmp_path / "m.npz")
    assert back.relevance_min == 2
    assert _extract(one, "en", back, monkeypatch) == ["desertion"]
    assert _extract(two, "en", back, monkeypatch) == []


def test_document_norm_divides_the_relevance_features(tmp_path: Path) -> None:
    """``doc_norm`` (``train.DOC_NORM``): the relevance model reads an article's n features at
    1 / n ** doc_norm each, in training and in extraction alike."""
    from awol.extract import train

    m = _relevance(_model({}), {"en:d:law": 2.0, "bias": 2.0}, 0.0, 0.3)
    feats = ["en:d:law", "bias"]
    assert m.predict_document(feats) == pytest.approx(1 / (1 + np.exp(-4.0)))
    m.meta["doc_norm"] = 1.0
    m.save(tmp_path / "m.npz")
    back = SentenceModel.load(tmp_path / "m.npz")
    assert back.predict_document(feats) == pytest.approx(1 / (1 + np.exp(-2.0)))
    rows = [clf.hashed(feats), clf.hashed(["bias"])]
    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(train, "DOC_NORM", 1.0)
    try:
        x, _cols = train._matrix(rows, norm=train.DOC_NORM)
        assert np.asarray(x.sum(axis=1)).ravel().tolist() == pytest.approx([1.0, 1.0])
    finally:
        monkeypatch.undo()


def test_train_builds_a_model(tmp_path: Path, dev_dir: Path) -> None:
    out = tmp_path / "m.npz"
    res = CliRunner().invoke(main, ["train", str(dev_dir), "--output", str(out), "--folds", "3"])
    assert res.exit_code == 0, res.output
    assert "3-fold cross-validation" in res.output and "desertion" in res.output
    model = SentenceModel.load(out)
    assert model.meta["documents"] >= 50
    assert np.count_nonzero(model.weights) > 100
    # the relevance model over whole articles (the dev corpus has articles without events)
    assert model.document is not None and np.count_nonzero(model.document[0]) > 10
    assert "no-event article" in res.output


def test_train_names_a_folder_without_gold(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["train", str(tmp_path), "--output", str(tmp_path / "m")])
    assert res.exit_code == 1 and "no gold.jsonl" in res.output


@pytest.fixture(autouse=True)
def _fresh_model_cache():
    clf.shipped_model.cache_clear()
    yield
    clf.shipped_model.cache_clear()


def test_train_without_shared_uses_the_bundled_corpus(tmp_path: Path, dev_dir: Path, monkeypatch):
    """A checkout without ../shared trains on corpus/dev alone, and says so."""
    import awol.runs as runs

    monkeypatch.setattr(runs, "DEFAULT_CORPORA", (tmp_path / "absent", dev_dir))
    out = tmp_path / "m.npz"
    res = CliRunner().invoke(main, ["train", "--output", str(out), "--folds", "2"])
    assert res.exit_code == 0, res.output
    assert "absent, training without it" in res.stderr
    assert SentenceModel.load(out).meta["corpora"] == ["dev"]


def test_a_background_mention_needs_the_classifiers_agreement(monkeypatch) -> None:
    """A sentence reporting two types often tells one as the background of the other: that one
    is an event only where the classifier gives it p >= BACKGROUND."""
    text = "A Russian pilot who deserted in May has been found shot dead in Spain, police said."
    assert sorted(_extract(text, "en", None, monkeypatch)) == ["death", "desertion"]
    both = _model({}, bias=0.0)  # p 0.5 for every type
    assert sorted(_extract(text, "en", both, monkeypatch)) == ["death", "desertion"]
    doubt = _model({"en:w:dead": {"death": 8.0}}, bias=-2.5)  # desertion p 0.08
    assert _extract(text, "en", doubt, monkeypatch) == ["death"]


def test_thresholds_per_language_survive_save_and_load(tmp_path: Path) -> None:
    w = np.zeros((N_FEATURES, len(EVENT_TYPES)), dtype=np.float32)
    w[_h("en:w:desert"), 0] = 1.0
    meta = {
        "types": list(EVENT_TYPES),
        "lemma": {"en": 0.3, "ru": 0.4},
        "confirm": {"en": 0.2, "ru": 0.3},
    }
    SentenceModel(w, np.zeros(len(EVENT_TYPES), dtype=np.float32), meta).save(tmp_path / "m.npz")
    back = SentenceModel.load(tmp_path / "m.npz")
    assert (back.lemma_for("en"), back.lemma_for("ru"), back.lemma_for("de")) == (0.3, 0.4, 0.4)
    assert (back.confirm_for("en"), back.confirm_for("ru"), back.confirm_for("de")) == (
        0.2,
        0.3,
        0.5,
    )
    one = SentenceModel(w, np.zeros(len(EVENT_TYPES), dtype=np.float32), {"lemma": 0.5})
    assert one.lemma_for("en") == one.lemma_for("ru") == 0.5
    # the shipped model asks less of an English lemma trigger than of a Russian one
    shipped = get_model()
    if shipped is not None:
        assert shipped.lemma_for("en") < shipped.lemma_for("ru")


def test_a_background_mention_of_someone_no_event_covers_is_their_own(monkeypatch) -> None:
    """A verdict told as background ("convicted ... and accused of desertion") that names a
    person no verdict of the story covers, or states a term none does, is that verdict: it has
    nothing to add to, and is no one else's."""
    text = (
        "Deserters keep being tried across Russia. "
        "Maksim Tolmachev was convicted in Murmansk and was accused of desertion. "
        "Alexey Burlakov was sentenced to four years in a penal colony for desertion."
    )
    # the classifier doubts the verdicts (p 0.08) where they share a sentence with a charge
    doubt = _model(
        {"en:w:accuse": {"sentence": -2.0, "prosecution": 3.0}, "en:w:sentence": {"sentence": 4.0}},
        -0.5,
    )
    assert _extract(text, "en", doubt, monkeypatch).count("sentence") == 2


def test_feature_index_is_the_hashed_features() -> None:
    """Extraction reads a candidate's feature indices without writing its features out: the same
    indices as hashing them (what training reads)."""
    from awol.clean.encoding import decode
    from awol.extract.classifier import iter_candidates
    from awol.extract.lexicon import get_lexicon
    from awol.extract.sentences import split_sentences

    dev = Path(__file__).resolve().parents[2] / "corpus" / "dev"
    n = 0
    for lang in ("en", "ru"):
        lex = get_lexicon(lang)
        for p in sorted(dev.glob(f"{lang}-*.txt"))[:6]:
            sents = split_sentences(decode(p.read_bytes(), str(p))[0], lang)
            for c in iter_candidates(sents, lex, None):
                assert c.feature_index == clf.hashed(c.features)
                n += 1
    assert n > 20


@pytest.mark.parametrize(
    "knobs",
    [
        {"STEM": 5},
        {"PER_LANGUAGE": True},
        {"HEAD_CUES": True},
        {"NEIGHBOURS": True},
        {"ARGUMENTS": True},
        {"WINDOW": 2},
    ],
    ids=["stem", "per-language", "head-cues", "neighbours", "arguments", "window"],
)
def test_feature_variants_keep_training_and_extraction_alike(knobs, monkeypatch) -> None:
    """The variants scripts/repeated_cv.py measures (--set classifier.NAME=...) give extraction
    the indices training hashes."""
    for name, value in knobs.items():
        monkeypatch.setattr(clf, name, value)
    saved = [dict(c) for c in (clf._STEM_INDEX, clf._REST_INDEX)]
    clf._STEM_INDEX.clear()
    clf._REST_INDEX.clear()
    try:
        test_feature_index_is_the_hashed_features()
    finally:
        clf._STEM_INDEX.clear()
        clf._REST_INDEX.clear()
        clf._STEM_INDEX.update(saved[0])
        clf._REST_INDEX.update(saved[1])


def test_window_features_are_the_words_next_to_the_types_word(monkeypatch) -> None:
    """classifier.WINDOW: the lemmas within WINDOW words of a cue word, with its type."""
    monkeypatch.setattr(clf, "WINDOW", 1)
    from awol.extract.lexicon import get_lexicon
    from awol.extract.sentences import split_sentences

    text = "Police in Kursk detained a soldier on Monday."
    (c,) = clf.candidates(split_sentences(text, "en"), get_lexicon("en"), None)
    near = {f for f in c.features if ":k:" in f}
    assert "en:k:detention:kursk" in near and "en:k:detention:a" in near
    assert not any(f.endswith((":monday", ":police", ":detain")) for f in near)


def test_second_tellings_are_left_out_or_labelled(monkeypatch) -> None:
    """train.SECOND_TELLINGS: the rows that tell a type of the article's gold events in another
    sentence than its evidence are kept as negatives, left out of that type's fit or labelled."""
    import numpy as np

    from awol.extract import train as tr

    y = np.array([1, 0, 0])
    retold = [[0], [1], [0]]
    monkeypatch.setattr(tr, "SECOND_TELLINGS", "")
    yy, w = tr._second_tellings(y, None, retold, 0)
    assert list(yy) == [1, 0, 0] and w is None
    monkeypatch.setattr(tr, "SECOND_TELLINGS", "drop")
    yy, w = tr._second_tellings(y, None, retold, 0)
    assert list(yy) == [1, 0, 0] and list(w) == [1.0, 0.0, 1.0]
    monkeypatch.setattr(tr, "SECOND_TELLINGS", "label")
    yy, w = tr._second_tellings(y, None, retold, 0)
    assert list(yy) == [1, 1, 0] and w is None


def test_stems_join_a_word_family() -> None:
    from awol.extract.classifier import Context

    ctx = Context(False, False, False, 1)

    def stems(text: str, lang: str) -> set[str]:
        return {f for f in clf.features(tokens(text, lang), [], ctx, lang) if f[3:5] == "s:"}

    old = clf.STEM
    try:
        clf.STEM = 5
        assert stems("дезертирство", "ru") == stems("дезертировал", "ru") == {"ru:s:дезер"}
        assert stems("absconder", "en") == stems("absconded", "en") == {"en:s:absco"}
        clf.STEM = 0
        assert stems("дезертирство", "ru") == set()
    finally:
        clf.STEM = old


def test_neighbour_features_read_alike_in_parts(monkeypatch) -> None:
    """With the neighbours' features (classifier.NEIGHBOURS), a text read in parts (``start``,
    ``stop``: a long text's chunks) gives every candidate the features of a whole reading, and
    a sentence gets the cue and trigger types of the sentences around it."""
    from awol.extract.classifier import iter_candidates
    from awol.extract.lexicon import get_lexicon
    from awol.extract.sentences import split_sentences

    monkeypatch.setattr(clf, "NEIGHBOURS", True)
    lex = get_lexicon("en")
    text = (
        "The soldier left his unit in May. Police were looking for him for a week. "
        "He was detained in Moscow on June 3. A court charged him with desertion. "
        "The weather was fine. He was sentenced to five years."
    )
    sents = split_sentences(text, "en")
    whole = {c.index: c.features for c in iter_candidates(sents, lex, None)}
    parts: dict[int, list[str]] = {}
    for a in range(0, len(sents), 2):
        parts.update(
            (c.index, c.features) for c in iter_candidates(sents, lex, None, None, a, a + 2)
        )
    assert parts == whole
    second = whole[1]
    assert "pq:desertion" in second and "nq:detention" in second
    assert any(f.startswith("n:") for f in whole[0])


def test_argument_classes_are_shared_by_both_languages(monkeypatch) -> None:
    """The argument classes (classifier.ARGUMENTS) name a state actor, a group, a legal phrase
    and a time alike in both languages, alone and with each cue type of the sentence."""
    from awol.extract.classifier import argument_features

    en = argument_features(
        tokens("A military court charged the soldier under Article 337 in May", "en"),
        ["prosecution"],
        "en",
    )
    ru = argument_features(
        tokens("Военный суд обвинил солдата по статье 337 в мае", "ru"), ["prosecution"], "ru"
    )
    assert {"a:actor", "a:group", "a:law", "a:time", "x:prosecution&actor"} <= set(en)
    assert set(en) == set(ru)


def test_trigger_dropout_leaves_out_only_the_labelled_types_triggers() -> None:
    """``train.TRIGGER_DROPOUT``'s copy of a gold sentence: its words and the other types'
    triggers kept, the rule-trigger features of its own types left out."""
    from awol.extract.train import untriggered

    feats = ["en:w:flee", "t:desertion:none:0", "t:desertion", "t:wanted", "en|t:desertion", "bias"]
    lab = [int(t == "desertion") for t in EVENT_TYPES]
    assert untriggered(feats, lab) == ["en:w:flee", "t:wanted", "bias"]
