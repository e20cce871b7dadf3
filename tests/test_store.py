"""The store: migrations, WAL, one transaction per document, and the contract shape of what it returns."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from fakes import fake_extraction
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError

from polemos.errors import StoreError
from polemos.models import Event, Extraction
from polemos.store.database import Database, DocumentRecord, database_url
from polemos.store.migrations import MIGRATIONS
from polemos.store.rows import _in_range

TEXT = ("Police fired tear gas at protesters in Nairobi. Russia is an ally of Belarus.\n\n"
        "Police fired rubber bullets at students near the university.")


def record(doc_id: str = "d1", text: str = TEXT, **kw: object) -> DocumentRecord:
    fields: dict[str, object] = {"status": "extracted", "title": "Nairobi", "date": date(2023, 7, 13),
                                 "url": "https://x.example/n", "source": "batch.jsonl", "format": "jsonl"}
    fields.update(kw)
    return DocumentRecord(id=doc_id, text=text, content_hash=f"h-{doc_id}", **fields)  # type: ignore[arg-type]


@pytest.fixture
def db(db_path: Path) -> Database:
    database = Database(db_path)
    database.add_document(record(), passages=[(0, 78, False), (80, len(TEXT), False)],
                          sentences=[(0, 47), (48, 78), (80, len(TEXT))], extraction=fake_extraction(TEXT))
    return database


def test_store_migrations_recorded_once(db_path: Path) -> None:
    first = Database(db_path)
    assert first.schema_version() == len(MIGRATIONS)
    assert Database(db_path).migrate() == []
    with first.engine.connect() as conn:
        assert [v for v, _ in conn.execute(sql("SELECT version, name FROM schema_migrations")).all()] == [v for v, _, _ in MIGRATIONS]


def test_store_sqlite_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(sql("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(sql("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.parametrize(("given", "url"), [
    ("polemos.db", "sqlite:///polemos.db"), (":memory:", "sqlite://"),
    ("postgresql://u@h/db", "postgresql://u@h/db")])
def test_store_database_url(given: str, url: str) -> None:
    assert database_url(given) == url


def test_store_events_have_the_contract_shape(db: Database) -> None:
    events = db.events()
    expected = [ev.to_contract("d1") for ev in fake_extraction(TEXT).events]
    assert len(events) == 2
    for got, want in zip(events, expected):
        extras = {"id", "doc_id", "doc_date", "doc_title"}
        assert set(got) == set(want) | extras
        assert {k: v for k, v in got.items() if k not in extras - {"doc_id"}} == want
        assert (got["doc_date"], got["doc_title"]) == ("2023-07-13", "Nairobi")


def test_store_relations_contract_and_negation(db: Database) -> None:
    relations = db.relations()
    assert len(relations) == 1
    rel = relations[0]
    assert rel["a"] == {"name": "Russia", "country": "RUS", "sector": "GOV", "actor_id": "kb:RUS"}
    assert rel["type"] == "ALLY" and rel["negated"] is False and rel["evidence"][0]["text"] == "ally"
    assert {"id", "doc_id", "doc_date", "doc_title"} <= set(rel)
    assert [r["negated"] for r in db.relations(include_negated=True)] == [False, True]


def test_store_actors_merged_by_key(db: Database) -> None:
    # police, protesters, kb:students (shared by both events), kb:RUS, Belarus, Russia, Iran
    assert db.counts() == {"documents": 1, "events": 2, "relations": 2, "actors": 7}


@pytest.mark.parametrize(("filters", "n"), [
    ({}, 2), ({"type": "assault"}, 2), ({"type": "PROTEST"}, 0), ({"actor": "STUDENT"}, 2),
    ({"actor": "kb:students"}, 2), ({"actor": "army"}, 0), ({"country": "ken"}, 2), ({"country": "RUS"}, 0),
    ({"start": "2023-07-01", "end": "2023-07-31"}, 2), ({"start": "2023-08"}, 0), ({"end": "2022"}, 0),
    ({"doc_id": "d1", "limit": 1}, 1),
])
def test_store_event_filters(db: Database, filters: dict[str, str], n: int) -> None:
    assert len(db.events(**filters)) == n  # type: ignore[arg-type]


def test_store_event_with_evidence_sentences(db: Database) -> None:
    first = db.events()[0]["id"]
    ev = db.event(first)
    assert ev is not None
    assert ev["sentences"] == [{"start": 0, "end": 47, "text": "Police fired tear gas at protesters in Nairobi."}]
    assert ev["trigger_span"] == [7, 12] and ev["doc_url"] == "https://x.example/n"
    assert db.event(999) is None


def test_store_documents_and_document(db: Database) -> None:
    (row,) = db.documents()
    assert (row["id"], row["status"], row["events"], row["repeated_passages"]) == ("d1", "extracted", 2, 0)
    doc = db.document("d1")
    assert doc is not None and doc["text"] == TEXT and len(doc["passages"]) == 2 and len(doc["sentences"]) == 3
    assert db.has_hash("h-d1") == "d1" and db.has_hash("nope") is None
    assert db.has_id("d1") and not db.has_id("d2")


def test_store_document_written_whole_or_not_at_all(db: Database) -> None:
    broken = Extraction(events=[Event(type=None)])  # type: ignore[arg-type]  # NOT NULL violation mid-write
    with pytest.raises(IntegrityError):
        db.add_document(record("d2", "Another text entirely."), passages=[(0, 22, False)], sentences=[(0, 22)],
                        extraction=broken)
    assert not db.has_id("d2")
    with db.engine.connect() as conn:
        assert conn.execute(sql("SELECT count(*) FROM passages WHERE doc_id = 'd2'")).scalar() == 0
    assert db.counts()["documents"] == 1


def test_store_near_duplicate_link_and_signatures(db: Database) -> None:
    db.add_document(record("d2", TEXT + " More.", status="near_duplicate", duplicate_of="d1", signature=b"x:1"))
    assert db.documents()[1]["duplicate_of"] == "d1"
    assert [key for key, _ in db.signatures()] == []  # d1 had no signature; d2 is a duplicate


def test_store_runs(db: Database) -> None:
    run = db.start_run(command="ingest")
    db.finish_run(run, stats={"stored": 3})
    (got,) = db.runs()
    assert got["stats"] == {"stored": 3} and got["finished_at"] and got["pipeline_version"]


def test_store_rejects_a_non_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite " * 100)
    with pytest.raises(StoreError, match="cannot open or migrate"):
        Database(path)


def test_store_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Database(tmp_path / "no" / "such" / "x.db")


@pytest.mark.parametrize(("value", "start", "end", "inside"), [
    ("2019-10-04", "2019-10-01", "2019-10-31", True), ("2019-10", "2019-10-15", None, True),
    ("2019", None, "2018-12-31", False), (None, "2019", None, False), (None, None, None, True),
    ("2019-10-04", date(2019, 10, 5), None, False),
])
def test_store_in_range(value: str | None, start: object, end: object, inside: bool) -> None:
    assert _in_range(value, start, end) is inside  # type: ignore[arg-type]
