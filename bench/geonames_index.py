"""The GeoNames index's cost: build time and size, open (start-up) time, extra RSS, lookups and places/s.

    python bench/geonames_index.py            # builds into a temporary cache folder first
    python bench/geonames_index.py --no-build # measures the index at the default path (built if missing)

Start-up and RSS are measured in this process against a baseline taken just before opening the index
and resolving a sample document (the cost a worker pays once).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import psutil

SAMPLE = ["Baghdad", "Mosul", "Tikrit", "Springfield", "Parkland", "Kansas City", "Tripoli", "Beirut", "Aleppo",
          "Kano", "Maiduguri", "Paris", "London", "Georgia", "Texas", "Alexandria", "Kabul", "Kandahar"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--rounds", type=int, default=200, help="resolved documents for places/s")
    a = ap.parse_args()
    proc = psutil.Process()
    if not a.no_build:
        os.environ["POLEMOS_CACHE_DIR"] = tempfile.mkdtemp(prefix="polemos-geonames-")
        from polemos.knowledge.geonames import build_index

        report = build_index()
        print(f"build: {report.seconds:.1f} s, {report.bytes / 2**20:.1f} MiB, {report.places} places, "
              f"{report.names} names; dropped alternate names by reason {report.dropped_names}")
        del report
    import gc

    gc.collect()
    base_rss = proc.memory_info().rss
    t0 = time.perf_counter()
    from polemos.knowledge.geonames import DocumentContext, Mention, Resolver, open_index

    index = open_index()
    resolver = Resolver(index)
    mentions = [Mention(name, i * 20, i * 20 + len(name)) for i, name in enumerate(SAMPLE)]
    resolver.resolve(mentions, DocumentContext(countries={"IRQ": 1.0}))
    startup = time.perf_counter() - t0
    rss = proc.memory_info().rss - base_rss
    print(f"open: {startup:.3f} s (import, open, first document), extra RSS {rss / 2**20:.1f} MiB; "
          f"index {Path(index.path).stat().st_size / 2**20:.1f} MiB at {index.path}")
    t0 = time.perf_counter()
    n = 0
    for _ in range(a.rounds):
        for name in SAMPLE:
            index.lookup(name)
            n += 1
    print(f"lookups: {n / (time.perf_counter() - t0):.0f} names/s")
    t0 = time.perf_counter()
    for _ in range(a.rounds):
        resolver.resolve(mentions, DocumentContext())
    elapsed = time.perf_counter() - t0
    print(f"resolver: {a.rounds * len(mentions) / elapsed:.0f} places/s ({len(mentions)}-mention documents)")
    print(f"extra RSS after the runs: {(proc.memory_info().rss - base_rss) / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
