"""Tests for polemos.evaluate: reading records, the matching rules, and agreement with score.py."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from polemos.errors import InputError
from polemos.evaluate import (
    actor_agrees,
    count_agrees,
    date_agrees,
    format_scores,
    location_agrees,
    max_weight_matching,
    names_agree,
    pair_events,
    relation_agrees,
    score,
)
from polemos.io.contract import read_predictions, read_records

DATA_EVAL = Path(__file__).resolve().parent / "data" / "eval"
# tests/data/eval/score.py is an unchanged copy of the team's shared scorer, shared/eval/score.py
# (documented in shared/eval/README.md, "How it scores"); the gold files beside it (seed, dev_news,
# dev_articles, dev_reports) are copies of the shared/eval files of the same names. polemos.evaluate
# must give exactly its figures. When the shared scorer changes, copy it here again.
SCORER = DATA_EVAL / "score.py"
GOLD_FILES = ("seed.jsonl", "dev_news.jsonl", "dev_articles.jsonl", "dev_reports.jsonl")


def _gold_files() -> list[Path]:
    """The gold files in tests/data/eval (events carry a 'type'), which score.py accepts."""
    found = []
    for path in sorted(DATA_EVAL.glob("*.jsonl")):
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        events = [e for d in docs for e in d.get("events", [])]
        if events and all("type" in e for e in events):
            found.append(path)
    return found


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- reading ---------------------------------------------------------------------------------

def test_evaluate_read_records_yields_records_and_errors(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "Troops shelled the town.", "date": "2020-01-02"}',
        "{not json",
        '{"id": "b", "date": "2020-01-02"}',
        "",
        '{"text": "Police arrested ten people.", "date": null}',
        '{"id": 7, "text": "x", "date": "last week"}',
        "[1, 2]",
    ]
    path = _write(tmp_path, "in.jsonl", "\n".join(lines))
    items = list(read_records(path))
    assert [type(item).__name__ for item in items] == ["dict", "InputError", "InputError", "dict",
                                                     "InputError", "InputError"]
    records = [item for item in items if not isinstance(item, InputError)]
    assert records[0]["id"] == "a" and records[0]["text"] == "Troops shelled the town."
    assert records[1]["id"] == "5"  # no id: the line number stands in
    errors = [item for item in items if isinstance(item, InputError)]
    assert [e.line for e in errors] == [2, 3, 6, 7]
    assert str(errors[0]).startswith(f"{path}:2: not valid JSON")
    assert "'text'" in str(errors[1]) and "'date'" in str(errors[2])


def test_evaluate_read_records_missing_file_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        list(read_records(tmp_path / "absent.jsonl"))


def test_evaluate_read_predictions_marks_bad_lines_none(tmp_path: Path) -> None:
    path = _write(tmp_path, "pred.jsonl", '{"doc_id": "a"}\n\nnope\n[1]\n')
    assert list(read_predictions(path)) == [{"doc_id": "a"}, None, [1]]


# --- matching rules --------------------------------------------------------------------------

@pytest.mark.parametrize(("predicted", "gold_names", "expected"), [
    ("Soleimani", ["Qassem Soleimani"], True),
    ("the United States", ["United States"], True),
    ("Qassem Soleimani's forces", ["Soleimani"], False),  # "soleimani's" is not the word "soleimani"
    ("US", ["United States"], False),
    ("US", ["US"], True),
    ("Iran", ["Iranian targets"], False),
    ("Hezbollah", ["Hezbollah in Lebanon"], True),
    ("Ira", ["Ira Gov"], False),  # containment needs at least 4 characters
    ("", ["x"], False),
    (None, ["x"], False),
    ("U.S.", ["U S"], True),
])
def test_evaluate_names_agree(predicted: Any, gold_names: list[str], expected: bool) -> None:
    assert names_agree(predicted, gold_names) is expected


GOLD_ACTOR = {"names": ["Iraqi security forces"], "country": "IRQ", "sector": "COP|MIL"}


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    ({"name": "security forces", "country": None, "sector": None}, GOLD_ACTOR, True),
    ({"name": "police", "country": "IRQ", "sector": "COP"}, GOLD_ACTOR, True),
    ({"name": "police", "country": "IRQ", "sector": "CVL"}, GOLD_ACTOR, False),
    ([{"name": "x", "country": "USA", "sector": "GOV"}, {"name": "y", "country": "irq", "sector": "mil"}],
     GOLD_ACTOR, True),
    (None, GOLD_ACTOR, False),
    (None, None, True),
    ([], None, True),
    ({"name": "anyone"}, None, False),
    ("IRQ", GOLD_ACTOR, False),
])
def test_evaluate_actor_agrees(predicted: Any, gold: Any, expected: bool) -> None:
    assert actor_agrees(predicted, gold) is expected


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    ("2019-10-04", "2019-10", True),
    ("2019-10", "2019-10-04", False),
    ("2019-11-04", "2019-10", False),
    (None, "2019", False),
    ("2019", None, None),
])
def test_evaluate_date_agrees(predicted: Any, gold: Any, expected: bool | None) -> None:
    assert date_agrees(predicted, gold) is expected


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    ({"low": 18, "best": None, "high": None}, {"low": 18}, True),
    ({"low": 10, "best": 20, "high": None}, {"low": 18, "high": 25}, True),
    ({"low": 10, "best": None, "high": None}, {"low": 18}, False),
    ({"low": None, "best": None, "high": 30}, {"low": 18, "high": 25}, False),
    (None, {"low": 1}, False),
    ({"low": 3, "best": None, "high": None}, None, False),
    (None, None, None),
])
def test_evaluate_count_agrees(predicted: Any, gold: Any, expected: bool | None) -> None:
    assert count_agrees(predicted, gold) is expected


@pytest.mark.parametrize(("predicted", "gold", "expected"), [
    ({"name": "Baghdad", "country": "IRQ"}, {"names": ["Baghdad"], "country": "IRQ"}, True),
    ({"name": "Basra", "country": "IRQ"}, {"names": ["Baghdad"], "country": "IRQ"}, False),
    ({"name": "Basra", "country": "IRQ"}, {"names": [], "country": "IRQ"}, True),
    (None, {"names": ["Baghdad"], "country": "IRQ"}, False),
    (None, None, None),
])
def test_evaluate_location_agrees(predicted: Any, gold: Any, expected: bool | None) -> None:
    assert location_agrees(predicted, gold) is expected


@pytest.mark.parametrize(("kind", "expected"), [("ALLY", True), ("ENEMY", True), ("CONTROLS", False)])
def test_evaluate_relation_symmetry(kind: str, expected: bool) -> None:
    gold = {"type": kind, "a": {"names": ["Russia"]}, "b": {"names": ["Iran"]}}
    swapped = {"type": kind, "a": {"name": "Iran"}, "b": {"name": "Russia"}}
    assert relation_agrees(swapped, gold) is expected


def test_evaluate_pair_events_prefers_actor_agreement() -> None:
    golds: list[dict[str, Any]] = [{"type": "ASSAULT", "source": {"names": ["police"]}, "target": None},
                                   {"type": "ASSAULT", "source": {"names": ["army"]}, "target": None}]
    preds: list[dict[str, Any]] = [{"type": "assault", "source": {"name": "army"}, "target": None},
             {"type": "ASSAULT", "source": {"name": "police"}, "target": None},
             {"type": "PROTEST", "source": None, "target": None}]
    pairs = pair_events(preds, golds)
    assert [(p["source"]["name"], g["source"]["names"][0]) for p, g in pairs] == [("police", "police"),
                                                                                  ("army", "army")]


def test_evaluate_pair_events_accepts_alternative_types() -> None:
    golds: list[dict[str, Any]] = [{"type": "AGREE|SUPPORT", "source": None, "target": None},
                                   {"type": "AGREE", "source": None, "target": None}]
    preds: list[dict[str, Any]] = [{"type": "AGREE", "source": None, "target": None},
                                   {"type": "support", "source": None, "target": None},
                                   {"type": "AGREE|SUPPORT", "source": None, "target": None}]
    pairs = pair_events(preds, golds)
    # the SUPPORT prediction can only take the AGREE|SUPPORT event, which leaves AGREE to AGREE;
    # a prediction typed with the gold's alternatives is no type at all
    assert [(p["type"], g["type"]) for p, g in pairs] == [("support", "AGREE|SUPPORT"), ("AGREE", "AGREE")]


def test_evaluate_pair_events_pairs_as_many_as_possible_before_fit() -> None:
    gold_police = {"type": "AGREE|SUPPORT", "source": {"names": ["police"]}, "target": None}
    golds: list[dict[str, Any]] = [gold_police, {"type": "AGREE", "source": {"names": ["army"]}, "target": None}]
    fits_first = {"type": "AGREE", "source": {"name": "police"}, "target": None}
    only_first = {"type": "SUPPORT", "source": {"name": "nobody"}, "target": None}
    pairs = pair_events([fits_first, only_first], golds)
    assert [(p["source"]["name"], g["source"]["names"][0]) for p, g in pairs] == [("nobody", "police"),
                                                                                  ("police", "army")]


def test_evaluate_pair_events_background_duplicate_takes_no_credit() -> None:
    gold = {"type": "ASSAULT", "source": {"names": ["army"]}, "target": {"names": ["villagers"]},
            "date": "2020-03-01", "location": {"names": ["Idlib"], "country": "SYR"}, "killed": {"low": 5}}
    background = {"type": "ASSAULT", "source": {"name": "army"}, "target": [{"name": "villagers"}],
                  "date": "2012-01-01", "location": None, "killed": None}
    described = {"type": "ASSAULT", "source": {"name": "army"}, "target": [{"name": "villagers"}],
                 "date": "2020-03-01", "location": {"name": "Idlib"}, "killed": {"low": 5}}
    assert pair_events([background, described], [gold]) == [(described, gold)]
    # actors outweigh date, place and counts together
    wrong_actors = dict(described, source={"name": "rebels"})
    assert pair_events([wrong_actors, background], [gold]) == [(background, gold)]


def _best_total(weight: list[list[int]], row: int = 0, taken: frozenset[int] = frozenset()) -> int:
    """The largest total of allowed (non-zero) weights over one-to-one pairings, by brute force."""
    if row == len(weight):
        return 0
    best = _best_total(weight, row + 1, taken)
    for col, w in enumerate(weight[row]):
        if w and col not in taken:
            best = max(best, w + _best_total(weight, row + 1, taken | {col}))
    return best


@pytest.mark.parametrize("seed", range(12))
def test_evaluate_max_weight_matching_is_optimal(seed: int) -> None:
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    weight = [[rng.choice([0, 0, rng.randint(1, 40)]) for _ in range(cols)] for _ in range(rows)]
    pairs = max_weight_matching(weight)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    assert all(weight[i][j] > 0 for i, j in pairs)
    assert sum(weight[i][j] for i, j in pairs) == _best_total(weight)


def test_evaluate_max_weight_matching_empty() -> None:
    assert max_weight_matching([]) == [] and max_weight_matching([[]]) == []
    assert max_weight_matching([[0, 0]]) == []


def test_evaluate_score_counts_and_attributes() -> None:
    gold = [{"id": "d1", "events": [
        {"type": "ASSAULT", "source": {"names": ["police"]}, "target": {"names": ["protesters"]},
         "location": {"names": ["Cairo"], "country": "EGY"}, "date": "2020-01", "killed": {"low": 3}},
        {"type": "PROTEST", "source": {"names": ["protesters"]}, "target": None, "location": None, "date": None},
    ], "relations": [{"type": "ENEMY", "a": {"names": ["Egypt"]}, "b": {"names": ["Sudan"]}}]}]
    preds = [
        {"doc_id": "d1", "kind": "event", "type": "ASSAULT", "source": {"name": "police"},
         "target": [{"name": "the protesters"}], "location": {"name": "Giza", "country": "EGY"},
         "date": "2020-01-05", "killed": {"low": 3, "best": None, "high": None}, "injured": {"low": 2}},
        {"doc_id": "d1", "kind": "event", "type": "THREATEN", "source": None, "target": None},
        {"doc_id": "d1", "kind": "relation", "type": "ENEMY", "a": {"name": "Sudan"}, "b": {"name": "Egypt"}},
        {"doc_id": "zz", "type": "AID"},
        None,
    ]
    errors: list[str] = []
    result = score(gold, preds, errors=errors)
    assert result["events_typed"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "tp": 1, "fp": 1, "fn": 1}
    assert result["events_full"]["tp"] == 1
    assert result["relations"]["tp"] == 1 and result["relations"]["fp"] == 0
    attrs = {name: value["accuracy"] for name, value in result["attributes"].items()}
    assert attrs == {"source": 1.0, "target": 1.0, "location": 0.0, "location_country": 1.0, "date": 1.0,
                     "killed": 1.0, "injured": 0.0}
    assert result["unreadable_lines"] == 1 and result["predictions_for_unknown_docs"] == 1
    assert "d1: missed PROTEST" in errors and "d1: extra THREATEN" in errors
    assert "unreadable lines: 1" in format_scores(result)


# --- agreement with the shared scorer --------------------------------------------------------

def _pred_actor(rng: random.Random, gold: dict[str, Any] | None) -> Any:
    """A predicted actor near a gold one: right or wrong name/codes, sometimes a list or null."""
    if gold is None:
        return rng.choice([None, None, {"name": "somebody", "country": "FRA", "sector": "GOV"}])
    names = gold.get("names") or ["unknown"]
    country = (gold.get("country") or "").split("|")[0] or None
    sector = (gold.get("sector") or "").split("|")[0] or None
    roll = rng.random()
    if roll < 0.4:
        actor = {"name": rng.choice(names), "country": country, "sector": sector}
    elif roll < 0.55:
        actor = {"name": "The " + rng.choice(names).upper() + "!", "country": None, "sector": None}
    elif roll < 0.7:
        actor = {"name": "someone else", "country": country, "sector": rng.choice([sector, "UNK"])}
    elif roll < 0.85:
        return [{"name": "bystanders", "country": "XXX", "sector": "CVL"},
                {"name": rng.choice(names), "country": None, "sector": None}]
    else:
        return None
    return actor


def _perturbed_predictions(golds: list[dict[str, Any]], seed: int) -> list[str]:
    """Prediction lines derived from gold with random errors of every kind the scorer tells apart."""
    rng = random.Random(seed)
    lines: list[str] = []
    types = ["ASSAULT", "PROTEST", "COERCE", "THREATEN", "AGREE", "CONSULT"]
    for doc in golds:
        doc_id = str(doc["id"])
        events = list(doc.get("events", []))
        if rng.random() < 0.1 and events:  # duplicates compete for one gold event
            events = events + [dict(events[0]) for _ in range(8)]
        for gold in events:
            if rng.random() < 0.15:
                continue  # missed
            loc = gold.get("location")
            pred = {
                "doc_id": doc_id, "kind": "event",
                "type": rng.choice(gold["type"].split("|")) if rng.random() < 0.8 else rng.choice(types),
                "source": _pred_actor(rng, gold.get("source")),
                "target": _pred_actor(rng, gold.get("target")),
                "location": rng.choice([
                    None,
                    {"name": rng.choice((loc or {}).get("names") or ["Nowhere"]), "country": (loc or {}).get("country")},
                    {"name": "Elsewhere", "country": (loc or {}).get("country") or "USA"},
                ]),
                "date": rng.choice([gold.get("date"), (gold.get("date") or "2001") + "-01", "1999-01-01", None]),
            }
            for key in ("killed", "injured", "arrested"):
                low = (gold.get(key) or {}).get("low")
                pred[key] = rng.choice([None, {"low": low, "best": None, "high": None},
                                        {"low": None, "best": (low or 0) + rng.choice([0, 1, 50]), "high": None}])
            lines.append(json.dumps(pred))
        for _ in range(rng.choice([0, 0, 1, 2])):
            lines.append(json.dumps({"doc_id": doc_id, "type": rng.choice(types), "source": None, "target": None}))
        for rel in doc.get("relations", []):
            if rng.random() < 0.2:
                continue
            a, b = _pred_actor(rng, rel["a"]), _pred_actor(rng, rel["b"])
            if rng.random() < 0.5:
                a, b = b, a
            lines.append(json.dumps({"doc_id": doc_id, "kind": "relation",
                                     "type": rel["type"] if rng.random() < 0.85 else "ALLY", "a": a, "b": b}))
    lines += ["this is not JSON", json.dumps({"no": "doc id"}),
              json.dumps({"doc_id": "not-a-gold-doc", "type": "AID", "source": None, "target": None})]
    rng.shuffle(lines)
    return lines


def _shared_scorer(gold_path: Path, pred_path: Path) -> tuple[dict[str, Any], list[str]]:
    """The copied shared scorer's JSON figures and its error lines on a gold and a prediction file."""
    run = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json", "--show-errors"],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout), [line for line in run.stderr.splitlines() if line]


