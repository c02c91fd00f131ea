"""What a list of the query API shows: filters (validated), pages, and the matching of records."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from awol.errors import AwolError
from awol.store.values import in_range

if TYPE_CHECKING:
    from awol.query.view import _View

#: case statuses a list can be filtered by (a case "is" every stage it has reached)
STATUSES = ("at_large", "wanted", "detained", "died", "prosecuted", "sentenced")


MAX_LIMIT = 500


class QueryError(AwolError):
    """A bad filter or request (the message names the parameter and the reason)."""


def _split(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    items = v if isinstance(v, list | tuple) else [v]
    return tuple(p.strip() for item in items for p in str(item).split(",") if p.strip())


def _valid(check: Any, value: Any, what: str) -> Any:
    """A filter value through the project's validation layer (:mod:`awol.validate`)."""
    from awol.validate import ValidationError

    try:
        return check(value, what)
    except ValidationError as exc:
        raise QueryError(str(exc)) from None


def _check_date(name: str, v: str | None) -> str | None:
    from awol.validate import check_date

    return _valid(check_date, v, name) if v else None


@dataclass(frozen=True)
class Filters:
    """What a list shows: every field empty = everything."""

    types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_confidence: float | None = None
    max_confidence: float | None = None
    reviewed: bool | None = None
    q: str | None = None
    include_rejected: bool = False

    @classmethod
    def parse(cls, params: Any) -> Filters:
        """From query parameters (a mapping; values may be lists or comma-separated)."""

        def get(*names: str) -> Any:
            for n in names:
                if hasattr(params, "getlist"):
                    vals = [x for x in params.getlist(n) if x != ""]
                    if vals:
                        return vals if len(vals) > 1 else vals[0]
                elif params.get(n) not in (None, "", []):
                    return params.get(n)
            return None

        types = _split(get("type", "types"))
        from awol.validate import check_event_type

        types = tuple(_valid(check_event_type, t, "type") for t in types)
        statuses = _split(get("status"))
        bad = [t for t in statuses if t not in STATUSES]
        if bad:
            raise QueryError(f"status: {bad[0]!r} is not one of {', '.join(STATUSES)}")

        def conf(name: str) -> float | None:
            v = get(name)
            if v is None:
                return None
            try:
                x = float(v)
            except (TypeError, ValueError):
                raise QueryError(f"{name}: {v!r} is not a number") from None
            if not 0 <= x <= 1:
                raise QueryError(f"{name}: {v!r} is not between 0 and 1")
            return x

        rev = get("reviewed")
        if rev is not None:
            s = str(rev).lower()
            if s not in ("true", "false", "1", "0", "yes", "no"):
                raise QueryError(f"reviewed: {rev!r} is not true or false")
            rev = s in ("true", "1", "yes")
        q = get("q")
        from awol.validate import check_country, check_region, dates_in_order

        def _region(v: str, what: str) -> str:  # a country has its own filter, ``country``
            return check_region(v, what, country=False)

        since, until = _check_date("since", get("since")), _check_date("until", get("until"))
        if not dates_in_order(since, until):
            raise QueryError(f"since: {since!r} is after until {until!r}")
        return cls(
            types=types,
            since=since,
            until=until,
            # a code the gazetteer does not know matches nothing: an error, not an empty list
            regions=tuple(_valid(_region, r, "region") for r in _split(get("region", "regions"))),
            countries=tuple(
                _valid(check_country, c, "country") for c in _split(get("country", "countries"))
            ),
            languages=tuple(x.lower() for x in _split(get("language", "languages"))),
            outlets=_split(get("outlet", "outlets")),
            statuses=statuses,
            min_confidence=conf("min_confidence"),
            max_confidence=conf("max_confidence"),
            reviewed=rev,
            q=str(q).strip()[:200] if q else None,
        )

    def params(self) -> dict[str, str]:
        """The filters as query parameters (for links and paging)."""
        out: dict[str, str] = {}
        names = {"types": "type", "regions": "region", "countries": "country",
                 "languages": "language", "outlets": "outlet", "statuses": "status"}  # fmt: skip
        for f in fields(self):
            v = getattr(self, f.name)
            if v in (None, (), False):
                continue
            key = names.get(f.name, f.name)
            out[key] = ",".join(v) if isinstance(v, tuple) else str(v).lower() if isinstance(v, bool) else str(v)  # fmt: skip
        return out

    def key(self) -> tuple:
        return tuple(getattr(self, f.name) for f in fields(self))


