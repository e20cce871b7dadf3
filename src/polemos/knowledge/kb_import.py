"""Import PETRARCH/TABARI (CAMEO) actor and agent dictionaries as polemos KB records.

Actor dictionaries: a name line (``_`` for spaces), ``+ALIAS`` synonym lines, code blocks
``[CODE]`` on the name line or indented below, optionally date-restricted (``[CODE <YYMMDD]``,
``[CODE >YYMMDD]``, ``[CODE YYYYMMDD-YYYYMMDD]``), ``#`` comments. Agent dictionaries: ``NAME {PLURALS}
[~CODE]`` with ``!MACRO! = A, B`` substitutions. The country is the code's first three letters, the
sector the next three.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from polemos.knowledge.kb_records import is_country_code, load_sectors

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_MACRO_RE = re.compile(r"^(![A-Z_]+!)\s*=\s*(.+)$")
_DISCARD = frozenset({"---", "+++", "###", ""})
SECTOR_KINDS = {
    "GOV": "government", "MIL": "armed_forces", "COP": "police", "REB": "armed_group", "INS": "armed_group",
    "PTY": "party", "IGO": "igo", "NGO": "ngo", "MED": "media", "BUS": "company", "MNC": "company",
    "OPP": "movement", "SPY": "government", "JUD": "government", "LEG": "government",
}


@dataclass
class DictEntry:
    """One dictionary entry as read: its names, code blocks and comment-free source line."""

    names: list[str]
    codes: list[str] = field(default_factory=list)
    plurals: list[str] = field(default_factory=list)
    line: int = 0


def _strip_comments(lines: list[str]) -> Iterator[tuple[int, str]]:
    """(line number, text) with ``#`` comments and ``<!-- -->`` blocks removed, blank lines skipped."""
    in_xml = False
    for number, raw in enumerate(lines, start=1):
        text = raw.split("#", 1)[0].rstrip()
        if in_xml:
            if "-->" in text:
                in_xml = False
            continue
        if text.lstrip().startswith("<"):
            in_xml = "-->" not in text
            continue
        if text.strip():
            yield number, text


def readable(name: str) -> str:
    """A dictionary phrase as plain text: ``UNITED_STATES_`` -> ``United States``."""
    words = name.replace("_", " ").split()
    return " ".join(w if (len(w) <= 4 and "." not in w and w.isupper() and len(words) == 1) else w.capitalize()
                    if w.isalpha() else w.title() for w in words)


def parse_dictionary(text: str) -> tuple[list[DictEntry], bool]:
    """Entries of an actor or agent dictionary, and whether it is an agent dictionary (``~`` codes)."""
    entries: list[DictEntry] = []
    macros: dict[str, list[str]] = {}
    agents = False
    for number, line in _strip_comments(text.splitlines()):
        stripped = line.strip()
        m = _MACRO_RE.match(stripped)
        if m:
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = [c.strip() for c in _CODE_RE.findall(stripped)]
        agents = agents or any("~" in c for c in codes)
        head = _CODE_RE.sub("", stripped).strip()
        plurals = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        if stripped.startswith("+"):
            if entries:
                entries[-1].names.append(head[1:].strip())
                entries[-1].codes += codes
            continue
        if not head and line[:1].isspace() and entries:
            entries[-1].codes += codes  # an indented code block under the name
            continue
        if head:
            entries.append(DictEntry(names=[head], codes=codes, line=number,
                                     plurals=[p for group in plurals for p in group.split(",") if p.strip()]))
    for entry in entries:
        entry.names = [n for name in entry.names for n in _expand(name, macros)]
    return entries, agents


def _expand(name: str, macros: dict[str, list[str]]) -> list[str]:
    """Every spelling of a name after ``!MACRO!`` substitution."""
    for macro, words in macros.items():
        if macro in name:
            return [n for w in words for n in _expand(name.replace(macro, w), macros)]
    return [name]


def split_code(code: str) -> tuple[str, str | None]:
    """The bare code and its date restriction text: ``HOBGOV 19950601-19990815`` -> (HOBGOV, ...)."""
    parts = code.split(None, 1)
    return parts[0], parts[1] if len(parts) > 1 else None


def classify(code: str, sectors: dict[str, str]) -> tuple[str | None, str]:
    """Country and sector of a CAMEO code: ``ISRMIL`` -> (ISR, MIL), ``IGOEEU`` -> (None, IGO)."""
    code = code.strip("~").upper()
    if code[:3] in sectors and not is_country_code(code[:3]):
        return None, code[:3]
    country = code[:3] if is_country_code(code[:3]) else None
    # Sector is the first known three-letter block after the country: PSEREBHMS, PSEHMSGOV.
    blocks = [code[i:i + 3] for i in range(3, len(code), 3)]
    sector = next((b for b in blocks if b in sectors), "GOV" if len(code) == 3 and country else "UNK")
    return country, sector


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def to_records(entries: list[DictEntry], *, agents: bool, prefix: str = "petrarch") -> list[dict[str, Any]]:
    """KB records for dictionary entries (discard codes such as ``[---]`` skip the entry)."""
    sectors = load_sectors()
    records: list[dict[str, Any]] = []
    used: set[str] = set()
    for entry in entries:
        if not entry.codes:
            continue
        plain = [c for c in entry.codes if split_code(c)[1] is None]
        code, _ = split_code(plain[0] if plain else entry.codes[-1])
        if code in _DISCARD:
            continue
        names = [readable(n) for n in entry.names if n.strip()]
        ident = f"{prefix}:{_slug(names[0])}"
        k = 2
        while ident in used:
            ident, k = f"{prefix}:{_slug(names[0])}-{k}", k + 1
        used.add(ident)
        if agents:
            sector = code.replace("~", "")[:3].upper()
            nouns = [n.lower() for n in names] + [readable(p).lower() for p in entry.plurals]
            records.append({"id": ident, "name": nouns[0], "nouns": nouns, "kind": "agent", "country": None,
                            "sector": sector if sector in sectors else "UNK"})
            continue
        country, sector = classify(code, sectors)
        kind = "state" if country and len(code) == 3 else SECTOR_KINDS.get(sector, "movement")
        record: dict[str, Any] = {"id": ident, "name": names[0], "aliases": names[1:], "kind": kind,
                                  "country": country, "sector": sector}
        restricted = [c for c in entry.codes if split_code(c)[1] is not None]
        if restricted or country is None:
            record["note"] = "PETRARCH codes: " + "; ".join(entry.codes)
        records.append(record)
    return records


def import_petrarch(text: str, *, prefix: str = "petrarch") -> list[dict[str, Any]]:
    """KB records (JSON-ready dicts) from the text of a PETRARCH actor or agent dictionary."""
    entries, agents = parse_dictionary(text)
    return to_records(entries, agents=agents, prefix=prefix)


__all__ = ["classify", "import_petrarch", "parse_dictionary", "readable", "split_code", "to_records"]
