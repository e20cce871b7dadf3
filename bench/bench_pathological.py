#!/usr/bin/env python3
"""Time of pathological texts against a normal text of the same size, in one process; and how the cost of
one doc grows with its length.

Usage: python bench/bench_pathological.py [--size 20000] [--scale 50000,100000,200000] [--parts 20000,50000]

(1) ``Extractor.extract`` of: N commas, N quotes on each side of a sentence, a comma list (", " N/2 times),
N characters of normal news text; prints seconds and the ratio to the normal text (issue #12: 20,000 commas
or quotes must finish under 30 s). (2) ``--scale``: each pipeline component's seconds on ONE doc of each
length (no parts), to find components whose cost grows faster than the text. (3) ``--parts``: the
extraction of the longest ``--scale`` text with each ``PART_CHARS``, to choose it. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import SHARED_EVAL, SOURCES, cpu_seconds, read_sentences, synthesize

SENTENCE = " Police fired tear gas at protesters in Nairobi on Wednesday, killing two people. "


def normal_text(size: int, *, seed: int = 13) -> str:
    """``size`` characters of synthetic news articles (those of bench_extract.py), cut at a paragraph break."""
    sentences = read_sentences(SHARED_EVAL / name for name in SOURCES if (SHARED_EVAL / name).exists())
    if not sentences:
        sentences = [SENTENCE.strip()] * 50
    text = ""
    n = max(4, size // 3000)
    while len(text) < size:
        text = "\n\n".join(t for t, _ in synthesize(sentences, n, seed=seed))
        n *= 2
    cut = text.rfind("\n\n", 0, size)
    return text[:cut] if cut > size * 0.9 else text[:size]


def pathological(size: int) -> dict[str, str]:
    return {
        "commas": "," * size,
        "quotes each side": '"' * size + SENTENCE + '"' * size,
        "comma list": ", " * (size // 2),
        "normal text": normal_text(size),
    }


def timed(run: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), cpu_seconds()
    result = run()
    return time.perf_counter() - wall, cpu_seconds() - cpu, result


def run_cases(extractor: Any, size: int) -> list[dict[str, Any]]:
    rows = []
    for name, text in pathological(size).items():
        wall, cpu, extraction = timed(lambda text=text: extractor.extract(text, skip=[]))
        rows.append({"case": name, "chars": len(text), "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                     "events": len(extraction.events), "error": extraction.error})
    normal = rows[-1]["cpu_s"] or 1e-9
    for row in rows:
        row["ratio_cpu"] = round(row["cpu_s"] / normal, 2)
    return rows


def run_scale(nlp: Any, sizes: list[int]) -> list[dict[str, Any]]:
    from polemos.nlp.doc_index import release
    from polemos.nlp.pipe import make_docs

    rows = []
    for size in sizes:
        doc = next(make_docs(nlp, [(normal_text(size), None)]))
        row: dict[str, Any] = {"chars": len(doc.text), "tokens": len(doc)}
        for name, proc in nlp.pipeline:
            _, cpu, doc = timed(lambda proc=proc, doc=doc: proc(doc))
            row[name] = round(cpu, 2)
        row["total"] = round(sum(v for k, v in row.items() if k not in ("chars", "tokens")), 2)
        release(doc)
        rows.append(row)
    return rows


def run_parts(extractor: Any, size: int, parts: list[int]) -> list[dict[str, Any]]:
    from polemos.io import prepare

    text, saved, rows = normal_text(size), prepare.PART_CHARS, []
    try:
        for part in parts:
            prepare.PART_CHARS = part
            wall, cpu, extraction = timed(lambda: extractor.extract(text, skip=[]))
            rows.append({"chars": len(text), "part_chars": part, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                         "events": len(extraction.events)})
    finally:
        prepare.PART_CHARS = saved
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20_000, help="characters of each case (default 20000)")
    parser.add_argument("--scale", default="", help="comma-separated doc lengths for per-component times")
    parser.add_argument("--parts", default="", help="comma-separated PART_CHARS to time on the longest --scale text")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    from polemos.nlp.extractor import Extractor

    extractor = Extractor()
    extractor.extract(SENTENCE)  # warm-up
    out: dict[str, Any] = {"cases": run_cases(extractor, args.size)}
    sizes = [int(s) for s in args.scale.split(",") if s.strip()]
    if sizes:
        out["scale"] = run_scale(extractor.nlp, sizes)
    parts = [int(s) for s in args.parts.split(",") if s.strip()]
    if parts:
        out["parts"] = run_parts(extractor, max(sizes or [200_000]), parts)
    if args.json:
        print(json.dumps(out))
        return 0
    for row in out["cases"]:
        print(f"{row['case']:<17} {row['chars']:>7} chars  {row['wall_s']:7.2f} s wall  {row['cpu_s']:7.2f} s CPU"
              f"  x{row['ratio_cpu']:<6} of normal text  {row['events']} events{'  ' + row['error'] if row['error'] else ''}")
    for row in out.get("scale", []):
        parts_s = "  ".join(f"{k.removeprefix('polemos_')}={v}" for k, v in row.items()
                            if k not in ("chars", "tokens", "total") and v >= 0.05)
        print(f"one doc of {row['chars']:>7} chars ({row['tokens']} tokens): {row['total']:6.2f} s CPU  {parts_s}")
    for row in out.get("parts", []):
        print(f"{row['chars']} chars in parts of {row['part_chars']:>7}: {row['wall_s']:6.2f} s wall  "
              f"{row['cpu_s']:6.2f} s CPU  {row['events']} events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
