"""The actor knowledge base: validated JSON Lines records, alias lookup and date-aware office holders.

Package files (``data/kb/*.jsonl``) load first, then the user folder (``$POLEMOS_KB_DIR`` or
``~/.local/share/polemos/kb``), then ``$POLEMOS_KB_PATH``, then paths passed to ``load``; a later
record with the same ``id`` replaces the earlier one. Schema: ``docs/kb.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from polemos.errors import KnowledgeBaseError
from polemos.knowledge.kb_records import (
    Entry,
    Position,
    StandingRelation,
    date_bounds,
    in_period,
    load_sectors,
    normalise,
    parse_lines,
    reference_errors,
    skeleton,
)

USER_KB_DIR = Path("~/.local/share/polemos/kb")


def package_files() -> list[tuple[str, str]]:
    """(name, text) of the shipped ``data/kb/*.jsonl`` files, in name order."""
    folder = resources.files("polemos") / "data" / "kb"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".jsonl")), key=lambda f: f.name)
    return [(str(f), f.read_text(encoding="utf-8")) for f in files]


def user_kb_dir() -> Path:
    """Folder of user KB files: ``$POLEMOS_KB_DIR`` or ``~/.local/share/polemos/kb``."""
    return Path(os.environ.get("POLEMOS_KB_DIR") or USER_KB_DIR).expanduser()


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named by paths; a folder stands for its ``*.jsonl`` files in name order."""
    out: list[Path] = []
    for p in paths:
        path = Path(p).expanduser()
        if path.is_dir():
            out.extend(sorted(path.glob("*.jsonl")))
        elif path.exists():
            out.append(path)
        else:
            raise KnowledgeBaseError(str(path), "no such file or folder; check $POLEMOS_KB_PATH or the path given")
    return out


def user_paths() -> list[Path]:
    """User KB files: the user folder, then ``$POLEMOS_KB_PATH`` (``:``-separated)."""
    folder = user_kb_dir()
    found = sorted(folder.glob("*.jsonl")) if folder.is_dir() else []
    env = os.environ.get("POLEMOS_KB_PATH", "")
    return found + expand_paths(p for p in env.split(os.pathsep) if p)


def validate_sources(sources: Sequence[tuple[str, str]]) -> tuple[list[Entry], list[KnowledgeBaseError]]:
    """Parse (name, text) sources in order; the entries (later ids override) and every error found."""
    sectors = load_sectors()
    merged: dict[str, Entry] = {}
    errors: list[KnowledgeBaseError] = []
    for path, text in sources:
        for item in parse_lines(text, path, sectors):
            if isinstance(item, KnowledgeBaseError):
                errors.append(item)
            else:
                merged.pop(item.id, None)
                merged[item.id] = item
    errors.extend(reference_errors(merged.values(), set(merged)))
    return list(merged.values()), errors


def validate_files(paths: Sequence[str | Path] = (), *, defaults: bool = True) -> list[KnowledgeBaseError]:
    """Every error in the given files, checked on top of the default KB (for references)."""
    try:
        files = (user_paths() if defaults else []) + expand_paths(paths)
    except KnowledgeBaseError as exc:
        return [exc]
    sources = (package_files() if defaults else []) + [(str(f), f.read_text(encoding="utf-8")) for f in files]
    return validate_sources(sources)[1]


def add_file(path: str | Path) -> Path:
    """Validate a KB file against the current KB, then copy it into the user KB folder; returns the copy.

    Raises KnowledgeBaseError for the first problem found.
    """
    source = Path(path)
    if source.suffix != ".jsonl":
        raise KnowledgeBaseError(str(source), "KB files must be JSON Lines named *.jsonl")
    errors = validate_files([source])
    if errors:
        raise errors[0]
    folder = user_kb_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    clear_cache()
    return target


_cache: dict[tuple[Any, ...], KnowledgeBase] = {}


class KnowledgeBase:
    """Actors by id and by alias, generic agents by noun, office holders by date."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_id: dict[str, Entry] = {}
        for e in entries:
            self._by_id.pop(e.id, None)
            self._by_id[e.id] = e
        self._by_alias: dict[str, list[Entry]] = {}
        self._by_skeleton: dict[str, list[tuple[str, str]]] = {}
        self._by_noun: dict[str, Entry] = {}
        self._by_facility: dict[str, Entry] = {}
        self._holders: dict[str, list[tuple[Entry, Position]]] = {}
        for e in self._by_id.values():
            if e.kind == "agent":
                for noun in e.nouns:
                    self._by_noun[normalise(noun)] = e
                for noun in e.facilities:
                    self._by_facility[normalise(noun)] = e
                continue
            for alias in [e.name, *e.aliases]:
                bucket = self._by_alias.setdefault(normalise(alias), [])
                if e not in bucket:
                    bucket.insert(0, e)  # later files (user KB) win a shared alias, as they win an id
                if e.kind == "person":
                    self._by_skeleton.setdefault(skeleton(alias), []).append((normalise(alias), e.id))
            for pos in e.positions:
                self._holders.setdefault(pos.org, []).append((e, pos))

    # -- loading

    @classmethod
    def load(cls, paths: Iterable[str | Path] | None = None, *, defaults: bool = True) -> KnowledgeBase:
        """Package KB, user folder and ``$POLEMOS_KB_PATH`` (if ``defaults``), then ``paths``; cached.

        Raises KnowledgeBaseError for the first invalid line or unknown reference.
        """
        files = (user_paths() if defaults else []) + expand_paths(paths or [])
        key = (defaults, tuple((str(f), f.stat().st_mtime_ns, f.stat().st_size) for f in files))
        if key not in _cache:
            sources = package_files() if defaults else []
            sources += [(str(f), f.read_text(encoding="utf-8")) for f in files]
            entries, errors = validate_sources(sources)
            if errors:
                raise errors[0]
            _cache[key] = cls(entries)
        return _cache[key]

    def save(self, path: str | Path) -> None:
        """Write every record as JSON Lines (reloadable with ``load([path], defaults=False)``)."""
        lines = [json.dumps(e.raw, ensure_ascii=False) for e in self._by_id.values()]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")

    # -- lookups

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._by_id.values())

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def get(self, ident: str) -> Entry | None:
        """The record with this id, or None."""
        return self._by_id.get(ident)

    def lookup(self, text: str) -> list[Entry]:
        """Every actor (not agent) one of whose names normalises like ``text``."""
        return list(self._by_alias.get(normalise(text), ()))

    def by_alias(self, text: str) -> Entry | None:
        """The actor named ``text`` (case, diacritics, quotes, hyphens, "the" ignored), else a person
        whose name has the same consonant skeleton when only one does (transliterations)."""
        found = self._by_alias.get(normalise(text))
        if found:
            return found[0]
        from rapidfuzz.fuzz import ratio

        key = normalise(text)
        # The skeleton alone joins Salman and Soleimani; the spelling must also be close.
        ids = {ident for alias, ident in self._by_skeleton.get(skeleton(text), []) if ratio(key, alias) >= 80}
        return self._by_id[next(iter(ids))] if len(ids) == 1 and len(key) >= 4 else None

    def agent(self, noun: str) -> Entry | None:
        """The generic agent for a noun or phrase ("protesters" -> agent:protesters), else None."""
        return _by_noun(self._by_noun, noun)

    def facility(self, noun: str) -> Entry | None:
        """The agent a site or piece of equipment stands for ("bases", "drone" -> agent:military), else None."""
        return _by_noun(self._by_facility, noun)

    def country_of(self, ident: str) -> str | None:
        """Country of the record ``ident`` (following parents), else None."""
        seen: set[str] = set()
        entry = self._by_id.get(ident)
        while entry is not None and entry.id not in seen:
            if entry.country:
                return entry.country
            seen.add(entry.id)
            entry = self._by_id.get(entry.parent) if entry.parent else None
        return None

    def office_holder(self, country: str, office: str, *, on: date | None = None) -> Entry | None:
        """Who held ``office`` (an office code like 'head_of_state' or a title like 'President') in
        ``country`` on a date (None: today's holder, an open-ended position)."""
        wanted = normalise(office)
        best: tuple[date, Entry] | None = None
        for org, holders in self._holders.items():
            if self.country_of(org) != country:
                continue
            for person, pos in holders:
                if wanted not in {normalise(pos.title), normalise(pos.office or "")}:
                    continue
                if not in_period(on, pos.start, pos.end):
                    continue
                started = date_bounds(pos.start, end=False) or date.min
                if best is None or started > best[0]:
                    best = (started, person)
        return best[1] if best else None

    def leaders_of(self, ident: str, *, on: date | None = None) -> list[Entry]:
        """Persons holding a position in ``ident`` or one of its direct parts on a date (None: now)."""
        orgs = {ident} | {e.id for e in self._by_id.values() if e.parent == ident}
        out: list[Entry] = []
        for org in orgs:
            for person, pos in self._holders.get(org, []):
                if in_period(on, pos.start, pos.end) and person not in out:
                    out.append(person)
        return out

    def standing_relations(self) -> list[StandingRelation]:
        """ALLY/ENEMY/CONTROLS/COOPERATES from ``relations``, PART_OF from ``parent``, LEADS from positions."""
        out: list[StandingRelation] = []
        for e in self._by_id.values():
            out.extend(e.relations)
            if e.parent and e.kind != "agent":
                out.append(StandingRelation("PART_OF", e.id, e.parent, e.start, e.end))
            for pos in e.positions:
                out.append(StandingRelation("LEADS", e.id, pos.org, pos.start, pos.end, pos.title))
        return out


def _by_noun(table: dict[str, Entry], noun: str) -> Entry | None:
    key = normalise(noun)
    found = table.get(key)
    if found is None:
        for singular in _singulars(key):
            found = table.get(singular)
            if found:
                break
    return found


def _singulars(key: str) -> list[str]:
    """Candidate singular forms of the last word of a normalised phrase."""
    head, _, last = key.rpartition(" ")
    prefix = head + " " if head else ""
    irregular = {"men": "man", "women": "woman", "children": "child", "people": "person", "police": "police"}
    out = []
    if last in irregular:
        out.append(irregular[last])
    if last.endswith("ies"):
        out.append(last[:-3] + "y")
    if last.endswith("es"):
        out.append(last[:-2])
    if last.endswith("s"):
        out.append(last[:-1])
    return [prefix + w for w in out]


def clear_cache() -> None:
    """Forget cached knowledge bases (tests, or after ``kb add``)."""
    _cache.clear()


__all__ = [
    "KnowledgeBase", "Position", "StandingRelation", "add_file", "clear_cache", "normalise",
    "validate_files", "validate_sources"
]


