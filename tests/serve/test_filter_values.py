"""Filter values of the API and the pages are checked like the CLI's (issue 12): a region or a
country code the gazetteer does not know and a date range that ends before it starts are errors
naming the value, not an empty list that looks like "no events"."""

from __future__ import annotations

import pytest

from awol.query import Filters
from awol.query.filters import QueryError


@pytest.mark.parametrize(
    "params, words",
    [
        ({"region": "XX"}, "region 'XX'"),
        ({"region": "RU-NOPE"}, "region 'RU-NOPE'"),
        ({"region": "RU-BEL,XX"}, "region 'XX'"),
        ({"country": "ZZ"}, "country 'ZZ'"),
        ({"since": "2024", "until": "2023"}, "after until"),
        ({"since": "2024-06-01", "until": "2024-05"}, "after until"),
    ],
)
def test_bad_filter_values_are_errors_naming_them(params, words):
    with pytest.raises(QueryError) as exc:
        Filters.parse(params)
    assert words in str(exc.value)


@pytest.mark.parametrize(
    "params, field, value",
    [
        ({"region": "ru-bel"}, "regions", ("RU-BEL",)),
        ({"region": "UA-23"}, "regions", ("UA-23",)),
        ({"country": "ru"}, "countries", ("RU",)),
        ({"since": "2024-05", "until": "2024-05-03"}, "until", "2024-05-03"),
        ({"since": "2024-05-04", "until": "2024-05"}, "since", "2024-05-04"),
    ],
)
def test_good_filter_values_pass(params, field, value):
    assert getattr(Filters.parse(params), field) == value


def test_the_api_answers_a_bad_region_with_400(tmp_path):
    from fastapi.testclient import TestClient

    from awol.serve.app import create_app
    from awol.store import Store

    db = f"sqlite:///{tmp_path}/a.db"
    Store(db).close()
    app = create_app(db)
    try:
        c = TestClient(app, base_url="https://testserver")
        r = c.get("/api/events", params={"region": "XX"})
        assert r.status_code == 400 and "XX" in r.text
        assert c.get("/incidents", params={"region": "XX"}).status_code == 400
        assert c.get("/api/events", params={"region": "RU-BEL"}).status_code == 200
    finally:
        app.state.awol.store.close()
