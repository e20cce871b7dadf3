"""Checks of the hand-written KB data files: leaders.jsonl, groups.jsonl, organizations.jsonl."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import pycountry
import pytest

DATA_FILES = ("leaders.jsonl", "groups.jsonl", "organizations.jsonl")
KINDS = {"state", "government", "armed_forces", "police", "armed_group", "party", "movement", "igo", "ngo",
         "person", "media", "company", "agent"}
RELATION_TYPES = {"ALLY", "ENEMY", "CONTROLS", "COOPERATES"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU", "ZAF",
       "KOR", "TUR", "GBR", "USA")
MENA = ("DZA", "BHR", "EGY", "IRN", "IRQ", "ISR", "JOR", "KWT", "LBN", "LBY", "MAR", "OMN", "PSE", "QAT", "SYR",
        "TUN", "ARE", "YEM", "SDN")
CHECK_DATES = ("2005-06-01", "2015-06-01", "2025-06-01")
# The Lebanese presidency was vacant 2014-05-25..2016-10-31 (parliament could not elect a successor).
VACANCIES = {("LBN", "2015-06-01")}
HEAD_OF_STATE_OFFICES = {"head_of_state", "supreme_leader"}


def kb_dir() -> Any:
    return resources.files("polemos") / "data" / "kb"


@cache
def records(name: str) -> tuple[dict[str, Any], ...]:
    """Parsed lines of one KB file (every line must be a JSON object)."""
    lines = (kb_dir() / name).read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines if line.strip())


@cache
def all_ids() -> frozenset[str]:
    """Ids defined in every KB file of the package, ours and the others'."""
    ids: set[str] = set()
    for entry in kb_dir().iterdir():
        if entry.name.endswith(".jsonl"):
            ids |= {rec["id"] for rec in records(entry.name)}
    return frozenset(ids)


@cache
def sector_codes() -> frozenset[str]:
    text = (resources.files("polemos") / "data" / "sectors.csv").read_text(encoding="utf-8")
    return frozenset(row["code"] for row in csv.DictReader(io.StringIO(text)))


