"""The whole flow: dedup at three levels, bad input in a batch, idempotence, and surviving SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeExtractor

from polemos.pipeline import demo, ingest_paths, report_dict, sample_corpus
from polemos.store import Database

TESTS = Path(__file__).resolve().parent

KENYA = ("Kenyan police fired tear gas at thousands of protesters in Nairobi on Wednesday, as demonstrations "
         "against new fuel taxes spread to several cities. At least six people were killed and more than 50 "
         "injured, according to rights groups. Police said 312 people had been arrested across the country.")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_pipeline_seed_stored_once_with_repeated_half(tmp_path: Path, db_path: Path,
                                                      seed_record: dict[str, Any]) -> None:
    source = write_jsonl(tmp_path / "seed.jsonl", [{k: seed_record[k] for k in ("id", "date", "text")}])
    extractor = FakeExtractor()
    report = ingest_paths([source], db=db_path, extractor=extractor, time_budget=None)  # in-process: calls seen
    assert (report.read, report.stored, report.failed, report.repeated_passages) == (1, 1, 0, 2)
    text = seed_record["text"]
    second = text.index("Neither Washington nor Tehran!", text.index("Neither Washington nor Tehran!") + 1)
    ((_, pub_date, skip),) = extractor.calls
    assert pub_date == date(2020, 1, 6)
    assert (second, len(text)) in skip
    db = Database(db_path)
    (doc,) = db.documents()
    assert doc["id"] == seed_record["id"] and doc["repeated_passages"] == 2
    stored = db.document(doc["id"])
    assert stored is not None and stored["text"] == text
    assert [p for p in stored["passages"] if p["repeated"]][-1] == {"start": second, "end": len(text),
                                                                     "repeated": True}


def test_pipeline_reingest_is_a_noop(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "k1", "text": KENYA}, {"text": "Talks resumed in Doha."}])
    first = ingest_paths([source], db=db_path, extractor=FakeExtractor())
    before = Database(db_path).counts()
    extractor = FakeExtractor()
    again = ingest_paths([source], db=db_path, extractor=extractor, time_budget=None)
    assert (first.stored, again.stored, again.exact_duplicates, again.failed) == (2, 0, 2, 0)
    assert extractor.calls == []
    assert Database(db_path).counts() == before
    assert [d.status for d in again.documents] == ["exact_duplicate", "exact_duplicate"]


def test_pipeline_near_duplicate_linked_extracted_repeats_marked(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "orig", "text": KENYA},
        {"id": "update", "text": KENYA.replace("six people", "seven people")},
        {"id": "spaced", "text": KENYA.replace(". ", ".  ")},  # same normalised text: an exact duplicate
    ])
    extractor = FakeExtractor()
    report = ingest_paths([source], db=db_path, extractor=extractor, time_budget=None)
    assert (report.stored, report.near_duplicates, report.exact_duplicates, report.events) == (2, 1, 1, 2)
    assert len(extractor.calls) == 2  # a near duplicate is extracted too
    assert [d.repeats for d in report.documents] == [0, 1, 0]
    db = Database(db_path)
    docs = {d["id"]: d for d in db.documents()}
    assert docs["update"]["duplicate_of"] == "orig" and docs["update"]["status"] == "near_duplicate"
    assert docs["update"]["events"] == 1 and docs["update"]["similarity"] >= 0.85
    # The fake extractor reads the same claims from both texts: the update's event repeats the original's.
    assert [e["doc_id"] for e in db.events()] == ["orig"]
    assert len(db.events(repeats=True)) == 2


def test_pipeline_near_threshold_configurable(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "orig", "text": KENYA}, {"id": "update", "text": KENYA.replace("six people", "seven people")}])
    report = ingest_paths([source], db=db_path, extractor=FakeExtractor(), near_threshold=0.99)
    assert report.near_duplicates == 0 and report.stored == 2


def test_pipeline_near_duplicates_found_across_runs(tmp_path: Path, db_path: Path) -> None:
    ingest_paths([write_jsonl(tmp_path / "a.jsonl", [{"id": "orig", "text": KENYA}])], db=db_path,
                 extractor=FakeExtractor())
    later = write_jsonl(tmp_path / "b.jsonl", [{"id": "later", "text": KENYA.replace("312", "315")}])
    report = ingest_paths([later], db=db_path, extractor=FakeExtractor())
    assert report.near_duplicates == 1 and report.documents[0].duplicate_of == "orig"


def test_pipeline_bad_inputs_reported_rest_ingested(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "good.txt").write_text(KENYA, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    (tmp_path / "latin.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "big.txt").write_text("x " * 600, encoding="utf-8")
    (tmp_path / "broken.html").write_bytes(b"<html><body><script>1</script>")
    write_jsonl(tmp_path / "mixed.jsonl", [{"text": "Talks resumed in Doha."}, {"title": "no text"}])
    with (tmp_path / "mixed.jsonl").open("a") as handle:
        handle.write("{broken json\n")
    report = ingest_paths([tmp_path, tmp_path / "missing.txt"], db=db_path, extractor=FakeExtractor(),
                          max_bytes=1000)
    assert (report.stored, report.failed) == (2, 8)
    problems = sorted(str(e) for e in report.errors)
    for name in ("binary.txt", "latin.txt", "empty.md", "big.txt", "broken.html", "mixed.jsonl:2",
                 "mixed.jsonl:3", "missing.txt"):
        assert any(name in p for p in problems), name
    assert len(Database(db_path).documents()) == 2
    assert report_dict(report)["failed"] == 8


def test_pipeline_extractor_crash_loses_only_that_document(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "ok", "text": KENYA}, {"id": "bad", "text": "boom here"}])
    report = ingest_paths([source], db=db_path, extractor=FakeExtractor(fail_on="boom"))
    assert (report.stored, report.failed) == (1, 1)
    assert "extraction failed" in str(report.errors[0]) and "a.jsonl:2" in str(report.errors[0])
    rerun = ingest_paths([source], db=db_path, extractor=FakeExtractor())
    assert (rerun.stored, rerun.exact_duplicates) == (1, 1)


def test_pipeline_defaults_progress_and_run(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KENYA, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    report = ingest_paths([tmp_path], db=db_path, extractor=FakeExtractor(), date=date(2023, 7, 13),
                          source="https://wire.example/k", progress=lambda *a: seen.append(a))
    assert [s[:2] for s in seen] == [(1, 2), (2, 2)]
    db = Database(db_path)
    assert {d["date"] for d in db.documents()} == {"2023-07-13"}
    assert {d["url"] for d in db.documents()} == {"https://wire.example/k"}
    (run,) = db.runs()
    assert run["id"] == report.run_id and run["stats"]["stored"] == 2 and run["finished_at"]


def test_pipeline_same_id_different_text_kept_apart(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "x", "text": KENYA}, {"id": "x", "text": "Other words."}])
    report = ingest_paths([source], db=db_path, extractor=FakeExtractor())
    assert report.stored == 2
    ids = [d["id"] for d in Database(db_path).documents()]
    assert ids[0] == "x" and ids[1].startswith("x-")


def test_pipeline_demo_corpus_dedup(db_path: Path) -> None:
    assert any(sample_corpus().glob("*.jsonl"))
    report = demo(db=db_path, extractor=FakeExtractor())
    assert report.failed == 0 and report.read >= 8
    assert report.exact_duplicates == 1 and report.near_duplicates == 1
    formats = {d["format"] for d in Database(db_path).documents()}
    assert {"jsonl", "text", "html", "feed"} <= formats


@pytest.mark.slow
def test_pipeline_real_extractor_skips_repeated_half(tmp_path: Path, db_path: Path, nlp: Any,
                                                     seed_record: dict[str, Any]) -> None:
    from polemos.nlp.extractor import Extractor

    source = write_jsonl(tmp_path / "seed.jsonl", [{k: seed_record[k] for k in ("id", "date", "text")}])
    report = ingest_paths([source], db=db_path, extractor=Extractor(nlp=nlp))
    assert (report.stored, report.repeated_passages, report.failed) == (1, 2, 0)
    text = seed_record["text"]
    second = text.index("Neither Washington nor Tehran!", text.index("Neither Washington nor Tehran!") + 1)
    for ev in Database(db_path).events():
        assert all(e["end"] <= second for e in ev["evidence"]), ev


KILL_SCRIPT = """
import sys, time
sys.path.insert(0, sys.argv[3])
from fakes import FakeExtractor
from polemos.pipeline import ingest_paths

