"""The event ontology as data: PLOVER types, modes and word lists (`data/plover.yaml`) and the trigger lexicon
(`data/triggers.jsonl`), loaded and validated into a `Lexicon`.

A trigger entry names a lemma (or a multi-word phrase), its part of speech, the PLOVER type and mode it
signals, and optional conditions on the surrounding parse; each has a stable id (``attack.n.assault``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from polemos.errors import KnowledgeBaseError
from polemos.models import PLOVER_TYPES

POS_VALUES = ("verb", "noun")


REQUIRES = ("object", "intransitive", "never", "xcomp", "ccomp", "object_propn", "obligation", "leader_subject",
            "protest_purpose")




_ENTRY_FIELDS = {"id", "lemma", "pos", "type", "mode", "objects", "preps", "particles", "governors", "subjects",
                 "requires", "cost", "priority", "note"}


_OBJECT_DEPS = ("dobj", "nsubjpass", "dative", "oprd")


@dataclass(frozen=True)
class TriggerEntry:
    """One line of the trigger lexicon."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    governors: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    requires: tuple[str, ...] = ()
    cost: bool = False
    priority: int = 1
    note: str = ""
    line: int = 0
    source: str = "triggers.jsonl"
    #: the stable rule id (``attack.n.assault``), written in the file; it names the entry in every trace
    id: str = ""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.lemma.lower().split())

    @property
    def rule(self) -> str:
        """The entry's stable id, e.g. ``attack.n.assault`` (it does not change when lines are inserted)."""
        return self.id

    def to_json(self) -> dict[str, Any]:
        """The entry as a JSON Lines record (empty conditions left out)."""
        out: dict[str, Any] = {"id": self.id, "lemma": self.lemma, "pos": self.pos, "type": self.type}
        for key, value in asdict(self).items():
            if key in ("id", "lemma", "pos", "type", "line", "source") or not value:
                continue
            if key == "priority" and value == 1:
                continue
            out[key] = sorted(value) if isinstance(value, frozenset) else list(value) if isinstance(value, tuple) else value
        return out


class Spelling:
    """Maps British spellings to American ones by word ending ("mobilisation" -> "mobilization",
    "defence" -> "defense", "programme" -> "program"), so that one trigger entry matches both."""

    def __init__(self, endings: dict[str, str] | None = None, *, min_stem: int = 3) -> None:
        # longest ending first: "isation" before "ise"
        self.endings = sorted((endings or {}).items(), key=lambda kv: -len(kv[0]))
        self.min_stem = min_stem
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """The word with a British ending replaced (each word of a phrase); other words unchanged."""
        out = self._cache.get(word)
        if out is None:
            out = " ".join(self._one(w) for w in word.split(" ")) if " " in word else self._one(word)
            self._cache[word] = out
        return out

    def _one(self, word: str) -> str:
        for ending, american in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= self.min_stem:
                return word[: -len(ending)] + american
        return word


_CONDITION_SETS = ("objects", "governors", "subjects")


