"""Tests for `polemos extract` and `polemos eval` (CliRunner; a stand-in extractor keeps most fast)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from polemos.cli import app
from polemos.models import Actor, Event, Evidence, Extraction, Relation


class FakeExtractor:
    """One PROTEST event per text (dated by its publication date), and an ALLY relation for 'allies'."""

    def __init__(self, **_: Any) -> None:
        pass

    def extract_many(
        self, items: Iterable[tuple[str, date | None, Sequence[tuple[int, int]] | None]], *,
        batch_size: int = 32, n_process: int = 1,
    ) -> Iterator[Extraction]:
        for text, pub_date, _ in items:
            word = text.split()[0]
            event = Event(type="PROTEST", source=[Actor(name=word, country="EGY", sector="CVL")],
                          date=pub_date.isoformat() if pub_date else None,
                          trigger=Evidence(0, len(word), word), evidence=[Evidence(0, len(text), text)])
            relations = [Relation(type="ALLY", a=Actor("Russia", "RUS", "GOV"), b=Actor("Iran", "IRN", "GOV"))]
            yield Extraction(events=[event], relations=relations if "allies" in text else [])


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", FakeExtractor)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


RECORDS = [
    '{"id": "r1", "text": "Students marched in Cairo.", "date": "2021-03-04"}',
    '{"id": "r2", "text": "Russia and Iran are allies.", "date": null}',
]


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_prints_contract_lines(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "in.jsonl", RECORDS)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["doc_id"], o["kind"], o["type"]) for o in lines] == [
        ("r1", "event", "PROTEST"), ("r2", "event", "PROTEST"), ("r2", "relation", "ALLY")]
    assert lines[0]["date"] == "2021-03-04" and lines[0]["source"]["name"] == "Students"
    assert lines[0]["evidence"] == [{"start": 0, "end": 26, "text": "Students marched in Cairo."}]


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_reports_bad_lines_and_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "in.jsonl", [RECORDS[0], "{broken", '{"id": "x", "date": "2020-01-01"}', RECORDS[1]])
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["r1", "r2", "r2"]
    assert f"{path}:2: not valid JSON" in result.stderr
    assert f"{path}:3: record has no 'text'" in result.stderr
    assert "2 record(s) failed" in result.stderr


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_reads_stdin_and_writes_out(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "-", "--out", str(out)], input="\n".join(RECORDS) + "\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_cli_extract_missing_file_fails(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 1
    assert "absent.jsonl: cannot be read" in result.stderr


GOLD = {"id": "r1", "date": "2021-03-04", "text": "Students marched in Cairo.",
        "events": [{"type": "PROTEST", "source": {"names": ["students"], "country": "EGY", "sector": "CVL"},
                    "target": None, "location": {"names": ["Cairo"], "country": "EGY"}, "date": "2021-03"}],
        "relations": []}


def test_cli_eval_prints_table_for_prediction_file(runner: CliRunner, tmp_path: Path) -> None:
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    pred = _write(tmp_path, "pred.jsonl", [json.dumps({"doc_id": "r1", "type": "PROTEST",
                                                       "source": {"name": "Students"}, "target": None,
                                                       "date": "2021-03-04"})])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.stdout
    assert "events_typed     P=1.000 R=1.000 F1=1.000  (tp=1 fp=0 fn=0)" in result.stdout
    assert "location           accuracy=0.000 over 1 matched events" in result.stdout
    assert "r1: PROTEST location wrong: got null" in result.stderr


@pytest.mark.usefixtures("fake_extractor")
def test_cli_eval_runs_extractor_and_prints_json(runner: CliRunner, tmp_path: Path) -> None:
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["events_full"]["tp"] == 1
    assert scores["attributes"]["date"] == {"accuracy": 1.0, "scored": 1}


@pytest.mark.slow
def test_cli_extract_real_pipeline_emits_valid_contract(runner: CliRunner, tmp_path: Path) -> None:
    records = [
        {"id": "a", "text": "Police fired tear gas at protesters in Baghdad on Friday, killing 3 people.",
         "date": "2019-10-05"},
        {"id": "b", "text": "Russia and Iran signed a defence cooperation agreement in Tehran.", "date": "2021-01-01"},
    ]
    path = _write(tmp_path, "in.jsonl", [json.dumps(record) for record in records])
    result = runner.invoke(app, ["extract", str(path), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        obj = json.loads(line)
        assert obj["doc_id"] in {"a", "b"} and obj["kind"] in {"event", "relation"}


@pytest.mark.parametrize("flag, expect_author", [([], False), (["--all-relations"], True)])
def test_cli_extract_all_relations_adds_author_stances(tmp_path: Path, flag: list[str], expect_author: bool) -> None:
    from typer.testing import CliRunner

    from polemos.cli import app

    text = ("We are against all wars. We oppose the government of Iran and the government of the United "
            "States alike. Neither Washington nor Tehran! Our enemy's enemy is not our friend.")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "date": "2020-01-06", "text": text}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), *flag])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    voices = {line.get("voice") for line in lines if line["kind"] == "relation"}
    assert ("author" in voices) is expect_author


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_bad_bytes_and_deep_nesting_cost_one_line(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    deep = '{"id": "deep", "text": "x", "more": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_bytes(b"\n".join([RECORDS[0].encode(), b'{"id": "bad", "text": "caf\xe9"}', deep.encode(),
                                 RECORDS[1].encode()]) + b"\n")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["r1", "r2", "r2"]
    assert f"{path}:2: not valid UTF-8 (byte 0xe9" in result.stderr
    assert f"{path}:3: JSON nested too deeply" in result.stderr
    assert "2 record(s) failed" in result.stderr


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_warns_on_missing_and_repeated_ids_never_colliding(runner: CliRunner, tmp_path: Path) -> None:
    path = _write(tmp_path, "in.jsonl", [
        '{"text": "Workers struck in Lagos."}',  # line 1: id "1" is free
        '{"text": "Farmers marched in Delhi."}',  # line 2: id "2" is taken below, so "line-2"
        '{"id": "2", "text": "Students marched in Cairo."}',
        '{"id": "2", "text": "Doctors marched in Tunis."}',
    ])
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["1", "line-2", "2", "2"]
    assert f"warning: {path}:1: record has no 'id'; its lines use id '1'" in result.stderr
    assert f"{path}:2: record has no 'id'; its lines use id 'line-2'" in result.stderr
    assert f"{path}:4: id '2' repeats the id of line 3" in result.stderr


@pytest.mark.usefixtures("fake_extractor")
def test_cli_extract_plain_text_on_stdin_is_one_document(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-"], input="Students marched in Cairo.\nThey were many.\n")
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert line["doc_id"] == "stdin" and line["evidence"][0]["text"].startswith("Students marched")
