"""Golden-file tests: the full extraction output on small fixed inputs must not change unnoticed.

Regenerate with `python scripts/update_golden.py` (see tests/README.md) and review the diff.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from polemos.errors import InputError
from polemos.io.contract import canonical_json, extract_records, read_records
from polemos.nlp.extractor import Extractor

GOLDEN = Path(__file__).resolve().parent / "golden"
DATA_EVAL = Path(__file__).resolve().parent / "data" / "eval"
UPDATE = "python scripts/update_golden.py"


def _cases() -> list[str]:
    """Golden cases: every tests/golden/<case>.jsonl input, plus each <case>.events.jsonl whose input is in tests/data/eval."""
    inputs = {p.name[: -len(".jsonl")] for p in GOLDEN.glob("*.jsonl") if not p.name.endswith(".events.jsonl")}
    outputs = {p.name[: -len(".events.jsonl")] for p in GOLDEN.glob("*.events.jsonl")}
    return sorted(inputs | outputs)


def _input_path(case: str) -> Path:
    local = GOLDEN / f"{case}.jsonl"
    return local if local.exists() else DATA_EVAL / f"{case}.jsonl"


def _records(path: Path) -> list[dict[str, Any]]:
    items = list(read_records(path))
    bad = [str(item) for item in items if isinstance(item, InputError)]
    assert not bad, f"golden input has bad records: {bad}"
    return [item for item in items if not isinstance(item, InputError)]


def test_golden_cases_exist() -> None:
    assert len(_cases()) >= 5
    for case in _cases():
        if (GOLDEN / f"{case}.jsonl").exists():
            assert (GOLDEN / f"{case}.events.jsonl").exists(), f"no expected output for {case}; run {UPDATE} {case}"


@pytest.mark.slow
@pytest.mark.parametrize("case", _cases())
def test_golden_extraction_unchanged(case: str, nlp: Any) -> None:
    source, expected_path = _input_path(case), GOLDEN / f"{case}.events.jsonl"
    if not expected_path.exists():
        pytest.fail(f"{expected_path.name} is missing; run `{UPDATE} {case}`")
    actual = [canonical_json(obj) for obj in extract_records(_records(source), extractor=Extractor(nlp=nlp))]
    expected = [canonical_json(json.loads(line)) for line in expected_path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    if actual != expected:
        diff = "\n".join(difflib.unified_diff(
            expected, actual, fromfile=f"golden/{expected_path.name}", tofile="extracted now", lineterm=""))
        pytest.fail(f"extraction output changed for case {case!r}; if intended, run `{UPDATE} {case}` "
                    f"and commit the new file.\n{diff}", pytrace=False)
