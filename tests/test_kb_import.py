"""Tests for polemos.knowledge.kb_import: PETRARCH/CAMEO dictionaries to KB records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from polemos.knowledge.kb import validate_sources
from polemos.knowledge.kb_import import classify, import_petrarch, load_sectors, parse_dictionary, readable

RAW = Path(__file__).resolve().parent / "data" / "petrarch2"  # PETRARCH 2 validation dictionaries (MIT, see LICENSE)

ACTORS = """<!-- a comment
spanning lines -->
UNITED_STATES  [USA]
+USA
+U.S.  # a comment
ISRAELI_TROOPS [ISRMIL]
HAMAS_GUNMEN [PSEHMSMIL]
EUROPEAN_UNION [IGOEEU]
NOBODY [---]
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBREB > 990816]
"""

AGENTS = """!PERSON! = MAN, MEN
POLICE {} [ ~COP] # JON 2/8/95
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
"""


def by_name(records: list[dict[str, object]], name: str) -> dict[str, object]:
    return next(r for r in records if r["name"] == name)


@pytest.mark.parametrize(("name", "country", "sector", "kind", "aliases"), [
    ("United States", "USA", "GOV", "state", ["USA", "U.S."]),
    ("Israeli Troops", "ISR", "MIL", "armed_forces", []),
    ("Hamas Gunmen", "PSE", "MIL", "armed_forces", []),
    ("European Union", None, "IGO", "igo", []),
])
def test_kb_import_actor_records(name: str, country: str | None, sector: str, kind: str, aliases: list[str]) -> None:
    record = by_name(import_petrarch(ACTORS), name)
    assert (record["country"], record["sector"], record["kind"], record["aliases"]) == (country, sector, kind, aliases)


def test_kb_import_discards_and_date_restrictions() -> None:
    records = import_petrarch(ACTORS)
    assert all(r["name"] != "Nobody" for r in records)
    gollum = by_name(records, "Gollum")
    assert gollum["aliases"] == ["Smeagol"] and "HOBREB > 990816" in str(gollum["note"])


def test_kb_import_agents() -> None:
    records = import_petrarch(AGENTS)
    assert by_name(records, "police")["sector"] == "COP"
    assert by_name(records, "attorney general")["nouns"] == ["attorney general", "attorneys general"]
    assert by_name(records, "congressman")["nouns"] == ["congressman", "congressmen"]
    assert by_name(records, "human rights body")["sector"] == "NGO"
    assert all(r["kind"] == "agent" and r["country"] is None for r in records)


@pytest.mark.parametrize(("code", "expected"), [
    ("IRQ", ("IRQ", "GOV")), ("ISRMIL", ("ISR", "MIL")), ("PSEHMSGOV", ("PSE", "GOV")), ("NGO", (None, "NGO")),
    ("HOBREB", (None, "REB")), ("ELF", (None, "UNK")),
])
def test_kb_import_classify(code: str, expected: tuple[str | None, str]) -> None:
    assert classify(code, load_sectors()) == expected


def test_kb_import_readable() -> None:
    assert readable("UNITED_STATES_") == "United States"


@pytest.mark.parametrize("name", ["PETR.Validate.actors.txt", "PETR.Validate.agents.txt"])
def test_kb_import_validation_files_give_valid_records(name: str) -> None:
    path = RAW / name
    records = import_petrarch(path.read_text(encoding="utf-8"))
    assert len(records) > 50
    entries, errors = validate_sources([("imported.jsonl", "\n".join(json.dumps(r) for r in records))])
    assert errors == [] and len(entries) == len(records)


def test_kb_import_detects_agent_dictionary() -> None:
    assert parse_dictionary(AGENTS)[1] is True and parse_dictionary(ACTORS)[1] is False
