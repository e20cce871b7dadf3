#!/usr/bin/env python3
"""Start-up cost of polemos over the bare model, in one run.

    python bench/bench_startup.py [--repeat 3] [--json]

Measures, each the best of ``--repeat`` runs in this process: (a) ``spacy.load`` of the pinned model,
(b) the first load of the packaged resources (lexicon, counts, cues, KB, gazetteer; later loads share it), (c) building the actor
recognizer's matcher from the KB, (d) ``build_pipeline()`` as a whole (model, resources and every
component), and prints (d)/(a): what a worker pays to start, over what bare spaCy pays. The timed
assertion that once lived in the test suite (the actor matcher builds in under 2 s) is this figure now.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The shortest wall-clock time of ``repeat`` calls of ``run``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    import spacy

    from polemos.nlp import MODEL, build_pipeline
    from polemos.nlp.actors.recognizer import ActorRecognizer
    from polemos.nlp.resources import load_resources

    nlp = spacy.load(MODEL)
    start = time.perf_counter()
    resources = load_resources()  # files are read once per process and shared by later calls
    first_resources = time.perf_counter() - start
    figures = {
        "a_spacy_load_s": best_of(args.repeat, lambda: spacy.load(MODEL)),
        "b_resources_first_s": first_resources,
        "c_actor_matcher_s": best_of(args.repeat, lambda: ActorRecognizer(nlp, resources)),
        "d_build_pipeline_s": best_of(args.repeat, build_pipeline),
    }
    figures = {k: round(v, 3) for k, v in figures.items()}
    figures["d_over_a"] = round(figures["d_build_pipeline_s"] / figures["a_spacy_load_s"], 2)
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            print(f"{key:22s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
