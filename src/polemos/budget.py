"""A time budget per document: extraction runs in a worker process that is stopped when a document
takes too long, so one pathological text fails alone and the batch goes on.

The worker is forked from this process once the pipeline is loaded, so it shares the model
(copy-on-write) and starts in milliseconds; each document then costs one round trip over a
pipe. Where ``fork`` is not available the extractor runs in this process, without a budget.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Sequence
from datetime import date
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Protocol, Self

from polemos.errors import ConfigError
from polemos.models import Extraction

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

Span = tuple[int, int]


class ExtractorLike(Protocol):
    """What the pipeline needs of an extractor (``polemos.nlp.extractor.Extractor`` or a test double)."""

    def extract(
        self, text: str, *, pub_date: date | None = None, skip: Sequence[tuple[int, int]] | None = None
    ) -> Extraction: ...

#: Seconds one document may take by default (an ordinary article takes well under one).
DEFAULT_TIME_BUDGET = 300.0
#: Environment variable that sets the budget (seconds; 0 or "none" for no budget).
TIME_BUDGET_ENV = "POLEMOS_TIME_BUDGET"


def time_budget(value: float | str | None = None) -> float | None:
    """The budget in seconds: ``value``, else ``$POLEMOS_TIME_BUDGET``, else the default; None: no budget."""
    raw: float | str | None = value if value is not None else os.environ.get(TIME_BUDGET_ENV)
    if raw is None or raw == "":
        return DEFAULT_TIME_BUDGET
    if isinstance(raw, str) and raw.strip().lower() in ("none", "off"):
        return None
    try:
        seconds = float(raw)
    except ValueError as exc:
        raise ConfigError(f"time budget {raw!r} (from {TIME_BUDGET_ENV} or --time-budget) is not a number of "
                          "seconds; give e.g. 300, or 0 for none") from exc
    if seconds < 0:
        raise ConfigError(f"time budget {seconds:g} is negative; give seconds, or 0 for none")
    return seconds or None


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (even by SIGKILL), so none is left behind."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _serve(extractor: ExtractorLike, conn: Connection, parent_end: Connection) -> None:
    """The worker's loop: (text, pub_date, skip) in, ("ok", Extraction) or ("error", message) out."""
    parent_end.close()  # only the parent holds that end, so the worker sees EOF when the parent is gone
    _die_with_parent()
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        text, pub_date, skip = item
        result: tuple[str, Any]
        try:
            result = ("ok", extractor.extract(text, pub_date=pub_date, skip=skip))
        except BaseException as exc:  # noqa: BLE001  # everything becomes the document's error
            result = ("error", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(result)
        except Exception as exc:  # noqa: BLE001  # e.g. a result that cannot be pickled
            conn.send(("error", f"the result could not be passed back ({type(exc).__name__}: {exc})"))


class BudgetedExtractor:
    """Runs ``extractor`` in a forked worker; a document over ``seconds`` gets an ``Extraction.error``."""

    def __init__(self, extractor: ExtractorLike, *, seconds: float | None = DEFAULT_TIME_BUDGET) -> None:
        self.extractor = extractor
        self.seconds = seconds
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    @property
    def enforced(self) -> bool:
        """Whether documents run in a worker that can be stopped."""
        return self.seconds is not None and sys.platform.startswith("linux")

    def _start(self) -> Connection:
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(self.extractor, child, parent), daemon=True,
                                  name="polemos-extract")
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = None

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[Span] | None = None) -> Extraction:
        """The extraction of one text, or one whose ``error`` says the budget ran out or the worker failed."""
        if not self.enforced:
            return self.extractor.extract(text, pub_date=pub_date, skip=skip)
        assert self.seconds is not None
        conn = self._conn if self._process is not None and self._process.is_alive() else None
        if conn is None:
            self._stop()
            conn = self._start()
        try:
            conn.send((text, pub_date, list(skip) if skip is not None else None))
            if not conn.poll(self.seconds):
                self._stop()
                return Extraction(error=f"over the time budget of {self.seconds:g} s per document (stopped); "
                                        f"raise it with --time-budget or {TIME_BUDGET_ENV} if the text is sound")
            kind, value = conn.recv()
        except (EOFError, OSError) as exc:
            code = self._process.exitcode if self._process is not None else None
            self._stop()
            return Extraction(error=f"the extraction worker died (exit code {code}, {type(exc).__name__}); "
                                    "the text may need more memory than is free")
        if kind == "error":
            return Extraction(error=str(value))
        assert isinstance(value, Extraction)
        return value

    def close(self) -> None:
        """Stop the worker."""
        if self._conn is not None and self._process is not None and self._process.is_alive():
            try:
                self._conn.send(None)
                self._process.join(2)
            except OSError:
                pass
        self._stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["DEFAULT_TIME_BUDGET", "TIME_BUDGET_ENV", "BudgetedExtractor", "time_budget"]
