"""Reading the store the same way everywhere: checked event filters, free-text search, sorting, and
opening a database that must already exist. The CLI commands and the web page both call these.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from polemos.errors import ConfigError, StoreError
from polemos.models import PLOVER_TYPES
from polemos.store import Database, database_url

# Everyday names pycountry does not know (its names are the ISO 3166 ones).
COUNTRY_ALIASES: dict[str, str] = {
    "turkey": "TUR", "ivory coast": "CIV", "dr congo": "COD", "drc": "COD", "uk": "GBR", "britain": "GBR",
    "great britain": "GBR", "england": "GBR", "kosovo": "XKX", "burma": "MMR", "czechia": "CZE",
    "the netherlands": "NLD", "holland": "NLD", "south sudan": "SSD", "north korea": "PRK", "russia": "RUS",
    "vatican": "VAT", "cape verde": "CPV", "swaziland": "SWZ", "east timor": "TLS", "laos": "LAO",
    "the gambia": "GMB", "gaza": "PSE", "west bank": "PSE", "palestine": "PSE",
}
EXTRA_CODES: frozenset[str] = frozenset({"XKX"})  # in use for Kosovo, not in ISO 3166
SORT_KEYS: tuple[str, ...] = ("id", "date", "type", "source", "target", "place", "killed", "injured", "arrested")


def check_type(value: str | None) -> str | None:
    """A PLOVER type (any case) in upper case; None for empty; a ConfigError listing the types otherwise."""
    text = (value or "").strip().upper()
    if not text:
        return None
    if text not in PLOVER_TYPES:
        raise ConfigError(f"type={value!r} is not a PLOVER type; use one of {', '.join(PLOVER_TYPES)}")
    return text


def check_country(value: str | None) -> str | None:
    """An ISO 3166 alpha-3 code for a code or a country name ('Iran' -> 'IRN'); a ConfigError if unknown."""
    import pycountry

    text = (value or "").strip()
    if not text:
        return None
    if text.upper() in EXTRA_CODES:
        return text.upper()
    if text.lower() in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[text.lower()]
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(text) if len(text) > 3 else []
    except LookupError:
        found = []
    if len(found) == 1:
        return str(found[0].alpha_3)
    hint = f"did you mean {', '.join(str(c.alpha_3) for c in found[:4])}? " if found else ""
    raise ConfigError(f"country={value!r} is neither an ISO 3166 alpha-3 code nor a country name; "
                      f"{hint}use a code such as IRQ or a name such as Iraq")


def check_date(value: str | None, field: str = "date") -> str | None:
    """An ISO date at year, month or day precision (a real calendar date); a ConfigError naming ``field``."""
    text = (value or "").strip()
    if not text:
        return None
    ok = False
    try:
        if len(text) == 4 and text.isdigit():
            ok = True
        elif len(text) == 7 and text[4] == "-":
            date(int(text[:4]), int(text[5:7]), 1)
            ok = text[:4].isdigit() and text[5:7].isdigit()
        elif len(text) == 10:
            date.fromisoformat(text)
            ok = True
    except ValueError:
        ok = False
    if not ok:
        raise ConfigError(f"{field}={value!r} is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD, "
                          "e.g. 2023-07-12")
    return text


@dataclass(frozen=True)
class EventFilters:
    """Checked event filters (None where not given) plus free-text search and sort order."""

    type: str | None = None
    actor: str | None = None
    country: str | None = None
    start: str | None = None
    end: str | None = None
    doc_id: str | None = None
    q: str | None = None
    sort: str | None = None

    def active(self) -> bool:
        """Whether any filter or search (not the sort order) is set."""
        return any(v for k, v in asdict(self).items() if k != "sort")

    def store_filters(self) -> dict[str, Any]:
        """The keyword arguments of ``Database.events`` these filters set."""
        return {"type": self.type, "actor": self.actor, "country": self.country, "start": self.start,
                "end": self.end, "doc_id": self.doc_id}

    def query(self, **extra: Any) -> str:
        """The filters (plus ``extra``) as a query string for links, empty values left out."""
        params = {k: v for k, v in {**asdict(self), **extra}.items() if v not in (None, "", False)}
        return urlencode(params)

    def without(self, name: str) -> EventFilters:
        return replace(self, **{name: None})


def read_filters(*, type: str | None = None, actor: str | None = None, country: str | None = None,
                 start: str | None = None, end: str | None = None, doc_id: str | None = None,
                 q: str | None = None, sort: str | None = None,
                 names: tuple[str, str] = ("start", "end")) -> EventFilters:
    """Checked filters from CLI options or query parameters; a ConfigError says which is wrong and what to use.

    ``names``: what the caller calls the two dates in its messages ("--from", "--to" on the command line).
    """
    first, last = check_date(start, names[0]), check_date(end, names[1])
    if first and last and first[: len(last)] > last[: len(first)]:
        raise ConfigError(f"{names[0]} {first} is after {names[1]} {last}; swap them")
    order = (sort or "").strip() or None
    if order is not None and order.lstrip("-") not in SORT_KEYS:
        raise ConfigError(f"sort {sort!r} is not a column; use one of {', '.join(SORT_KEYS)} (prefix - to reverse)")
    return EventFilters(type=check_type(type), actor=(actor or "").strip() or None, country=check_country(country),
                        start=first, end=last, doc_id=(doc_id or "").strip() or None, q=(q or "").strip() or None,
                        sort=order)


def event_day(event: Mapping[str, Any]) -> str | None:
    """The date an event is shown with: its own, else its document's (ISO, at whatever precision)."""
    return event.get("date") or event.get("doc_date") or None


