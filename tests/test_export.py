"""Exporters: JSON Lines (contract shape), flat CSV, typed Parquet, and the registry seam."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fakes import fake_extraction

from polemos.errors import ConfigError
from polemos.export import EXPORTERS, FLAT_COLUMNS, export_events, flatten
from polemos.store import Database, DocumentRecord

TEXT = "Police fired tear gas at protesters in Nairobi."


@pytest.fixture
def db(db_path: Path) -> Database:
    database = Database(db_path)
    database.add_document(
        DocumentRecord(id="d1", text=TEXT, content_hash="h1", status="extracted", title="Nairobi protest",
                       url="https://x.example/n"),
        sentences=[(0, len(TEXT))], extraction=fake_extraction(TEXT))
    return database


def test_export_jsonl_is_the_contract(db: Database) -> None:
    out = io.StringIO()
    assert export_events(db, format="jsonl", out=out) == 1
    (line,) = out.getvalue().splitlines()
    got = json.loads(line)
    want = fake_extraction(TEXT).events[0].to_contract("d1")
    assert {k: got[k] for k in want} == want
    assert got["doc_url"] == "https://x.example/n" and got["doc_title"] == "Nairobi protest"


def test_export_csv_flat_columns(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    export_events(db, format="csv", out=path)
    with path.open(newline="", encoding="utf-8") as handle:
        (row,) = list(csv.DictReader(handle))
    assert list(row) == list(FLAT_COLUMNS)
    assert row["target_names"] == "protesters;students"
    assert row["target_actor_ids"] == ";kb:students"
    assert row["source_countries"] == "KEN" and row["killed_low"] == "6" and row["killed_best"] == ""
    assert row["evidence_text"] == TEXT[TEXT.index("fired"):] and row["doc_url"] == "https://x.example/n"


def test_export_parquet_typed(db: Database, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    export_events(db, format="parquet", out=path)
    table = pq.read_table(path)
    assert table.column_names == list(FLAT_COLUMNS)
    assert str(table.schema.field("killed_low").type) == "int64"
    assert str(table.schema.field("location_lat").type) == "double"
    assert table.to_pylist()[0]["location_name"] == "Nairobi"


def test_export_parquet_needs_a_file(db: Database) -> None:
    with pytest.raises(ConfigError, match="--out"):
        export_events(db, format="parquet", out=io.StringIO())


def test_export_unknown_format(db: Database) -> None:
    with pytest.raises(ConfigError, match="choose one of: csv, jsonl, parquet"):
        export_events(db, format="xlsx", out=io.StringIO())


def test_export_filters_pass_through(db: Database) -> None:
    out = io.StringIO()
    assert export_events(db, format="jsonl", out=out, type="PROTEST") == 0 and out.getvalue() == ""


def test_export_registry_is_a_seam(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[list[dict[str, Any]]] = []
    monkeypatch.setitem(EXPORTERS, "count", lambda events, out: seen.append(events))
    assert export_events(db, format="count", out=io.StringIO()) == 1 and len(seen[0]) == 1


@pytest.mark.parametrize(("source", "names"), [
    (None, None), ({"name": "A", "country": "USA", "sector": "GOV"}, "A"),
    ([{"name": "A"}, {"name": "B"}], "A;B")])
def test_export_flatten_source_shapes(source: Any, names: str | None) -> None:
    row = flatten({"id": 1, "doc_id": "d", "type": "AID", "source": source, "target": None, "evidence": []})
    assert row["source_names"] == names and row["target_names"] is None and row["evidence_text"] is None


@pytest.mark.parametrize(("event", "expected"), [
    ({"date": "2023-07-12", "date_precision": "day", "doc_date": "2023-07-13"}, ("2023-07-12", "day", "event")),
    ({"date": "2023-07", "date_precision": None, "doc_date": "2023-07-13"}, ("2023-07", "month", "event")),
    ({"date": None, "doc_date": "2023-07-13"}, ("2023-07-13", "day", "document")),
    ({"date": None, "doc_date": None}, (None, None, None)),
])
def test_export_date_column_as_shown_elsewhere(event: dict[str, Any], expected: tuple[Any, ...]) -> None:
    row = flatten({"id": 1, "doc_id": "d", "type": "AID", "evidence": [], **event})
    assert (row["date"], row["date_precision"], row["date_source"]) == expected


@pytest.mark.parametrize(("filters", "n"), [({"actor": "police"}, 1), ({"actor": "%"}, 0), ({"country": "Kenya"}, 1),
                                            ({"start": "2024"}, 0), ({"end": "2023-07"}, 1)])
def test_export_filters_like_events(db: Database, filters: dict[str, str], n: int) -> None:
    assert export_events(db, format="jsonl", out=io.StringIO(), **filters) == n


@pytest.mark.parametrize("filters", [{"type": "ATTACK"}, {"country": "Atlantis"}, {"start": "2023-13-01"}])
def test_export_bad_filter_is_a_config_error(db: Database, filters: dict[str, str]) -> None:
    with pytest.raises(ConfigError):
        export_events(db, format="csv", out=io.StringIO(), **filters)


def test_export_refuses_a_missing_database(tmp_path: Path) -> None:
    from polemos.errors import StoreError

    with pytest.raises(StoreError, match="no database"):
        export_events(tmp_path / "nope.db", format="csv", out=io.StringIO())
