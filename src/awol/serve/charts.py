"""Geometry of the dashboard's server-rendered SVG charts and map (templates draw it; no JS)."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

TYPE_COLOURS = {
    "desertion": "#b5462f",
    "wanted": "#d49a2a",
    "detention": "#3d6fa8",
    "death": "#3b3b3b",
    "prosecution": "#7a57a0",
    "sentence": "#3f8a5a",
}


def month_bars(month_type: dict[str, dict[str, int]], width: int = 760, height: int = 220) -> dict:
    """Stacked bars per month (dated months only, gaps filled) coloured by event type."""
    months = sorted(m for m in month_type if len(m) == 7 and m[4] == "-")
    if not months:
        return {"bars": [], "width": width, "height": height, "ticks": [], "max": 0}
    y0, m0 = int(months[0][:4]), int(months[0][5:])
    y1, m1 = int(months[-1][:4]), int(months[-1][5:])
    allm = []
    y, m = y0, m0
    while (y, m) <= (y1, m1) and len(allm) < 600:
        allm.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(sum(month_type.get(x, {}).values()) for x in allm) or 1
    left, bottom, plot_h = 36, 24, height - 34
    bw = (width - left - 8) / len(allm)
    bars = []
    for i, mo in enumerate(allm):
        yy = height - bottom
        segs = []
        for t, c in TYPE_COLOURS.items():
            n = month_type.get(mo, {}).get(t, 0)
            if not n:
                continue
            h = n / top * plot_h
            yy -= h
            segs.append({"y": round(yy, 1), "h": round(h, 1), "colour": c, "type": t, "n": n})
        bars.append({"x": round(left + i * bw + 1, 1), "w": round(max(bw - 2, 1), 1),
                     "month": mo, "total": sum(month_type.get(mo, {}).values()), "segs": segs})  # fmt: skip
    step = max(1, math.ceil(len(allm) / 12))
    ticks = [{"x": b["x"], "label": b["month"]} for b in bars[::step]]
    grid = [{"y": round(height - bottom - f * plot_h, 1), "label": round(f * top)} for f in (0.5, 1.0)]  # fmt: skip
    return {"bars": bars, "width": width, "height": height, "ticks": ticks, "grid": grid, "max": top}  # fmt: skip


@lru_cache(maxsize=1)
def _all_places() -> list[tuple[str, float, float]]:
    try:
        from awol.extract.places import get_gazetteer

        g = get_gazetteer()
        out = []
        for code in g.codes("region"):
            e = g.lookup(code) or {}
            c = e.get("centroid")
            if c and c[0] is not None:
                out.append((code, float(c[0]), float(c[1])))
        return out
    except Exception:
        return []


def region_map(regions: list[dict], width: int = 760, height: int = 380) -> dict:
    """Circles at region (else country) centroids, sized by events, over the gazetteer's regions
    drawn as faint dots (equirectangular, scaled to the data)."""
    background = _all_places()
    regions = [r for r in regions if "-" in r["code"]]  # country-only events are listed apart
    pts = [(r["lat"], r["lon"]) for r in regions] or [(p[1], p[2]) for p in background]
    if not pts:
        return {"width": width, "height": height, "points": [], "background": []}
    lats = [p[0] for p in pts] + [44.0, 60.0]
    lons = [p[1] for p in pts] + [24.0, 60.0]
    lat0, lat1 = min(lats) - 2, max(lats) + 2
    lon0, lon1 = min(lons) - 3, max(lons) + 3
    kx = math.cos(math.radians((lat0 + lat1) / 2))
    sx = (width - 20) / ((lon1 - lon0) * kx)
    sy = (height - 20) / (lat1 - lat0)
    s = min(sx, sy)
    height = int((lat1 - lat0) * s + 20)  # no empty band below a wide map

    def xy(lat: float, lon: float) -> tuple[float, float]:
        return round(10 + (lon - lon0) * kx * s, 1), round(10 + (lat1 - lat) * s, 1)

    bg = []
    for code, lat, lon in background:
        if lat0 <= lat <= lat1 and lon0 <= lon <= lon1:
            x, y = xy(lat, lon)
            bg.append({"x": x, "y": y, "code": code, "ua": code.startswith("UA-")})
    top = max((r["count"] for r in regions), default=1)
    points: list[dict[str, Any]] = []
    for r in sorted(regions, key=lambda r: -r["count"]):
        x, y = xy(r["lat"], r["lon"])
        points.append({**r, "x": x, "y": y, "r": round(3 + 13 * math.sqrt(r["count"] / top), 1),
                       "country_level": "-" not in r["code"]})  # fmt: skip
    labels: list[dict[str, Any]] = []
    for p in points:  # biggest first; a label that would overlap an earlier one is left out
        text = f"{p['name']} {p['count']}"
        w = 6.2 * len(text)
        x = min(max(p["x"], w / 2 + 2), width - w / 2 - 2)
        y = p["y"] - p["r"] - 3 if p["y"] - p["r"] > 16 else p["y"] + p["r"] + 12
        box = (x - w / 2, y - 11, x + w / 2, y + 2)
        if any(not (box[2] < b[0] or b[2] < box[0] or box[3] < b[1] or b[3] < box[1]) for b in (lab["box"] for lab in labels)):  # fmt: skip
            continue
        labels.append({"x": round(x, 1), "y": round(y, 1), "text": text, "box": box})
        if len(labels) >= 12:
            break
    return {"width": width, "height": height, "points": points, "background": bg, "labels": labels}  # fmt: skip


def sparkline(points: list[dict], width: int = 220, height: int = 48) -> dict | None:
    """A line through a figure series' dated values (two or more points)."""
    pts = [p for p in points if p.get("value") is not None and p.get("as_of")]
    if len(pts) < 2:
        return None
    vals = [float(p["value"]) for p in pts]
    lo, hi = min(vals), max(vals)
    span = (hi - lo) or 1.0
    n = len(pts)
    coords = [
        (
            round(6 + i * (width - 12) / (n - 1), 1),
            round(height - 6 - (v - lo) / span * (height - 12), 1),
        )  # fmt: skip
        for i, v in enumerate(vals)
    ]
    return {"width": width, "height": height,
            "path": " ".join(f"{'M' if i == 0 else 'L'}{x},{y}" for i, (x, y) in enumerate(coords)),
            "dots": [{"x": x, "y": y, "label": f"{p['as_of']}: {p['value']:,}"} for (x, y), p in zip(coords, pts, strict=True)]}  # fmt: skip
