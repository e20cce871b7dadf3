"""CLI: every command's --help, and ingest/docs/events/show/export/demo end to end (fake extractor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fakes import FakeExtractor
from typer.testing import CliRunner

from polemos.cli import app

runner = CliRunner()

KENYA = ("Kenyan police fired tear gas at protesters in Nairobi on Wednesday. At least six people were killed "
         "and more than 50 injured, rights groups said. Russia is an ally of Belarus.")


@pytest.fixture(autouse=True)
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline builds `polemos.nlp.extractor.Extractor` lazily: replace it so no model loads."""
    monkeypatch.setattr("polemos.nlp.extractor.Extractor", FakeExtractor)
    monkeypatch.delenv("POLEMOS_DB", raising=False)


@pytest.mark.parametrize("command", [
    [], ["ingest"], ["docs"], ["events"], ["show"], ["export"], ["demo"], ["extract"], ["eval"], ["network"],
    ["kb"]])
def test_cli_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def ingest(db: Path, *paths: str, extra: tuple[str, ...] = ()) -> object:
    return runner.invoke(app, ["ingest", *paths, "--db", str(db), *extra])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kenya.txt").write_text(KENYA, encoding="utf-8")
    (folder / "wire.jsonl").write_text(json.dumps({"id": "w1", "text": "Talks resumed in Doha.",
                                                   "date": "2022-11-21", "title": "Doha"}) + "\n")
    return folder


def test_cli_ingest_then_reingest(corpus: Path, db_path: Path) -> None:
    first = ingest(db_path, str(corpus), extra=("--date", "2023-07-13"))
    assert first.exit_code == 0, first.output  # type: ignore[attr-defined]
    assert "stored" in first.output and "2" in first.output  # type: ignore[attr-defined]
    again = ingest(db_path, str(corpus))
    assert again.exit_code == 0 and "Nothing new" in again.output  # type: ignore[attr-defined]


def test_cli_ingest_bad_input_exit_code(corpus: Path, db_path: Path) -> None:
    (corpus / "bin.txt").write_bytes(b"\x00\x01\x02")
    (corpus / "bad.jsonl").write_text('{"text": "ok one."}\n{oops\n')
    result = ingest(db_path, str(corpus))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    out = result.output  # type: ignore[attr-defined]
    assert "bin.txt: binary file" in out and "bad.jsonl:2: malformed JSON" in out
    assert "failed" in out
    docs = runner.invoke(app, ["docs", "--db", str(db_path), "--json"])
    assert len(docs.output.splitlines()) == 3  # the good documents were stored all the same


def test_cli_ingest_bad_date(corpus: Path, db_path: Path) -> None:
    result = ingest(db_path, str(corpus), extra=("--date", "yesterday"))
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output  # type: ignore[attr-defined]


def test_cli_ingest_stdin_and_json_report(db_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "-", "--db", str(db_path), "--json", "--source", "https://s.example/x"],
                           input=KENYA)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["stored"] == 1 and report["events"] == 1 and report["documents"][0]["source"] == "https://s.example/x"


def test_cli_docs_events_show_export(corpus: Path, db_path: Path, tmp_path: Path) -> None:
    assert ingest(db_path, str(corpus)).exit_code == 0  # type: ignore[attr-defined]
    docs = [json.loads(line) for line in runner.invoke(app, ["docs", "--db", str(db_path), "--json"]).output.splitlines()]
    assert {d["id"] for d in docs} >= {"w1"} and set(docs[0]) >= {"id", "title", "source", "date", "status"}
    table = runner.invoke(app, ["docs", "--db", str(db_path)])
    assert table.exit_code == 0 and "w1" in table.output

    events = runner.invoke(app, ["events", "--db", str(db_path), "--json", "--type", "ASSAULT", "--country", "KEN"])
    (event,) = [json.loads(line) for line in events.output.splitlines()]
    assert event["type"] == "ASSAULT" and event["source"]["name"] == "police"
    assert runner.invoke(app, ["events", "--db", str(db_path), "--json", "--actor", "nobody"]).output == ""
    shown = runner.invoke(app, ["events", "--db", str(db_path), "--from", "2023-01-01", "--to", "2023-12-31"])
    assert shown.exit_code == 0 and " 1 event " in shown.output

    show = runner.invoke(app, ["show", str(event["id"]), "--db", str(db_path)])
    assert show.exit_code == 0 and "fired tear gas" in show.output and "police" in show.output
    missing = runner.invoke(app, ["show", "9999", "--db", str(db_path)])
    assert missing.exit_code == 1 and "no event with id 9999" in missing.output

    out = tmp_path / "events.csv"
    exported = runner.invoke(app, ["export", "--format", "csv", "--out", str(out), "--db", str(db_path)])
    assert exported.exit_code == 0 and out.read_text().startswith("id,doc_id,type")
    stdout = runner.invoke(app, ["export", "--db", str(db_path)])
    assert json.loads(stdout.output.splitlines()[0])["type"] == "ASSAULT"
    bad = runner.invoke(app, ["export", "--format", "xml", "--db", str(db_path)])
    assert bad.exit_code == 2 and "choose one of" in bad.output


