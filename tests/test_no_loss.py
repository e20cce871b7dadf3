"""No silent loss: every bad input of a batch is named with its reason, the good file after it is stored,
the exit code says so, and nothing stored is lost or duplicated."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from fakes import FakeExtractor, fake_extraction
from typer.testing import CliRunner

from polemos.cli import app
from polemos.models import Count, Extraction, Place
from polemos.pipeline import IngestReport, ingest_paths
from polemos.store import Database

runner = CliRunner()
GOOD = "Kenyan police fired tear gas at protesters in Nairobi on Wednesday, rights groups said."
Span = tuple[int, int]


class ErrorExtractor(FakeExtractor):
    """Returns ``Extraction.error`` (as the real extractor does for a text over spaCy's limit) on 'huge'."""

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[Span] | None = None) -> Extraction:
        if "huge" in text:
            return Extraction(error="ValueError: [E088] Text of length 1500000 exceeds maximum of 1000000")
        return super().extract(text, pub_date=pub_date, skip=skip)


class TollExtractor(FakeExtractor):
    """One ASSAULT per text, killed = the number before 'killed', and odd values for 'absurd'/'unstorable'."""

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[Span] | None = None) -> Extraction:
        if "slow" in text:
            time.sleep(30)
        extraction = fake_extraction(text)
        found = re.search(r"(\d+) (?:people )?(?:were )?killed", text)
        for event in extraction.events:
            event.killed = Count(best=int(found.group(1)), text=found.group(0)) if found else None
            if "unstorable" in text:
                event.location = Place("Nowhere", geonameid=10**30)
        return extraction


def stored_ids(db_path: Path) -> list[str]:
    return [d["id"] for d in Database(db_path).documents()]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def errors_of(report: IngestReport) -> str:
    return "\n".join(str(e) for e in report.errors)


# -- failed extraction -------------------------------------------------------------------------------

def test_no_loss_extraction_error_is_a_failed_document(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a-bad.txt").write_text("A huge report on the war.", encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    report = ingest_paths([tmp_path], db=db_path, extractor=ErrorExtractor())
    assert (report.read, report.stored, report.failed, report.events) == (2, 1, 1, 1)
    assert "a-bad.txt: extraction failed (ValueError: [E088]" in errors_of(report)
    assert "polemos reextract --failed" in errors_of(report)
    docs = {d["source"]: d for d in Database(db_path).documents()}
    bad = docs[str(tmp_path / "a-bad.txt")]
    assert bad["status"] == "failed" and "E088" in bad["error"]
    assert docs[str(tmp_path / "b-good.txt")]["status"] == "extracted"
    # Ingesting it again extracts it again (it is no silent exact duplicate); fixed, it is stored once.
    again = ingest_paths([tmp_path], db=db_path, extractor=FakeExtractor())
    assert (again.stored, again.exact_duplicates, again.failed) == (1, 1, 0)
    assert len(stored_ids(db_path)) == 2
    assert {d["status"] for d in Database(db_path).documents()} == {"extracted"}


def test_no_loss_cli_failed_document_exit_code_and_docs(tmp_path: Path, db_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", ErrorExtractor)
    (tmp_path / "a-bad.txt").write_text("A huge report.", encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db_path)])
    assert result.exit_code == 1
    assert "a-bad.txt: extraction failed" in result.output and "failed" in result.output
    docs = runner.invoke(app, ["docs", "--db", str(db_path)])
    assert docs.exit_code == 0 and "1 failed" in docs.output and "E088" in docs.output
    rows = [json.loads(line) for line in runner.invoke(app, ["docs", "--db", str(db_path), "--json"]).output.splitlines()]
    assert sorted(r["status"] for r in rows) == ["extracted", "failed"]
    assert next(r["error"] for r in rows if r["status"] == "failed").startswith("extraction failed")


def test_no_loss_extractor_exception_then_good(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "bad", "text": "boom here"}, {"id": "ok", "text": GOOD}])
    report = ingest_paths([source], db=db_path, extractor=FakeExtractor(fail_on="boom"))
    assert (report.stored, report.failed) == (1, 1)
    assert "a.jsonl:1: extraction failed (RuntimeError: component crashed)" in errors_of(report)
    assert sorted(stored_ids(db_path)) == ["bad", "ok"]


