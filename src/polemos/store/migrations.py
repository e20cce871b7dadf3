"""Schema and numbered migrations of the store (SQLAlchemy Core, portable SQL only).

Each migration is applied once, in order, and recorded in ``schema_migrations``. Add a change
as a new numbered function appended to ``MIGRATIONS``; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
    text,
    update,
)

metadata = MetaData()

schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True),
    Column("pipeline_version", String(40), nullable=False),
    Column("command", String(200)),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("stats", Text),  # JSON
)

documents = Table(
    "documents", metadata,
    Column("id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("date", String(10)),  # ISO date: kept as text so every backend compares it the same way
    Column("url", Text),
    Column("source", Text),
    Column("site", Text),
    Column("format", String(20)),
    Column("line", Integer),
    Column("text", Text, nullable=False),
    Column("n_chars", Integer, nullable=False),
    Column("signature", LargeBinary),
    Column("duplicate_of", String(200), ForeignKey("documents.id")),
    Column("similarity", Float),
    Column("status", String(20), nullable=False),  # extracted | near_duplicate | failed
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("added_at", String(40), nullable=False),
    Column("error", Text),  # why the extraction failed (status failed); migration 2
    Column("extracted_run", Integer),  # the run of the stored extraction; migration 2
    # what the text says of itself (migration 5): context for the body, never events or places
    Column("headline", Text),
    Column("dateline_place", Text),
    Column("dateline_date", Text),  # as written in the dateline ("March 5")
    Column("agency", Text),
    Column("byline", Text),  # the byline in the text, else the page's author (HTML, feeds)
)

passages = Table(
    "passages", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("repeated", Boolean, nullable=False),
    Index("ix_passages_doc", "doc_id"),
)

sentences = Table(
    "sentences", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_sentences_doc", "doc_id"),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sector", String(20)),
    Column("actor_id", String(200)),
    Column("kind", String(40)),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("idx", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("modality", String(20), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("location_admin1", Text),
    Column("location_lat", Float),
    Column("location_lon", Float),
    Column("location_precision", String(20)),
    Column("location_geonameid", Integer),
    # The place's second-order division and GeoNames feature ("P.PPL", "A.ADM1"). Migration 4.
    Column("location_admin2", Text),
    Column("location_feature", String(20)),
    Column("location_start", Integer),
    Column("location_end", Integer),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("rule", String(200)),
    Column("confidence", Float),
    # In a near duplicate: the original's event this one repeats, or revises (same event, other
    # counts). Plain ids, not foreign keys: re-extracting the original renews them. Migration 2.
    Column("repeat_of", Integer),
    Column("revision_of", Integer),
    # JSON list of the decisions that made the event (rule id, action, detail): `show --explain`. Migration 3.
    Column("trace", Text),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_type", "type"),
)

event_actors = Table(
    "event_actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("role", String(10), nullable=False),  # source | target
    Column("position", Integer, nullable=False),
    Column("actor", Integer, ForeignKey("actors.id"), nullable=False),
    Column("name", Text, nullable=False),  # the mention as written
    Column("start", Integer),
    Column("end", Integer),
    Index("ix_event_actors_event", "event_id"),
    Index("ix_event_actors_actor", "actor"),
)

counts = Table(
    "counts", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(10), nullable=False),  # killed | injured | arrested
    Column("low", Integer),
    Column("best", Integer),
    Column("high", Integer),
    Column("text", Text),
    Column("start", Integer),
    Column("end", Integer),
    Index("ix_counts_event", "event_id"),
)

relations = Table(
    "relations", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("idx", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("a_actor", Integer, ForeignKey("actors.id"), nullable=False),
    Column("a_name", Text, nullable=False),
    Column("a_start", Integer),
    Column("a_end", Integer),
    Column("b_actor", Integer, ForeignKey("actors.id"), nullable=False),
    Column("b_name", Text, nullable=False),
    Column("b_start", Integer),
    Column("b_end", Integer),
    Column("negated", Boolean, nullable=False),
    Column("rule", String(200)),
    Index("ix_relations_doc", "doc_id"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE")),
    Column("relation_id", Integer, ForeignKey("relations.id", ondelete="CASCADE")),
    Column("position", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("rule", String(200)),
    Index("ix_evidence_event", "event_id"),
    Index("ix_evidence_relation", "relation_id"),
)


extractions = Table(
    "extractions", metadata,
    Column("id", Integer, primary_key=True),
    Column("run_id", Integer, ForeignKey("runs.id"), nullable=False),
    Column("doc_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(20), nullable=False),  # extracted | near_duplicate | failed
    Column("error", Text),
    Column("events", Integer, nullable=False),
    Column("relations", Integer, nullable=False),
    Column("lines", Text, nullable=False),  # JSON list of contract objects (docs/contract.md)
    Column("added_at", String(40), nullable=False),
    Index("ix_extractions_run", "run_id"),
    Index("ix_extractions_doc", "doc_id"),
)
"""What each run extracted from each document (migration 2), so any two runs can be compared."""

INITIAL_COLUMNS = {"documents": ("error", "extracted_run"), "events": ("repeat_of", "revision_of")}
#: Columns of the current tables that migration 3 adds (and so migration 1 leaves out).
TRACE_COLUMNS = {"events": ("trace",)}
#: Columns of the current tables that migration 4 adds (and so migration 1 leaves out).
PLACE_COLUMNS = {"events": ("location_admin2", "location_feature")}
#: Columns of the current tables that migration 5 adds.
ARTICLE_COLUMNS = {"documents": ("headline", "dateline_place", "dateline_date", "agency", "byline")}


def _initial(conn: Connection) -> None:
    tables = [runs, documents, passages, sentences, actors, events, event_actors, counts, relations, evidence]
    metadata.create_all(conn, tables=tables)
    # The tables above are declared as they are now; drop what later migrations add, so that
    # every database takes the same steps.
    for later in (INITIAL_COLUMNS, TRACE_COLUMNS, PLACE_COLUMNS, ARTICLE_COLUMNS):
        _alter_columns(conn, later, add=False)


def _alter_columns(conn: Connection, columns: Mapping[str, Sequence[str]], *, add: bool,
                   kind: Callable[[str], str] = lambda column: "TEXT") -> None:
    """Add (with the SQL type ``kind`` gives each) or drop the named columns of each table."""
    for table, names in columns.items():
        for column in names:
            change = f'ADD COLUMN "{column}" {kind(column)}' if add else f'DROP COLUMN "{column}"'
            conn.execute(text(f"ALTER TABLE {table} {change}"))


def _extraction_status(conn: Connection) -> None:
    """Failed documents with their error, repeats of a near duplicate's events, per-run extractions."""
    _alter_columns(conn, INITIAL_COLUMNS, add=True, kind=lambda column: "TEXT" if column == "error" else "INTEGER")
    conn.execute(update(documents).values(extracted_run=documents.c.run_id))
    metadata.create_all(conn, tables=[extractions])


