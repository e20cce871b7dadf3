"""Compact constructors for hand-written KB records; scripts/build_kb_data.py turns them into JSONL."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

OFFICES = {
    "hos": "head_of_state", "hog": "head_of_government", "sl": "supreme_leader", "cmd": "commander",
    "ldr": "leader", "dep": "deputy_leader", "sg": "secretary_general", "pres": "president",
    "min": "minister", "vp": "vice_president", "cp": "crown_prince", "chief": "chief",
    "spk": "speaker", "fnd": "founder",
}

RECORDS: list[dict[str, Any]] = []


def slugify(name: str) -> str:
    """Lower-case ASCII slug of a name: 'Sebastián Piñera' -> 'sebastian-pinera'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower().replace("'", "")).strip("-")


def _aliases(name: str, aliases: str) -> list[str]:
    out: list[str] = []
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    for alias in [a.strip() for a in aliases.split(";")] + [folded]:
        if alias and alias != name and alias not in out:
            out.append(alias)
    return out


def _position(spec: str) -> dict[str, Any]:
    # "ORG|Title|office|from|to"; an empty 'to' means still in office
    org, title, office, start, end = (p.strip() for p in spec.split("|"))
    return {"org": org, "title": title, "office": OFFICES.get(office, office),
            "from": start or None, "to": end or None}


def _relations(spec: str) -> list[dict[str, Any]]:
    # "TYPE WITH [FROM] [TO]; ..." with '-' for an unknown date
    out: list[dict[str, Any]] = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        bits = part.split()
        dates = [None if b == "-" else b for b in bits[2:4]] + [None, None]
        out.append({"type": bits[0], "with": bits[1], "from": dates[0], "to": dates[1]})
    return out


def L(name: str, aliases: str, country: str, sector: str, *positions: str,
      slug: str | None = None, note: str | None = None) -> None:
    """A person with their positions."""
    rec: dict[str, Any] = {"id": f"person:{slug or slugify(name)}", "name": name,
                           "aliases": _aliases(name, aliases), "kind": "person",
                           "country": country or None, "sector": sector,
                           "positions": [_position(p) for p in positions]}
    if note:
        rec["note"] = note
    RECORDS.append(rec)


def G(slug: str, name: str, aliases: str, kind: str, country: str | None, sector: str, *,
      parent: str | None = None, rel: str = "", frm: str | None = None, to: str | None = None,
      note: str | None = None, prefix: str = "group") -> None:
    """A group, party, movement or organisation."""
    rec: dict[str, Any] = {"id": f"{prefix}:{slug}", "name": name, "aliases": _aliases(name, aliases),
                           "kind": kind, "country": country or None, "sector": sector}
    if parent:
        rec["parent"] = parent
    if rel:
        rec["relations"] = _relations(rel)
    if frm or to:
        rec["from"], rec["to"] = frm, to
    if note:
        rec["note"] = note
    RECORDS.append(rec)


def O(slug: str, name: str, aliases: str, kind: str, country: str | None, sector: str, **kw: Any) -> None:
    """An IGO, NGO or media organisation (id prefix 'org:')."""
    G(slug, name, aliases, kind, country, sector, prefix="org", **kw)
