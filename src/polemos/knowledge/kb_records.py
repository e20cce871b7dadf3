"""The records of the actor knowledge base: entries, dated positions and standing relations, the name
folding used to match them, and the validation of each JSON Lines record (errors name the file, line and
field). The schema is documented in ``docs/kb.md``."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from polemos.errors import KnowledgeBaseError

KINDS: frozenset[str] = frozenset({
    "state", "government", "armed_forces", "police", "armed_group", "party", "movement", "igo", "ngo",
    "person", "media", "company", "agent",
})


RELATION_KINDS: frozenset[str] = frozenset({"ALLY", "ENEMY", "CONTROLS", "COOPERATES"})


# Codes in wide use that ISO 3166 has not assigned (Kosovo).
EXTRA_COUNTRY_CODES: frozenset[str] = frozenset({"XKX"})


KNOWN_FIELDS: frozenset[str] = frozenset({
    "id", "wikidata", "name", "aliases", "kind", "country", "sector", "parent", "positions", "relations",
    "from", "to", "note", "nouns", "facilities", "demonyms", "people", "un_member", "office",
})


_ID_RE = re.compile(r"^(?:[A-Z]{3}(?:\.[A-Z0-9_]+)*|[a-z]+:[a-z0-9][a-z0-9._-]*)$")


_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


_QID_RE = re.compile(r"^Q[1-9]\d*$")


_PUNCT_MAP = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u201c": '"', "\u201d": '"',
})


_VOWELS = re.compile(r"[aeiouy]")


def fold(text: str) -> str:
    """Case-folded text with diacritics removed and quote/dash variants unified."""
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT_MAP))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def normalise(text: str) -> str:
    """Lookup key of a name: folded, no apostrophes/dots, hyphens as spaces, no leading "the"."""
    text = fold(text).replace("'", "").replace(".", "")
    text = re.sub(r"[^\w&]+", " ", text).strip()
    return text.removeprefix("the ")


def skeleton(text: str) -> str:
    """Consonant skeleton of a name, so transliterations meet: Suleimani/Soleimani -> 'slmn'."""
    key = _VOWELS.sub("", normalise(text).replace(" ", "").replace("q", "k").replace("w", ""))
    return re.sub(r"(.)\1+", r"\1", key)


def date_bounds(value: str | None, *, end: bool) -> date | None:
    """First (or, with ``end``, last) day of a YYYY[-MM[-DD]] value; None stays None."""
    if value is None:
        return None
    m = _DATE_RE.match(value)
    if not m:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if m.group(3):
        return date(year, month, int(m.group(3)))
    if not end:
        return date(year, month, 1)
    next_month = date(year + month // 12, month % 12 + 1, 1)
    return date.fromordinal(next_month.toordinal() - 1)


def in_period(on: date | None, start: str | None, end: str | None) -> bool:
    """Whether ``on`` (None: now) lies within [start, end]; an open end means still current."""
    if on is None:
        return end is None
    lo, hi = date_bounds(start, end=False), date_bounds(end, end=True)
    return (lo is None or lo <= on) and (hi is None or on <= hi)


@dataclass(frozen=True)
class Position:
    """A post a person held: office in an organisation, from/to dates (YYYY[-MM[-DD]])."""

    org: str
    title: str
    office: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class StandingRelation:
    """A relation the KB asserts between two actor ids."""

    type: str
    a: str
    b: str
    start: str | None = None
    end: str | None = None
    note: str = ""


@dataclass
class Entry:
    """One validated KB record; ``raw`` keeps the JSON object for saving."""

    id: str
    name: str
    kind: str
    country: str | None
    sector: str
    aliases: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    facilities: tuple[str, ...] = ()  # agents: sites and equipment that stand for them ("base", "drone")
    demonyms: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    parent: str | None = None
    positions: tuple[Position, ...] = ()
    relations: tuple[StandingRelation, ...] = ()
    start: str | None = None
    end: str | None = None
    office: str | None = None
    source: str = ""
    line: int = 0
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def primary_sector(self) -> str:
        """The one sector code to emit (the first of alternatives such as ``OPP|CVL``)."""
        return self.sector.split("|")[0]

    def names(self) -> list[str]:
        """Name, aliases and, for agents, nouns."""
        return [self.name, *self.aliases, *self.nouns]


def load_sectors() -> dict[str, str]:
    """Sector code -> name, from ``data/sectors.csv``."""
    text = (resources.files("polemos") / "data" / "sectors.csv").read_text(encoding="utf-8")
    return {row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))}


def is_country_code(code: str) -> bool:
    """Whether ``code`` is an ISO 3166 alpha-3 code (or Kosovo's XKX)."""
    import pycountry

    return code in EXTRA_COUNTRY_CODES or (
        len(code) == 3 and code.isupper() and pycountry.countries.get(alpha_3=code) is not None
    )


def _country_hint(value: str) -> str:
    import pycountry

    try:
        return f"; use e.g. {pycountry.countries.lookup(value).alpha_3!r}"
    except LookupError:
        return "; use e.g. 'IRQ'"


class _Check:
    """Raises KnowledgeBaseError for one record, naming file, line and field."""

    def __init__(self, path: str, line: int) -> None:
        self.path, self.line = path, line

    def fail(self, problem: str, fld: str | None = None) -> KnowledgeBaseError:
        return KnowledgeBaseError(self.path, problem, line=self.line, field=fld)

    def string(self, obj: dict[str, Any], key: str, *, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if required:
                raise self.fail(f"missing required field {key!r}; see docs/kb.md", key)
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{value!r} must be a non-empty string", key)
        return value

    def strings(self, obj: dict[str, Any], key: str) -> tuple[str, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail("must be a list of non-empty strings", key)
        return tuple(value)

    def date(self, value: Any, fld: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"bad date: {value!r} is not a string; write YYYY, YYYY-MM or YYYY-MM-DD", fld)
        try:
            date_bounds(value, end=False)
        except ValueError as exc:
            raise self.fail(f"bad date: {exc}; write YYYY, YYYY-MM or YYYY-MM-DD", fld) from None
        return value


def parse_record(obj: Any, path: str, line: int, sectors: dict[str, str]) -> Entry:
    """Validate one decoded JSON line and return its Entry (references are checked later)."""
    check = _Check(path, line)
    if not isinstance(obj, dict):
        raise check.fail("each line must be a JSON object")
    ident = check.string(obj, "id", required=True)
    assert ident is not None
    if not _ID_RE.match(ident):
        raise check.fail(f"{ident!r} is not a valid id: use ISO alpha-3 ('IRQ'), 'IRQ.GOV' or a prefixed "
                         "slug ('group:hezbollah')", "id")
    name = check.string(obj, "name", required=True)
    kind = check.string(obj, "kind", required=True)
    if kind not in KINDS:
        raise check.fail(f"{kind!r} is not a kind; use one of {', '.join(sorted(KINDS))}", "kind")
    if "country" not in obj:
        raise check.fail("missing required field 'country' (null for IGOs and agents)", "country")
    country = obj["country"]
    if country is not None and (not isinstance(country, str) or not is_country_code(country)):
        raise check.fail(f"{country!r} is not an ISO 3166 alpha-3 code{_country_hint(str(country))}", "country")
    sector = check.string(obj, "sector", required=True)
    assert sector is not None and name is not None
    codes = sector.split("|")
    if len(codes) > 1 and kind != "agent":
        raise check.fail(f"{sector!r}: only agents may list alternative sectors; give one code", "sector")
    for code in codes:
        if code not in sectors:
            raise check.fail(f"{code!r} is not a sector code in data/sectors.csv (e.g. GOV, MIL, REB)", "sector")
    wikidata = obj.get("wikidata")
    if wikidata is not None and (not isinstance(wikidata, str) or not _QID_RE.match(wikidata)):
        raise check.fail(f"{wikidata!r} is not a Wikidata QID like 'Q30'", "wikidata")
    nouns = check.strings(obj, "nouns")
    if kind == "agent" and not nouns:
        raise check.fail("agents need a non-empty 'nouns' list", "nouns")
    facilities = check.strings(obj, "facilities")
    if facilities and kind != "agent":
        raise check.fail("only agents have 'facilities'; move the nouns to an agent record", "facilities")
    parent = check.string(obj, "parent")
    if parent is not None and parent == ident:
        raise check.fail("an actor cannot be its own parent", "parent")
    positions = tuple(_parse_position(check, p, i) for i, p in enumerate(_list(check, obj, "positions")))
    relations = tuple(_parse_relation(check, ident, r, i) for i, r in enumerate(_list(check, obj, "relations")))
    un_member = obj.get("un_member")
    if un_member is not None and not isinstance(un_member, bool):
        raise check.fail("must be true or false", "un_member")
    if "note" in obj:
        check.string(obj, "note")
    return Entry(
        id=ident, name=name, kind=kind, country=country, sector=sector, aliases=check.strings(obj, "aliases"),
        nouns=nouns, facilities=facilities, demonyms=check.strings(obj, "demonyms"), people=check.strings(obj, "people"),
        parent=parent, positions=positions, relations=relations,
        start=check.date(obj.get("from"), "from"), end=check.date(obj.get("to"), "to"),
        office=check.string(obj, "office"), source=path, line=line, raw=obj,
    )


def _list(check: _Check, obj: dict[str, Any], key: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise check.fail("must be a list of objects", key)
    return value


def _parse_position(check: _Check, pos: Any, i: int) -> Position:
    fld = f"positions[{i}]"
    if not isinstance(pos, dict):
        raise check.fail("must be an object with org, title, office, from, to", fld)
    org, title = pos.get("org"), pos.get("title")
    if not isinstance(org, str) or not org:
        raise check.fail("missing 'org' (the id of the organisation or state)", f"{fld}.org")
    if not isinstance(title, str) or not title:
        raise check.fail("missing 'title' (e.g. 'President')", f"{fld}.title")
    office = pos.get("office")
    if office is not None and not isinstance(office, str):
        raise check.fail("must be a string such as 'head_of_state'", f"{fld}.office")
    return Position(org=org, title=title, office=office, start=check.date(pos.get("from"), f"{fld}.from"),
                    end=check.date(pos.get("to"), f"{fld}.to"))


def _parse_relation(check: _Check, ident: str, rel: Any, i: int) -> StandingRelation:
    fld = f"relations[{i}]"
    if not isinstance(rel, dict):
        raise check.fail("must be an object with type, with, from, to", fld)
    kind = rel.get("type")
    if kind not in RELATION_KINDS:
        raise check.fail(f"{kind!r} is not one of {', '.join(sorted(RELATION_KINDS))}", f"{fld}.type")
    other = rel.get("with")
    if not isinstance(other, str) or not other:
        raise check.fail("missing 'with' (the other actor's id)", f"{fld}.with")
    note = rel.get("note") or ""
    return StandingRelation(type=kind, a=ident, b=other, start=check.date(rel.get("from"), f"{fld}.from"),
                            end=check.date(rel.get("to"), f"{fld}.to"), note=str(note))


def parse_lines(text: str, path: str, sectors: dict[str, str]) -> Iterator[Entry | KnowledgeBaseError]:
    """Entries of a JSONL text, or the error of each bad line (blank lines are skipped)."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield KnowledgeBaseError(path, f"not valid JSON: {exc.msg} at column {exc.colno}", line=number)
            continue
        try:
            yield parse_record(obj, path, number, sectors)
        except KnowledgeBaseError as exc:
            yield exc


def reference_errors(entries: Iterable[Entry], known: set[str]) -> Iterator[KnowledgeBaseError]:
    """Errors for parent / positions.org / relations.with ids that no record defines."""
    for e in entries:
        refs = [("parent", e.parent)] + [(f"positions[{i}].org", p.org) for i, p in enumerate(e.positions)]
        refs += [(f"relations[{i}].with", r.b) for i, r in enumerate(e.relations)]
        for fld, ref in refs:
            if ref is not None and ref not in known:
                yield KnowledgeBaseError(e.source, f"{ref!r} is not the id of any KB record; add it or fix the id",
                                         line=e.line, field=fld)