def bounds(value: str, *, end: bool) -> date:
    """First (or last, with ``end``) day a YYYY[-MM[-DD]] value covers."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    year, month = parts
    if not end:
        return date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(nxt.toordinal() - 1)


def holds(pos: dict[str, Any], on: date) -> bool:
    start = pos.get("from")
    stop = pos.get("to")
    return (start is None or bounds(start, end=False) <= on) and (stop is None or on <= bounds(stop, end=True))


def ours() -> list[tuple[str, int, dict[str, Any]]]:
    return [(name, i, rec) for name in DATA_FILES for i, rec in enumerate(records(name), start=1)]


@pytest.mark.parametrize("name", DATA_FILES)
def test_kb_data_every_line_is_a_json_object(name: str) -> None:
    lines = (kb_dir() / name).read_text(encoding="utf-8").splitlines()
    assert lines
    for i, line in enumerate(lines, start=1):
        assert isinstance(json.loads(line), dict), f"{name}:{i}"


def test_kb_data_ids_unique_across_all_kb_files() -> None:
    seen: dict[str, str] = {}
    for entry in kb_dir().iterdir():
        if not entry.name.endswith(".jsonl"):
            continue
        for rec in records(entry.name):
            assert rec["id"] not in seen, f"{rec['id']} in {entry.name} and {seen[rec['id']]}"
            seen[rec["id"]] = entry.name


@pytest.mark.parametrize(("name", "prefix", "kinds"), [
    ("leaders.jsonl", "person:", {"person"}),
    ("groups.jsonl", "group:", {"armed_group", "party", "movement", "government"}),
    ("organizations.jsonl", "org:", {"igo", "ngo", "media", "government"}),
])
def test_kb_data_required_fields_kinds_and_id_prefixes(name: str, prefix: str, kinds: set[str]) -> None:
    for i, rec in enumerate(records(name), start=1):
        where = f"{name}:{i} {rec.get('id')}"
        for key in ("id", "name", "kind", "country", "sector"):
            assert key in rec, f"{where}: missing {key}"
        assert rec["id"].startswith(prefix) and re.fullmatch(r"[a-z]+:[a-z0-9][a-z0-9-]*", rec["id"]), where
        assert rec["kind"] in KINDS and rec["kind"] in kinds, where
        assert isinstance(rec["name"], str) and rec["name"].strip(), where
        assert all(isinstance(a, str) and a.strip() for a in rec.get("aliases", [])), where


def test_kb_data_countries_are_iso_alpha3_or_null() -> None:
    valid = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for name, i, rec in ours():
        country = rec["country"]
        if rec["kind"] == "igo":
            assert country is None, f"{name}:{i} an IGO has no country"
        elif country is not None:
            assert country in valid, f"{name}:{i} {rec['id']}: {country!r} is not ISO 3166 alpha-3"


def test_kb_data_sectors_are_known_codes() -> None:
    codes = sector_codes()
    for name, i, rec in ours():
        assert rec["sector"] in codes, f"{name}:{i} {rec['id']}: unknown sector {rec['sector']!r}"


def test_kb_data_dates_well_formed_and_ordered() -> None:
    for name, i, rec in ours():
        spans = [rec] + rec.get("positions", []) + rec.get("relations", [])
        for span in spans:
            start, stop = span.get("from"), span.get("to")
            for value in (start, stop):
                assert value is None or DATE_RE.match(value), f"{name}:{i} {rec['id']}: bad date {value!r}"
            if start and stop:
                assert bounds(start, end=False) <= bounds(stop, end=True), f"{name}:{i} {rec['id']}: {start} > {stop}"


def test_kb_data_references_resolve() -> None:
    ids = all_ids()
    for name, i, rec in ours():
        refs = ([rec["parent"]] if rec.get("parent") else []) + [r["with"] for r in rec.get("relations", [])]
        refs += [p["org"] for p in rec.get("positions", [])]
        for ref in refs:
            assert ref in ids, f"{name}:{i} {rec['id']}: unknown id {ref!r}"
        assert rec.get("parent") != rec["id"], f"{name}:{i} is its own parent"


def test_kb_data_relations_and_positions_well_formed() -> None:
    for name, i, rec in ours():
        for rel in rec.get("relations", []):
            assert rel["type"] in RELATION_TYPES and rel["with"] != rec["id"], f"{name}:{i} {rec['id']}"
        for pos in rec.get("positions", []):
            assert pos["title"] and pos["office"] and re.fullmatch(r"[a-z_]+", pos["office"]), f"{name}:{i}"


def test_kb_data_at_least_220_groups() -> None:
    assert len(records("groups.jsonl")) >= 220


def test_kb_data_aliases_do_not_repeat_the_name() -> None:
    for name, i, rec in ours():
        aliases = rec.get("aliases", [])
        assert rec["name"] not in aliases and len(aliases) == len(set(aliases)), f"{name}:{i} {rec['id']}"


@pytest.mark.parametrize("day", CHECK_DATES)
@pytest.mark.parametrize("country", G20 + MENA)
def test_kb_data_head_of_state_on_date(country: str, day: str) -> None:
    on = date.fromisoformat(day)
    holders = [rec["name"] for rec in records("leaders.jsonl") for pos in rec["positions"]
               if pos["org"] == f"{country}.GOV" and pos["office"] in HEAD_OF_STATE_OFFICES and holds(pos, on)]
    if (country, day) in VACANCIES:
        assert not holders
    else:
        assert holders, f"no head of state of {country} on {day}"


@pytest.mark.parametrize("day", CHECK_DATES)
@pytest.mark.parametrize("org", ["org:european-commission", "org:un", "org:nato"])
def test_kb_data_organisation_heads_on_date(org: str, day: str) -> None:
    on = date.fromisoformat(day)
    assert any(pos["org"] == org and holds(pos, on) for rec in records("leaders.jsonl") for pos in rec["positions"])


@pytest.mark.parametrize(("country", "day", "expected"), [
    ("USA", "2019-06-01", "person:donald-trump"),
    ("USA", "2022-06-01", "person:joe-biden"),
    ("RUS", "2010-06-01", "person:dmitry-medvedev"),
    ("IRN", "2020-01-01", "person:ali-khamenei"),
    ("CHL", "2019-10-20", "person:sebastian-pinera"),
    ("SYR", "2020-01-01", "person:bashar-al-assad"),
    ("SDN", "2023-06-01", "person:abdel-fattah-al-burhan"),
])
def test_kb_data_known_head_of_state(country: str, day: str, expected: str) -> None:
    on = date.fromisoformat(day)
    holders = {rec["id"] for rec in records("leaders.jsonl") for pos in rec["positions"]
               if pos["org"] == f"{country}.GOV" and pos["office"] in HEAD_OF_STATE_OFFICES and holds(pos, on)}
    assert holders == {expected}


@pytest.mark.parametrize(("alias", "expected"), [
    ("Suleimani", "person:qassem-soleimani"),
    ("Qasem Soleimani", "person:qassem-soleimani"),
    ("MBS", "person:mohammed-bin-salman"),
    ("Pinera", "person:sebastian-pinera"),
    ("al-Hashd al-Sha'bi", "group:pmf"),
    ("PMU", "group:pmf"),
    ("Ansar Allah", "group:houthis"),
    ("Daesh", "group:isis"),
    ("ISIS-K", "group:iskp"),
    ("Doctors Without Borders", "org:msf"),
])
def test_kb_data_alias_lists_carry_variants(alias: str, expected: str) -> None:
    found = [rec["id"] for name in DATA_FILES for rec in records(name)
             if alias == rec["name"] or alias in rec.get("aliases", [])]
    assert found == [expected]


def test_kb_data_loads_through_knowledge_base() -> None:
    kb_module = pytest.importorskip("polemos.knowledge.kb")
    kb = kb_module.KnowledgeBase.load()
    for name in DATA_FILES:
        for rec in records(name):
            assert kb.get(rec["id"]) is not None, rec["id"]
    quds = kb.get("person:qassem-soleimani")
    assert quds is not None and quds.country == "IRN"
    holder = kb.office_holder("USA", "head_of_state", on=date(2019, 6, 1))
    assert holder is not None and holder.id == "person:donald-trump"
