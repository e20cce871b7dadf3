"""Generate src/polemos/data/kb/countries.jsonl from pycountry plus the hand-written country_extras.csv.

Run from the repository root:  python scripts/build_countries.py
For each row: the state (ISO alpha-3 id), its government (.GOV), armed forces (.MIL) and police (.COP).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pycountry

KB_DIR = Path(__file__).resolve().parent.parent / "src" / "polemos" / "data" / "kb"
EXTRAS = KB_DIR / "country_extras.csv"
OUT = KB_DIR / "countries.jsonl"

# pycountry names too ambiguous to be aliases ("Congo" is both COG and COD in the news).
SKIP_NAMES = {"Congo"}
# Demonyms whose plural is the same word or irregular unless the CSV's `people` column says otherwise.
_NO_PLURAL_ENDINGS = ("ese", "ss", "sh", "ch", "i-kiribati")


def split(value: str) -> list[str]:
    """Values of a `|`-separated CSV cell."""
    return [v.strip() for v in value.split("|") if v.strip()]


def plural(demonym: str) -> str | None:
    """Plural noun for the people of a country ("Iraqi" -> "Iraqis"), None where it has none."""
    low = demonym.lower()
    if low.endswith(_NO_PLURAL_ENDINGS) or " " in demonym and not low.endswith(("an", "i")):
        return None
    return demonym + "s"


def unique(items: list[str]) -> list[str]:
    """Items without case-insensitive duplicates, first spelling kept."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            out.append(item)
    return out


def pycountry_names(iso3: str) -> list[str]:
    """pycountry's name, official and common names, where they read as plain English names."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return []
    names = [getattr(country, attr, None) for attr in ("name", "official_name", "common_name")]
    out = []
    for name in names:
        if not name or "," in name or "(" in name or name in SKIP_NAMES:
            continue
        out.append(name.removeprefix("the "))
    return out


def with_article(name: str) -> str:
    """The name as it reads after "of": "the United States", "Iraq"."""
    first, last = name.split()[0], name.split()[-1]
    if first in {"United", "Republic", "Democratic", "Central", "Czech", "Dominican", "Holy"} or (
        last in {"Islands", "Netherlands", "Philippines", "Bahamas", "Comoros", "Seychelles", "Maldives"}
    ) or name == "Gambia":
        return f"the {name}"
    return name


def records_for(row: dict[str, str]) -> list[dict[str, Any]]:
    """The four KB records of one CSV row."""
    iso3, name = row["iso3"].strip(), row["name"].strip()
    of_name = with_article(name)
    demonyms = split(row["demonyms"])
    people = split(row["people"]) or [p for p in (plural(d) for d in demonyms) if p]
    capitals = split(row["capitals"])
    names = unique([name, *split(row["aliases"]), *pycountry_names(iso3)])
    adjectives = unique([*demonyms, name])
    un_member = row["un_member"].strip().lower() == "yes"

    state: dict[str, Any] = {
        "id": iso3, "name": name, "aliases": [n for n in names if n != name], "kind": "state",
        "country": iso3, "sector": "GOV", "demonyms": demonyms, "people": people,
        "un_member": un_member,
    }
    gov_aliases = [f"{a} {w}" for a in adjectives for w in ("government", "regime", "authorities")]
    gov_aliases += [f"government of {of_name}", *capitals, *split(row.get("gov_aliases", ""))]
    gov_name = row.get("gov_name", "").strip() or f"Government of {of_name}"
    government: dict[str, Any] = {
        "id": f"{iso3}.GOV", "name": gov_name, "aliases": [a for a in unique(gov_aliases) if a != gov_name],
        "kind": "government", "country": iso3, "sector": "GOV", "parent": iso3,
    }
    mil_aliases = [f"{a} {w}" for a in adjectives for w in ("armed forces", "army", "military", "troops")]
    mil_aliases += [f"armed forces of {of_name}", *split(row.get("mil_aliases", ""))]
    first = demonyms[0] if demonyms else name
    mil_name = row.get("mil_name", "").strip() or f"{first} Armed Forces"
    military: dict[str, Any] = {
        "id": f"{iso3}.MIL", "name": mil_name, "aliases": [a for a in unique(mil_aliases) if a != mil_name],
        "kind": "armed_forces", "country": iso3, "sector": "MIL", "parent": iso3,
    }
    police: dict[str, Any] = {
        "id": f"{iso3}.COP", "name": f"{first} Police",
        "aliases": unique([f"{a} police" for a in adjectives] + [f"police of {of_name}"]
                          + split(row.get("cop_aliases", ""))),
        "kind": "police", "country": iso3, "sector": "COP", "parent": iso3,
    }
    return [state, government, military, police]


def main() -> None:
    """Write countries.jsonl, one record per line, in CSV order."""
    with EXTRAS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    lines = [json.dumps(rec, ensure_ascii=False) for row in rows for rec in records_for(row)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
