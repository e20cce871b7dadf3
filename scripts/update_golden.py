#!/usr/bin/env python3
"""Regenerate the golden extraction files in tests/golden/ from their inputs.

Usage: python scripts/update_golden.py [CASE ...]   (default: every case)

A case is tests/golden/<case>.jsonl (input records) -> tests/golden/<case>.events.jsonl (the
`polemos extract` output, canonical: sorted keys, one object per line). The case `seed` reads
the founding document from tests/data/eval/seed.jsonl. Review the diff before committing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from polemos.errors import InputError
from polemos.io.contract import canonical_json, extract_records, read_records

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
DATA_EVAL = ROOT / "tests" / "data" / "eval"
DATA_CASES = ("seed",)  # inputs that are also evaluation files, kept in tests/data/eval


def case_inputs() -> dict[str, Path]:
    """Every golden case and its input file."""
    cases = {p.name[: -len(".jsonl")]: p for p in sorted(GOLDEN.glob("*.jsonl")) if not p.name.endswith(".events.jsonl")}
    for name in DATA_CASES:
        cases[name] = DATA_EVAL / f"{name}.jsonl"
    return cases


def main(argv: list[str]) -> int:
    from polemos.nlp.extractor import Extractor

    cases = case_inputs()
    wanted = argv or sorted(cases)
    unknown = [name for name in wanted if name not in cases]
    if unknown:
        print(f"unknown case(s): {', '.join(unknown)}; known: {', '.join(sorted(cases))}", file=sys.stderr)
        return 2
    extractor = Extractor()
    for name in wanted:
        source = cases[name]
        if not source.exists():
            print(f"skipped {name}: {source} not found", file=sys.stderr)
            continue
        records = []
        for item in read_records(source):
            if isinstance(item, InputError):
                print(f"error: {item}", file=sys.stderr)
                return 1
            records.append(item)
        lines = [canonical_json(obj) for obj in extract_records(records, extractor=extractor)]
        target = GOLDEN / f"{name}.events.jsonl"
        target.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"wrote {target.relative_to(ROOT)} ({len(lines)} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