def _actors(value: Any) -> list[Mapping[str, Any]]:
    items = value if isinstance(value, list) else [value] if value else []
    return [a for a in items if isinstance(a, Mapping)]


def search_text(event: Mapping[str, Any]) -> str:
    """What free-text search looks in: evidence, trigger, actors (names, ids, codes), place, document title."""
    parts: list[Any] = [event.get("trigger"), event.get("type"), event.get("doc_title")]
    parts += [e.get("text") for e in event.get("evidence") or [] if isinstance(e, Mapping)]
    for actor in _actors(event.get("source")) + _actors(event.get("target")):
        parts += [actor.get("name"), actor.get("actor_id"), actor.get("country")]
    place = event.get("location") or {}
    parts += [place.get("name"), place.get("country")]
    return " ".join(str(p) for p in parts if p).lower()


def search_events(events: Iterable[Mapping[str, Any]], q: str | None) -> list[dict[str, Any]]:
    """The events whose evidence, actors or place hold every word of ``q`` (any case)."""
    words = (q or "").lower().split()
    return [dict(e) for e in events if all(w in search_text(e) for w in words)]


def _count(claim: Any) -> int:
    if isinstance(claim, Mapping):
        for key in ("best", "low", "high"):
            if isinstance(claim.get(key), (int, float)):
                return int(claim[key])
    return -1


def _sort_value(event: Mapping[str, Any], key: str) -> Any:
    if key == "id":
        return event.get("id") or 0
    if key == "date":
        return event_day(event) or ""
    if key in ("source", "target"):
        return "; ".join(str(a.get("name") or "") for a in _actors(event.get(key))).lower()
    if key == "place":
        place = event.get("location") or {}
        return f"{place.get('country') or ''} {place.get('name') or ''}".lower()
    if key in ("killed", "injured", "arrested"):
        return _count(event.get(key))
    return str(event.get(key) or "")


def sort_events(events: Iterable[Mapping[str, Any]], sort: str | None = None) -> list[dict[str, Any]]:
    """Events by a column (``sort``, '-' prefix for descending); by default latest first, undated last."""
    items = [dict(e) for e in events]
    if not sort:
        dated = sorted((e for e in items if event_day(e)), key=lambda e: (event_day(e), e["id"]), reverse=True)
        return dated + [e for e in items if not event_day(e)]
    key = sort.lstrip("-")
    if key not in SORT_KEYS:
        raise ConfigError(f"sort {sort!r} is not a column; use one of {', '.join(SORT_KEYS)}")
    return sorted(items, key=lambda e: (_sort_value(e, key), e.get("id") or 0), reverse=sort.startswith("-"))


def select_events(database: Database, filters: EventFilters) -> list[dict[str, Any]]:
    """The stored events the filters select, searched and sorted as they say."""
    events = database.events(**filters.store_filters())
    return sort_events(search_events(events, filters.q), filters.sort)


def event_countries(event: Mapping[str, Any]) -> list[str]:
    """The countries an event involves: its place's, else its actors' (each once)."""
    place = (event.get("location") or {}).get("country")
    if place:
        return [str(place)]
    found = [str(a.get("country")) for a in _actors(event.get("source")) + _actors(event.get("target"))
             if a.get("country")]
    return list(dict.fromkeys(found))


def totals(events: Iterable[Mapping[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """Events per PLOVER type (PLOVER order) and per country (most first; see ``event_countries``)."""
    by_type: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    for event in events:
        by_type[str(event.get("type") or "")] += 1
        by_country.update(event_countries(event) or ["unknown"])
    types = [(t, by_type[t]) for t in (*PLOVER_TYPES, *sorted(set(by_type) - set(PLOVER_TYPES))) if by_type[t]]
    return {"types": types, "countries": sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))}


# Material conflict first, then verbal conflict, then cooperation (PLOVER's own order runs the other way).
_TYPE_RANK = {t: i for i, t in enumerate(reversed(PLOVER_TYPES))}


def important_events(events: Iterable[Mapping[str, Any]], n: int = 8) -> list[dict[str, Any]]:
    """The ``n`` events that matter most: the most killed, injured and arrested, then material conflict,
    asserted before reported-as-possible; shown latest first."""
    def weight(e: Mapping[str, Any]) -> tuple[float, int, int]:
        harm = max(_count(e.get("killed")), 0) + 0.3 * max(_count(e.get("injured")), 0) \
            + 0.05 * max(_count(e.get("arrested")), 0)
        return (-harm, int(e.get("modality") not in (None, "asserted")), _TYPE_RANK.get(str(e.get("type")), 99))
    chosen = sorted(events, key=lambda e: (*weight(e), e.get("id") or 0))[:n]
    return sort_events(chosen)


def database_file(location: str | Path) -> Path | None:
    """The SQLite file a database location names (None for in-memory or non-SQLite URLs)."""
    try:
        url = make_url(database_url(location))
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {str(location)!r}: {exc}") from exc
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def open_existing(location: str | Path) -> Database:
    """The database at ``location``, which must exist: a mistyped path must not silently make an empty one."""
    path = database_file(location)
    if path is not None and not path.is_file():
        raise StoreError(f"no database at {path}; check --db (or $POLEMOS_DB), or create one with "
                         "`polemos ingest FILES` or `polemos demo`")
    return Database(location)


__all__ = [
    "COUNTRY_ALIASES", "SORT_KEYS", "EventFilters", "check_country", "check_date", "check_type", "database_file",
    "event_countries", "event_day", "important_events", "open_existing", "read_filters", "search_events", "search_text", "select_events", "sort_events", "totals",
]
