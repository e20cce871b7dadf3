"""Event trigger lexicon: loading and validating `data/triggers.jsonl` and `data/plover.yaml`, and matching.

A trigger entry names a lemma (or a multi-word phrase), its part of speech, the PLOVER type and
mode it signals, and optional conditions on the surrounding parse (required object, preposition,
particle, governing verb, subject). Among the entries whose conditions hold for a token, the most
specific one wins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from polemos.errors import KnowledgeBaseError
from polemos.models import PLOVER_TYPES

POS_VALUES = ("verb", "noun")
REQUIRES = ("object", "intransitive", "never", "xcomp", "object_propn", "obligation", "leader_subject", "protest_purpose")
#: Auxiliaries of a reported clause that make the report a demand ("said Sudan must return the helicopter").
OBLIGATION_AUX = frozenset({"must", "should"})
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
        return self.words.get(name, frozenset())


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


# ---------------------------------------------------------------- matching


@dataclass
class TriggerMatch:
    """A trigger found in a doc: the head token, the matched token range and the winning entry."""

    token: Token
    start: int
    end: int
    entry: TriggerEntry

    @property
    def type(self) -> str:
        return self.entry.type


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def _forms(token: Token, norm: Callable[[str], str] | None = None) -> frozenset[str]:
    """Lemma and lower-case form of a token (in normalised spelling when ``norm`` is given)."""
    if norm is None:
        return frozenset((lemma(token), token.lower_))
    return frozenset((norm(lemma(token)), norm(token.lower_)))


def is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("NN")


def expand_conj(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(expand_conj(child))
    return out


def phrase_words(token: Token, norm: Callable[[str], str] | None = None) -> set[str]:
    """Lemma of a noun and its modifier+noun phrases ("gas", "tear gas", "chemical weapon")."""
    out = {lemma(token), token.lower_}
    mods = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    for c in mods:
        out.add(f"{lemma(c)} {lemma(token)}")
        out.add(f"{c.lower_} {lemma(token)}")
    return {norm(w) for w in out} if norm is not None else out


def reduced_passive(token: Token) -> bool:
    """A participle that modifies a noun with no subject or auxiliary of its own ("24 sailors seized off Crimea",
    "the town shelled overnight"): a passive whose object is the noun it modifies. The parser often tags the
    participle VBD and reads "off Crimea" as particle and object; a direct object anywhere else makes the verb
    active ("air strikes killed 42 people" parsed as one noun phrase)."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or not is_noun(token.head):
        return False
    kids = list(token.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids):
        return False
    particles = {c.i for c in kids if c.dep_ == "prt"}
    return all(c.i - 1 in particles for c in kids if c.dep_ == "dobj")


def object_tokens(token: Token, lex: Lexicon | None = None) -> list[Token]:
    """Objects of a verb (direct, passive subject, dative; with ``lex``, the people a reduced passive modifies) or
    of a noun ("of" complement), with conjuncts."""
    if reduced_passive(token):
        # a passive has no direct object: a "dobj" under it is a misparsed place. People the participle modifies
        # are its object ("24 sailors seized off Crimea"); a thing it modifies is only named by it ("the deal
        # reached in 2019", "property seized in the 1970s"), and captives "held" are in a state, not an act
        head = token.head
        if lex is None or lemma(quantity_head(head)) in captive_nouns(lex) or not _people(quantity_head(head), lex):
            return []
        return expand_conj(head)
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in _OBJECT_DEPS:
            out.extend(expand_conj(child))
        elif is_noun(token) and not is_verb(token) and child.dep_ == "prep" and child.lower_ in ("of", "on", "into"):
            out.extend(t for c in child.children if c.dep_ == "pobj" for t in expand_conj(c))
        elif child.dep_ == "xcomp" and is_verb(child):
            out.append(child)
    return out


#: Nouns that already say their referents are held (fallback for plover.yaml's `captive_nouns`).
CAPTIVE_NOUNS = frozenset({"prisoner", "detainee", "hostage", "captive", "inmate", "pow", "abductee"})


def captive_nouns(lex: Lexicon | None) -> frozenset[str]:
    """Nouns of persons already held, from plover.yaml's `captive_nouns` list when it has one."""
    return (lex.word_set("captive_nouns") if lex is not None else frozenset()) or CAPTIVE_NOUNS


