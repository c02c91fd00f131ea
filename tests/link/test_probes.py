"""Invented multi-case articles (tests/link/probes: a rights group's digest, a court page of the
week's verdicts, "Separately," / "Ранее" / "Также в среду" paragraphs, an old case recalled
beside a new one), each case told by two articles or more.  An article's story group must not
hold two cases' events, or a cross-document link of either carries the other into its case.
The story grouping parts them where the sentences say another person (``cases._join_score``):
a service status that excludes the story's (a contract soldier's verdict after two conscripts'
flight), another age for one person's story (a 45-year-old's verdict after a 32-year-old's
detention), a manhunt or charges for more people than fled; and a name the extraction carried
into another person's sentence does not hold the two together (``cases._unwritten_other``,
``features._drop_carried_names``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awol.evaluate.linking import link_and_score
from awol.link import Linker
from awol.link.features import document_features, event_records

PROBES = Path(__file__).resolve().parent / "probes"


def _ev(typ: str, text: str, *, count: int | None = 1, region: str | None = None,
        names: list[str] | None = None, who: str | None = None) -> dict:  # fmt: skip
    return {"type": typ, "date": None, "date_text": None, "place_text": None,
            "country": region.split("-")[0] if region else None, "region": region,
            "count": count, "count_qualifier": "exact" if count else None, "who": who,
            "names": names or [], "armed": None, "source": None,
            "evidence": {"text": text, "start": 0, "end": len(text)}}  # fmt: skip


def groups(events: list[dict]) -> list[int]:
    return [f.group for f in document_features(event_records(events, "d", "2025-03-24"))]


def names(events: list[dict]) -> list[tuple[str, ...]]:
    return [f.names for f in document_features(event_records(events, "d", "2025-03-24"))]


FLED2 = _ev("desertion", "Двое срочников ушли из воинской части в Курской области с автоматами.",
            count=2, region="RU-KRS", who="срочников")  # fmt: skip
SOUGHT2 = _ev("wanted", "Полиция объявила их в розыск.", count=2, region="RU-KRS")


def test_another_status_is_another_story():
    verdict = _ev("sentence", "В тот же день Курский гарнизонный военный суд приговорил к пяти "
                  "годам колонии контрактника, который не вернулся из отпуска.", region="RU-KRS",
                  who="контрактника")  # fmt: skip
    assert groups([FLED2, SOUGHT2, verdict]) == [0, 0, 1]
    # the same status (or none said) continues the story
    caught = _ev("detention", "Одного из срочников задержали в понедельник.", region="RU-KRS",
                 who="срочников")  # fmt: skip
    assert groups([FLED2, SOUGHT2, caught]) == [0, 0, 0]
    caught = _ev("detention", "Одного из беглецов задержали в понедельник.", region="RU-KRS")
    assert groups([FLED2, SOUGHT2, caught]) == [0, 0, 0]


CAUGHT32 = _ev("detention", "Police detained Ruslan Gafarov, a 32-year-old soldier, in Ufa on "
               "Monday.", region="RU-BA", names=["Ruslan Gafarov"])  # fmt: skip
FLED32 = _ev("desertion", "Gafarov left his unit in April.", names=["Ruslan Gafarov"])


def test_another_age_is_another_person():
    # English introduces another person with "a" (``second_case``); Russian has no article
    caught = _ev("detention", "В Уфе задержали 32-летнего Руслана Гафарова.", region="RU-BA",
                 names=["Руслан Гафаров"])  # fmt: skip
    fled = _ev("desertion", "Гафаров покинул часть в апреле.", names=["Руслан Гафаров"])
    verdict = _ev("sentence", "Также в среду Уфимский гарнизонный военный суд вынес приговор "
                  "45-летнему военнослужащему.", region="RU-BA")  # fmt: skip
    assert groups([caught, fled, verdict]) == [0, 0, 1]
    his = _ev("sentence", "В среду Уфимский гарнизонный военный суд вынес приговор "
              "32-летнему военнослужащему.", region="RU-BA")  # fmt: skip
    assert groups([caught, fled, his]) == [0, 0, 0]


def test_a_carried_name_does_not_join_another_persons_sentence():
    """The extraction gave the verdict of a 45-year-old the name of the 32-year-old told before:
    the sentence does not write it, and says another age, so it is another story, and the
    linker does not use the carried name (no case link through it)."""
    verdict = _ev("sentence", "Also on Wednesday, the Ufa garrison court sentenced a 45-year-old "
                  "serviceman to five and a half years.", region="RU-BA",
                  names=["Ruslan Gafarov"])  # fmt: skip
    assert groups([CAUGHT32, FLED32, verdict]) == [0, 0, 1]
    assert names([CAUGHT32, FLED32, verdict])[2] == ()
    # a carried name with nothing against it stays ("He was sentenced" of the same man)
    his = _ev("sentence", "On Wednesday, the Ufa garrison court sentenced him to five years.",
              region="RU-BA", names=["Ruslan Gafarov"])  # fmt: skip
    assert groups([CAUGHT32, FLED32, his]) == [0, 0, 0]
    assert names([CAUGHT32, FLED32, his])[2] == ("Ruslan Gafarov",)


def test_a_carried_name_does_not_hold_another_case_of_the_same_city():
    """A manhunt for Valiev, then another man's detention in the same city with his own flight
    in its sentence; the extraction carried Valiev's name into both (split c's mechanism)."""
    sought = _ev("wanted", "МВД по Татарстану объявило в розыск 28-летнего Артура Валиева, "
                 "который в мае самовольно оставил воинскую часть в Курской области.",
                 region="RU-TA", names=["Артур Валиев"])  # fmt: skip
    fled = dict(sought, type="desertion", region="RU-KRS", country="RU")
    text = (
        "В среду в Казани задержали военнослужащего, который в марте самовольно покинул "
        "часть в Белгородской области."
    )
    caught = _ev("detention", text, region="RU-TA", names=["Артур Валиев"])
    fled2 = _ev("desertion", text, region="RU-BEL", names=["Артур Валиев"])
    evs = [sought, fled, caught, fled2]
    assert groups(evs) == [0, 0, 1, 1]  # a second flight; the detention goes with its sentence's
    assert names(evs)[2:] == [(), ()]
    # English says "a serviceman who": another person, whatever name was carried
    en = _ev("detention", "On Wednesday, police in Kazan detained a serviceman who had left his "
             "unit in the Belgorod region in March.", region="RU-TA",
             names=["Artur Valiev"])  # fmt: skip
    hunt = _ev("wanted", "Police in Tatarstan have launched a search for Artur Valiev, a "
               "28-year-old soldier.", region="RU-TA", names=["Artur Valiev"])  # fmt: skip
    assert groups([hunt, en]) == [0, 1]
    # the story's background with a carried name stays ("In February, a court issued a
    # warrant for his arrest")
    warrant = _ev("wanted", "In February, a court in Belgorod issued a warrant for his arrest.",
                  names=["Kirill Zhdanov"])  # fmt: skip
    caught = _ev("detention", "Kirill Zhdanov was detained by military police on Tuesday.",
                 names=["Kirill Zhdanov"])  # fmt: skip
    assert groups([caught, warrant]) == [0, 0]


def test_a_carried_name_is_not_given_out():
    """The incident of another man's verdict does not carry the name the extraction carried into
    it (its case's people and timeline count one man sentenced, not two)."""
    caught = _ev("detention", "В Уфе задержали 32-летнего Руслана Гафарова.", region="RU-BA",
                 names=["Руслан Гафаров"])  # fmt: skip
    verdict = _ev("sentence", "Также в среду Уфимский гарнизонный военный суд вынес приговор "
                  "45-летнему военнослужащему.", region="RU-BA", names=["Руслан Гафаров"])  # fmt: skip
    doc = {"id": "d", "url": "https://x.example/d", "outlet": "X", "published": "2025-05-14",
           "language": "ru", "title": "t", "events": [caught, verdict], "figures": []}  # fmt: skip
    lk = Linker()
    lk.add([doc])
    names = {tuple(inc["events"][0]): inc["fields"]["names"] for inc in lk.incidents()}
    assert names[("d", 0)] == ["Руслан Гафаров"]
    assert names[("d", 1)] == []


def test_a_manhunt_for_more_people_than_fled_is_another_story():
    sought = _ev("wanted", "Police in the republic have put the men on the wanted list.", count=2)
    assert groups([CAUGHT32, FLED32, sought]) == [0, 0, 1]


SENTENCED = _ev("sentence", "Улан-Удэнский гарнизонный военный суд приговорил к шести годам колонии "
                "Ивана Петрова.", region="RU-BU", names=["Иван Петров"])  # fmt: skip
HIS_FLIGHT = _ev("desertion", "В мае Петров самовольно покинул часть.", names=["Иван Петров"])


def test_an_unnamed_event_after_a_named_story_is_another_story():
    """The extraction names a named man's unnamed events itself; what it left unnamed after his
    story, told with no word that refers back, is of someone else (roundups made of two train
    articles: a story of the second joined to the first 0.202 -> 0.173 gold, 0.353 -> 0.297
    extracted; the labelled train articles unchanged)."""
    caught = _ev("detention", "Также в среду в Кяхте полицейские задержали военнослужащего, "
                 "который в марте не вернулся в часть.", region="RU-BU")  # fmt: skip
    assert groups([SENTENCED, HIS_FLIGHT, caught]) == [0, 0, 1]
    sought = _ev("wanted", "Police in Buryatia are also searching for a soldier who fled a "
                 "training ground near Kyakhta.", region="RU-BU")  # fmt: skip
    assert groups([SENTENCED, HIS_FLIGHT, sought]) == [0, 0, 1]
    # words that refer back to the story's man keep it, as does his own sentence
    his = _ev("detention", "В августе его задержали в Улан-Удэ.", region="RU-BU")
    assert groups([SENTENCED, HIS_FLIGHT, his]) == [0, 0, 0]
    his = _ev("detention", "The deserter was detained in Ulan-Ude in August.", region="RU-BU")
    assert groups([SENTENCED, HIS_FLIGHT, his]) == [0, 0, 0]
    # an unnamed story goes on as before
    fled = _ev("desertion", "В мае военнослужащий самовольно покинул часть.", region="RU-BU")
    caught = _ev("detention", "Позже в Кяхте задержали военнослужащего.", region="RU-BU")
    assert groups([fled, caught]) == [0, 0]


def _gold(split: str) -> tuple[list[dict], list[dict], list[dict], dict[str, str]]:
    ids = set(json.loads((PROBES / "splits.json").read_text("utf-8"))[split])
    gold = [json.loads(x) for x in (PROBES / "gold.jsonl").read_text("utf-8").splitlines() if x]
    gold = [g for g in gold if g["id"] in ids]

    def links(name: str) -> list[dict]:
        rows = [json.loads(x) for x in (PROBES / name).read_text("utf-8").splitlines() if x]
        return [r for r in rows if all(d in ids for d, _ in r["events"])]

    texts = {g["id"]: (PROBES / f"{g['id']}.txt").read_text("utf-8") for g in gold}
    return gold, links("incidents.jsonl"), links("cases.jsonl"), texts


@pytest.mark.parametrize("split", ["a", "b", "c", "d", "e", "f", "g", "i"])
def test_probe_cases_from_gold_events(split):
    """Gold events (the linker alone): every case kept apart (main before: cases P 0.695 on a,
    0.619 on b, 1.000 on c and d, 0.576 on e -- roundups, round 26; 1.000 on the manhunt splits
    f and g, round 27; on the cross-outlet split i, round 28, at its first run), every incident
    pair linked."""
    gold, incidents, cases, texts = _gold(split)
    r = link_and_score(gold, incidents=incidents, cases=cases, texts=texts)
    assert r["incidents"]["precision"] == r["incidents"]["recall"] == 1.0, r["incidents"]
    assert r["cases"]["precision"] == r["cases"]["recall"] == 1.0, r["cases"]


def test_cross_outlet_split_h_from_gold_events():
    """Split h (round 28: one happening told by two or three outlets): from gold events every
    case and no false pair; two flights told only as the reason of a verdict or a death, with
    no date, place or name of their own, stay apart (22 of 24 incident pairs, docs/linking.md)."""
    gold, incidents, cases, texts = _gold("h")
    r = link_and_score(gold, incidents=incidents, cases=cases, texts=texts)
    assert r["incidents"]["precision"] == 1.0 and r["incidents"]["recall"] >= 22 / 24, r
    assert r["cases"]["precision"] == r["cases"]["recall"] == 1.0, r["cases"]


def test_probe_cases_end_to_end(tmp_path):
    """With the events AWOL extracts (measured, splits a-d: cases P 0.957, R 0.912; main before
    0.762 / 0.845; split c holds one false incident link of an extracted date): a margin for
    extraction changes, not for the grouping.  Splits a-d pooled (the folder copied with a
    split of their union); the blind split e is measured apart (docs/linking.md, round 26)."""
    import shutil

    from click.testing import CliRunner

    from awol.cli import main

    folder = tmp_path / "probes"
    shutil.copytree(PROBES, folder)
    splits = json.loads((PROBES / "splits.json").read_text("utf-8"))
    splits["a-d"] = [d for s in "abcd" for d in splits[s]]
    (folder / "splits.json").write_text(json.dumps(splits), "utf-8")
    res = CliRunner().invoke(main, ["evaluate", str(folder), "--split", "a-d", "--json"])
    assert res.exit_code == 0, res.output
    link = json.loads(res.output)["linking"]
    assert link["cases"]["precision"] >= 0.9, link["cases"]
    assert link["incidents"]["precision"] >= 0.95, link["incidents"]


def test_the_one_persons_name_is_not_carried_into_another_mans_sentence():
    """The extraction's carry of the one person an article names (``people.name_from_story``,
    ``story.carry_story_person``) stops at a sentence that says another man: an age none of his
    sentences states, a service status that excludes his (split d: o-03, o-05)."""
    from awol.extract.people import said_of_another

    his = ["В Новосибирской области разыскивают 25-летнего военнослужащего Кирилла Лапина."]
    assert said_of_another("Напомним, в среду суд приговорил к шести годам колонии 29-летнего "
                            "контрактника.", his)  # fmt: skip
    assert not said_of_another("Позже суд приговорил 25-летнего военнослужащего.", his)
    his = ["Суд приговорил контрактника Павла Короткова к пяти с половиной годам колонии."]
    assert said_of_another("Ранее тот же суд приговорил к четырём годам колонии "
                            "мобилизованного.", his)  # fmt: skip
    assert not said_of_another("В апреле его задержали военные полицейские.", his)
    assert not said_of_another("Ранее суд приговорил контрактника к штрафу.", his)
