"""Rows of the store: writing one extraction (events, actors, counts, relations, evidence) inside the
caller's transaction, and reading events back with their actors, counts and evidence in a few queries."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, select

from polemos.models import Actor, Count, Decision, Event, Evidence, Extraction, Place
from polemos.store import migrations as m

#: SQLite stores signed 64-bit integers; a larger number from the text is not written as one.
MAX_INT = 2**63 - 1

RepeatMark = tuple[int | None, int | None]  # (repeat_of, revision_of) of a near duplicate's event


def storable_int(value: int | None) -> int | None:
    """The integer, or None when it is out of the range every backend stores (the text keeps the claim)."""
    if value is None or -MAX_INT <= value <= MAX_INT:
        return value
    return None


def _actor_pk(conn: Connection, actor: Actor) -> int:
    """The row id of an actor (by its identity key), inserted on first sight."""
    key = actor.key()
    found = conn.scalar(select(m.actors.c.id).where(m.actors.c.key == key))
    if found is not None:
        return int(found)
    result = conn.execute(m.actors.insert().values(
        key=key, name=actor.name, country=actor.country, sector=actor.sector, actor_id=actor.actor_id,
        kind=actor.kind))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def _write_evidence(conn: Connection, doc_id: str, items: Sequence[Evidence], **owner: int) -> None:
    rows = [{"doc_id": doc_id, "position": i, "start": ev.start, "end": ev.end, "text": ev.text,
             "rule": ev.rule or None, **owner} for i, ev in enumerate(items)]
    if rows:
        conn.execute(m.evidence.insert(), rows)


def _write_snapshot(
    conn: Connection, run_id: int, doc_id: str, status: str, error: str | None, extraction: Extraction | None
) -> None:
    lines = extraction.to_contract(doc_id, all_relations=True) if extraction is not None else []
    conn.execute(m.extractions.insert().values(
        run_id=run_id, doc_id=doc_id, status=status, error=error, lines=json.dumps(lines, ensure_ascii=False),
        events=len(extraction.events) if extraction else 0, relations=len(extraction.relations) if extraction else 0,
        added_at=m.now()))


def _version_key(version: str) -> tuple[int, ...]:
    """A version string as numbers to compare ("0.10.1" > "0.9"); non-numeric parts count as 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in re.split(r"[.+-]", version))


def _write_extraction(
    conn: Connection, doc_id: str, extraction: Extraction, run_id: int | None, repeats: Sequence[RepeatMark] = ()
) -> None:
    for idx, ev in enumerate(extraction.events):
        repeat_of, revision_of = repeats[idx] if idx < len(repeats) else (None, None)
        place = ev.location
        result = conn.execute(m.events.insert().values(
            doc_id=doc_id, run_id=run_id, idx=idx, type=ev.type, mode=ev.mode, modality=ev.modality,
            date=ev.date, date_precision=ev.date_precision,
            location_name=place.name if place else None, location_country=place.country if place else None,
            location_admin1=place.admin1 if place else None, location_lat=place.lat if place else None,
            location_lon=place.lon if place else None, location_precision=place.precision if place else None,
            location_geonameid=place.geonameid if place else None,
            location_admin2=place.admin2 if place else None, location_feature=place.feature if place else None,
            location_start=place.start if place else None, location_end=place.end if place else None,
            trigger=ev.trigger.text if ev.trigger else None,
            trigger_start=ev.trigger.start if ev.trigger else None,
            trigger_end=ev.trigger.end if ev.trigger else None,
            rule=ev.rule or None, confidence=ev.confidence, repeat_of=repeat_of, revision_of=revision_of,
            trace=json.dumps([d.to_contract() for d in ev.decisions], ensure_ascii=False) if ev.decisions else None,
        ))
        event_id = int(result.inserted_primary_key[0])  # type: ignore[index]
        roles = [("source", i, a) for i, a in enumerate(ev.source)] + [("target", i, a) for i, a in enumerate(ev.target)]
        rows = [{"event_id": event_id, "role": role, "position": pos, "actor": _actor_pk(conn, a), "name": a.name,
                 "start": a.start, "end": a.end} for role, pos, a in roles]
        if rows:
            conn.execute(m.event_actors.insert(), rows)
        rows = [{"event_id": event_id, "kind": kind, "low": storable_int(c.low), "best": storable_int(c.best),
                 "high": storable_int(c.high),
                 "text": c.text or None, "start": c.start, "end": c.end}
                for kind, c in (("killed", ev.killed), ("injured", ev.injured), ("arrested", ev.arrested))
                if c is not None]
        if rows:
            conn.execute(m.counts.insert(), rows)
        _write_evidence(conn, doc_id, ev.evidence, event_id=event_id)
    for idx, rel in enumerate(extraction.relations):
        result = conn.execute(m.relations.insert().values(
            doc_id=doc_id, run_id=run_id, idx=idx, type=rel.type,
            a_actor=_actor_pk(conn, rel.a), a_name=rel.a.name, a_start=rel.a.start, a_end=rel.a.end,
            b_actor=_actor_pk(conn, rel.b), b_name=rel.b.name, b_start=rel.b.start, b_end=rel.b.end,
            negated=rel.negated, rule=rel.rule or None,
        ))
        _write_evidence(conn, doc_id, rel.evidence, relation_id=int(result.inserted_primary_key[0]))  # type: ignore[index]


