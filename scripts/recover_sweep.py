"""Choose the recovery threshold per language on held-out data (round 53, recall53).

``train.RECOVER`` is the probability at which the sentence model proposes an event of a type no
pattern proposed, at a cue word of that type (:func:`awol.extract.mentions_words._recover`).  This
runs, for each candidate value, every held-out reading the choice may use: real train ``--folds
5``, real train ``--folds 5 --hold-out-words`` (the lexicon's words that only the fold's gold
fires switched off: the reading of wording the lists do not know, where the recovery works) and
the dev corpus ``--folds 5``, per language, and prints each run's events line (precision, recall,
F1, matched, spurious, missed).  No probe set is read: the choice is made on these alone.

    PYTHONPATH=src .venv/bin/python scripts/recover_sweep.py 0.7 0.6 0.5 0.4 [--lang ru]
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("values", nargs="+", type=float)
    ap.add_argument("--lang", action="append", default=None)
    args = ap.parse_args()
    from click.testing import CliRunner

    from awol.cli import main as cli
    from awol.extract import classifier, train

    runner = CliRunner()
    langs = args.lang or ["en", "ru"]
    for v in args.values:
        train.RECOVER = v  # (the held-out folds' models)
        shipped = classifier.get_model()
        if shipped is not None:
            shipped.recover, shipped.recover_by_language = v, {}
        for lang in langs:
            runs = {
                "train folds": [str(REAL), "--split", "train", "--folds", "5"],
                "hold-out-words": [
                    str(REAL),
                    "--split",
                    "train",
                    "--folds",
                    "5",
                    "--hold-out-words",
                ],  # fmt: skip
                "dev folds": [str(ROOT / "corpus" / "dev"), "--folds", "5"],
            }
            for name, argv in runs.items():
                r = runner.invoke(cli, ["evaluate", *argv, "--brief", "--language", lang])
                line = next((x for x in r.output.splitlines() if x.startswith("ALL EVENTS")), "?")
                print(f"recover {v:.2f} {lang} {name:15s} {line[10:]}", flush=True)


if __name__ == "__main__":
    main()
