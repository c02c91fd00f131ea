"""End to end through the CLI: ``awol extract`` and ``awol evaluate``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from awol.cli import main


def _run(args: list[str]) -> tuple[int, list[dict], str]:
    res = CliRunner().invoke(main, args)
    lines = [json.loads(x) for x in res.stdout.splitlines() if x.strip()]
    return res.exit_code, lines, res.stderr


def test_extract_seeds_finds_every_gold_event(seeds_dir: Path) -> None:
    """Every seed gold event is found with the right type, date, region, count and armed."""
    code, docs, err = _run(
        [
            "extract",
            str(seeds_dir),
            "--manifest",
            str(seeds_dir / "manifest.jsonl"),
            "--include-text",
        ]
    )
    assert code == 0, err
    gold = {
        g["id"]: g for g in map(json.loads, (seeds_dir / "gold.jsonl").read_text().splitlines())
    }
    assert [d["id"] for d in docs] == sorted(gold)
    for d in docs:
        g = gold[d["id"]]
        for ev in d["events"]:
            e = ev["evidence"]
            assert d["text"][e["start"] : e["end"]] == e["text"]
        # the donation appeal and the newsletter box are not part of the article
        assert "Dear readers" not in d["text"]
        assert "newsletter" not in d["text"].lower()
        got = [(e["type"], e["date"], e["region"], e["count"], e["armed"]) for e in d["events"]]
        for ge in g["events"]:
            want = (ge["type"], ge["date"], ge["region"], ge["count"], ge["armed"])
            assert want in got, f"{d['id']}: missing {want}; got {got}"
        got_fig = {(f["value"], f["qualifier"]) for f in d["figures"]}
        for gf in g["figures"]:
            assert (gf["value"], gf["qualifier"]) in got_fig


def test_extract_output_contract(dev_dir: Path) -> None:
    code, docs, _ = _run(
        ["extract", str(dev_dir / "en-02.txt"), "--manifest", str(dev_dir / "manifest.jsonl")]
    )
    assert code == 0
    (d,) = docs
    assert set(d) == {"id", "url", "outlet", "published", "language", "title", "events", "figures"}
    assert d["id"] == "en-02" and d["published"] == "2025-03-18" and d["language"] == "en"
    assert d["events"], "en-02 reports a detention"
    for e in d["events"]:
        assert list(e) == [
            "type", "date", "date_text", "place_text", "country", "region", "count",
            "count_qualifier", "who", "names", "armed", "source", "evidence", "confidence",
        ]  # fmt: skip
        assert 0.0 <= e["confidence"] <= 1.0


def test_bad_inputs_are_reported_and_others_processed(tmp_path: Path, dev_dir: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "invalid.txt").write_bytes(
        b"Soldiers \xff\xfe\xfa deserted \x80\x81 from \xc3\x28 unit " * 20
    )
    (tmp_path / "noarticle.html").write_text(
        "<html><head><title>x</title></head><body><nav>Home</nav></body></html>"
    )
    good = tmp_path / "good.txt"
    good.write_text((dev_dir / "en-02.txt").read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "awol", "extract", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errs = [ln for ln in proc.stderr.splitlines() if ln.startswith("awol: error:")]
    for name in ("empty.txt", "binary.txt", "invalid.txt", "noarticle.html"):
        assert any(name in ln for ln in errs), (name, proc.stderr)
    docs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [d["id"] for d in docs] == ["good"]


def test_large_file_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"Two soldiers deserted from their unit on Monday. " * (50 * 1024 * 1024 // 49 + 1))
    code, docs, err = _run(["extract", str(big)])
    assert code == 1 and docs == []
    assert "big.txt" in err and "large" in err.lower()


def test_all_good_exits_zero(dev_dir: Path) -> None:
    code, docs, err = _run(["extract", str(dev_dir / "ru-01.txt"), str(dev_dir / "en-14.txt")])
    assert code == 0, err
    assert len(docs) == 2
    # en-14 is a drone strike report: nothing about desertion
    assert docs[1]["events"] == [] and docs[1]["figures"] == []


def test_evaluate_prediction_file(tmp_path: Path, dev_dir: Path) -> None:
    gold = dev_dir / "gold.jsonl"
    code, docs, _ = _run(
        ["extract", str(dev_dir / "en-02.txt"), "--manifest", str(dev_dir / "manifest.jsonl")]
    )
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(d) for d in docs))
    g1 = tmp_path / "gold.jsonl"
    g1.write_text(next(x for x in gold.read_text().splitlines() if '"en-02"' in x))
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(g1), str(pred), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["events"]["tp"] >= 1
    assert set(out["field_accuracy"]) == {
        "date",
        "region",
        "country",
        "count",
        "armed",
        "who",
        "names",
        "source",
    }
    # a perfect prediction scores 1.0
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(g1), str(g1), "--json"])
    perfect = json.loads(res.stdout)
    assert perfect["events"]["f1"] == 1.0 and perfect["figures"]["f1"] == 1.0
    # an empty prediction scores 0 recall
    empty = tmp_path / "empty.jsonl"
    empty.write_text(json.dumps({"id": "en-02", "events": [], "figures": []}))
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(g1), str(empty), "--json"])
    assert json.loads(res.stdout)["events"]["recall"] == 0.0


def test_evaluate_split(tmp_path: Path, dev_dir: Path) -> None:
    """--split scores only the documents splits.json names; a missing split is a clear error."""
    gold = {json.loads(x)["id"]: x for x in (dev_dir / "gold.jsonl").read_text().splitlines()}
    for doc in ("en-02", "ru-01"):
        (tmp_path / f"{doc}.txt").write_text((dev_dir / f"{doc}.txt").read_text())
    (tmp_path / "gold.jsonl").write_text(gold["en-02"] + "\n" + gold["ru-01"] + "\n")
    (tmp_path / "splits.json").write_text(json.dumps({"train": ["en-02"], "test": ["ru-01"]}))
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--split", "train", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"] == 1
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--json"])
    assert json.loads(res.stdout)["documents"] == 2
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--split", "dev"])
    assert res.exit_code == 1 and "no split named 'dev'" in res.output
    (tmp_path / "splits.json").unlink()
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--split", "train"])
    assert res.exit_code == 1 and "no splits.json" in res.output


def test_evaluate_refuses_a_document_coded_twice(tmp_path: Path, dev_dir: Path) -> None:
    """A gold file with two lines for one id is a clear error naming the file and the id: it
    would score that document twice (an invented split carried such a line for four rounds)."""
    gold = {json.loads(x)["id"]: x for x in (dev_dir / "gold.jsonl").read_text().splitlines()}
    (tmp_path / "en-02.txt").write_text((dev_dir / "en-02.txt").read_text())
    (tmp_path / "gold.jsonl").write_text(gold["en-02"] + "\n" + gold["en-02"] + "\n")
    res = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--brief"])
    assert res.exit_code == 1, res.output
    assert "gold.jsonl" in res.output and "en-02" in res.output and "more than once" in res.output
    assert "Traceback" not in res.output


def test_no_probe_gold_file_codes_a_document_twice() -> None:
    """Every gold/manifest file under tests/ has one line per id."""
    root = Path(__file__).resolve().parents[1]
    for path in sorted(root.glob("**/*.jsonl")):
        ids = [json.loads(x).get("id") for x in path.read_text("utf-8").splitlines() if x.strip()]
        ids = [i for i in ids if i is not None]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        assert not twice, f"{path.relative_to(root)}: {twice}"
