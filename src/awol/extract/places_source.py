"""Where a search or a charge told with no place of its own was issued: the regional authority
the article attributes it to.

The coders place a search, a charge or a verdict where the authority that issues it sits
("Place of wanted/prosecution/sentence = the issuing authority or court, when stated", the
corpus conventions).  A sentence that names that authority as its source ("объявлен в розыск,
сообщает ГУ МВД по Саратовской области", "charged with desertion, the Kaliningrad garrison
prosecutor's office said") is placed there already (``place_from_source`` in
:mod:`awol.extract.arguments`); a report as often names the authority in the sentence after
("Об этом сообщает пресс-служба ГУ МВД по Новосибирской области", "The Kaliningrad garrison
military prosecutor's office reported this").  So a search or a charge with no place of its own
whose attributed source is an authority that issues it (the police for a search, investigators
or prosecutors for a charge) and names one region takes that region.  A court is not who
charges (a charge reported by a court keeps no place), an outlet or "local media" issue nothing,
and a military district ("военная прокуратура Московского военного округа") is no region.

Not a search the sentence tells as the state's ("он находился в федеральном розыске", "had been on
the federal wanted list", «межгосударственный розыск»): issued for the whole country, the coders
give it the country and no region wherever the regional police that report the catch sit (the
invented sets code every such search RU with no region unless its own sentence names a regional
authority; round 42, place42: places RU v-01).

The words are data: ``issuers`` and ``state_search`` in ``data/place_cues.yaml``.
"""

from __future__ import annotations

import functools
import re

from awol.extract.places_data import cues

_MILITARY_DISTRICT = re.compile(
    r"\W*(?:военн\w*\s+округ|(?:military\s+)?district\b(?!\s+court))", re.IGNORECASE
)


@functools.lru_cache(maxsize=8)
def issuer_rx(lang: str, type_: str) -> re.Pattern[str] | None:
    words = cues().get(lang, {}).get("state_search" if type_ == "state" else f"issuers_{type_}")
    if not words:
        return None
    return re.compile("|".join(f"(?:{w})" for w in sorted(words)), re.IGNORECASE)


def place_from_issuer(events: list, lang: str) -> None:
    """Give each search or charge with no place of its own the one region its source, an
    authority that issues it, names."""
    gaz = None
    for e in events:
        if e.type not in ("wanted", "prosecution") or e.region is not None or e.place_text:
            continue
        src = e.source
        rx = issuer_rx(lang, e.type)
        if not src or rx is None or not rx.search(src):
            continue
        state = issuer_rx(lang, "state")
        if e.type == "wanted" and state is not None and state.search(e.evidence.text):
            continue  # (a federal or interstate search is the state's, not the region's)
        if gaz is None:
            from awol.extract.places import get_gazetteer

            gaz = get_gazetteer()
        found = [
            p for p in gaz.find(src, lang) if p.region and not _MILITARY_DISTRICT.match(src, p.end)
        ]
        regions = {p.region for p in found}
        if len(regions) != 1:
            continue
        p = found[0]
        if e.country not in (None, p.country):
            continue
        e.place_text, e.region, e.country = p.text, p.region, p.country
