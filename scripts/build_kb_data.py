"""Regenerate leaders.jsonl, groups.jsonl and organizations.jsonl from scripts/kb_sources/*.py.

Usage: python scripts/build_kb_data.py   (writes into src/polemos/data/kb/ and reports problems)
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "scripts" / "kb_sources"
KB_DIR = ROOT / "src" / "polemos" / "data" / "kb"

# output file -> source modules feeding it
OUTPUTS = {
    "leaders.jsonl": ["leaders_g20", "leaders_mena", "leaders_other"],
    "groups.jsonl": ["groups_mideast", "groups_world"],
    "organizations.jsonl": ["organizations"],
}


def collect(module_names: list[str]) -> list[dict[str, Any]]:
    """Import each source module and return the records it registered, in order."""
    sys.path.insert(0, str(SOURCES))
    dsl = importlib.import_module("_dsl")
    out: list[dict[str, Any]] = []
    for name in module_names:
        dsl.RECORDS.clear()
        importlib.import_module(name)
        out.extend(dsl.RECORDS)
    dsl.RECORDS.clear()
    return out


def external_ids() -> set[str]:
    """Ids defined by the KB files this script does not write (countries, state bodies, agents)."""
    ids: set[str] = set()
    mine = set(OUTPUTS)
    for path in sorted(KB_DIR.glob("*.jsonl")):
        if path.name in mine:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def references(rec: dict[str, Any]) -> list[str]:
    """Every id a record points at: parent, relation partners, position organisations."""
    refs = [rec["parent"]] if rec.get("parent") else []
    refs += [r["with"] for r in rec.get("relations", [])]
    refs += [p["org"] for p in rec.get("positions", [])]
    return refs


def build() -> list[str]:
    """Write the three files; return a list of problems (duplicate ids, dangling references)."""
    problems: list[str] = []
    records = {fname: collect(mods) for fname, mods in OUTPUTS.items()}
    known = external_ids()
    seen: set[str] = set()
    for fname, recs in records.items():
        for rec in recs:
            if rec["id"] in seen or rec["id"] in known:
                problems.append(f"{fname}: duplicate id {rec['id']}")
            seen.add(rec["id"])
    known |= seen
    for fname, recs in records.items():
        for rec in recs:
            for ref in references(rec):
                if ref not in known:
                    problems.append(f"{fname}: {rec['id']} refers to unknown id {ref}")
        text = "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in recs)
        (KB_DIR / fname).write_text(text, encoding="utf-8")
    return problems


if __name__ == "__main__":
    found = build()
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
