"""Shared fixtures: temporary databases, the founding document, one spaCy pipeline per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_EVAL = ROOT / "tests" / "data" / "eval"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite file in a temporary folder."""
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    """The founding document with its gold (a copy of the team's seed.jsonl in tests/data/eval)."""
    path = DATA_EVAL / "seed.jsonl"
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The polemos spaCy pipeline, built once per test session."""
    from polemos.nlp import build_pipeline

    return build_pipeline()