class Slow(FakeExtractor):
    def extract(self, text, **kw):
        time.sleep(0.08)
        return super().extract(text, **kw)

ingest_paths([sys.argv[1]], db=sys.argv[2], extractor=Slow())
"""


def _stored_state(db_path: Path) -> dict[str, tuple[int, int, int]]:
    """Per document: (passages, sentences, events), read with plain sqlite3."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute(
            "SELECT d.id, (SELECT count(*) FROM passages p WHERE p.doc_id = d.id),"
            " (SELECT count(*) FROM sentences s WHERE s.doc_id = d.id),"
            " (SELECT count(*) FROM events e WHERE e.doc_id = d.id) FROM documents d").fetchall()
    finally:
        conn.close()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


@pytest.mark.slow
def test_pipeline_sigkill_then_rerun(tmp_path: Path, db_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(400)]
    n = 40
    for i in range(n):
        body = " ".join(rng.choice(vocab) for _ in range(60))
        (corpus / f"doc{i:02d}.txt").write_text(f"Report {i}. Police fired tear gas.\n\n{body}.", encoding="utf-8")
    Database(db_path).close()  # schema in place before the child starts
    child = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(corpus), str(db_path), str(TESTS)],
                             stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        try:
            if len(_stored_state(db_path)) >= 5:
                break
        except sqlite3.OperationalError:
            pass
        time.sleep(0.01)
    os.kill(child.pid, signal.SIGKILL)
    _, stderr = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, stderr.decode()
    before = _stored_state(db_path)
    assert 5 <= len(before) < n
    assert all(state[0] >= 2 and state[1] >= 2 and state[2] == 1 for state in before.values())  # nothing half-written

    report = ingest_paths([corpus], db=db_path, extractor=FakeExtractor())
    after = _stored_state(db_path)
    assert (report.exact_duplicates, report.stored, report.failed) == (len(before), n - len(before), 0)
    assert len(after) == n and all(after[k] == v for k, v in before.items())  # nothing lost
    assert all(state[0] >= 2 and state[1] >= 2 and state[2] == 1 for state in after.values())