@dataclass
class Page:
    items: list[dict]
    total: int
    offset: int
    limit: int

    def as_dict(self) -> dict:
        return {
            "total": self.total,
            "offset": self.offset,
            "limit": self.limit,
            "items": self.items,
        }


def _when(d: dict) -> str:
    return d.get("date") or d.get("published") or ""


def _case_status(case: dict) -> set[str]:
    st = case.get("status") or {}
    have = {k for k in ("wanted", "detained", "died", "prosecuted", "sentenced") if st.get(k)}
    if st.get("at_large"):
        have.add("at_large")
    return have


def _event_part(f: Filters) -> Filters:
    """The event-level part of list filters (reviewed and status are judged per incident/case)."""
    return Filters(**{**{x.name: getattr(f, x.name) for x in fields(f)}, "reviewed": None, "statuses": ()})  # fmt: skip


def _reviewed_ok(inc: dict, f: Filters) -> bool:
    return f.reviewed is None or inc.get("reviewed") == f.reviewed


def _page(
    items: list[dict],
    offset: int,
    limit: int,
    v: _View | None = None,
    kind: str | None = None,
    strip: tuple[str, ...] = (),
) -> Page:
    """One page of ``items``; with ``kind``, each shown record is the anonymous form."""
    if offset < 0:
        raise QueryError("offset: must be 0 or more")
    if limit < 0 or limit > MAX_LIMIT:
        raise QueryError(f"limit: must be between 0 and {MAX_LIMIT}")
    part = items[offset : offset + limit]
    if kind is not None and v is not None:
        part = [v.pub(kind, x) for x in part]
    return Page([clean(x, strip) for x in part], len(items), offset, limit)


def clean(x: dict | None, strip: tuple[str, ...] = ()) -> dict | None:
    """A record without the query layer's internal keys (``_search``) and ``strip``; incident
    members (events) cleaned too."""
    if x is None:
        return None
    out = {k: v for k, v in x.items() if not k.startswith("_") and k not in strip}
    if "members" in out:
        out["members"] = [clean(m) for m in out["members"]]
    return out


def _trim(cache: dict, n: int = 256) -> None:
    while len(cache) > n:
        cache.pop(next(iter(cache)))


def _text_ok(item: dict, q: str | None) -> bool:
    if not q:
        return True
    hay = item.get("_search", "")
    return all(t in hay for t in q.casefold().split())


def _match(e: dict, f: Filters, cases_ok: set | None) -> bool:
    if e["rejected"] and not f.include_rejected:
        return False
    if f.types and e["type"] not in f.types:
        return False
    if f.regions and (e.get("region") or "").upper() not in f.regions:
        return False
    if f.countries and (e.get("country") or "").upper() not in f.countries:
        return False
    if f.languages and (e.get("language") or "") not in f.languages:
        return False
    if f.outlets and (e.get("outlet") or "") not in f.outlets:
        return False
    c = e.get("confidence")
    if f.min_confidence is not None and (c is None or c < f.min_confidence):
        return False
    if f.max_confidence is not None and (c is None or c > f.max_confidence):
        return False
    if f.reviewed is not None and e["reviewed"] != f.reviewed:
        return False
    if cases_ok is not None and e.get("case_id") not in cases_ok:
        return False
    if (f.since or f.until) and not in_range(_when(e) or None, f.since, f.until):
        return False
    return _text_ok(e, f.q)


def _match_figure(x: dict, f: Filters) -> bool:
    if f.languages and (x.get("language") or "") not in f.languages:
        return False
    if f.outlets and (x.get("outlet") or "") not in f.outlets:
        return False
    if (f.since or f.until) and not in_range(x.get("as_of") or x.get("published"), f.since, f.until):  # fmt: skip
        return False
    return _text_ok(x, f.q)


def figure_series(figures: list[dict], f: Filters) -> list[dict]:
    """Figures as time series per (metric, source): dated, attributed claims, never summed."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for x in figures:
        if not _match_figure(x, f):
            continue
        metric = " ".join((x.get("metric") or "").split())
        groups[(metric, x.get("source") or x.get("outlet") or "unattributed")].append(x)
    out = []
    for (metric, source), xs in groups.items():
        pts = sorted(
            ({"as_of": x.get("as_of") or x.get("published"), "value": x.get("value"),
              "qualifier": x.get("qualifier"), "document_id": x["document_id"],
              "outlet": x.get("outlet")} for x in xs),
            key=lambda p: p["as_of"] or "",
        )  # fmt: skip
        out.append({"metric": metric, "source": source, "points": pts})
    out.sort(key=lambda s: (-len(s["points"]), s["points"][-1]["as_of"] or ""), reverse=False)
    return out
