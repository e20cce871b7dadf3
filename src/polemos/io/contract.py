"""The extract contract: reading input records ``{id, text, date}``, running the extractor over them,
and the JSON Lines objects `polemos extract` prints (documented in ``docs/contract.md``)."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from polemos.errors import InputError

if TYPE_CHECKING:
    from polemos.nlp.extractor import Extractor

Record = dict[str, Any]


def _open_lines(path: str | Path) -> tuple[str, Iterable[str], TextIO | None]:
    """(display name, lines, handle to close) for a path, ``-`` meaning stdin."""
    if str(path) == "-":
        return "<stdin>", sys.stdin, None
    try:
        handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed by the caller's generator
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror}); check the path") from exc
    return str(path), handle, handle


def parse_pub_date(value: Any) -> date | None:
    """The publication date of a record (``YYYY-MM-DD``, a longer ISO timestamp, or null)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def check_record(obj: Any, *, path: str, line: int) -> Record:
    """The record with ``id`` as a string (the line number when absent); raises InputError if unusable."""
    if not isinstance(obj, dict):
        raise InputError(path, f"expected a JSON object, got {type(obj).__name__}", line=line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "record has no 'text' (a non-empty string is required)", line=line)
    try:
        parse_pub_date(obj.get("date"))
    except ValueError:
        raise InputError(
            path, f"field 'date': {obj.get('date')!r} is not an ISO date; use YYYY-MM-DD or null", line=line
        ) from None
    record = dict(obj)
    record["id"] = str(obj["id"]) if obj.get("id") is not None else str(line)
    record["_path"], record["_line"] = path, line  # where it came from, for later error messages
    return record


def read_records(path: str | Path) -> Iterator[Record | InputError]:
    """Records ``{id, text, date, ...}`` of a JSON Lines file (``-``: stdin); bad lines come as InputError."""
    name, lines, handle = _open_lines(path)
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                yield InputError(name, f"not valid JSON ({exc.msg} at column {exc.colno})", line=number)
                continue
            try:
                yield check_record(obj, path=name, line=number)
            except InputError as exc:
                yield exc
    finally:
        if handle is not None:
            handle.close()


def read_predictions(path: str | Path) -> Iterator[Any]:
    """Objects of a prediction file; a line that is not JSON comes as None (scored as unreadable)."""
    _, lines, handle = _open_lines(path)
    try:
        for raw in lines:
            if not raw.strip():
                continue
            try:
                yield json.loads(raw)
            except json.JSONDecodeError:
                yield None
    finally:
        if handle is not None:
            handle.close()


def extract_documents(
    records: Iterable[Record], *, extractor: Extractor | None = None, jobs: int = 1, batch_size: int = 32,
    on_error: Callable[[InputError], None] | None = None, all_relations: bool = False,
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(doc id, contract lines) for each record, in input order.

    A record the extractor failed on gives no lines and is passed to ``on_error``.
    """
    if extractor is None:
        from polemos.nlp.extractor import Extractor

        extractor = Extractor()
    pending: deque[Record] = deque()

    def items() -> Iterator[tuple[str, date | None, None]]:
        for record in records:
            pending.append(record)
            yield record["text"], parse_pub_date(record.get("date")), None

    for extraction in extractor.extract_many(items(), batch_size=batch_size, n_process=jobs):
        record = pending.popleft()
        doc_id = str(record["id"])
        if extraction.error is not None and on_error is not None:
            on_error(InputError(str(record.get("_path", "input")), f"record {doc_id!r}: extraction failed "
                                f"({extraction.error})", line=record.get("_line")))
        yield doc_id, extraction.to_contract(doc_id, all_relations=all_relations)


def extract_records(
    records: Iterable[Record], *, extractor: Extractor | None = None, jobs: int = 1
) -> Iterator[dict[str, Any]]:
    """The contract objects (events, then relations) of every record, in input order."""
    for _, lines in extract_documents(records, extractor=extractor, jobs=jobs):
        yield from lines


def canonical_json(obj: Any) -> str:
    """One-line JSON with sorted keys: the form golden files are stored in."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False)


__all__ = [
    "Record", "canonical_json", "check_record", "extract_documents", "extract_records", "parse_pub_date",
    "read_predictions", "read_records",
]
