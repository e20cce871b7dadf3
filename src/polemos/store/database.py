"""The store: one `Database` class over SQLAlchemy Core (SQLite by default, any SQLAlchemy URL).

Only ``_connect`` knows about SQLite (WAL mode, foreign keys); everything else is portable Core.
Each document and everything extracted from it is written in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, or_, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from polemos.errors import StoreError
from polemos.models import Extraction, Relation
from polemos.store import migrations as m
from polemos.store.rows import (
    RepeatMark,
    _actor,
    _actors_by_id,
    _event_dicts,
    _evidence_by,
    _in_range,
    _version_key,
    _write_extraction,
    _write_snapshot,
)

Span = tuple[int, int]


@dataclass
class DocumentRecord:
    """A document row as the pipeline hands it to the store."""

    id: str
    text: str
    content_hash: str
    status: str  # extracted | near_duplicate | failed
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    site: str | None = None
    format: str | None = None
    line: int | None = None
    signature: bytes | None = None
    duplicate_of: str | None = None
    similarity: float | None = None
    error: str | None = None  # why the extraction failed (status failed)
    author: str | None = None  # the page's or feed entry's author, the byline when the text has none


#: (repeat_of, revision_of) of one event of a near duplicate: ids of the original's events.


def _article_values(extraction: Extraction | None, author: str | None) -> dict[str, str | None]:
    """The document columns of the text's headline, dateline and byline (the author when no byline)."""
    parts = extraction.article.to_dict() if extraction is not None and extraction.article is not None else {}
    values: dict[str, str | None] = {column: parts.get(column) for column in m.ARTICLE_COLUMNS["documents"]}
    values["byline"] = values["byline"] or author
    return values


