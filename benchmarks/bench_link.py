"""Benchmark `awol.link.Linker` on synthetic extractions.

    .venv/bin/python benchmarks/bench_link.py            # 10k and 100k events
    .venv/bin/python benchmarks/bench_link.py 20000      # any sizes
    .venv/bin/python benchmarks/bench_link.py --quality 10000   # pairwise P/R against the truth
    .venv/bin/python benchmarks/bench_link.py --long 500 1000   # one document of 2 N events

The synthetic monitor grows with N (see :func:`generate`): time span, outlets and stories, so the
reporting density stays realistic instead of piling ever more stories into a fixed window.
Stories (a desertion, then a manhunt / detention / trial / sentence) are told by 1-6 reports in
English or Russian (Cyrillic names), with noisy fields (missing dates, regions, countries, names,
counts; count disagreements), syndicated copies and roundup documents.  Prints the time to add
all documents, to build incidents and cases, the candidate pairs examined, and peak memory (max
RSS of the process, i.e. of the largest size run so far), and the growth exponent of the total
time between consecutive sizes.
"""

from __future__ import annotations

import random
import resource
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from awol.link import Linker  # noqa: E402

REGIONS = [f"RU-{c}" for c in (
    "ROS VOR BEL KRS BRY SAR SAM TAM LIP SVE BU PER MOW SPE NVS TY BA KDA VGG PRI KGD TVE KOS "
    "ORL TUL KLU SMO PSK NGR KIR UD TA CHE TYU OMS TOM KEM ALT KYA IRK ZAB AMU KHA SAK KAM"
).split()] + ["UA-14", "UA-09", "UA-23", "UA-65", "UA-43", "KZ-27", "BY-HO", "GE-TB"]  # fmt: skip
# border / garrison regions are reported far more often than the rest (Zipf-like weights)
REGION_W = [1.0 / (1 + i) ** 0.8 for i in range(len(REGIONS))]
SYL = ["ka", "ro", "vi", "len", "mar", "to", "sha", "bur", "de", "nis", "ga", "lo", "pe", "tri",
       "zu", "ko", "na", "mi", "ra", "sy", "che", "vo", "lu", "bo", "ste", "dan", "gor", "fe"]  # fmt: skip
SYL_RU = {"ka": "ка", "ro": "ро", "vi": "ви", "len": "лен", "mar": "мар", "to": "то", "sha": "ша",
          "bur": "бур", "de": "де", "nis": "нис", "ga": "га", "lo": "ло", "pe": "пе", "tri": "три",
          "zu": "зу", "ko": "ко", "na": "на", "mi": "ми", "ra": "ра", "sy": "сы", "che": "че",
          "vo": "во", "lu": "лу", "bo": "бо", "ste": "сте", "dan": "дан", "gor": "гор", "fe": "фе",
          "ov": "ов", "in": "ин", "ev": "ев"}  # fmt: skip
FIRST = {"Ivan": "Иван", "Oleg": "Олег", "Sergei": "Сергей", "Dmitry": "Дмитрий", "Artem": "Артем",
         "Pavel": "Павел", "Nikita": "Никита", "Yegor": "Егор", "Maxim": "Максим", "Ilya": "Илья",
         "Kirill": "Кирилл", "Andrei": "Андрей", "Roman": "Роман", "Denis": "Денис"}  # fmt: skip
# a few very common surnames: name blocks for them grow with N (like "Ivanov" in real data)
COMMON = {"Ivanov": "Иванов", "Petrov": "Петров", "Smirnov": "Смирнов", "Kuznetsov": "Кузнецов",
          "Popov": "Попов", "Sokolov": "Соколов", "Lebedev": "Лебедев", "Kozlov": "Козлов"}  # fmt: skip
WHO = [("contract soldier", "контрактник"), ("mobilized soldier", "мобилизованный"),
       ("conscript", "срочник"), ("former prison inmates", "бывшие заключенные"),
       ("sailors", "моряки"), ("paratrooper", "десантник"), ("soldier", "военный")]  # fmt: skip
WORDS = (
    "the a unit soldier left base region police said court case search relatives reported "
    "military prosecutor according local officials channel ministry commander village "
    "checkpoint service week border lawyer mother charges criminal investigation"
).split()