@dataclass
class Lexicon:
    """Everything the event extractor reads from data files, loaded once per pipeline."""

    types: dict[str, dict[str, Any]]
    entries: list[TriggerEntry]
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    mode_cues: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    index: dict[str, list[TriggerEntry]] = field(default_factory=dict)
    spelling: Spelling = field(default_factory=Spelling)
    tables: dict[str, Any] = field(default_factory=dict)  # other mappings of plover.yaml, by name
    #: per entry, its words and its word conditions in normalised spelling (built here, not per match)
    spelled: dict[TriggerEntry, tuple[tuple[str, ...], dict[str, frozenset[str]]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        norm = self.spelling
        self.spelled = {e: (tuple(norm(w) for w in e.words),
                            {name: frozenset(norm(v) for v in getattr(e, name)) for name in _CONDITION_SETS})
                        for e in self.entries}
        self.index = build_index(self.entries, norm=norm)

    def polarity(self, type_: str) -> str:
        return str(self.types.get(type_, {}).get("polarity", "conflictual"))

    def word_set(self, name: str) -> frozenset[str]:
        """The word list ``name`` of plover.yaml; a name it does not define is an error, never an empty list."""
        found = self.words.get(name)
        if found is None:
            raise KnowledgeBaseError("plover.yaml", f"no word list {name!r}; define it as a top-level list "
                                     f"(known: {', '.join(sorted(self.words))})", field=name)
        return found


def _data_path(name: str) -> Path:
    return Path(str(resources.files("polemos") / "data" / name))


def load_plover(path: str | Path | None = None) -> dict[str, Any]:
    """The PLOVER type table and word sets from `plover.yaml` (validated)."""
    p = Path(path) if path is not None else _data_path("plover.yaml")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(str(p), f"cannot read the PLOVER table: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("types"), dict):
        raise KnowledgeBaseError(str(p), "expected a mapping with a 'types' mapping of PLOVER types", field="types")
    missing = [t for t in PLOVER_TYPES if t not in data["types"]]
    unknown = [t for t in data["types"] if t not in PLOVER_TYPES]
    if missing or unknown:
        raise KnowledgeBaseError(
            str(p), f"types must be exactly the 16 PLOVER types; missing {missing}, unknown {unknown}", field="types")
    for key, value in data.items():
        lists = [value] if isinstance(value, list) else [
            v.get("preps") or [] for v in value.values() if isinstance(v, dict)] if key == "roles" else []
        for words in lists:
            bad = [w for w in words if not isinstance(w, str)]
            if bad:
                raise KnowledgeBaseError(str(p), f"{bad} are not words; quote YAML's on/off/yes/no as \"on\"",
                                         field=key)
    for name, spec in data["types"].items():
        if not isinstance(spec, dict) or spec.get("polarity") not in ("cooperative", "conflictual"):
            raise KnowledgeBaseError(str(p), f"type {name}: polarity must be 'cooperative' or 'conflictual'",
                                     field=f"types.{name}.polarity")
    return data


def _as_set(value: Any, *, path: str, line: int, name: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(path, "expected a list of strings", line=line, field=name)
    return frozenset(v.lower() for v in value)


def parse_entry(record: Any, *, types: dict[str, Any], path: str = "triggers.jsonl", line: int = 0) -> TriggerEntry:
    """A validated entry from one JSON record; errors name the file, line and field."""
    if not isinstance(record, dict):
        raise KnowledgeBaseError(path, "each line must be a JSON object", line=line)
    extra = set(record) - _ENTRY_FIELDS
    if extra:
        raise KnowledgeBaseError(path, f"unknown field(s) {sorted(extra)}; allowed: {sorted(_ENTRY_FIELDS)}",
                                 line=line, field=min(extra))
    lemma = record.get("lemma")
    if not isinstance(lemma, str) or not lemma.strip():
        raise KnowledgeBaseError(path, "a non-empty lemma or phrase is required", line=line, field="lemma")
    pos = record.get("pos")
    if pos not in POS_VALUES:
        raise KnowledgeBaseError(path, f"pos {pos!r} must be one of {POS_VALUES}", line=line, field="pos")
    type_ = record.get("type")
    if type_ not in types:
        raise KnowledgeBaseError(path, f"type {type_!r} is not a PLOVER type; use one of {list(PLOVER_TYPES)}",
                                 line=line, field="type")
    mode = record.get("mode")
    modes = types[type_].get("modes") or {}
    if mode is not None and mode not in modes:
        raise KnowledgeBaseError(path, f"mode {mode!r} is not a mode of {type_} in plover.yaml; use one of "
                                 f"{sorted(modes)} or add it there", line=line, field="mode")
    requires = record.get("requires") or []
    bad = [r for r in requires if r not in REQUIRES]
    if bad:
        raise KnowledgeBaseError(path, f"unknown requirement(s) {bad}; allowed: {list(REQUIRES)}", line=line,
                                 field="requires")
    priority = record.get("priority", 1)
    if not isinstance(priority, int):
        raise KnowledgeBaseError(path, "priority must be an integer", line=line, field="priority")
    sets = {name: _as_set(record.get(name), path=path, line=line, name=name)
            for name in ("objects", "preps", "particles", "governors", "subjects")}
    ident = record.get("id")
    if ident is None:
        ident = default_entry_id(lemma, pos, type_, source=Path(path).name)
    elif not isinstance(ident, str) or not _ID_RE.match(ident):
        raise KnowledgeBaseError(path, f"id {ident!r} must be lower-case words joined by '.', '_', ':' or '-' "
                                 "(e.g. 'attack.n.assault')", line=line, field="id")
    return TriggerEntry(id=ident,
        lemma=" ".join(lemma.lower().split()), pos=pos, type=type_, mode=mode, requires=tuple(requires),
        cost=bool(record.get("cost", False)), priority=priority, note=str(record.get("note", "")),
        line=line, source=Path(path).name, **sets)


_ID_RE = re.compile(r"^[a-z0-9_][a-z0-9_.:-]*$")


def default_entry_id(lemma: str, pos: str, type_: str, *, source: str = "triggers.jsonl") -> str:
    """The id of an entry written without one: ``lemma.p.type``, prefixed by its file's stem outside the
    packaged lexicon (a user's ``extra.jsonl`` gives ``extra:attack.n.assault``)."""
    slug = re.sub(r"[^a-z0-9]+", "_", lemma.lower()).strip("_")
    ident = f"{slug}.{pos[0]}.{type_.lower()}"
    return ident if source == "triggers.jsonl" else f"{Path(source).stem.lower()}:{ident}"


def load_triggers(path: str | Path | None = None, *, types: dict[str, Any] | None = None) -> list[TriggerEntry]:
    """The trigger entries of a JSON Lines file (the packaged one by default), validated."""
    p = Path(path) if path is not None else _data_path("triggers.jsonl")
    types = types if types is not None else load_plover()["types"]
    entries: list[TriggerEntry] = []
    written: set[int] = set()
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise KnowledgeBaseError(str(p), f"cannot read the trigger lexicon: {exc}") from exc
    for number, text in enumerate(lines, start=1):
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise KnowledgeBaseError(str(p), f"not valid JSON ({exc.msg}); fix the line", line=number) from exc
        entries.append(parse_entry(record, types=types, path=str(p), line=number))
        if isinstance(record, dict) and "id" in record:
            written.add(number)
    return _unique_ids(entries, written, str(p))


def _unique_ids(entries: list[TriggerEntry], written: set[int], path: str) -> list[TriggerEntry]:
    """Entries whose derived ids collide get ``.2``, ``.3``...; an id written in the file twice is an error.

    ``written`` holds the line numbers whose record wrote its own id."""
    seen: dict[str, int] = {}
    out: list[TriggerEntry] = []
    for entry in entries:
        n = seen[entry.id] = seen.get(entry.id, 0) + 1
        if n > 1:
            if entry.line in written:
                raise KnowledgeBaseError(path, f"id {entry.id!r} is used twice; ids must be unique",
                                         line=entry.line, field="id")
            entry = replace(entry, id=f"{entry.id}.{n}")
        out.append(entry)
    return out


def save_triggers(entries: Iterable[TriggerEntry], path: str | Path) -> None:
    """Write entries as JSON Lines (readable by `load_triggers`)."""
    with Path(path).open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(entry.to_json(), ensure_ascii=False) + "\n" for entry in entries)


def _expand_sets(entry: TriggerEntry, sets: dict[str, frozenset[str]]) -> TriggerEntry:
    """Replace '@name' members of condition sets by the named word set of plover.yaml."""
    changes: dict[str, frozenset[str]] = {}
    for name in ("objects", "subjects", "governors", "preps"):
        values: frozenset[str] = getattr(entry, name)
        if any(v.startswith("@") for v in values):
            out: set[str] = set()
            for v in values:
                if v.startswith("@"):
                    if v[1:] not in sets:
                        raise KnowledgeBaseError(entry.source, f"unknown word set {v!r}; define it under 'sets' in "
                                                 "plover.yaml", line=entry.line, field=name)
                    out |= sets[v[1:]]
                else:
                    out.add(v)
            changes[name] = frozenset(out)
    if not changes:
        return entry
    return TriggerEntry(**{**{k: getattr(entry, k) for k in entry.__dataclass_fields__}, **changes})


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded once per process and shared by the components that read it."""
    return load_lexicon()


def load_lexicon(*, triggers_path: str | Path | None = None, plover_path: str | Path | None = None,
                 extra_triggers: Iterable[str | Path] = ()) -> Lexicon:
    """The PLOVER table, word sets and trigger entries (packaged files unless paths are given)."""
    plover = load_plover(plover_path)
    types = plover["types"]
    sets = {k: frozenset(str(v).lower() for v in vs) for k, vs in (plover.get("sets") or {}).items()}
    entries = load_triggers(triggers_path, types=types)
    for extra in extra_triggers:
        entries += load_triggers(extra, types=types)
    entries = [_expand_sets(e, sets) for e in entries]
    cues = {t: {m: frozenset(str(w).lower() for w in ws) for m, ws in modes.items()}
            for t, modes in (plover.get("mode_cues") or {}).items()}
    words = {k: frozenset(str(v).lower() for v in vs) for k, vs in plover.items()
             if isinstance(vs, list)}
    roles = {t: dict(spec) for t, spec in (plover.get("roles") or {}).items()}
    spelling = Spelling({str(k).lower(): str(v).lower() for k, v in (plover.get("spelling_endings") or {}).items()},
                        min_stem=int(plover.get("spelling_min_stem", 3)))
    tables = {k: v for k, v in plover.items() if isinstance(v, dict) and k not in (
        "types", "sets", "mode_cues", "roles", "spelling_endings")}
    return Lexicon(types=types, entries=entries, sets=sets, mode_cues=cues, words=words, roles=roles,
                   spelling=spelling, tables=tables)


def build_index(entries: Iterable[TriggerEntry], *,
                norm: Callable[[str], str] | None = None) -> dict[str, list[TriggerEntry]]:
    """Entries keyed by the first word of their lemma/phrase (in normalised spelling when ``norm`` is given)."""
    index: dict[str, list[TriggerEntry]] = {}
    for entry in entries:
        first = entry.words[0]
        index.setdefault(norm(first) if norm else first, []).append(entry)
    return index
