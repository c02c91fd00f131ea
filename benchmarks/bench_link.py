"""Benchmark `awol.link.Linker` on synthetic extractions.

    .venv/bin/python benchmarks/bench_link.py            # 10k and 100k events
    .venv/bin/python benchmarks/bench_link.py 20000      # any sizes

Stories (a desertion, then detentions / a manhunt / a trial) are told by 1-4 reports each, in
two languages' spellings, with noisy fields (missing dates and regions, count disagreements).
Prints the time to add all documents, to build incidents and cases, and peak memory (max RSS).
"""

from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from awol.link import Linker  # noqa: E402

REGIONS = [f"RU-{c}" for c in (
    "ROS VOR BEL KRS BRY SAR SAM TAM LIP SVE BU PER MOW SPE NVS TY BA KDA VGG PRI KGD TVE KOS "
    "ORL TUL KLU SMO PSK NGR KIR UD TA CHE TYU OMS TOM KEM ALT KYA IRK ZAB AMU KHA SAK KAM"
).split()] + ["UA-14", "UA-09", "UA-23", "UA-65", "UA-43"]  # fmt: skip
SYL = ["ka", "ro", "vi", "len", "mar", "to", "sha", "bur", "de", "nis", "ga", "lo", "pe", "tri",
       "zu", "ko", "na", "mi", "ra", "sy", "che", "vo", "lu", "bo", "ste", "dan", "gor", "fe"]  # fmt: skip
FIRST = ["Ivan", "Oleg", "Sergei", "Dmitry", "Artem", "Pavel", "Nikita", "Yegor", "Maxim", "Ilya"]
WHO = ["contract soldier", "mobilized soldier", "conscript", "former prison inmates", "sailors"]


def surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYL) for _ in range(3)).capitalize() + rng.choice(["ov", "in", "ev"])


def generate(n_events: int, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    docs: list[dict] = []
    total = 0
    start = date(2022, 3, 1)
    s = 0
    while total < n_events:
        s += 1
        day = start + timedelta(days=rng.randrange(4 * 365))
        region = rng.choice(REGIONS)
        count = rng.choice([1, 1, 1, 2, 3, 6, 10])
        named = count <= 2 and rng.random() < 0.6
        names = [f"{rng.choice(FIRST)} {surname(rng)}" for _ in range(count)] if named else []
        who = rng.choice(WHO)
        story = [("desertion", day, count)]
        if rng.random() < 0.6:
            story.append(("wanted", day + timedelta(days=1), count))
        if rng.random() < 0.5:
            story.append(("detention", day + timedelta(days=rng.randrange(2, 60)),
                          max(1, count // 2)))  # fmt: skip
        if rng.random() < 0.2:
            story.append(("prosecution", day + timedelta(days=rng.randrange(60, 120)), count))
        for r in range(rng.choice([1, 1, 2, 2, 3, 4])):
            pub = max(d for _, d, _ in story) + timedelta(days=rng.randrange(1, 10) + 20 * r)
            evs = []
            for typ, d, c in story:
                if r and rng.random() < 0.3:
                    continue
                prec = rng.random()
                dt = d.isoformat() if prec < 0.6 else (d.isoformat()[:7] if prec < 0.9 else None)
                evs.append({
                    "type": typ, "date": dt, "date_text": None, "place_text": None,
                    "country": region[:2],
                    "region": region if rng.random() < 0.8 else None,
                    "count": c if rng.random() < 0.9 else c + rng.choice([-1, 1, 2]),
                    "count_qualifier": "exact", "who": who, "names": names, "armed": None,
                    "source": None,
                    "evidence": {"text": f"Report {s}-{r}: {typ} of {c} {who} on {d} "
                                         f"in {region} story {rng.random():.6f}",
                                 "start": 0, "end": 0},
                })  # fmt: skip
            if not evs:
                continue
            docs.append({"id": f"s{s}-r{r}", "published": pub.isoformat(), "language": "en",
                         "outlet": f"o{r}", "url": None, "title": f"Story {s} report {r}",
                         "events": evs, "figures": []})  # fmt: skip
            total += len(evs)
            if total >= n_events:
                break
    return docs


def bench(n: int) -> dict:
    docs = generate(n)
    n_ev = sum(len(d["events"]) for d in docs)
    t0 = time.perf_counter()
    lk = Linker()
    lk.add(docs)
    t1 = time.perf_counter()
    incs = lk.incidents()
    cases = lk.cases()
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"events": n_ev, "documents": len(docs), "add_s": t1 - t0, "link_s": t2 - t1,
            "total_s": t2 - t0, "incidents": len(incs), "cases": len(cases),
            "links": len(lk.links), "peak_rss_mb": rss}  # fmt: skip


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    for n in sizes:
        r = bench(n)
        print(f"{r['events']:>7} events {r['documents']:>6} docs: add {r['add_s']:.1f}s, "
              f"incidents+cases {r['link_s']:.1f}s, total {r['total_s']:.1f}s; "
              f"{r['incidents']} incidents, {r['cases']} cases, {r['links']} links; "
              f"peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