def test_no_loss_time_budget_fails_slow_document_only(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a-slow.txt").write_text("A slow text where police fired.", encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    started = time.monotonic()
    report = ingest_paths([tmp_path], db=db_path, extractor=TollExtractor(), time_budget=1.0)
    assert time.monotonic() - started < 20
    assert (report.stored, report.failed) == (1, 1)
    assert "a-slow.txt: extraction failed (over the time budget of 1 s" in errors_of(report)
    assert {d["status"] for d in Database(db_path).documents()} == {"failed", "extracted"}


def test_no_loss_cli_time_budget_option(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", TollExtractor)
    (tmp_path / "a-slow.txt").write_text("A slow text.", encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db_path), "--time-budget", "0.5"])
    assert result.exit_code == 1 and "time budget" in result.output
    assert len(stored_ids(db_path)) == 2
    bad = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db_path), "--time-budget", "soon"])
    assert bad.exit_code == 2 and "not a number of seconds" in bad.output


@pytest.mark.parametrize("bad", ["," * 20_000, '"' * 20_000 + " Police fired tear gas at protesters. " + '"' * 20_000,
                                 "word, " * 4_000 + "!" * 20_000], ids=["commas", "quotes", "list-and-bangs"])
def test_no_loss_pathological_punctuation_extracted_or_failed(nlp: Any, tmp_path: Path, db_path: Path,
                                                              bad: str) -> None:
    """20,000 commas or quotes: extracted, or failed with a reason, and the good file after it stored (the
    time is measured by bench/bench_pathological.py, not asserted here)."""
    from polemos.nlp.extractor import Extractor

    (tmp_path / "a-bad.txt").write_text(bad, encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    report = ingest_paths([tmp_path], db=db_path, extractor=Extractor(nlp=nlp), time_budget=120)
    docs = {Path(d["source"]).name: d for d in Database(db_path).documents()}
    assert docs["b-good.txt"]["status"] == "extracted" and docs["b-good.txt"]["events"] >= 1
    assert docs["a-bad.txt"]["status"] == "extracted" or docs["a-bad.txt"]["error"] in errors_of(report)
    assert report.stored + report.failed == 2


# -- near duplicates ----------------------------------------------------------------------------------

def test_no_loss_near_duplicate_revised_toll_kept_as_its_own_claim(tmp_path: Path, db_path: Path) -> None:
    base = ("Police fired on a crowd in Nairobi on Wednesday and 14 people were killed, witnesses said, "
            "as protests against the new tax law spread to Mombasa, Kisumu and several other towns. "
            "Opposition leaders called for three more days of marches and urged supporters to stay peaceful, "
            "while the interior ministry said officers had acted in self-defence against looters. Rights "
            "groups demanded an independent inquiry into the shootings and the arrests of hundreds of youths.")
    source = write_jsonl(tmp_path / "wire.jsonl", [{"id": "first", "text": base},
                                                   {"id": "update", "text": base.replace("14 people", "140 people")}])
    report = ingest_paths([source], db=db_path, extractor=TollExtractor(), time_budget=None)
    assert (report.stored, report.near_duplicates, report.failed) == (2, 1, 0)
    db = Database(db_path)
    events = db.events()
    assert sorted((e["doc_id"], e["killed"]["best"]) for e in events) == [("first", 14), ("update", 140)]
    with db.engine.connect() as conn:
        from sqlalchemy import text

        rows = conn.execute(text("SELECT doc_id, repeat_of, revision_of FROM events ORDER BY id")).all()
    assert rows[0][1:] == (None, None) and rows[1][1] is None and rows[1][2] is not None


# -- values the database cannot hold ------------------------------------------------------------------

def test_no_loss_absurd_count_not_written_as_a_number(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "absurd", "text": "Police fired and 999999999999999999999 people were killed."},
        {"id": "ok", "text": GOOD}])
    report = ingest_paths([source], db=db_path, extractor=TollExtractor(), time_budget=None)
    assert (report.stored, report.failed) == (2, 0)
    (event,) = Database(db_path).events(doc_id="absurd")
    assert event["killed"] == {"low": None, "best": None, "high": None}  # the claim's text is kept, not the number


def test_no_loss_unstorable_extraction_fails_its_document(tmp_path: Path, db_path: Path) -> None:
    source = write_jsonl(tmp_path / "a.jsonl", [{"id": "odd", "text": "unstorable: police fired."},
                                                {"id": "ok", "text": GOOD}])
    report = ingest_paths([source], db=db_path, extractor=TollExtractor(), time_budget=None)
    assert (report.stored, report.failed) == (1, 1)
    assert "a.jsonl:1: its extraction could not be stored (OverflowError" in errors_of(report)
    docs = {d["id"]: d for d in Database(db_path).documents()}
    assert docs["odd"]["status"] == "failed" and docs["ok"]["events"] == 1


# -- readers ------------------------------------------------------------------------------------------

