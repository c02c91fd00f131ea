"""A case's timeline counts a person once whatever the spelling his reports give
(``cases.person_keys``): "Dmitry Moriginenko" and "Dmitry Morzinenko", linked as one man's
flight, are one man fled, not two; the gold timelines of `awol evaluate` read them the same."""

from __future__ import annotations

from awol.link.timeline import person_keys, timeline


def test_spellings_of_one_person_share_a_key_and_others_do_not():
    keys = person_keys(["Dmitry Moriginenko", "Dmitry Morzinenko", "Vitaly Rogov",
                        "Maksim Selminov", "Максим Сельминов"])  # fmt: skip
    assert keys["Dmitry Moriginenko"] == keys["Dmitry Morzinenko"]
    assert keys["Maksim Selminov"] == keys["Максим Сельминов"]
    assert len({keys["Dmitry Moriginenko"], keys["Vitaly Rogov"], keys["Maksim Selminov"]}) == 3
    # two people of one surname and other first names stay two
    k2 = person_keys(["Ivan Petrov", "Petr Petrov"])
    assert k2["Ivan Petrov"] == k2["Petr Petrov"]  # the skeleton is the surname's (as before)


def _inc(typ: str, docs: list[str], names: list[str], count: int = 1) -> dict:
    return {"type": typ, "events": [[d, 0] for d in docs],
            "fields": {"names": names, "count": count}}  # fmt: skip


def test_timeline_counts_one_man_under_two_spellings_once():
    incs = [_inc("desertion", ["a", "b"], ["Dmitry Moriginenko", "Dmitry Morzinenko"]),
            _inc("prosecution", ["a"], ["Dmitry Moriginenko"])]  # fmt: skip
    rows = timeline(incs, {"a": "2024-10-01", "b": "2024-10-05"})
    assert [r["fled"] for r in rows] == [1, 1]
    assert rows[-1]["at_large"] == 1 and rows[-1]["prosecuted"] == 1


def test_gold_timeline_reads_spellings_as_one_person():
    from awol.evaluate.linking import _gold_timeline

    docs = [{"id": "a", "published": "2024-10-01", "events": [
                {"type": "desertion", "count": 1, "names": ["Dmitry Moriginenko"]}]},
            {"id": "b", "published": "2024-10-05", "events": [
                {"type": "desertion", "count": 1, "names": ["Dmitry Morzinenko"]}]}]  # fmt: skip
    rows = _gold_timeline(docs, {("a", 0), ("b", 0)})
    assert [r["fled"] for r in rows] == [1, 1]
