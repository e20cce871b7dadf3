"""Processes that create one database and ingest the same files at the same time all succeed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from polemos.store import Database
from polemos.store.migrations import MIGRATIONS

TESTS = Path(__file__).resolve().parent

INGEST = """
import sys
sys.path.insert(0, sys.argv[3])
from fakes import FakeExtractor
from polemos.pipeline import ingest_paths

report = ingest_paths([sys.argv[1]], db=sys.argv[2], extractor=FakeExtractor(), time_budget=None)
sys.exit(0 if report.ok else 1)
"""


@pytest.mark.slow
def test_concurrency_ten_first_ingests_into_a_new_database(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        (corpus / f"doc{i:02d}.txt").write_text(
            f"Report {i}: police fired tear gas at protesters in town number {i} on day {i * 7}.", encoding="utf-8")
    db_path = tmp_path / "new.db"
    children = [subprocess.Popen([sys.executable, "-c", INGEST, str(corpus), str(db_path), str(TESTS)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(10)]
    results = [(child.wait(timeout=120), child.communicate()[1].decode()) for child in children]
    assert all(code == 0 for code, _ in results), [err for code, err in results if code]
    db = Database(db_path)
    docs = db.documents()
    assert len(docs) == 12 and len({d["id"] for d in docs}) == 12  # each stored once
    assert db.counts()["events"] == 12
    assert len(db.runs()) == 10 and db.schema_version() == len(MIGRATIONS)
