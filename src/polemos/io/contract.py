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


def _read_bytes(path: str | Path) -> tuple[str, bytes]:
    """(display name, content) of a path, ``-`` meaning stdin."""
    if str(path) == "-":
        return "<stdin>", sys.stdin.buffer.read()
    try:
        return str(path), Path(path).read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read ({exc.strerror}); check the path") from exc


def _open_lines(path: str | Path) -> tuple[str, Iterable[str], TextIO | None]:
    """(display name, lines, handle to close) for a path, ``-`` meaning stdin."""
    if str(path) == "-":
        return "<stdin>", sys.stdin, None
    try:
        handle = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115 - closed by the caller's generator
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


def check_record(obj: Any, *, path: str, line: int, id: str | None = None) -> Record:
    """The record with ``id`` as a string (``id``, else the line number, when absent); InputError if unusable."""
    if not isinstance(obj, dict):
        raise InputError(path, f"expected a JSON object, got {type(obj).__name__}", line=line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(path, "record has no 'text' (a non-empty string is required)", line=line)
    try:
        parse_pub_date(obj.get("date"))
    except (ValueError, TypeError):
        raise InputError(
            path, f"field 'date': {obj.get('date')!r} is not an ISO date; use YYYY-MM-DD or null", line=line
        ) from None
    record = dict(obj)
    record["id"] = str(obj["id"]) if obj.get("id") is not None else (id or str(line))
    record["_path"], record["_line"] = path, line  # where it came from, for later error messages
    return record


def _parse_line(raw: bytes, *, name: str, number: int) -> Any:
    """One JSON Lines line as a value; InputError for bad UTF-8, bad JSON or JSON nested too deeply."""
    try:
        line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); "
                               "re-save the file as UTF-8 or fix the line", line=number) from None
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"not valid JSON ({exc.msg} at column {exc.colno})", line=number) from None
    except RecursionError:
        raise InputError(name, "JSON nested too deeply to read; fix or remove the line", line=number) from None


def _looks_like_jsonl(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def read_records(
    path: str | Path, *, on_warning: Callable[[InputError], None] | None = None
) -> Iterator[Record | InputError]:
    """Records ``{id, text, date, ...}`` of a JSON Lines file (``-``: stdin); bad lines come as InputError.

    The file is read as bytes and decoded line by line, so one bad line costs that line only.
    Plain text on stdin is one record (id ``stdin``). A record without an id gets its line number
    when no record of the file has that id (else ``line-N``); missing and repeated ids are passed
    to ``on_warning``.
    """
    name, data = _read_bytes(path)  # here, so an unreadable path fails at the call
    return _records(name, data, stdin=str(path) == "-", on_warning=on_warning)


def _records(
    name: str, data: bytes, *, stdin: bool, on_warning: Callable[[InputError], None] | None
) -> Iterator[Record | InputError]:
    if stdin and data.strip() and not _looks_like_jsonl(data):
        text = data.decode("utf-8", errors="replace")
        if "\ufffd" in text and on_warning is not None:
            on_warning(InputError(name, "stdin is not valid UTF-8; undecodable bytes were replaced by U+FFFD"))
        yield {"id": "stdin", "text": text, "date": None, "_path": name, "_line": 1}
        return
    lines = data.split(b"\n")
    taken: set[str] = set()  # every id the file gives (a first pass, so an invented id never collides)
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            try:
                value = _parse_line(raw, name=name, number=number)
            except InputError:
                continue
            if isinstance(value, dict) and value.get("id") is not None:
                taken.add(str(value["id"]))
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            value = _parse_line(raw, name=name, number=number)
        except InputError as exc:
            yield exc
            continue
        invented = None
        if isinstance(value, dict) and value.get("id") is None:
            invented = str(number) if str(number) not in taken else f"line-{number}"
            while invented in taken:
                invented += "-x"
        try:
            record = check_record(value, path=name, line=number, id=invented)
        except InputError as exc:
            yield exc
            continue
        if on_warning is not None:
            if invented is not None:
                on_warning(InputError(name, f"record has no 'id'; its lines use id {invented!r}", line=number))
            elif record["id"] in seen:
                on_warning(InputError(name, f"id {record['id']!r} repeats the id of line {seen[record['id']]}; "
                                            "both records' lines carry it", line=number))
        seen.setdefault(record["id"], number)
        taken.add(record["id"])
        yield record


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
    on_error: Callable[[InputError], None] | None = None, all_relations: bool = False, explain: bool = False,
    on_dropped: Callable[[list[dict[str, Any]]], None] | None = None,
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(doc id, contract lines) for each record, in input order; with ``explain`` events carry their trace.

    A record the extractor failed on gives no lines and is passed to ``on_error``; ``on_dropped`` receives
    each record's dropped candidates (lines of kind ``dropped``).
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
        if on_dropped is not None:
            on_dropped(extraction.dropped_contract(doc_id))
        yield doc_id, extraction.to_contract(doc_id, all_relations=all_relations, explain=explain)


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