def _people(token: Token, lex: Lexicon) -> bool:
    """A name or a people/group noun (plover.yaml `actor_heads`, the `seized_persons` set)."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE"):
        return True
    return lemma(token) in lex.word_set("actor_heads") | lex.sets.get("seized_persons", frozenset())


def governor(token: Token) -> Token | None:
    """The verb an event noun depends on ("launched an attack", "remained on alert")."""
    t = token
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "dative", "nsubj"):
        return t.head
    if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
        return t.head.head
    if t.dep_ == "compound" and t.head.dep_ in ("dobj", "nsubjpass"):
        return t.head.head
    return None


QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "million", "score", "ten", "number", "lot", "handful",
                            "couple", "group", "crowd", "some", "many", "most", "all", "several", "few", "majority",
                            "wave", "series", "spate", "string", "team", "tonne", "ton", "convoy", "shipment"})


#: Particles that before a named place are prepositions of place for the verbs of `object_propn` entries ("seized
#: off Crimea", "dismissed in Tunis"): none of those verbs makes a phrasal verb with them.
PLACE_PARTICLES = frozenset({"off", "near", "in", "inside", "outside", "at", "along", "across", "around", "beyond"})


# Verbs whose object does what their infinitive says ("forced 300,000 people to flee"); with other verbs the
# infinitive is the subject's own act or its purpose ("summoned the ambassador to complain").
OBJECT_CONTROL = frozenset({"force", "compel", "drive", "prompt", "cause", "push", "pressure", "oblige", "make"})


def quantity_head(token: Token) -> Token:
    """The counted noun of a quantity phrase: "thousands of protesters" -> protesters."""
    if lemma(token) in QUANTITY_HEADS or token.pos_ == "NUM":
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return token


def subject_tokens(token: Token) -> list[Token]:
    """Grammatical subjects of a verb, looking through xcomp/conj chains and relative clauses."""
    t = token
    for _ in range(6):
        subs = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subs:
            return [quantity_head(x) for s in subs for x in expand_conj(s)]
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBG"):
            return expand_conj(t.head)
        objects = [c for c in t.head.children if c.dep_ == "dobj"] if (
            t.dep_ == "xcomp" and lemma(t.head) in OBJECT_CONTROL) else []
        if objects:
            # object control: in "forced 300,000 people to flee", "urged Iran to talk" the object is the doer
            return [quantity_head(x) for o in objects for x in expand_conj(o)]
        if t.dep_ in ("xcomp", "conj", "advcl", "acomp") and t.head.i != t.i:
            t = t.head  # "it is willing to withdraw": through the adjective to the clause's subject
            continue
        break
    return []


def _condition_ok(token: Token, entry: TriggerEntry, lex: Lexicon | None) -> bool:
    norm = lex.spelling if lex is not None else None
    spelled = lex.spelled.get(entry) if lex is not None else None
    conds = spelled[1] if spelled is not None else {name: getattr(entry, name) for name in _CONDITION_SETS}

    def spell(word: str) -> str:
        return norm(word) if norm is not None else word

    if entry.objects:
        forms: set[str] = set()
        for obj in object_tokens(token, lex):
            forms |= phrase_words(obj, norm)
            counted = quantity_head(obj)  # "the number of troops", "a team of rescuers": the counted noun too
            if counted is not obj:
                forms |= phrase_words(counted, norm)
        if not forms & conds["objects"]:
            return False
    if entry.preps:
        preps = {c.lower_ for c in token.children if c.dep_ in ("prep", "agent", "prt", "dative")}
        if not preps & entry.preps:
            return False
    if entry.particles:
        parts = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep")}
        if not parts & entry.particles:
            return False
    if entry.governors:
        gov = governor(token)
        if gov is None or spell(lemma(gov)) not in conds["governors"]:
            return False
    if entry.subjects or "leader_subject" in entry.requires:
        heads = subject_tokens(token) if is_verb(token) else [
            c for c in token.children if c.dep_ == "poss"] + [
            p for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for p in c.children]
        if entry.subjects and not any(spell(lemma(h)) in conds["subjects"] for h in heads):
            return False
        titles = lex.sets.get("person_titles", frozenset()) if lex is not None else frozenset()
        if "leader_subject" in entry.requires and not any(
                h.ent_type_ == "PERSON" or lemma(h) in titles for h in heads):
            return False
    for req in entry.requires:
        if req in ("never", "leader_subject"):
            continue
        has_obj = any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
        if req == "object" and not has_obj:
            return False
        if req == "intransitive" and has_obj:
            return False
        if req == "xcomp" and not any(c.dep_ == "xcomp" for c in token.children):
            return False
        if req == "obligation" and not _obligation_clause(token, lex):
            return False
        if req == "protest_purpose" and not purpose_clauses(token, lex.word_set("protest_purposes") if lex else ()):
            return False
        if req == "object_propn":
            objs = [c for c in token.children if c.dep_ == "dobj"]
            if (not objs or objs[0].pos_ != "PROPN" or reduced_passive(token) or _after_place_particle(objs[0])
                    or any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in token.children)):
                return False
    return True


def _after_place_particle(obj: Token) -> bool:
    """A named "object" right after a particle that is really a preposition of place ("seized off Crimea",
    "fighting near Bakhmut" misparsed): the place where the act happened, not what it was done to."""
    prev = obj.doc[obj.i - 1] if obj.i > 0 else None
    return (prev is not None and prev.dep_ == "prt" and prev.head.i == obj.head.i
            and prev.lower_ in PLACE_PARTICLES)  # the entity label is no help: "Crimea" is often tagged ORG


def purpose_clauses(token: Token, verbs: Collection[str]) -> list[Token]:
    """Infinitive clauses of purpose on a verb whose lemma is one of ``verbs`` ("gathered ... to demand")."""
    return [c for c in token.children if c.dep_ in ("advcl", "xcomp") and is_verb(c) and lemma(c) in verbs
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def obligation_words(lex: Lexicon | None) -> frozenset[str]:
    """Auxiliaries of obligation, from plover.yaml's `obligation_aux` list when it has one."""
    return (lex.word_set("obligation_aux") if lex is not None else frozenset()) or OBLIGATION_AUX


