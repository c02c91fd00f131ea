"""Anonymous readers see no person name anywhere: pages, API, downloads, feed, search.

Names come from the bundled gold (corpus/dev/gold.jsonl); Russian names are also checked in
every inflected form (pymorphy3), and surnames on their own."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import quote

from tests.conftest import DEV

from awol.query import Filters


def is_place(word: str) -> bool:
    """A part of a name that is also a place (the town of Artyom) is not looked for alone."""
    from awol.extract.places import get_gazetteer

    lang = "ru" if re.search("[а-яё]", word, re.I) else "en"
    return bool(get_gazetteer().find(word, lang))


@lru_cache(maxsize=1)
def name_forms() -> dict[str, set[str]]:
    """name -> the forms to look for (whole name, each part of 4+ letters, Russian inflections)."""
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer()
    out: dict[str, set[str]] = {}
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for ev in doc["events"]:
            for name in ev.get("names") or []:
                forms = {name}
                for part in name.split():
                    if len(part) < 4 or is_place(part):
                        continue
                    forms.add(part)
                    if re.search("[а-яё]", part, re.I):
                        for p in morph.parse(part)[:3]:
                            forms.update(f.word.capitalize() for f in p.lexeme if len(f.word) >= 4)
                out[name] = forms
    assert out, "the gold names people"
    return out


_WORD_CHAR = re.compile(r"\w")


def _occurs(form: str, text: str) -> bool:
    """``re.search(rf"(?<!\\w){re.escape(form)}(?!\\w)", text)``, by substring search: the
    regular expression tries every position of the text for each of ~300 forms (~14 s over the
    anonymous responses of one page set); ``str.find`` jumps to the candidates."""
    i = text.find(form)
    while i != -1:
        j = i + len(form)
        if (i == 0 or not _WORD_CHAR.match(text[i - 1])) and (
            j == len(text) or not _WORD_CHAR.match(text[j])
        ):
            return True
        i = text.find(form, i + 1)
    return False


def _leaks(text: str) -> list[str]:
    found = []
    for name, forms in name_forms().items():
        for f in forms:
            if _occurs(f, text):
                found.append(f"{name}: {f}")
    return found


def _anonymous_urls(app) -> list[str]:
    q = app.state.awol.query
    urls = ["/", "/incidents", "/cases", "/events", "/figures", "/feed.atom",
            "/api/events?limit=500", "/api/incidents?limit=500", "/api/cases?limit=500",
            "/api/figures?limit=500", "/api/documents?limit=500", "/api/stats",
            "/api/export?format=csv", "/api/export?format=acled-csv", "/api/export?format=jsonl",
            "/api/export?format=geojson"]  # fmt: skip
    for page in (2, 3, 4):
        urls += [f"/events?page={page}", f"/incidents?page={page}"]
    for c in q.cases(Filters(), limit=500, public=False).items:
        urls += [f"/cases/{quote(c['case_id'], safe='')}", f"/api/cases/{quote(c['case_id'], safe='')}"]  # fmt: skip
    for i in q.incidents(Filters(), limit=500, public=False).items:
        urls.append(f"/incidents/{quote(i['incident_id'], safe='')}")
    for d in q.documents(Filters(), limit=500, public=False).items:
        urls += [f"/documents/{quote(d['id'], safe='')}", f"/api/documents/{quote(d['id'], safe='')}"]  # fmt: skip
    for e in q.events(Filters(), limit=500, public=False).items:
        urls.append(f"/api/events/{e['event_id']}")
    return urls


def test_the_signed_in_view_does_name_people(reader):
    """The check can fail: the same pages, signed in, show names from the gold."""
    text = reader.get("/api/events?limit=500").text
    assert _leaks(text)


def test_anonymous_responses_contain_no_name(client, app):
    leaks = {}
    for url in _anonymous_urls(app):
        r = client.get(url)
        assert r.status_code == 200, (url, r.status_code, r.text[:200])
        found = _leaks(r.text)
        if found:
            leaks[url] = found[:5]
    assert not leaks, (
        f"{len(leaks)} anonymous responses name people: {dict(list(leaks.items())[:8])}"
    )


def test_anonymous_search_cannot_find_people_by_name(client, app):
    for name in list(name_forms())[:15]:
        surname = name.split()[-1]
        for path in ("/api/events", "/api/incidents", "/api/cases"):
            r = client.get(path, params={"q": surname})
            assert r.status_code == 200
            assert r.json()["total"] == 0, (path, surname)


def test_anonymous_cannot_ask_for_names(client):
    r = client.get("/api/export?format=csv&with_names=true")
    assert r.status_code == 403