def _event_trace(conn: Connection) -> None:
    """Each event's trace: the rules that emitted, merged, re-typed or attached it."""
    _alter_columns(conn, TRACE_COLUMNS, add=True)


def _place_detail(conn: Connection) -> None:
    """Each event place's second-order division (admin2) and GeoNames feature class and code."""
    _alter_columns(conn, PLACE_COLUMNS, add=True)


def _article_parts(conn: Connection) -> None:
    """Each document's headline, dateline (place, date, agency) and byline."""
    _alter_columns(conn, ARTICLE_COLUMNS, add=True)


#: (version, name, apply) in order.
MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "initial schema", _initial),
    (2, "document status and error, event repeats, extractions per run", _extraction_status),
    (3, "event traces", _event_trace),
    (4, "event place admin2 and feature", _place_detail),
    (5, "document headline, dateline and byline", _article_parts),
]


def now() -> str:
    """The current UTC time as ISO text (microseconds, so rows added in one second keep their order)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def pending(conn: Connection) -> list[int]:
    """The versions not yet applied (all of them in a new database)."""
    if not inspect(conn).has_table(schema_migrations.name):
        return [version for version, _, _ in MIGRATIONS]
    done = set(conn.scalars(select(schema_migrations.c.version)))
    return [version for version, _, _ in MIGRATIONS if version not in done]


def migrate(conn: Connection) -> list[int]:
    """Apply the migrations not yet recorded; returns the versions applied.

    Call it inside a transaction that holds the database's write lock (``Database.migrate``
    does), so that two processes never apply the same step.
    """
    metadata.create_all(conn, tables=[schema_migrations])
    todo = set(pending(conn))
    applied: list[int] = []
    for version, name, apply in MIGRATIONS:
        if version not in todo:
            continue
        apply(conn)
        conn.execute(schema_migrations.insert().values(version=version, name=name, applied_at=now()))
        applied.append(version)
    return applied


__all__ = ["MIGRATIONS", "metadata", "migrate", "now", "pending"]
