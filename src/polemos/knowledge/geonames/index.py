"""Open the GeoNames index (building it when missing or unreadable) and look places up by name."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from polemos.errors import PolemosError
from polemos.knowledge.geonames.build import SCHEMA_VERSION, BuildReport, build_index, default_index_path
from polemos.knowledge.geonames.models import Candidate, GeoPlace
from polemos.knowledge.geonames.text import fold_cached

log = logging.getLogger(__name__)

_COLUMNS = ("id, name, ascii, country, admin1_code, admin1, admin2_code, admin2, lat, lon, population, fclass, "
            "fcode, precision, common")


class IndexUnreadable(PolemosError):
    """The index file is missing, incomplete or not an index of this version."""


def _place(row: tuple[object, ...]) -> GeoPlace:
    values = list(row[:14]) + [bool(row[14])]
    return GeoPlace(*values)  # type: ignore[arg-type]


class GeoIndex:
    """A read-only GeoNames index: places looked up by folded name, by id, countries and capitals.

    ``message`` says how it was opened ("opened ...", or why it was rebuilt); ``build`` is the
    `BuildReport` when this open built it."""

    def __init__(self, path: Path, *, message: str = "", build: BuildReport | None = None) -> None:
        self.path = path
        self.message = message
        self.build = build
        self._local = threading.local()
        # countries, capitals and admin1 units are looked up for nearly every event; the file never
        # changes under an open index, so each answer is kept (a few hundred entries at most)
        self._units: dict[tuple[str, ...], GeoPlace | None] = {}
        self._division_keys: frozenset[str] | None = None
        self.meta = self._check()

    def _connect(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            # immutable: no locks and no journal checks; a rebuild replaces the file, never edits it
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _check(self) -> dict[str, str]:
        if not self.path.exists():
            raise IndexUnreadable(f"{self.path} does not exist")
        try:
            meta = dict(self._connect().execute("SELECT key, value FROM meta").fetchall())
            self._connect().execute("SELECT id FROM places LIMIT 1").fetchall()
            self._connect().execute("SELECT key FROM names LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise IndexUnreadable(f"{self.path} is not a readable index ({exc})") from exc
        if meta.get("complete") != "1" or meta.get("schema") != str(SCHEMA_VERSION):
            self.close()
            raise IndexUnreadable(f"{self.path} is incomplete or of another schema (meta {meta})")
        return meta

    def close(self) -> None:
        """Close this thread's connection."""
        con = getattr(self._local, "con", None)
        if con is not None:
            con.close()
            self._local.con = None

    def lookup(self, name: str) -> list[Candidate]:
        """Every place indexed under the name's folded key (main and alternate names), unranked."""
        key = fold_cached(name)
        if not key:
            return []
        return self._lookup_key(key)

    def _lookup_key(self, key: str) -> list[Candidate]:
        rows = self._connect().execute(
            f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))}, n.alternate FROM names n "
            "JOIN places p ON p.id = n.id WHERE n.key = ?", (key,)).fetchall()
        return [Candidate(_place(r), alternate=bool(r[15])) for r in rows]

    def get(self, place_id: int) -> GeoPlace | None:
        """The place with this id, or None."""
        row = self._connect().execute(f"SELECT {_COLUMNS} FROM places WHERE id = ?", (place_id,)).fetchone()
        return _place(row) if row else None

    def _unit(self, key: tuple[str, ...], sql: str) -> GeoPlace | None:
        if not self._units:
            self._load_units()
        try:
            return self._units[key]
        except KeyError:  # not among the loaded ones: ask (and remember the answer, None included)
            row = self._connect().execute(f"SELECT {_COLUMNS} FROM places WHERE {sql}", key[1:]).fetchone()
            place = self._units[key] = _place(row) if row else None
            return place

    def _load_units(self) -> None:
        """Every country, capital and first-order division in one pass over the table (some 4,400 rows, a few
        hundredths of a second): one query per key scanned the whole table each time (about 20 ms), and
        an article asks for dozens. The same rows as the single queries: a country's most populous PCLI
        entry, the first PPLC and ADM1 entry in table order."""
        rows = self._connect().execute(f"SELECT {_COLUMNS} FROM places WHERE fcode IN ('PCLI', 'PPLC', 'ADM1') "
                                       "ORDER BY rowid").fetchall()
        units: dict[tuple[str, ...], GeoPlace | None] = {}
        for row in rows:
            place = _place(row)
            key: tuple[str, ...] = (place.fcode, place.country or "")
            if place.fcode == "ADM1":
                key += (str(row[4] or ""),)
            if place.fcode == "PCLI" and key in units:
                held = units[key]
                if held is not None and (held.population or 0) >= (place.population or 0):
                    continue
            elif key in units:
                continue
            units[key] = place
        self._units.update(units)

    def division_keys(self) -> frozenset[str]:
        """The folded main names of every country and first- or second-order division (some six thousand),
        which the build lists in the meta table: whether a longer text is such a name is asked for every
        toponym span, and a query over the places table at start-up took a tenth of a second."""
        if self._division_keys is None:
            self._division_keys = frozenset(k for k in self.meta.get("division_keys", "").split("\n") if k)
        return self._division_keys

    def country(self, iso3: str) -> GeoPlace | None:
        """The country entry of an ISO 3166-1 alpha-3 code."""
        return self._unit(("PCLI", iso3), "fcode = 'PCLI' AND country = ? ORDER BY population DESC LIMIT 1")

    def capital(self, iso3: str) -> GeoPlace | None:
        """The capital city of a country, or None."""
        return self._unit(("PPLC", iso3), "fcode = 'PPLC' AND country = ?")

    def admin1(self, iso3: str, code: str) -> GeoPlace | None:
        """The first-order division of a country by its GeoNames admin1 code."""
        return self._unit(("ADM1", iso3, code), "fcode = 'ADM1' AND country = ? AND admin1_code = ?")