def test_cli_db_from_environment(corpus: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLEMOS_DB", str(db_path))
    assert runner.invoke(app, ["ingest", str(corpus)]).exit_code == 0
    assert db_path.exists()


def test_cli_demo(db_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "exact duplicates" in result.output and "events" in result.output
    assert "ASSAULT" in result.output  # the fake extractor's events from the sample texts
    assert "most important" in result.output and "By country" in result.output
    assert len(result.output.splitlines()) < 90  # a summary, not every row


def test_cli_version() -> None:
    from polemos import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"polemos {__version__}"


@pytest.mark.parametrize("command", [["events"], ["docs"], ["network"], ["show", "1"]])
def test_cli_json_is_shown_as_a_flag(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert "--json" in result.output and "<bool>" not in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--type", "ATTACK"], "not a PLOVER type"), (["--country", "Atlantis"], "country="),
    (["--from", "yesterday"], "--from='yesterday'"), (["--from", "2023-13-01"], "--from='2023-13-01'"),
    (["--to", "2023-02-30"], "--to="), (["--from", "2024", "--to", "2023"], "swap them"),
])
@pytest.mark.parametrize("command", ["events", "export", "network"])
def test_cli_bad_filter_is_refused(corpus: Path, db_path: Path, command: str, args: list[str], message: str) -> None:
    assert ingest(db_path, str(corpus)).exit_code == 0  # type: ignore[attr-defined]
    if command == "network" and args[0] in ("--type", "--country"):
        return  # network filters by date and actor only
    result = runner.invoke(app, [command, "--db", str(db_path), *args])
    assert result.exit_code == 2 and message in " ".join(result.output.split()), result.output


def test_cli_country_name_resolves_to_its_code(corpus: Path, db_path: Path) -> None:
    assert ingest(db_path, str(corpus)).exit_code == 0  # type: ignore[attr-defined]
    by_name = runner.invoke(app, ["events", "--db", str(db_path), "--json", "--country", "Kenya"]).output
    assert by_name and by_name == runner.invoke(app, ["events", "--db", str(db_path), "--json", "-c", "ken"]).output


@pytest.mark.parametrize("command", [["events"], ["show", "1"], ["export"], ["network"], ["serve"]])
def test_cli_read_commands_refuse_a_missing_database(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 2 and "no database at" in result.output and not missing.exists()


@pytest.mark.parametrize("columns", [80, 120])
def test_cli_events_table_fits_without_splitting_words(corpus: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       columns: int) -> None:
    assert ingest(db_path, str(corpus)).exit_code == 0  # type: ignore[attr-defined]
    monkeypatch.setenv("COLUMNS", str(columns))
    from polemos.cli import _app, events

    monkeypatch.setattr(_app.console, "_width", columns)
    monkeypatch.setattr(events.console, "_width", columns)
    output = runner.invoke(app, ["events", "--db", str(db_path)]).output
    lines = output.splitlines()
    assert max(len(line) for line in lines) <= columns
    assert "2023-07-12" in output and "ASSAULT" in output and "Nairobi" in output  # whole, never split
    assert ("injured" in output.split("toll:")[0]) == (columns >= 110)  # one "toll" column when narrow


def test_cli_export_filters_and_date_column(corpus: Path, db_path: Path) -> None:
    import csv
    import io

    assert ingest(db_path, str(corpus)).exit_code == 0  # type: ignore[attr-defined]
    out = runner.invoke(app, ["export", "--db", str(db_path), "-f", "csv", "--actor", "police", "--from", "2023"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert rows and all(r["date"] == "2023-07-12" and r["date_precision"] == "day" for r in rows)
    none = runner.invoke(app, ["export", "--db", str(db_path), "--type", "AID"])
    assert none.exit_code == 0 and none.output == ""


def test_cli_docs_refuses_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    result = CliRunner().invoke(app, ["docs", "--db", str(missing)])
    assert result.exit_code == 2 and "no database" in result.output
    assert not missing.exists()