def _read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.parametrize("gold_path", _gold_files(), ids=lambda p: p.name)
@pytest.mark.parametrize("seed", [1, 2])
def test_evaluate_score_equals_shared_scorer(gold_path: Path, seed: int, tmp_path: Path) -> None:
    golds = _read_gold(gold_path)
    pred_path = _write(tmp_path, "pred.jsonl", "\n".join(_perturbed_predictions(golds, seed)) + "\n")
    expected, expected_errors = _shared_scorer(gold_path, pred_path)
    errors: list[str] = []
    ours = score(golds, read_predictions(pred_path), errors=errors)
    assert ours == expected
    assert errors == expected_errors


@pytest.mark.slow
@pytest.mark.parametrize("name", ["seed.jsonl", "dev_news.jsonl", "dev_reports.jsonl"])
def test_evaluate_score_equals_shared_scorer_on_extractor_output(name: str, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from polemos.io.contract import extract_records
    from polemos.nlp.extractor import Extractor

    golds = _read_gold(DATA_EVAL / name)
    predictions = list(extract_records(golds, extractor=Extractor(nlp=nlp)))
    assert predictions, "the extractor found nothing to score"
    pred_path = _write(tmp_path, "pred.jsonl", "".join(json.dumps(p) + "\n" for p in predictions))
    expected, expected_errors = _shared_scorer(DATA_EVAL / name, pred_path)
    errors: list[str] = []
    assert score(golds, read_predictions(pred_path), errors=errors) == expected
    assert errors == expected_errors


def test_evaluate_gold_files_are_in_tests_data() -> None:
    assert SCORER.is_file()
    assert {p.name for p in _gold_files()} == set(GOLD_FILES)
    alternatives = [e["type"] for p in _gold_files() for d in _read_gold(p) for e in d["events"] if "|" in e["type"]]
    assert alternatives, "the copied gold has event types with alternatives (AGREE|SUPPORT) to score"