def open_index(path: Path | str | None = None, *, rebuild: bool = True, data_dir: Path | None = None,
               cities_file: str = "cities500.json") -> GeoIndex:
    """Open the index at ``path`` (default `default_index_path`); when it is missing, incomplete or corrupt,
    build it there (``rebuild``, from ``data_dir``/``cities_file`` as `build_index` takes them) and say so in
    ``index.message`` and the log, else raise `IndexUnreadable`."""
    target = Path(path) if path is not None else default_index_path()
    try:
        index = GeoIndex(target)
    except IndexUnreadable as exc:
        if not rebuild:
            raise
        why = str(exc)
        # several workers starting at once: the first builds, the others wait for it and open its file
        with build_lock(target):
            try:
                index = GeoIndex(target)
            except IndexUnreadable:
                pass
            else:
                index.message = f"opened the GeoNames index at {target}, built by another process meanwhile"
                return index
            log.warning("GeoNames index unusable (%s); building it, which takes about 20 seconds", why)
            report = build_index(target, data_dir=data_dir, cities_file=cities_file)
            if path is None:
                removed = remove_stale_indexes(target)
                if removed:
                    log.info("removed %d GeoNames index file(s) of older versions from %s", removed, target.parent)
        message = (f"rebuilt the GeoNames index at {target} ({why}): {report.places} places, {report.names} names "
                   f"in {report.seconds:.1f} s")
        log.warning(message)
        return GeoIndex(target, message=message, build=report)
    index.message = f"opened the GeoNames index at {target} ({index.meta.get('places')} places)"
    return index


def remove_stale_indexes(current: Path) -> int:
    """Delete the index files of other versions (``geonames-*.sqlite`` and their lock files) beside
    ``current``: a new release or an edited data file gives a new file name, and the old 30 MB files would
    otherwise pile up in the cache folder. A process still reading an old file keeps its open handle.
    Returns how many index files went."""
    removed = 0
    for old in current.parent.glob("geonames-*.sqlite"):
        if old == current:
            continue
        try:
            old.unlink()
            removed += 1
        except OSError:  # another user's file, or already gone: not ours to insist on
            continue
        lock_path(old).unlink(missing_ok=True)
    return removed


def lock_path(target: Path) -> Path:
    """The lock file beside an index file, held while one process builds it."""
    return target.with_name(target.name + ".lock")


@contextlib.contextmanager
def build_lock(target: Path) -> Iterator[None]:
    """Hold an exclusive lock on the index's lock file (blocking until another builder is done). Where the
    platform has no ``fcntl`` (Windows), concurrent builds stay safe, only duplicated: each renames a
    complete file into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(lock_path(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@lru_cache(maxsize=1)
def load_index() -> GeoIndex:
    """The shared index at the default path, opened (or built) on first use."""
    return open_index()


__all__ = ["GeoIndex", "IndexUnreadable", "build_lock", "load_index", "lock_path", "open_index", "remove_stale_indexes"]
