"""The places component's cost: places per second through the pipeline (model, actors, places) and the
GeoNames index's start-up time and extra memory per worker.

    python bench/bench_places.py ../shared/eval/geo_geovirus.jsonl

Start-up is measured from before the index is opened to after the first document's places are resolved
(the index must already be built: run `polemos places` once). Places per second are over the component's
own time (actors and the model excluded: they run before it) and over the whole places pipeline.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path

import psutil


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", default="../shared/eval/geo_geovirus.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="documents (0: all)")
    a = ap.parse_args()
    records = [json.loads(line) for line in Path(a.corpus).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = [str(r["text"]) for r in records][: a.limit or None]
    proc = psutil.Process()
    from polemos.nlp.pipe import make_docs
    from polemos.nlp.places.listing import places_pipeline

    nlp = places_pipeline()
    component = nlp.get_pipe("polemos_places")
    # the model and actors warm; the places component opens the index on its first document
    list(nlp.pipe(make_docs(nlp, [("Talks were held.", None)]), disable=["polemos_places"]))
    gc.collect()
    base = proc.memory_info().rss
    t0 = time.perf_counter()
    list(nlp.pipe(make_docs(nlp, [("Talks were held in Vienna and Kabul, Afghanistan.", None)])))
    startup = time.perf_counter() - t0
    extra = proc.memory_info().rss - base
    # time the places component alone: the docs already parsed by the model and the actors
    before = list(nlp.pipe(make_docs(nlp, [(t, None) for t in texts]), disable=["polemos_places"]))
    t0 = time.perf_counter()
    n = 0
    for doc in before:
        n += len(component(doc).spans["places"])
    own = time.perf_counter() - t0
    t0 = time.perf_counter()
    total = sum(len(d.spans["places"]) for d in nlp.pipe(make_docs(nlp, [(t, None) for t in texts])))
    whole = time.perf_counter() - t0
    print(f"documents {len(texts)}, places {n}")
    print(f"index start-up (open + first document): {startup:.3f} s, extra RSS {extra / 2**20:.1f} MiB")
    print(f"places component alone: {n / own:.0f} places/s ({own:.2f} s)")
    print(f"places pipeline (model, actors, places): {total / whole:.0f} places/s ({whole:.2f} s)")
    print(f"peak RSS {proc.memory_info().rss / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