def database_url(url_or_path: str | Path) -> str:
    """An SQLAlchemy URL for a URL or a file path (a path means an SQLite file)."""
    text = str(url_or_path)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with synchronous=NORMAL stays crash-safe for committed transactions of a killed process.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """Documents, their passages and sentences, and the events, actors and relations extracted from them."""

    def __init__(self, url_or_path: str | Path, *, migrate: bool = True) -> None:
        url = database_url(url_or_path)
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"bad database URL {url!r}: {exc}") from exc
        self.url = url
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database not in (None, "", ":memory:"):
            folder = Path(parsed.database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(f"cannot create database {parsed.database}: folder {folder} does not exist")
        self.engine: Engine = create_engine(url)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    def __repr__(self) -> str:
        return f"Database({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[int]:
        """Bring the schema up to date; returns the migration versions applied.

        The migrations run under the database's write lock, so processes that open a new or old
        database at the same time wait for each other instead of applying a step twice.
        """
        try:
            with self.engine.connect() as conn:
                if not m.pending(conn):
                    return []
            with self.engine.begin() as conn:
                self._lock(conn)
                return m.migrate(conn)
        except (DatabaseError, OperationalError) as exc:
            raise StoreError(
                f"cannot open or migrate the database {self.url}: {exc.orig}; "
                "check the path is a polemos database (or a new file)"
            ) from exc

    def _lock(self, conn: Connection) -> None:
        """Take the write lock for the rest of ``conn``'s transaction (waiting for other writers)."""
        backend = self.engine.dialect.name
        if backend == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        elif backend == "postgresql":
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7204010012)")

    def schema_version(self) -> int:
        """The highest migration applied."""
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.max(m.schema_migrations.c.version))) or 0)

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, *, command: str = "ingest") -> int:
        """Record the start of an extraction run; returns its id."""
        from polemos import __version__

        with self.engine.begin() as conn:
            result = conn.execute(m.runs.insert().values(
                pipeline_version=__version__, command=command, started_at=m.now()))
            return int(result.inserted_primary_key[0])  # type: ignore[index]

    def finish_run(self, run_id: int, *, stats: dict[str, Any] | None = None) -> None:
        """Record the end of a run with its counts."""
        with self.engine.begin() as conn:
            conn.execute(update(m.runs).where(m.runs.c.id == run_id).values(
                finished_at=m.now(), stats=json.dumps(stats or {}, sort_keys=True)))

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(m.runs).order_by(m.runs.c.id)).mappings().all()
        return [{**row, "stats": json.loads(row["stats"]) if row["stats"] else None} for row in rows]

    # -- documents ----------------------------------------------------------------------------

    def has_hash(self, content_hash: str) -> str | None:
        """The id of the stored document with this content hash, or None."""
        with self.engine.connect() as conn:
            return conn.scalar(select(m.documents.c.id).where(m.documents.c.content_hash == content_hash))

    def find_hash(self, content_hash: str) -> tuple[str, str] | None:
        """(id, status) of the stored document with this content hash, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(m.documents.c.id, m.documents.c.status)
                               .where(m.documents.c.content_hash == content_hash)).first()
        return (row[0], row[1]) if row is not None else None

    def has_id(self, doc_id: str) -> bool:
        """Whether a document id is taken."""
        with self.engine.connect() as conn:
            return conn.scalar(select(m.documents.c.id).where(m.documents.c.id == doc_id)) is not None

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """(id, MinHash signature bytes) of the original (not near-duplicate) documents."""
        query = (select(m.documents.c.id, m.documents.c.signature)
                 .where(m.documents.c.duplicate_of.is_(None), m.documents.c.signature.is_not(None))
                 .order_by(m.documents.c.added_at, m.documents.c.id))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        for doc_id, data in rows:
            yield doc_id, bytes(data)

    def add_document(
        self,
        record: DocumentRecord,
        *,
        passages: Iterable[tuple[int, int, bool]] = (),
        sentences: Iterable[Span] = (),
        extraction: Extraction | None = None,
        run_id: int | None = None,
        repeats: Sequence[RepeatMark] = (),
    ) -> str:
        """Write a document with its passages, sentences and extraction in ONE transaction; returns its id.

        ``repeats`` marks, event by event, those that repeat or revise an original's events.
        """
        with self.engine.begin() as conn:
            conn.execute(m.documents.insert().values(
                id=record.id, content_hash=record.content_hash, title=record.title,
                date=record.date.isoformat() if record.date else None, url=record.url, source=record.source,
                site=record.site, format=record.format, line=record.line, text=record.text,
                n_chars=len(record.text), signature=record.signature, duplicate_of=record.duplicate_of,
                similarity=record.similarity, status=record.status, run_id=run_id, added_at=m.now(),
                error=record.error, extracted_run=run_id, **_article_values(extraction, record.author),
            ))
            rows = [{"doc_id": record.id, "idx": i, "start": s, "end": e, "repeated": bool(r)}
                    for i, (s, e, r) in enumerate(passages)]
            if rows:
                conn.execute(m.passages.insert(), rows)
            rows = [{"doc_id": record.id, "idx": i, "start": s, "end": e} for i, (s, e) in enumerate(sentences)]
            if rows:
                conn.execute(m.sentences.insert(), rows)
            if extraction is not None:
                _write_extraction(conn, record.id, extraction, run_id, repeats)
            if run_id is not None:
                _write_snapshot(conn, run_id, record.id, record.status, record.error, extraction)
        return record.id

    def replace_extraction(
        self, doc_id: str, extraction: Extraction | None, *, run_id: int, status: str, error: str | None = None,
        repeats: Sequence[RepeatMark] = (),
    ) -> None:
        """Put a new extraction (None: none, the document failed) in place of a document's, in ONE transaction."""
        with self.engine.begin() as conn:
            old = select(m.events.c.id).where(m.events.c.doc_id == doc_id).scalar_subquery()
            conn.execute(update(m.events).where(m.events.c.repeat_of.in_(old)).values(repeat_of=None))
            conn.execute(update(m.events).where(m.events.c.revision_of.in_(old)).values(revision_of=None))
            conn.execute(delete(m.evidence).where(m.evidence.c.doc_id == doc_id))
            conn.execute(delete(m.counts).where(m.counts.c.event_id.in_(old)))
            conn.execute(delete(m.event_actors).where(m.event_actors.c.event_id.in_(old)))
            conn.execute(delete(m.events).where(m.events.c.doc_id == doc_id))
            conn.execute(delete(m.relations).where(m.relations.c.doc_id == doc_id))
            if extraction is not None:
                _write_extraction(conn, doc_id, extraction, run_id, repeats)
            article = _article_values(extraction, None) if extraction is not None and extraction.article else {}
            if not article.get("byline"):
                article.pop("byline", None)  # keep a page author stored at ingest
            conn.execute(update(m.documents).where(m.documents.c.id == doc_id).values(
                status=status, error=error, extracted_run=run_id, **article))
            _write_snapshot(conn, run_id, doc_id, status, error, extraction)

    def record_failure(self, doc_id: str, *, run_id: int, error: str, keep_events: bool = True) -> None:
        """Record that a run failed on a document; its stored events stay (``keep_events``), else it is failed."""
        with self.engine.begin() as conn:
            if not keep_events:
                conn.execute(update(m.documents).where(m.documents.c.id == doc_id).values(
                    status="failed", error=error, extracted_run=run_id))
            _write_snapshot(conn, run_id, doc_id, "failed", error, None)

    def mark_repeats(self, doc_id: str, repeats: Sequence[tuple[int, RepeatMark]]) -> None:
        """Set (repeat_of, revision_of) of stored events, given as (event id, mark) pairs."""
        with self.engine.begin() as conn:
            conn.execute(update(m.events).where(m.events.c.doc_id == doc_id).values(repeat_of=None, revision_of=None))
            for event_id, (repeat_of, revision_of) in repeats:
                if repeat_of is not None or revision_of is not None:
                    conn.execute(update(m.events).where(m.events.c.id == event_id).values(
                        repeat_of=repeat_of, revision_of=revision_of))

    def extraction_lines(self, run_id: int) -> dict[str, dict[str, Any]]:
        """What a run extracted, by document id: status, error and the contract lines."""
        x = m.extractions.c
        query = select(x.doc_id, x.status, x.error, x.lines).where(x.run_id == run_id).order_by(x.id)
        with self.engine.connect() as conn:
            return {row.doc_id: {"status": row.status, "error": row.error, "lines": json.loads(row.lines)}
                    for row in conn.execute(query)}

    def documents_to_extract(
        self, *, failed: bool = False, all: bool = False, before_version: str | None = None,
        ids: Sequence[str] = (),
    ) -> list[dict[str, Any]]:
        """Documents to extract again (with their text): the failed ones, all, those last extracted by a
        pipeline version older than ``before_version``, or those named; originals before near duplicates."""
        d = m.documents.c
        version = (select(m.runs.c.pipeline_version).where(m.runs.c.id == func.coalesce(d.extracted_run, d.run_id))
                   .scalar_subquery())
        query = select(d.id, d.text, d.date, d.source, d.line, d.status, d.duplicate_of, version.label("version"))
        query = query.order_by(d.duplicate_of.is_not(None), d.added_at, d.id)
        with self.engine.connect() as conn:
            rows = [dict(row) for row in conn.execute(query).mappings()]
        wanted = set(ids)
        out = []
        for row in rows:
            older = before_version is not None and _version_key(row["version"] or "0") < _version_key(before_version)
            if all or row["id"] in wanted or older or (failed and row["status"] == "failed"):
                out.append(row)
        return out

    def documents(self) -> list[dict[str, Any]]:
        """Every document (without its text): id, title, source, url, date, status, headline, dateline and
        byline, counts, in insertion order."""
        d = m.documents.c
        n_events = select(func.count()).where(m.events.c.doc_id == d.id).scalar_subquery()
        n_repeated = (select(func.count()).where(m.passages.c.doc_id == d.id, m.passages.c.repeated.is_(True))
                      .scalar_subquery())
        query = select(d.id, d.title, d.source, d.url, d.site, d.date, d.format, d.line, d.status, d.error,
                       d.duplicate_of, d.similarity, d.n_chars, d.added_at, d.headline, d.dateline_place,
                       d.dateline_date, d.agency, d.byline, n_events.label("events"),
                       n_repeated.label("repeated_passages")).order_by(d.added_at, d.id)
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, passages and sentences, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(m.documents).where(m.documents.c.id == doc_id)).mappings().first()
            if row is None:
                return None
            out = {k: v for k, v in row.items() if k != "signature"}
            out["passages"] = [dict(r) for r in conn.execute(
                select(m.passages.c.start, m.passages.c.end, m.passages.c.repeated)
                .where(m.passages.c.doc_id == doc_id).order_by(m.passages.c.idx)).mappings()]
            out["sentences"] = [dict(r) for r in conn.execute(
                select(m.sentences.c.start, m.sentences.c.end)
                .where(m.sentences.c.doc_id == doc_id).order_by(m.sentences.c.idx)).mappings()]
        return out

    def counts(self) -> dict[str, int]:
        """How many documents, events, relations and actors are stored."""
        with self.engine.connect() as conn:
            return {name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
                    for name, table in (("documents", m.documents), ("events", m.events),
                                        ("relations", m.relations), ("actors", m.actors))}

    # -- events and relations -----------------------------------------------------------------

    def events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        country: str | None = None,
        start: str | date | None = None,
        end: str | date | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
        repeats: bool = False,
    ) -> list[dict[str, Any]]:
        """Events as contract dicts (``Event.to_contract``) plus id, doc_id, doc_date, doc_title.

        A near duplicate's events that repeat its original's are left out unless ``repeats``.

        ``actor`` matches a source/target name or KB id (case-insensitive substring); ``country``
        an actor's or the location's country; ``start``/``end`` the event date (else the document's).
        """
        e = m.events.c
        query = (select(m.events, m.documents.c.date.label("doc_date"), m.documents.c.title.label("doc_title"))
                 .join(m.documents, m.documents.c.id == e.doc_id).order_by(e.id))
        if type:
            query = query.where(func.upper(e.type) == type.upper())
        if doc_id:
            query = query.where(e.doc_id == doc_id)
        if not repeats:
            query = query.where(e.repeat_of.is_(None))
        if country:
            code = country.upper()
            in_roles = (select(m.event_actors.c.event_id)
                        .join(m.actors, m.actors.c.id == m.event_actors.c.actor)
                        .where(m.actors.c.country == code))
            query = query.where(or_(e.location_country == code, e.id.in_(in_roles)))
        if actor:
            # the user's text is matched literally: LIKE's own wildcards (% and _) are escaped
            literal = actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            pattern = f"%{literal}%"
            in_roles = (select(m.event_actors.c.event_id)
                        .join(m.actors, m.actors.c.id == m.event_actors.c.actor)
                        .where(or_(func.lower(m.event_actors.c.name).like(pattern, escape="\\"),
                                   func.lower(m.actors.c.name).like(pattern, escape="\\"),
                                   func.lower(m.actors.c.actor_id).like(pattern, escape="\\"))))
            query = query.where(e.id.in_(in_roles))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
            out = _event_dicts(conn, rows)
        out = [ev for ev in out if _in_range(ev["date"] or ev["doc_date"], start, end)]
        return out[:limit] if limit is not None else out

    def event(self, event_id: int) -> dict[str, Any] | None:
        """One event dict with its evidence, the sentences holding it, and the document text's length."""
        query = (select(m.events, m.documents.c.date.label("doc_date"), m.documents.c.title.label("doc_title"),
                        m.documents.c.url.label("doc_url"), m.documents.c.source.label("doc_source"),
                        m.documents.c.text.label("doc_text"))
                 .join(m.documents, m.documents.c.id == m.events.c.doc_id).where(m.events.c.id == event_id))
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
            if row is None:
                return None
            out = _event_dicts(conn, [row], explain=True)[0]
            text = row["doc_text"]
            spans = [(ev["start"], ev["end"]) for ev in out["evidence"]]
            if row["trigger_start"] is not None:
                spans.append((row["trigger_start"], row["trigger_end"]))
            sents = conn.execute(select(m.sentences.c.start, m.sentences.c.end)
                                 .where(m.sentences.c.doc_id == row["doc_id"]).order_by(m.sentences.c.idx)).all()
        holding = [(s, e) for s, e in sents if any(s < ee and ss < e for ss, ee in spans)]
        if not holding:
            holding = spans
        out.update(
            doc_url=row["doc_url"], doc_source=row["doc_source"],
            trigger_span=[row["trigger_start"], row["trigger_end"]] if row["trigger_start"] is not None else None,
            sentences=[{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(set(holding))],
        )
        return out

    def relations(
        self, *, type: str | None = None, doc_id: str | None = None, include_negated: bool = False
    ) -> list[dict[str, Any]]:
        """Relations as contract dicts (``Relation.to_contract``) plus id, doc_id, doc_date, doc_title."""
        r = m.relations.c
        query = (select(m.relations, m.documents.c.date.label("doc_date"), m.documents.c.title.label("doc_title"))
                 .join(m.documents, m.documents.c.id == r.doc_id).order_by(r.id))
        if type:
            query = query.where(func.upper(r.type) == type.upper())
        if doc_id:
            query = query.where(r.doc_id == doc_id)
        if not include_negated:
            query = query.where(r.negated.is_(False))
        with self.engine.connect() as conn:
            rows = conn.execute(query).mappings().all()
            ids = [row["id"] for row in rows]
            evid = _evidence_by(conn, m.evidence.c.relation_id, ids)
            actor_rows = _actors_by_id(conn, {row[k] for row in rows for k in ("a_actor", "b_actor")})
        out = []
        for row in rows:
            relation = Relation(
                type=row["type"],
                a=_actor(actor_rows[row["a_actor"]], row["a_name"], row["a_start"], row["a_end"]),
                b=_actor(actor_rows[row["b_actor"]], row["b_name"], row["b_start"], row["b_end"]),
                negated=bool(row["negated"]), evidence=evid.get(row["id"], []), rule=row["rule"] or "",
            )
            out.append({**relation.to_contract(row["doc_id"]), "id": row["id"], "doc_id": row["doc_id"],
                        "doc_date": row["doc_date"], "doc_title": row["doc_title"]})
        return out


__all__ = ["Database", "DocumentRecord", "RepeatMark", "database_url"]


