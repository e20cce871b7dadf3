"""Every decision about a candidate event is recorded with a stable rule id (events/passes.py, the document
stage) and printed by `polemos extract --explain` and `polemos show ID --explain`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from polemos.cli import app
from polemos.nlp.events.passes import PASSES
from polemos.nlp.pipe import make_docs

TEXT = ("Police fired tear gas at demonstrators in Baghdad on Friday, killing at least 18 people. "
        "Officials threatened to arrest the organisers.")


def _doc(nlp: Any, text: str = TEXT) -> Any:
    return nlp(next(make_docs(nlp, [(text, date(2019, 10, 5))])))


def test_trace_passes_are_an_explicit_tuple() -> None:
    assert [p.__name__ for p in PASSES] == ["hosts_and_contents", "modality_and_roles", "share_roles", "costs",
                                           "merge_mentions", "names_back", "convert"]


def test_trace_emitted_event_ends_with_its_trigger_entry(nlp: Any) -> None:
    doc = _doc(nlp)
    fired = next(e for e in doc._.events if e.trigger is not None and e.trigger.text == "fired")
    rules = [(d.rule, d.action) for d in fired.decisions]
    assert ("events.host.cost", "attached") in rules  # "killing" is the firing's cost
    assert rules[-1][1] == "emitted" and rules[-1][0] == fired.rule.split()[0]


def test_trace_dropped_candidates_keep_the_rule_that_dropped_them(nlp: Any) -> None:
    doc = _doc(nlp)
    dropped = {(e.trigger.text, e.decisions[-1].rule) for e in doc._.dropped_events if e.trigger is not None}
    assert ("killing", "events.host.cost") in dropped  # merged into the firing, no event of its own
    assert ("arrest", "events.content.of-trigger") in dropped  # the content of the threat


@pytest.mark.parametrize(("text", "rule", "detail"), [
    ("The government will release the prisoners next week.", "events.retype.intent", "RETREAT->AGREE"),
    ("Protesters burned a police station in Basra.", "events.retype.riot", "ASSAULT->PROTEST"),
])
def test_trace_retypes_are_recorded(nlp: Any, text: str, rule: str, detail: str) -> None:
    (event,) = _doc(nlp, text)._.events
    assert (rule, "retyped", detail) in [(d.rule, d.action, d.detail) for d in event.decisions]
    assert event.decisions[-1].action == "emitted" and event.decisions[-1].detail == event.type


@pytest.mark.slow
def test_trace_extract_explain_prints_traces_and_dropped_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "date": "2019-10-05", "text": TEXT}) + "\n", encoding="utf-8")
    plain = CliRunner().invoke(app, ["extract", str(src)])
    explained = CliRunner().invoke(app, ["extract", str(src), "--explain", "--dropped", str(tmp_path / "d.jsonl")])
    assert plain.exit_code == 0 and explained.exit_code == 0, explained.output
    plain_lines = [json.loads(line) for line in plain.stdout.splitlines()]
    lines = [json.loads(line) for line in explained.stdout.splitlines()]
    assert all("trace" not in line for line in plain_lines)
    assert {line["kind"] for line in lines} <= {"event", "relation"}  # a scorer reading stdout sees only facts
    events = [line for line in lines if line["kind"] == "event"]
    assert events and all(line["trace"] for line in events)
    dropped = [json.loads(line) for line in (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(line["kind"] == "dropped" and line["trace"][-1]["rule"] == "events.host.cost" for line in dropped)
    # without the trace and the dropped lines, --explain prints what the plain run prints
    assert [{k: v for k, v in line.items() if k != "trace"} for line in events] == \
        [line for line in plain_lines if line["kind"] == "event"]


@pytest.mark.slow
def test_trace_show_explain_prints_the_stored_trace(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--db", str(db), "--date", "2019-10-05"]).exit_code == 0
    shown = runner.invoke(app, ["show", "1", "--db", str(db), "--json", "--explain"])
    assert shown.exit_code == 0, shown.output
    trace = json.loads(shown.stdout)["trace"]
    assert trace and trace[-1]["action"] in ("emitted", "merged", "attached", "added", "redated", "relocated")
    plain = runner.invoke(app, ["show", "1", "--db", str(db), "--json"])
    assert "trace" not in json.loads(plain.stdout)
    table = runner.invoke(app, ["show", "1", "--db", str(db), "--explain"], env={"COLUMNS": "120"})
    assert "trace" in table.stdout and "emitted" in table.stdout
