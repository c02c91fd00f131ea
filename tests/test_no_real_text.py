"""No real article's text in the repository (round 38).

The articles of ../shared/corpus/real and the seeds are third-party texts: the repo (code,
comments, yaml, tests, probes, docs, the dev corpus) carries invented sentences only, never
theirs, not even in a comment that explains where a reading came from.  This guard reads every
``*.txt`` article of both folders in place and fails when a file git tracks shares a run of
``RUN`` (8) consecutive words with one of them: words are ``\\w+`` tokens, case-folded ("ё"
as "е"), so punctuation, line breaks and markup between them do not hide a quote.

A legal or official formula that no article owns (a criminal code's article, a sentence's
regime, a court's name, the offence's legal name) is no quote: ``FORMULAS`` lists them, one
reason each; their words are cut out of the articles' word runs, so a formula and the seven
words around it never add up to a run, while the article's own words on either side still
count.  Gold/probe ids ("ren-008") are not text.  Not checked: commit messages (history is not
rewritten).

The failure message names the file, the line, the article's id and the run for train and seed
articles; for a test-split article only "(a test-split article)", so nobody reads test text
through it.  Skips (with the reason) where ../shared or git is absent.  Runs in about a second.
"""

from __future__ import annotations

import bisect
import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
ARTICLES = (SHARED / "real", SHARED / "seeds")
SPLITS = SHARED / "real" / "splits.json"
RUN = 8

# ---- the exemptions: one list, a reason each ------------------------------------------------
# patterns over the article's words in lower case joined by single spaces
FORMULAS = {
    r"(?:(?:part|ч) \d+ (?:of )?)?(?:articles?|ст) \d+(?: (?:part|ч) \d+)?"
    r"(?: of the (?:russian )?criminal code(?: of (?:the russian federation|russia|ukraine))?"
    r"| ук рф)": "a criminal code's article (part 5 of article 337...; ч. 5 ст. 337 УК РФ)",
    r"of the criminal code of (?:ukraine|russia|the russian federation)": "the code's title",
    r"(?:punishable by|faces?|facing|could face) up to \w+ years in (?:prison|jail)": "the "
    "sentence the law sets (punishable by up to N years in prison)",
    r"(?:sentenced \w+ to )?(?:\w+ )?years? in an? (?:(?:general|strict|maximum security) "
    r"regime )?(?:penal )?colony": "a sentence's formula (six years in a general regime penal "
    "colony)",
    r"\w+ (?:окружной |гарнизонный )?военный суд": "a military court's name (Южный окружной "
    "военный суд)",
    r"(?:признал \w+ виновным в )?самовольн\w+ оставлени\w+ (?:части|места службы)": "the "
    "offence's legal name (самовольное оставление части) and the verdict's formula",
    r"office of the prosecutor general|офис\w* генерального прокурора": "an institution's name",
    r"(?:продолжительностью )?свыше (?:одного|\w+) месяц\w*": "the statute's words (ст. 337 УК "
    "РФ: самовольное оставление части продолжительностью свыше одного месяца ...)",
    r"(?:совершенн\w+ )?в (?:период|время) мобилизации(?: или военного положения)?": "the "
    "statute's words (... совершенное в период мобилизации или военного положения)",
    r"наказыва\w+ лишением свободы(?: на срок(?: от \w+)?(?: до \w+ лет)?)?": "the statute's "
    "penalty (наказывается лишением свободы на срок от пяти до десяти лет)",
}
_FORMULA = re.compile("|".join(f"(?:{p})" for p in FORMULAS))
_WORD = re.compile(r"\w+")


def _fold(text: str) -> str:
    """Lower case, "ё" as "е" (written either way: "трёх" is "трех")."""
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    """The text's ``\\w+`` tokens, case-folded (:func:`_fold`)."""
    return _WORD.findall(_fold(text))


def article_runs(text: str, formulas: re.Pattern[str] = _FORMULA) -> set[tuple[str, ...]]:
    """Every run of ``RUN`` consecutive words of an article, a formula's words cut out (a run
    never spans one)."""
    toks = words(text)
    joined = " ".join(toks)
    starts, pos = [], 0
    for t in toks:
        starts.append(pos)
        pos += len(t) + 1
    cut = [False] * len(toks)
    for m in formulas.finditer(joined):
        for i in range(bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())):
            cut[i] = True
    runs: set[tuple[str, ...]] = set()
    seg: list[str] = []
    for tok, c in zip([*toks, ""], [*cut, True], strict=True):
        if c:
            runs.update(zip(*(seg[i:] for i in range(RUN)), strict=False))
            seg = []
        else:
            seg.append(tok)
    return runs


@dataclass(frozen=True)
class Hit:
    path: str
    line: int
    article: str
    run: str
    test: bool  # the article is in real's test split

    def message(self) -> str:
        if self.test:
            return f"{self.path}:{self.line}: (a test-split article)"
        return f"{self.path}:{self.line}: {self.article}: {self.run}"