def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("a-deep.json", '{"text": "x", "more": ' + _nested(100_000) + "}", "nested too deeply"),
    ("a-deep.jsonl", '{"text": "x", "more": ' + _nested(100_000) + "}\n", "a-deep.jsonl:1: JSON nested too deeply"),
    ("a-future.jsonl", json.dumps({"text": GOOD + " Later.", "date": "2999-01-01"}) + "\n",
     "a-future.jsonl:1: field 'date': 2999-01-01 is in the future"),
    ("a-nul.txt", "word " * 3000 + "\x00 tail", "contains a NUL byte at offset 15,000"),
    ("a-nul.jsonl", json.dumps({"text": "a\x00b"}) + "\n", "contains a NUL character"),
    ("a-unterminated.csv", 'id,text\nr1,"Police fired.\nand never closed', "a-unterminated.csv:2: malformed CSV"),
])
def test_no_loss_bad_file_then_good(tmp_path: Path, db_path: Path, name: str, content: str, reason: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "b-good.txt").write_text(GOOD, encoding="utf-8")
    first = ingest_paths([tmp_path], db=db_path, extractor=FakeExtractor(), time_budget=None)
    assert reason in errors_of(first), errors_of(first)
    assert first.failed == 1 and first.stored == 1
    assert Database(db_path).documents()[0]["source"].endswith("b-good.txt")
    again = ingest_paths([tmp_path], db=db_path, extractor=FakeExtractor(), time_budget=None)
    assert (again.stored, again.exact_duplicates, again.failed) == (0, 1, 1)  # nothing lost, nothing twice
    assert len(stored_ids(db_path)) == 1


def test_no_loss_csv_long_field_and_bad_row_named_by_line(tmp_path: Path, db_path: Path) -> None:
    long_text = "Police fired tear gas. " + "x" * 200_000
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text\nr1,"{long_text}"\nr2,"ab"c"\nr3,"{GOOD}"\n', encoding="utf-8")
    report = ingest_paths([path], db=db_path, extractor=FakeExtractor(), time_budget=None)
    assert sorted(stored_ids(db_path)) == ["r1", "r3"]
    assert report.failed == 1 and "rows.csv:3: malformed CSV" in errors_of(report)


def test_no_loss_future_date_option_rejected(tmp_path: Path, db_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    later = (date.today() + timedelta(days=3)).isoformat()
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(db_path), "--date", later])
    assert result.exit_code == 2 and "in the future" in result.output
    tomorrow = (date.today() + timedelta(days=1)).isoformat()  # time zones: a day ahead is allowed
    assert ingest_paths([tmp_path], db=db_path, date=date.fromisoformat(tomorrow), extractor=FakeExtractor(),
                        time_budget=None).stored == 1


def test_no_loss_symlink_out_of_folder_not_followed(tmp_path: Path, db_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("Private notes: police fired on the crowd.", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-link.txt").symlink_to(outside)
    (folder / "b-good.txt").write_text(GOOD, encoding="utf-8")
    report = ingest_paths([folder], db=db_path, extractor=FakeExtractor(), time_budget=None)
    assert report.stored == 1 and report.failed == 1
    assert "a-link.txt: a symlink that leads out of the folder" in errors_of(report)
    assert "--follow-symlinks" in errors_of(report)
    followed = ingest_paths([folder], db=db_path, extractor=FakeExtractor(), time_budget=None, follow_symlinks=True)
    assert (followed.stored, followed.exact_duplicates, followed.failed) == (1, 1, 0)


# -- the terminal ---------------------------------------------------------------------------------------

def test_no_loss_markup_and_escape_sequences_never_reach_the_terminal(tmp_path: Path, db_path: Path) -> None:
    folder = tmp_path / "odd [bold] names"
    folder.mkdir()
    write_jsonl(folder / "a[red].jsonl", [
        {"id": "x[/]y", "title": "[red]Title[/] \x1b[31mred\x1b[0m \x9b2J", "text": GOOD, "date": "2023-07-12"},
        {"id": "bad[/]", "text": "", "title": "[/]"}])
    (folder / "b-good.txt").write_text("Talks resumed in Doha on Monday.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(db_path)])
    assert result.exit_code == 1, result.output
    assert "odd [bold] names/a[red].jsonl:2" in result.output and "Traceback" not in result.output
    docs = runner.invoke(app, ["docs", "--db", str(db_path)])
    assert docs.exit_code == 0, docs.output
    assert "\x1b[31m" not in docs.output and "\x9b" not in docs.output and "\\x1b" in docs.output
    assert "x[/]y" in docs.output
    assert len(stored_ids(db_path)) == 2
