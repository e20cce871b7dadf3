"""Shared fixtures: temporary databases, the shared eval data, one spaCy pipeline per session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite file in a temporary folder."""
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def seed_record() -> dict[str, Any]:
    """The founding document (../shared/eval/seed.jsonl), skipped where shared/ is absent."""
    path = SHARED_EVAL / "seed.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval/seed.jsonl is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The polemos spaCy pipeline, built once per test session."""
    from polemos.nlp import build_pipeline

    return build_pipeline()