def scan(path: str, text: str, runs: dict[tuple[str, ...], str], test_ids: set[str]) -> list[Hit]:
    """A hit per stretch of ``text`` whose word runs are an article's (one per stretch of
    overlapping runs, at its first line)."""
    low = _fold(text)  # (the same length: offsets are the text's)
    ms = list(_WORD.finditer(low))
    toks = [m.group() for m in ms]
    hits: list[Hit] = []
    last = -2
    for i, g in enumerate(zip(*(toks[i:] for i in range(RUN)), strict=False)):
        art = runs.get(g)
        if art is None:
            continue
        if i > last + 1:
            line = low.count("\n", 0, ms[i].start()) + 1
            hits.append(Hit(path, line, art, " ".join(g), art in test_ids))
        last = i
    return hits


def _articles() -> tuple[dict[tuple[str, ...], str], set[str]]:
    missing = [str(d) for d in ARTICLES if not d.is_dir()]
    if missing:
        pytest.skip(f"../shared corpus absent ({', '.join(missing)}): nothing to check against")
    runs: dict[tuple[str, ...], str] = {}
    for d in ARTICLES:
        for p in sorted(d.glob("*.txt")):
            for g in article_runs(p.read_text(encoding="utf-8", errors="ignore")):
                runs.setdefault(g, p.stem)
    test_ids: set[str] = set()
    if SPLITS.is_file():
        test_ids = set(json.loads(SPLITS.read_text(encoding="utf-8")).get("test", []))
    return runs, test_ids


def _tracked() -> list[str]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError) as e:
        pytest.skip(f"git or the checkout is absent ({e}): no tracked files to scan")
    return [p for p in out.decode("utf-8").split("\0") if p]


def scan_tree(
    root: Path, paths: list[str], runs: dict[tuple[str, ...], str], test_ids: set[str]
) -> list[Hit]:
    hits: list[Hit] = []
    for path in paths:
        try:
            text = (root / path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
            continue  # binary (a model) or deleted in the working tree
        hits += scan(path, text, runs, test_ids)
    return hits


def test_no_real_article_text_in_a_tracked_file():
    runs, test_ids = _articles()
    assert len(runs) > 1000, "hardly any word run read from ../shared: the guard would pass"
    hits = scan_tree(ROOT, _tracked(), runs, test_ids)
    seen = [h.message() for h in hits]
    assert not seen, "real articles' text in the repo (write invented sentences):\n" + "\n".join(
        seen
    )


# ---- the matcher itself (invented text), so the guard cannot pass silently ------------------
_ARTICLE = (
    "Two conscripts from the garrison at Kolobrodsk walked out of their barracks on a "
    "rainy Tuesday night. Deserting is punishable by up to twelve years in prison there. "
    "Военнослужащего Зарубякова суд признал виновным в самовольном оставлении части и "
    "назначил ему четыре года в колонии-поселении."
)


def test_a_run_of_eight_words_is_caught_across_case_punctuation_and_lines():
    runs = {g: "ren-900" for g in article_runs(_ARTICLE)}
    text = (
        "# two conscripts from the garrison at Kolobrodsk walked\n"  # 1: 8 words
        "x = 'two conscripts from the garrison at Kolobrodsk'\n"  # 2: only 7
        "'''The GARRISON at\nkolobrodsk, walked out of -- their barracks'''\n"  # 3: across lines
    )
    hits = scan("x.py", text, runs, set())
    assert [(h.line, h.article) for h in hits] == [(1, "ren-900"), (3, "ren-900")]
    # "ё" written as "е" is the same word
    yo = "суд признал виновным и назначил ему четыре года в колонии-поселении"
    assert scan("x.md", yo.replace("ен", "ён"), runs, set()) != []
    assert hits[0].run == "two conscripts from the garrison at kolobrodsk walked"


def test_a_formula_is_no_quote_but_the_words_around_it_are():
    runs = {g: "ren-900" for g in article_runs(_ARTICLE)}
    formula = "Deserting is punishable by up to twelve years in prison there.\n"
    assert scan("x.md", formula, runs, set()) == []
    ru = "Зарубякова суд признал виновным в самовольном оставлении части\n"
    assert scan("x.md", ru, runs, set()) == []
    quote = "назначил ему четыре года в колонии поселении на севере\n"  # the article's own
    assert scan("x.md", "и " + quote, runs, set()) != []
    # without the formulas the same text is a hit
    bare = {g: "ren-900" for g in article_runs(_ARTICLE, re.compile(r"(?!x)x"))}
    assert [h.line for h in scan("x.md", formula + ru, bare, set())] == [1, 2]


def test_a_test_split_article_is_never_quoted_in_the_message():
    runs = {g: "ren-901" for g in article_runs(_ARTICLE)}
    hit = scan("tests/x.py", _ARTICLE, runs, {"ren-901"})[0]
    assert hit.message() == "tests/x.py:1: (a test-split article)"
    assert "conscripts" in scan("tests/x.py", _ARTICLE, runs, set())[0].message()


def test_files_on_disk_are_read_and_binaries_skipped(tmp_path):
    runs = {g: "ren-900" for g in article_runs(_ARTICLE)}
    (tmp_path / "note.md").write_text("ok\n" + _ARTICLE[:80] + "\n", encoding="utf-8")
    (tmp_path / "model.npz").write_bytes(b"\x80\xff" + _ARTICLE.encode())
    hits = scan_tree(tmp_path, ["note.md", "model.npz", "gone.txt"], runs, set())
    assert [(h.path, h.line) for h in hits] == [("note.md", 2)]
