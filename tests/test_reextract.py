"""Re-extraction as a new run: per document events added, removed and changed; diffs between runs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeExtractor
from typer.testing import CliRunner

from polemos.cli import app
from polemos.errors import ConfigError
from polemos.models import Count, Extraction
from polemos.pipeline import ingest_paths
from polemos.reextract import compare_events, diff_runs, reextract
from polemos.store import Database

runner = CliRunner()
KENYA = "Kenyan police fired tear gas at protesters in Nairobi. They fired again at night."
DOHA = "Talks resumed in Doha on Monday."


class Versioned(FakeExtractor):
    """The fake extractor after a 'knowledge update': every killed claim becomes 9, 'night' events vanish."""

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[tuple[int, int]] | None = None
                ) -> Extraction:
        extraction = super().extract(text, pub_date=pub_date, skip=skip)
        for event in extraction.events:
            event.killed = Count(best=9)
        extraction.events = [e for e in extraction.events if "night" not in e.evidence[0].text]
        return extraction


def _ingest(tmp_path: Path, db_path: Path, **kwargs: Any) -> None:
    (tmp_path / "kenya.txt").write_text(KENYA, encoding="utf-8")
    (tmp_path / "doha.txt").write_text(DOHA, encoding="utf-8")
    ingest_paths([tmp_path / "kenya.txt", tmp_path / "doha.txt"], db=db_path, time_budget=None, **kwargs)


def test_reextract_all_reports_changed_and_removed_events(tmp_path: Path, db_path: Path) -> None:
    _ingest(tmp_path, db_path, extractor=FakeExtractor())
    db = Database(db_path)
    report = reextract(db, all=True, extractor=Versioned(), time_budget=None)
    assert report.run_id == 2 and report.ok
    by_doc = {d.doc_id: d for d in report.documents}
    kenya = next(d for d in by_doc.values() if d.differs)
    assert (len(kenya.added), len(kenya.removed), len(kenya.changed)) == (0, 1, 1)
    before, after = kenya.changed[0]
    assert before["killed"]["low"] == 6 and after["killed"]["best"] == 9
    assert len(db.events()) == 1 and db.events()[0]["killed"]["best"] == 9
    assert report.counts()["changed_documents"] == 1
    # the two runs stay comparable
    changes = {d.doc_id: d for d in diff_runs(db, 1, 2)}
    assert len(changes) == 2 and changes[kenya.doc_id].changed and changes[kenya.doc_id].removed
    assert db.runs()[-1]["command"] == "reextract" and db.runs()[-1]["stats"]["removed"] == 1


def test_reextract_failed_only_and_failure_keeps_events(tmp_path: Path, db_path: Path) -> None:
    _ingest(tmp_path, db_path, extractor=FakeExtractor(fail_on="Doha"))
    db = Database(db_path)
    assert [d["status"] for d in db.documents()] == ["extracted", "failed"]
    report = reextract(db, failed=True, extractor=FakeExtractor(), time_budget=None)
    assert [d.status for d in report.documents] == ["extracted"]
    assert [d["status"] for d in db.documents()] == ["extracted", "extracted"]
    # A document that fails on re-extraction keeps its earlier events.
    again = reextract(db, all=True, extractor=FakeExtractor(fail_on="Kenyan"), time_budget=None)
    assert not again.ok and again.failed == 1 and len(db.events()) == 2


def test_reextract_needs_a_selection(db_path: Path) -> None:
    with pytest.raises(ConfigError, match="--failed, --all"):
        reextract(Database(db_path), extractor=FakeExtractor())


def test_reextract_since_version_selects_older_runs(tmp_path: Path, db_path: Path) -> None:
    _ingest(tmp_path, db_path, extractor=FakeExtractor())
    db = Database(db_path)
    assert len(reextract(db, since="0.0.1", extractor=FakeExtractor(), time_budget=None).documents) == 0
    assert len(reextract(db, since="999.0", extractor=FakeExtractor(), time_budget=None).documents) == 2


def test_reextract_compare_events_matches_by_place_in_text() -> None:
    ev = {"type": "ASSAULT", "trigger": "fired", "evidence": [{"start": 0, "end": 5}], "killed": None}
    moved = {**ev, "killed": {"best": 3}}
    other = {"type": "PROTEST", "trigger": "marched", "evidence": [{"start": 9, "end": 20}]}
    elsewhere = ev | {"evidence": [{"start": 30, "end": 35}]}
    changes = compare_events([ev, other, ev | {"evidence": [{"start": 40, "end": 45}]}], [moved, elsewhere])
    assert [c[1] for c in changes.changed] == [moved]  # same place, other claims
    assert changes.unchanged == 1 and changes.removed == [other] and not changes.added  # same content moved


def test_reextract_cli_runs_and_diff(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", FakeExtractor)
    _ingest(tmp_path, db_path)
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", Versioned)
    result = runner.invoke(app, ["reextract", "--all", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "1 removed, 1 changed" in result.output and "killed: " in result.output
    as_json = runner.invoke(app, ["reextract", "--all", "--db", str(db_path), "--json"])
    assert {json.loads(line)["run_id"] for line in as_json.output.splitlines()} == {3}
    runs = runner.invoke(app, ["runs", "--db", str(db_path)])
    assert runs.exit_code == 0 and "reextract" in runs.output
    diff = runner.invoke(app, ["diff", "1", "2", "--db", str(db_path)])
    assert diff.exit_code == 0 and "1 with changed events" in diff.output
    assert runner.invoke(app, ["diff", "1", "99", "--db", str(db_path)]).exit_code == 2
    assert runner.invoke(app, ["reextract", "--db", str(db_path)]).exit_code == 2


@pytest.mark.slow
def test_reextract_after_kb_entry_shows_changed_events(tmp_path: Path, db_path: Path, nlp: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from polemos.knowledge import kb
    from polemos.nlp.extractor import Extractor

    monkeypatch.setenv("POLEMOS_KB_DIR", str(tmp_path / "kb"))
    kb.clear_cache()
    text = "The Zorvani Brigade attacked a police station in Mosul on Monday, killing four officers."
    (tmp_path / "mosul.txt").write_text(text, encoding="utf-8")
    ingest_paths([tmp_path / "mosul.txt"], db=db_path, extractor=Extractor(nlp=nlp), time_budget=None,
                 date=date(2020, 1, 8))
    entry = {"id": "group:zorvani-brigade", "name": "Zorvani Brigade", "kind": "armed_group", "country": "SYR",
             "sector": "REB"}
    (tmp_path / "zorvani.jsonl").write_text(json.dumps(entry) + "\n", encoding="utf-8")
    kb.add_file(tmp_path / "zorvani.jsonl")
    try:
        report = reextract(Database(db_path), all=True, extractor=Extractor(), time_budget=None)
    finally:
        kb.clear_cache()
    (doc,) = report.documents
    assert doc.changed, doc
    before, after = doc.changed[0]
    assert after["source"]["actor_id"] == "group:zorvani-brigade" and after["source"]["country"] == "SYR"
    assert before["source"].get("actor_id") != "group:zorvani-brigade"
