"""Exporters: stored events out as JSON Lines (the contract), flat CSV, or Parquet.

``EXPORTERS`` maps a format name to a function ``(events, out) -> None``; other code may add one.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from polemos.errors import ConfigError
from polemos.query import EventFilters, open_existing, read_filters, search_events, sort_events
from polemos.store import Database

Exporter = Callable[[list[dict[str, Any]], "str | Path | IO[str]"], None]

_ROLE_FIELDS = ("names", "countries", "sectors", "actor_ids")
_COUNT_KINDS = ("killed", "injured", "arrested")

#: Columns of the flat (CSV/Parquet) form, with their Parquet types.
FLAT_COLUMNS: dict[str, str] = {
    "id": "int64", "doc_id": "string", "type": "string", "mode": "string", "modality": "string",
    **{f"{role}_{f}": "string" for role in ("source", "target") for f in _ROLE_FIELDS},
    "location_name": "string", "location_country": "string", "location_admin1": "string",
    "location_lat": "float64", "location_lon": "float64", "location_precision": "string",
    "date": "string", "date_precision": "string", "date_source": "string",
    **{f"{kind}_{b}": "int64" for kind in _COUNT_KINDS for b in ("low", "best", "high")},
    "trigger": "string", "rule": "string", "evidence_text": "string", "evidence_start": "int64",
    "evidence_end": "int64", "doc_title": "string", "doc_url": "string", "doc_date": "string",
}


def _actors(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return [value] if isinstance(value, dict) else list(value)


def _joined(values: list[Any]) -> str | None:
    """Values joined with ';' (empty ones kept as '' so positions line up), or None when all are empty."""
    if not any(v for v in values):
        return None
    return ";".join("" if v is None else str(v) for v in values)


def precision_of(value: str | None) -> str | None:
    """The precision an ISO date is written at: year, month or day."""
    return {4: "year", 7: "month", 10: "day"}.get(len(value or "")) if value else None


def shown_date(event: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """The date an event is shown with (its own, else its document's, as the CLI and web show it), its
    precision, and where it came from ("event" or "document")."""
    if event.get("date"):
        return event["date"], event.get("date_precision") or precision_of(event["date"]), "event"
    if event.get("doc_date"):
        return event["doc_date"], precision_of(event["doc_date"]), "document"
    return None, None, None


def flatten(event: dict[str, Any], *, doc_url: str | None = None) -> dict[str, Any]:
    """One event dict as a flat row of ``FLAT_COLUMNS`` (``date`` as shown elsewhere: the event's, else the
    document's, with ``date_precision`` and ``date_source`` saying which)."""
    row: dict[str, Any] = {k: event.get(k) for k in ("id", "doc_id", "type", "mode", "modality", "trigger",
                                                      "rule", "doc_title", "doc_date")}
    row["date"], row["date_precision"], row["date_source"] = shown_date(event)
    for role in ("source", "target"):
        actors = _actors(event.get(role))
        for f, key in zip(_ROLE_FIELDS, ("name", "country", "sector", "actor_id")):
            row[f"{role}_{f}"] = _joined([a.get(key) for a in actors])
    place = event.get("location") or {}
    for key in ("name", "country", "admin1", "lat", "lon", "precision"):
        row[f"location_{key}"] = place.get(key)
    for kind in _COUNT_KINDS:
        claim = event.get(kind) or {}
        for bound in ("low", "best", "high"):
            row[f"{kind}_{bound}"] = claim.get(bound)
    evidence = event.get("evidence") or []
    row["evidence_text"] = " … ".join(e["text"] for e in evidence) or None
    row["evidence_start"] = min((e["start"] for e in evidence), default=None)
    row["evidence_end"] = max((e["end"] for e in evidence), default=None)
    row["doc_url"] = doc_url
    return {col: row.get(col) for col in FLAT_COLUMNS}


@contextmanager
def _text_out(out: str | Path | IO[str], *, newline: str | None = None) -> Iterator[IO[str]]:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
    else:
        yield out


def write_jsonl(events: list[dict[str, Any]], out: str | Path | IO[str]) -> None:
    """One JSON object per event: the contract shape plus id, doc_date, doc_title, doc_url."""
    with _text_out(out) as handle:
        for ev in events:
            handle.write(json.dumps(ev, ensure_ascii=False) + "\n")


def write_csv(events: list[dict[str, Any]], out: str | Path | IO[str]) -> None:
    """A header and one flat row per event (actors of a role joined with ';')."""
    with _text_out(out, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(FLAT_COLUMNS), lineterminator="\n")
        writer.writeheader()
        for ev in events:
            writer.writerow(flatten(ev, doc_url=ev.get("doc_url")))


def write_parquet(events: list[dict[str, Any]], out: str | Path | IO[str]) -> None:
    """A Parquet file of the flat rows, with typed columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(out, (str, Path)):
        raise ConfigError("Parquet is a binary format: give a file with --out")
    rows = [flatten(ev, doc_url=ev.get("doc_url")) for ev in events]
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in FLAT_COLUMNS.items()])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, str(out))


EXPORTERS: dict[str, Exporter] = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}


def export_events(
    db: Database | str | Path, *, format: str, out: str | Path | IO[str], filters: EventFilters | None = None,
    **store_filters: Any,
) -> int:
    """Write the stored events the filters select (as ``polemos events`` selects them, in id order) in a
    format; returns how many. ``store_filters`` are ``Database.events`` keywords, checked the same way."""
    exporter = EXPORTERS.get(format.lower())
    if exporter is None:
        raise ConfigError(f"unknown export format {format!r}; choose one of: {', '.join(sorted(EXPORTERS))}")
    chosen = filters if filters is not None else read_filters(**store_filters)
    database = db if isinstance(db, Database) else open_existing(db)
    try:
        urls = {d["id"]: d["url"] for d in database.documents()}
        events = search_events(database.events(**chosen.store_filters()), chosen.q)
        if chosen.sort:
            events = sort_events(events, chosen.sort)
        events = [{**ev, "doc_url": urls.get(ev["doc_id"])} for ev in events]
    finally:
        if database is not db:
            database.close()
    exporter(events, out)
    return len(events)


__all__ = ["EXPORTERS", "FLAT_COLUMNS", "Exporter", "export_events", "flatten", "precision_of", "shown_date", "write_csv", "write_jsonl",
           "write_parquet"]