CHUNK = 500  # ids per IN (...) list, well under every backend's bound-parameter limit


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


def _evidence_by(conn: Connection, column: Any, ids: Sequence[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for chunk in _chunks(ids):
        query = select(column.label("owner"), m.evidence).where(column.in_(chunk)).order_by(m.evidence.c.position)
        for row in conn.execute(query).mappings():
            out.setdefault(row["owner"], []).append(
                Evidence(start=row["start"], end=row["end"], text=row["text"], rule=row["rule"] or ""))
    return out


def _actors_by_id(conn: Connection, ids: set[int]) -> dict[int, dict[str, Any]]:
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(sorted(ids)):
        out.update({row["id"]: dict(row) for row in
                    conn.execute(select(m.actors).where(m.actors.c.id.in_(chunk))).mappings()})
    return out


def _actor(row: Mapping[Any, Any], name: str, start: int | None, end: int | None) -> Actor:
    return Actor(name=name, country=row["country"], sector=row["sector"], actor_id=row["actor_id"],
                 kind=row["kind"], start=start, end=end)


def _event_dicts(conn: Connection, rows: Sequence[Any], *, explain: bool = False) -> list[dict[str, Any]]:
    """Contract dicts of stored event rows (each ``Event`` is rebuilt, so the shape is exactly its own); with
    ``explain`` each carries its ``trace``.

    Roles, counts and evidence are fetched for all rows at once, in chunks small enough for any backend.
    """
    roles: dict[int, list[Any]] = {}
    claims: dict[int, dict[str, Count]] = {}
    evidence: dict[int, list[Evidence]] = {}
    ids = [row["id"] for row in rows]
    for chunk in _chunks(ids):
        for r in conn.execute(
            select(m.event_actors, m.actors.c.country, m.actors.c.sector, m.actors.c.actor_id, m.actors.c.kind)
            .join(m.actors, m.actors.c.id == m.event_actors.c.actor)
            .where(m.event_actors.c.event_id.in_(chunk)).order_by(m.event_actors.c.position)
        ).mappings():
            roles.setdefault(r["event_id"], []).append(r)
        for c in conn.execute(select(m.counts).where(m.counts.c.event_id.in_(chunk))).mappings():
            claims.setdefault(c["event_id"], {})[c["kind"]] = Count(
                low=c["low"], best=c["best"], high=c["high"], text=c["text"] or "", start=c["start"], end=c["end"])
        evidence.update(_evidence_by(conn, m.evidence.c.event_id, chunk))
    out = []
    for row in rows:
        event_id = row["id"]
        mine, cost = roles.get(event_id, []), claims.get(event_id, {})
        place = None
        if row["location_name"] is not None:
            place = Place(name=row["location_name"], country=row["location_country"],
                          admin1=row["location_admin1"], lat=row["location_lat"], lon=row["location_lon"],
                          precision=row["location_precision"], geonameid=row["location_geonameid"],
                          start=row["location_start"], end=row["location_end"],
                          admin2=row.get("location_admin2"), feature=row.get("location_feature"))
        trigger = None
        if row["trigger"] is not None:
            trigger = Evidence(start=row["trigger_start"] or 0, end=row["trigger_end"] or 0, text=row["trigger"])
        ev = Event(
            type=row["type"], mode=row["mode"],
            source=[_actor(r, r["name"], r["start"], r["end"]) for r in mine if r["role"] == "source"],
            target=[_actor(r, r["name"], r["start"], r["end"]) for r in mine if r["role"] == "target"],
            location=place, date=row["date"], date_precision=row["date_precision"],
            killed=cost.get("killed"), injured=cost.get("injured"), arrested=cost.get("arrested"),
            modality=row["modality"], trigger=trigger, evidence=evidence.get(event_id, []),
            rule=row["rule"] or "", confidence=row["confidence"] if row["confidence"] is not None else 1.0,
            decisions=[Decision(**d) for d in json.loads(row["trace"])] if row.get("trace") else [],
        )
        out.append({**ev.to_contract(row["doc_id"], explain=explain), "id": event_id, "doc_id": row["doc_id"],
                    "doc_date": row["doc_date"], "doc_title": row["doc_title"]})
    return out


def _in_range(value: str | None, start: str | date | None, end: str | date | None) -> bool:
    """Whether an ISO date at any precision ("2019", "2019-10", "2019-10-02") may fall in [start, end]."""
    if start is None and end is None:
        return True
    if not value:
        return False
    if start is not None and value < str(start)[: len(value)]:
        return False
    # compare at the coarser precision: "2023-07-12" is within an end of "2023-07"
    return not (end is not None and value[: len(str(end))] > str(end)[: len(value)])