def _obligation_clause(token: Token, lex: Lexicon | None) -> bool:
    aux = obligation_words(lex)
    return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in aux for a in c.children)
               and not any(a.dep_ == "neg" for a in c.children) for c in token.children)


def _pos_ok(token: Token, entry: TriggerEntry) -> bool:
    if entry.pos == "verb":
        return is_verb(token)
    return is_noun(token) or (token.tag_ == "VBG" and token.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass"))


def _phrase_head(span_tokens: list[Token]) -> Token:
    """The token of a matched phrase whose head lies outside it (or that is its sentence's root)."""
    ids = {t.i for t in span_tokens}
    for t in span_tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return span_tokens[-1]


def _specificity(entry: TriggerEntry) -> tuple[int, int, int, int]:
    conditions = sum(bool(x) for x in (entry.objects, entry.preps, entry.particles, entry.governors,
                                       entry.subjects)) + len(entry.requires)
    return (len(entry.words), entry.priority, conditions, -entry.line)


# Key of `match_triggers` answers in the doc's memo table (`attach.doc_index`).
_MATCHES_KEY = "polemos.trigger_matches"


def match_triggers(doc: Doc | Span, lex: Lexicon) -> list[TriggerMatch]:
    """Trigger matches in a doc or sentence, one per head token: the most specific entry that holds.
    Words are compared in normalised spelling (British and American forms alike).

    The answer is kept with the doc per lexicon and token range: the events component and the attachment
    rules (`attach.lexicon_type`) both ask for every sentence. The parse must be final, as it is once
    our components run."""
    from polemos.nlp.attach import doc_index

    whole = doc if isinstance(doc, Doc) else doc.doc
    start, end = (0, len(doc)) if isinstance(doc, Doc) else (doc.start, doc.end)
    memo = doc_index(whole).memo  # rebuilt when the doc is retokenised
    key = (_MATCHES_KEY, id(lex), start, end)
    cached = memo.get(key)
    if cached is None or cached[0] is not lex:
        # positions, not Tokens: a Token held in the doc's own tables would make a reference cycle
        found = [(m.token.i, m.start, m.end, m.entry) for m in _match_triggers(doc, lex)]
        cached = memo[key] = (lex, found)
    return [TriggerMatch(whole[i], start_, end_, entry) for i, start_, end_, entry in cached[1]]


def _match_triggers(doc: Doc | Span, lex: Lexicon) -> list[TriggerMatch]:
    tokens = list(doc)
    forms = [_forms(t, lex.spelling) for t in tokens]  # once per token, not once per entry tried
    by_head: dict[int, TriggerMatch] = {}
    for k, token in enumerate(tokens):
        candidates: list[TriggerEntry] = []
        for form in forms[k]:
            candidates.extend(lex.index.get(form, ()))
        for entry in candidates:
            words = lex.spelled[entry][0] if entry in lex.spelled else entry.words
            if k + len(words) > len(tokens):
                continue
            if not all(w in forms[k + j] for j, w in enumerate(words)):
                continue
            span = tokens[k:k + len(words)]
            head = _phrase_head(span)
            if not _pos_ok(head, entry) or not _condition_ok(head, entry, lex):
                continue
            current = by_head.get(head.i)
            if current is None or _specificity(entry) > _specificity(current.entry):
                by_head[head.i] = TriggerMatch(head, span[0].i, span[-1].i + 1, entry)
    return sorted(by_head.values(), key=lambda m: m.token.i)


def iter_entries_of_type(lex: Lexicon, type_: str) -> Iterator[TriggerEntry]:
    """Entries of one PLOVER type, in file order."""
    return (e for e in lex.entries if e.type == type_)
