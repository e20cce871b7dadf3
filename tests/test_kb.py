"""Tests for polemos.knowledge.kb: loading, validation errors, overrides, alias lookup, office holders."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from polemos.errors import KnowledgeBaseError
from polemos.knowledge.kb import KnowledgeBase, validate_files
from polemos.knowledge.kb_records import normalise, skeleton

KB_DIR = Path(__file__).resolve().parent.parent / "src" / "polemos" / "data" / "kb"

PEOPLE = [
    {"id": "person:trump-test", "name": "Donald Trump", "aliases": ["Trump"], "kind": "person", "country": "USA",
     "sector": "GOV", "positions": [{"org": "USA", "title": "President", "office": "head_of_state",
                                     "from": "2017-01-20", "to": "2021-01-20"}]},
    {"id": "person:biden-test", "name": "Joe Biden", "kind": "person", "country": "USA", "sector": "GOV",
     "positions": [{"org": "USA.GOV", "title": "President", "office": "head_of_state",
                    "from": "2021-01-20", "to": "2025-01-20"}]},
    {"id": "person:soleimani-test", "name": "Qassem Soleimani", "aliases": ["Qasem Soleimani", "Soleimani"], "kind": "person",
     "country": "IRN", "sector": "MIL",
     "positions": [{"org": "IRN.IRGC.QUDS", "title": "Commander", "office": "commander", "from": "1998",
                    "to": "2020-01-03"}],
     "relations": [{"type": "CONTROLS", "with": "IRQ.MIL", "from": None, "to": None}]},
]


def write(path: Path, records: list[Any]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")
    return path


CORE_FILES = [KB_DIR / name for name in ("agents.jsonl", "countries.jsonl", "state_bodies.jsonl")]


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """Countries, state bodies and agents plus hand-written people, apart from the shipped leaders."""
    path = write(tmp_path_factory.mktemp("kb") / "people.jsonl", PEOPLE)
    return KnowledgeBase.load([*CORE_FILES, path], defaults=False)


def test_kb_default_load_includes_every_package_file() -> None:
    default = KnowledgeBase.load()
    sources = {Path(e.source).name for e in default}
    assert {"agents.jsonl", "countries.jsonl", "state_bodies.jsonl"} <= sources


def test_kb_loads_package_files(kb: KnowledgeBase) -> None:
    assert kb.get("IRQ") is not None and kb.get("IRQ.MIL") is not None
    assert kb.get("IRN.IRGC.QUDS").parent == "IRN.IRGC"  # type: ignore[union-attr]
    un_members = [e for e in kb if e.kind == "state" and e.raw.get("un_member")]
    assert len(un_members) == 193


@pytest.mark.parametrize(("text", "ident"), [
    ("Iraq", "IRQ"), ("the United States", "USA"), ("U.S.", "USA"), ("Iraqi regime", "IRQ.GOV"),
    ("government of Iraq", "IRQ.GOV"), ("Tehran", "IRN.GOV"), ("Sana\u2019a", "YEM.GOV"),
    ("C\u00f4te d'Ivoire", "CIV"), ("Quds force", "IRN.IRGC.QUDS"), ("Revolutionary-Guards", "IRN.IRGC"),
    ("Qasem Soleimani", "person:soleimani-test"), ("Qassem Suleimani", "person:soleimani-test"),
])
def test_kb_by_alias_normalises(kb: KnowledgeBase, text: str, ident: str) -> None:
    entry = kb.by_alias(text)
    assert entry is not None and entry.id == ident


def test_kb_by_alias_unknown_is_none(kb: KnowledgeBase) -> None:
    assert kb.by_alias("Atlantis Liberation Front") is None


@pytest.mark.parametrize(("text", "key"), [("The Hague", "hague"), ("al-Hashd al-Sha\u2019bi", "al hashd al shabi"),
                                           ("Pi\u00f1era", "pinera")])
def test_kb_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_kb_skeleton_meets_transliterations(kb: KnowledgeBase) -> None:
    assert skeleton("Suleimani") == skeleton("Soleimani") != skeleton("Sadr")
    assert kb.by_alias("Suleimani").id == "person:soleimani-test"  # type: ignore[union-attr]
    assert kb.by_alias("Salman") is None  # same skeleton as Soleimani, different name


@pytest.mark.parametrize(("office", "on", "ident"), [
    ("President", date(2019, 6, 1), "person:trump-test"),
    ("president", date(2022, 6, 1), "person:biden-test"),
    ("head_of_state", date(2017, 3, 1), "person:trump-test"),
])
def test_kb_office_holder_is_date_aware(kb: KnowledgeBase, office: str, on: date, ident: str) -> None:
    holder = kb.office_holder("USA", office, on=on)
    assert holder is not None and holder.id == ident


def test_kb_office_holder_outside_terms_is_none(kb: KnowledgeBase) -> None:
    assert kb.office_holder("USA", "President", on=date(2010, 1, 1)) is None


def test_kb_leaders_of(kb: KnowledgeBase) -> None:
    assert [e.id for e in kb.leaders_of("IRN.IRGC.QUDS", on=date(2019, 1, 1))] == ["person:soleimani-test"]
    assert kb.leaders_of("IRN.IRGC.QUDS", on=date(2021, 1, 1)) == []


def test_kb_standing_relations(kb: KnowledgeBase) -> None:
    rels = {(r.type, r.a, r.b) for r in kb.standing_relations()}
    assert ("PART_OF", "IRN.IRGC.QUDS", "IRN.IRGC") in rels
    assert ("LEADS", "person:soleimani-test", "IRN.IRGC.QUDS") in rels
    assert ("CONTROLS", "person:soleimani-test", "IRQ.MIL") in rels
    assert ("ENEMY", "SDN.RSF", "SDN.MIL") in rels


def test_kb_agents(kb: KnowledgeBase) -> None:
    assert kb.agent("protesters").primary_sector == "OPP"  # type: ignore[union-attr]
    assert kb.agent("riot police").primary_sector == "COP"  # type: ignore[union-attr]
    assert kb.agent("gunmen").primary_sector == "REB"  # type: ignore[union-attr]


@pytest.mark.parametrize(("noun", "ident"), [
    ("bases", "agent:military"), ("air base", "agent:military"), ("drones", "agent:military"),
    ("police station", "agent:police"), ("protesters", None), ("think tank", None),
])
def test_kb_facility(kb: KnowledgeBase, noun: str, ident: str | None) -> None:
    entry = kb.facility(noun)
    assert (entry.id if entry is not None else None) == ident


GOOD = {"id": "group:test", "name": "Test Front", "kind": "armed_group", "country": "IRQ", "sector": "REB"}


@pytest.mark.parametrize(("change", "fld", "words"), [
    ({"country": "IRAQ"}, "country", "use e.g. 'IRQ'"),
    ({"sector": "XXX"}, "sector", "not a sector code"),
    ({"sector": "REB|MIL"}, "sector", "only agents"),
    ({"kind": "militia"}, "kind", "is not a kind"),
    ({"name": None}, "name", "missing required field"),
    ({"id": "Test Front"}, "id", "not a valid id"),
    ({"from": "2019-13"}, "from", "bad date"),
    ({"parent": "group:nowhere"}, "parent", "not the id of any KB record"),
    ({"relations": [{"type": "FRIEND", "with": "IRQ"}]}, "relations[0].type", "is not one of"),
    ({"positions": [{"org": "IRQ", "title": "Leader", "from": "May 2019"}]}, "positions[0].from", "bad date"),
    ({"wikidata": "30"}, "wikidata", "QID"),
    ({"facilities": ["base"]}, "facilities", "only agents"),
])
def test_kb_validation_names_file_line_field(tmp_path: Path, change: dict[str, Any], fld: str, words: str) -> None:
    bad = {k: v for k, v in {**GOOD, **change}.items() if v is not None}
    path = write(tmp_path / "groups.jsonl", [{**GOOD, "id": "group:fine"}, bad])
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load([path], defaults=True)
    err = info.value
    assert (err.path, err.line, err.field) == (str(path), 2, fld)
    assert words in str(err) and f"groups.jsonl:2 (field '{fld}')" in str(err)


def test_kb_validation_bad_json(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.jsonl", [GOOD, "{not json"])
    errors = validate_files([path])
    assert len(errors) == 1 and errors[0].line == 2 and "not valid JSON" in str(errors[0])


def test_kb_later_entries_override(tmp_path: Path) -> None:
    first = write(tmp_path / "a.jsonl", [GOOD])
    second = write(tmp_path / "b.jsonl", [{**GOOD, "name": "Renamed Front", "sector": "PTY"}])
    kb = KnowledgeBase.load([first, second], defaults=False)
    entry = kb.get("group:test")
    assert entry is not None and entry.name == "Renamed Front" and entry.sector == "PTY"
    assert kb.by_alias("Renamed Front") is entry


def test_kb_user_path_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "mine.jsonl", [GOOD])
    monkeypatch.setenv("POLEMOS_KB_PATH", str(path))
    monkeypatch.setenv("POLEMOS_KB_DIR", str(tmp_path / "empty"))
    assert KnowledgeBase.load().get("group:test") is not None


def test_kb_save_and_reload(kb: KnowledgeBase, tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    kb.save(path)
    again = KnowledgeBase.load([path], defaults=False)
    assert len(again) == len(kb)
    assert again.get("person:biden-test").positions == kb.get("person:biden-test").positions  # type: ignore[union-attr]
    assert again.by_alias("Iraqi army").id == "IRQ.MIL"  # type: ignore[union-attr]


def test_kb_cli_validate_reports_file_line_field(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from polemos.cli.kb import kb_app

    bad = write(tmp_path / "bad.jsonl", [{**GOOD, "country": "IRAQ"}])
    result = CliRunner().invoke(kb_app, ["validate", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:1 (field 'country')" in result.output.replace("\n", "")


def test_kb_cli_add_then_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from polemos.cli.kb import kb_app

    monkeypatch.setenv("POLEMOS_KB_DIR", str(tmp_path / "user"))
    monkeypatch.delenv("POLEMOS_KB_PATH", raising=False)
    source = write(tmp_path / "mine.jsonl", [GOOD])
    result = CliRunner().invoke(kb_app, ["add", str(source)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "user" / "mine.jsonl").exists()
    assert KnowledgeBase.load().by_alias("Test Front").id == "group:test"  # type: ignore[union-attr]


def test_kb_cli_import_petrarch(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from polemos.cli.kb import kb_app

    src = tmp_path / "actors.txt"
    src.write_text("IRAQ [IRQ]\n+IRAQI\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(kb_app, ["import-petrarch", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["aliases"] == ["Iraqi"]