def person(rng: random.Random) -> tuple[str, str]:
    """(Latin, Cyrillic) spelling of a random person."""
    first = rng.choice(list(FIRST))
    if rng.random() < 0.15:
        sur = rng.choice(list(COMMON))
        return f"{first} {sur}", f"{FIRST[first]} {COMMON[sur]}"
    syl = [rng.choice(SYL) for _ in range(3)] + [rng.choice(["ov", "in", "ev"])]
    lat = "".join(syl).capitalize()
    cyr = "".join(SYL_RU[x] for x in syl).capitalize()
    return f"{first} {lat}", f"{FIRST[first]} {cyr}"


def _story(rng: random.Random, start: date, span: int) -> dict:
    day = start + timedelta(days=rng.randrange(span))
    region = rng.choices(REGIONS, REGION_W)[0]
    count = rng.choice([1, 1, 1, 1, 2, 2, 3, 4, 6, 10, 20])
    people = [person(rng) for _ in range(count)] if count <= 3 and rng.random() < 0.55 else []
    who = rng.choice(WHO)
    events = [("desertion", day, count)]
    if rng.random() < 0.5:
        events.append(("wanted", day + timedelta(days=rng.randrange(1, 15)), count))
    if rng.random() < 0.45:
        events.append(("detention", day + timedelta(days=rng.randrange(2, 120)),
                       max(1, count // 2)))  # fmt: skip
    if rng.random() < 0.25:
        events.append(("prosecution", day + timedelta(days=rng.randrange(60, 200)), count))
    if rng.random() < 0.1:
        events.append(("sentence", day + timedelta(days=rng.randrange(200, 400)), count))
    if rng.random() < 0.03:
        events.append(("death", day + timedelta(days=rng.randrange(1, 60)), 1))
    return {"day": day, "region": region, "count": count, "people": people, "who": who,
            "events": events}  # fmt: skip


def _event(rng: random.Random, st: dict, typ: str, d: date, c: int, ru: bool, later: bool) -> dict:
    prec = rng.random()
    if later:  # follow-up reports restate earlier happenings vaguely
        prec = prec * 0.7 + 0.3
    dt = (d.isoformat() if prec < 0.55 else d.isoformat()[:7] if prec < 0.8
          else d.isoformat()[:4] if prec < 0.85 else None)  # fmt: skip
    region = st["region"]
    r = rng.random()
    names = []
    if st["people"] and rng.random() < 0.85:
        names = [p[1] if ru else p[0] for p in st["people"]]
    return {
        "type": typ, "date": dt, "date_text": None, "place_text": None,
        "country": None if r < 0.03 else region[:2],
        "region": region if r >= 0.28 else None,
        "count": None if rng.random() < 0.1 else (c if rng.random() < 0.85
                                                   else max(1, c + rng.choice([-1, 1, 2]))),
        "count_qualifier": "exact", "who": st["who"][1 if ru else 0] if rng.random() < 0.8 else None,
        "names": names, "armed": rng.choice([None, None, None, True, False]), "source": None,
        "evidence": {"text": f"{typ} {c} {d}", "start": 0, "end": 0},
    }  # fmt: skip


def generate(n_events: int, seed: int = 1) -> list[dict]:
    """Synthetic extractions of about ``n_events`` events (the list of :func:`stream`)."""
    return list(stream(n_events, seed))


def stream(n_events: int, seed: int = 1, truth: dict | None = None) -> Iterator[dict]:
    """Synthetic extractions of about ``n_events`` events, one document at a time.

    The monitor grows with N: the time span (about 1 year per 20k events, at least 1 year), the
    number of outlets (N / 400) and of stories all grow, so the event density per day stays in
    the same range (≈ 30-60 events/day) instead of piling ever more stories into a fixed window.
    Per story 1-6 reports (later ones restate events vaguely, drop some), 28% of events without a
    region, 3% without a country, 45% without a day-precise date, unnamed stories for groups and
    45% of small ones, Russian reports with Cyrillic names, ~8% syndicated copies (same text,
    another outlet, 0-2 days later) and ~5% roundup documents carrying two stories.

    With ``truth`` (a dict), the happening each event reports is recorded there: event id
    ("document#index") -> (story, type, day), for scoring the linker (:func:`score`).
    """
    rng = random.Random(seed)
    years = max(1.0, n_events / 20_000)
    span = int(365 * years)
    start = date(2022, 3, 1)
    n_outlets = max(20, n_events // 400)
    total = 0
    s = 0
    pending_roundup: list[dict] = []
    while total < n_events:
        s += 1
        st = _story(rng, start, span)
        last = max(d for _, d, _ in st["events"])
        n_reports = rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5, 6])
        for r in range(n_reports):
            ru = rng.random() < 0.5
            pub = st["day"] + timedelta(days=rng.randrange(0, 4) + rng.randrange(0, 25) * r)
            evs = [_event(rng, st, typ, d, c, ru, r > 0) for typ, d, c in st["events"]
                   if d <= pub and not (r and rng.random() < 0.3)]  # fmt: skip
            if pub < last and rng.random() < 0.3:
                pub = last + timedelta(days=rng.randrange(1, 10))
            if not evs:
                continue
            happened = [(s, typ, d) for typ, d, _ in st["events"]]
            tags = [happened[[t for t, _, _ in st["events"]].index(e["type"])] for e in evs]
            body = " ".join(rng.choice(WORDS) for _ in range(60))
            text = f"Story {s} report {r}. {body}"
            outlet = f"outlet-{rng.randrange(n_outlets)}"
            d = {"id": f"s{s}-r{r}", "published": pub.isoformat(), "language": "ru" if ru else "en",
                 "outlet": outlet, "url": None, "title": f"Story {s} report {r}",
                 "text": f"{outlet}\n{text}", "events": evs, "figures": []}  # fmt: skip
            if rng.random() < 0.05 and pending_roundup:
                other = pending_roundup.pop()
                d["events"] = d["events"] + other["events"]
                d["text"] += "\n" + other["text"]
                tags = tags + other["tags"]
            elif rng.random() < 0.05:
                pending_roundup.append({"events": evs, "text": text, "tags": tags})
                continue
            if truth is not None:
                truth.update((f"{d['id']}#{i}", t) for i, t in enumerate(tags))
            yield d
            total += len(d["events"])
            if rng.random() < 0.08:  # syndicated copy
                c_out = f"outlet-{rng.randrange(n_outlets)}"
                yield {**d, "id": f"s{s}-r{r}-copy", "outlet": c_out,
                       "published": (pub + timedelta(days=rng.randrange(3))).isoformat(),
                       "text": f"{c_out} | {text} Share this story.",
                       "events": [dict(e) for e in d["events"]]}  # fmt: skip
                if truth is not None:
                    truth.update((f"{d['id']}-copy#{i}", t) for i, t in enumerate(tags))
                total += len(d["events"])
            if total >= n_events:
                break


class _Source:
    """The synthetic documents, generated as the linker reads them (never all held at once: at
    1M events the list alone would take ~2 GB); counts them and the time spent generating
    them, which is taken out of the linker's figures."""

    def __init__(self, n: int) -> None:
        self.docs = self.events = 0
        self.wall = self.cpu = 0.0
        self._it = stream(n)

    def __iter__(self) -> Iterator[dict]:
        return self

    def __next__(self) -> dict:
        t, c = time.perf_counter(), time.process_time()
        try:
            d = next(self._it)
        finally:
            self.wall += time.perf_counter() - t
            self.cpu += time.process_time() - c
        self.docs += 1
        self.events += len(d["events"])
        return d


def bench(n: int) -> dict:
    src = _Source(n)
    t0, c0 = time.perf_counter(), time.process_time()
    lk = Linker()
    lk.add(src)
    t1, c1 = time.perf_counter() - src.wall, time.process_time() - src.cpu
    n_ev, n_docs = src.events, src.docs
    # streamed, as `awol link` writes them (incidents() / cases() would hold the lists: ~1.7 KB
    # an event more)
    n_incs = sum(1 for _ in lk.iter_incidents())
    n_cases = sum(1 for _ in lk.iter_cases())
    t2, c2 = time.perf_counter() - src.wall, time.process_time() - src.cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    c3 = time.process_time()
    lk.outputs()  # both lists from one build of each incident (what the store saves)
    out_cpu = time.process_time() - c3
    return {"events": n_ev, "documents": n_docs, "add_s": t1 - t0, "link_s": t2 - t1,
            "total_s": t2 - t0, "add_cpu": c1 - c0, "link_cpu": c2 - c1, "cpu_s": c2 - c0,
            "incidents": n_incs, "cases": n_cases, "outputs_cpu": out_cpu,
            "links": len(lk.links), "comparisons": lk.comparisons,
            "peak_rss_mb": rss}  # fmt: skip


def long_document(n: int) -> float:
    """CPU seconds to give out the incidents and cases of one roundup of ``2 n`` events (n
    named deserters, each then detained): each incident used to re-read every event of its
    document (N x N)."""
    events = []
    for i in range(n):
        for type_, day, names, who in (("desertion", "01", [f"Ivan Petrov{i}"], None),
                                       ("detention", "05", [], "the deserter")):  # fmt: skip
            events.append({"type": type_, "date": f"2024-03-{day}", "date_text": None,
                           "place_text": None, "country": "RU", "region": "RU-ROS", "count": 1,
                           "count_qualifier": "exact", "who": who, "names": names,
                           "armed": None, "source": None,
                           "evidence": {"text": "", "start": 0, "end": 0}})  # fmt: skip
    lk = Linker()
    lk.add([{"id": "long", "url": "https://x.example/long", "outlet": "X",
             "published": "2024-03-10", "language": "en", "title": "long", "events": events,
             "figures": []}])  # fmt: skip
    c = time.process_time()
    sum(1 for _ in lk.iter_incidents())
    sum(1 for _ in lk.iter_cases())
    return time.process_time() - c


def _pairs(groups: list[list[str]], label: dict[str, object]) -> tuple[int, int, int]:
    """Pairwise (agreeing, predicted, true) pair counts of ``groups`` against ``label``."""
    from collections import Counter

    tp = pred = 0
    for g in groups:
        pred += len(g) * (len(g) - 1) // 2
        tp += sum(k * (k - 1) // 2 for k in Counter(label[e] for e in g).values())
    members = [e for g in groups for e in g]
    true = sum(k * (k - 1) // 2 for k in Counter(label[e] for e in members).values())
    return tp, pred, true


def score(n: int) -> dict:
    """Pairwise precision and recall of the incidents and cases built from about ``n``
    synthetic events against the happenings and stories the generator told: where the
    linker merges different stories (precision) or misses restatements (recall) among
    realistic numbers of distractors, which the 185 articles of real/ cannot show."""
    truth: dict = {}
    lk = Linker()
    lk.add(stream(n, truth=truth))
    incs = lk.incidents()
    inc_groups = [[f"{d}#{i}" for d, i in inc["events"]] for inc in incs]
    of_inc = {inc["incident_id"]: g for inc, g in zip(incs, inc_groups, strict=True)}
    case_groups = [[e for i in c["incidents"] for e in of_inc[i]] for c in lk.cases()]
    out = {"events": len(truth)}
    for name, groups, label in (
        ("incidents", inc_groups, truth),
        ("cases", case_groups, {e: t[0] for e, t in truth.items()}),
    ):
        tp, pred, true = _pairs(groups, label)
        p, r = tp / pred if pred else 1.0, tp / true if true else 1.0
        out[name] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main(argv: list[str]) -> None:
    import math

    if argv[:1] == ["--long"]:
        for n in [int(a) for a in argv[1:]] or [500, 1000, 2000]:
            print(f"one document of {2 * n} events: incidents + cases "
                  f"{long_document(n):.2f} CPU s", flush=True)  # fmt: skip
        return
    if argv[:1] == ["--quality"]:
        for n in [int(a) for a in argv[1:]] or [10_000]:
            q = score(n)
            print(f"{q['events']} synthetic events: " + "; ".join(
                f"{k} pairwise P {q[k][0]:.3f} R {q[k][1]:.3f} F1 {q[k][2]:.3f}"
                for k in ("incidents", "cases")), flush=True)  # fmt: skip
        return
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    prev = None
    for n in sizes:
        r = bench(n)
        if prev is not None:
            span = math.log(r["events"] / prev["events"])
            k = math.log(r["total_s"] / prev["total_s"]) / span
            kc = math.log(r["cpu_s"] / prev["cpu_s"]) / span
            print(f"growth exponent {prev['events']} -> {r['events']} events: {k:.2f} wall, "
                  f"{kc:.2f} CPU (1 = linear, 2 = quadratic)", flush=True)  # fmt: skip
        prev = r
        print(f"{r['events']:>7} events {r['documents']:>6} docs: add {r['add_s']:.1f}s, "
              f"incidents+cases {r['link_s']:.1f}s, total {r['total_s']:.1f}s "
              f"(CPU {r['add_cpu']:.1f}s + {r['link_cpu']:.1f}s = {r['cpu_s']:.1f}s, "
              f"{r['events'] / r['cpu_s']:.0f} events/CPU s); "
              f"{r['incidents']} incidents, {r['cases']} cases, {r['links']} links, "
              f"{r['comparisons']} candidate pairs; "
              f"peak RSS {r['peak_rss_mb']:.0f} MB; outputs() (each incident built once, "
              f"both lists held) {r['outputs_cpu']:.1f} CPU s", flush=True)  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
