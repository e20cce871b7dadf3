#!/usr/bin/env python3
"""Speed benchmark of the extractor against bare spaCy, in one run.

Usage: python bench/bench_extract.py [--docs N] [--quick] [--jobs 2] [--input FILE.jsonl] [--seed 13]

Measures (a) bare ``nlp.pipe`` of the pinned model, (b) ``Extractor.extract_many`` in one
process, (c) the same with ``n_process=--jobs``; prints docs/second, (b)/(a), (c)/(b) and the
peak RSS of the main process and of the largest worker. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SOURCES = ("dev_news.jsonl", "petr2_gsr_validation.jsonl", "plover_gsr.jsonl")
TARGET_WORDS = 600
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z0-9])")


def read_sentences(paths: Iterable[Path]) -> list[str]:
    """Distinct sentences of the texts in these JSON Lines files, in file order."""
    seen: dict[str, None] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            for sentence in _SENTENCE_END.split(" ".join(text.split())):
                if len(sentence.split()) >= 4:
                    seen.setdefault(sentence, None)
    return list(seen)


_CITIES = ("KABUL", "BAMAKO", "CARACAS", "MANILA", "NAIROBI", "BEIRUT", "KYIV", "LA PAZ", "DHAKA", "SANAA",
           "ISTANBUL", "YANGON", "BOGOTA", "ADDIS ABABA", "MINSK", "KHARTOUM", "TUNIS", "LAGOS")
_AGENCIES = ("Reuters", "AP", "AFP", "Wire")
_MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
# Sentences of the kinds that fill real articles around the events: background, context, figures, quotes.
_BACKGROUND = (
    "The country has been gripped by political uncertainty since a disputed election in {year}.",
    "The region, home to about {n} million people, relies heavily on farming and remittances from abroad.",
    "Analysts say the economy has struggled with high inflation and a weak currency for several years.",
    "The capital was largely calm on {day} afternoon, and shops and markets reopened in most districts.",
    "Diplomats said regional leaders were watching the situation closely.",
    "The government has long said it is committed to holding talks with all parties.",
    "Local media showed long queues at petrol stations and banks in several cities.",
    "Schools and universities in the area were due to reopen next month.",
    "It was not possible to independently verify the accounts given by either side.",
    "The area is difficult to reach, and telephone lines were down for much of the day.",
    "The ruling party holds a large majority in parliament, which meets again in {month}.",
    "Prices of bread and fuel have more than doubled since the start of the year, officials say.",
)
_QUOTES = (
    '"We want our voices to be heard," said a {age}-year-old teacher who gave only her first name.',
    '"The situation remains very tense," a Western diplomat in the capital said.',
    '"Nobody knows what will happen next," said a shopkeeper in the old market.',
    '"We are doing everything we can to restore calm," a government spokesman told reporters.',
    '"This is a very difficult moment for the country," an analyst said.',
)
_HEADLINE_WORDS = 10


def _headline(sentence: str) -> str:
    """A headline from a lead sentence: its first words, in the clipped style of wire headlines."""
    words = sentence.rstrip(".").split()
    return " ".join(words[:_HEADLINE_WORDS])


def synthesize(sentences: list[str], n_docs: int, *, seed: int) -> list[tuple[str, date | None]]:
    """``n_docs`` news articles of about 600 words: a headline, a dateline ("KABUL, March 3 (Reuters) - "), a
    lead and body of event sentences drawn without repeats inside an article, mixed with background, figures
    and quotes as real wire copy is (about two event-free sentences for every three with an event), in
    paragraphs of 1-3 sentences; each with a publication date."""
    rng = random.Random(seed)
    docs: list[tuple[str, date | None]] = []
    for _ in range(n_docs):
        pub = date(2000, 1, 1) + timedelta(days=rng.randrange(24 * 365))
        order = rng.sample(range(len(sentences)), len(sentences))
        fill = {"year": pub.year - rng.randint(1, 6), "n": rng.randint(2, 40), "day": "Monday",
                "month": _MONTHS[rng.randrange(12)], "age": rng.randint(20, 70)}
        lead = sentences[order[0]]
        dateline = f"{rng.choice(_CITIES)}, {_MONTHS[pub.month - 1]} {pub.day} ({rng.choice(_AGENCIES)}) - "
        paragraphs = [_headline(lead), dateline + lead]
        words = sum(len(p.split()) for p in paragraphs)
        i = 1
        while words < TARGET_WORDS and i < len(order):
            chunk: list[str] = []
            for _ in range(rng.randint(1, 3)):
                roll = rng.random()
                if roll < 0.6 and i < len(order):
                    chunk.append(sentences[order[i]])
                    i += 1
                elif roll < 0.85:
                    chunk.append(rng.choice(_BACKGROUND).format(**fill))
                else:
                    chunk.append(rng.choice(_QUOTES).format(**fill))
            paragraphs.append(" ".join(chunk))
            words += sum(len(c.split()) for c in chunk)
        docs.append(("\n\n".join(paragraphs), pub))
    return docs


def read_input(path: Path, n_docs: int) -> list[tuple[str, date | None]]:
    """The first ``n_docs`` records ``{text, date}`` of a JSON Lines file."""
    from polemos.io.contract import parse_pub_date

    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            docs.append((record["text"], parse_pub_date(record.get("date"))))
        if len(docs) >= n_docs:
            break
    return docs


def cpu_seconds() -> float:
    """CPU time used so far by this process and its waited-for children (the finished workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run; CPU time is what a busy shared machine distorts least."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    run()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def max_rss_mb(who: int) -> float:
    """Peak resident set size in MiB (Linux reports KiB) of this process or its largest waited-for child."""
    per_mib = 1024 * 1024 if sys.platform == "darwin" else 1024  # macOS reports bytes
    return resource.getrusage(who).ru_maxrss / per_mib


class ChildMemory:
    """Samples the memory of this process's children (Linux /proc) while a run goes on.

    Forked workers share the parent's pages, so their RSS counts the parent's model too;
    the private figure is what each worker adds.
    """

    FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty")

    def __init__(self, interval: float = 0.2) -> None:
        self.interval = interval
        self.peak: dict[int, dict[str, int]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _children(self) -> list[int]:
        me = str(os.getpid())
        pids = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                if stat.rsplit(")", 1)[1].split()[1] == me:
                    pids.append(int(entry))
        return pids

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for pid in self._children():
                try:
                    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
                except OSError:
                    continue
                values = {}
                for line in rollup.splitlines():
                    key, _, rest = line.partition(":")
                    if key in self.FIELDS:
                        values[key] = int(rest.split()[0])  # kB
                peak = self.peak.setdefault(pid, {})
                for key, value in values.items():
                    peak[key] = max(peak.get(key, 0), value)

    def largest_mib(self) -> dict[str, float]:
        """Peak RSS, PSS and private memory (MiB) of the worker with the largest RSS."""
        if not self.peak:
            return {}
        worst = max(self.peak.values(), key=lambda p: p.get("Rss", 0))
        private = worst.get("Private_Clean", 0) + worst.get("Private_Dirty", 0)
        return {"rss": worst.get("Rss", 0) / 1024, "pss": worst.get("Pss", 0) / 1024, "private": private / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    parser.add_argument("--quick", action="store_true", help="100 documents, for a smoke run")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for run (c) (default 2)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--input", type=Path, help="JSON Lines {text, date} to use instead of synthetic articles")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--repeat", type=int, default=1,
                        help="run (a) and (b) in turn this many times and keep the fastest of each (default 1)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--stock-ruler", action="store_true",
                        help="give the extractor the model's own AttributeRuler instead of polemos's indexed "
                             "stand-in, so that (b)/(a) measures what the polemos components alone cost")
    args = parser.parse_args(argv)
    n_docs = 100 if args.quick else args.docs

    import spacy

    from polemos.nlp import MODEL, build_pipeline
    from polemos.nlp.extractor import Extractor

    if args.input:
        docs = read_input(args.input, n_docs)
    else:
        paths = [SHARED_EVAL / name for name in SOURCES if (SHARED_EVAL / name).exists()]
        if not paths:
            print(f"no source texts in {SHARED_EVAL}; pass --input FILE.jsonl", file=sys.stderr)
            return 2
        docs = synthesize(read_sentences(paths), n_docs, seed=args.seed)
    texts = [text for text, _ in docs]
    words = sum(len(text.split()) for text in texts)
    items = [(text, pub_date, None) for text, pub_date in docs]

    bare = spacy.load(MODEL)
    extractor = Extractor(nlp=build_pipeline(indexed_ruler=not args.stock_ruler))
    # Warm both up so that one-off lazy loading is not timed.
    list(bare.pipe(texts[:4]))
    list(extractor.extract_many(items[:4]))

    n = len(texts)
    # (a) and (b) in turn, --repeat times: on a shared machine one pair can differ by a fifth from the next;
    # the fastest of each is the figure least distorted by others' work
    runs_a, runs_b = [], []
    for _ in range(max(1, args.repeat)):
        runs_a.append(timed(lambda: sum(1 for _ in bare.pipe(texts, batch_size=args.batch_size))))
        runs_b.append(timed(lambda: sum(1 for _ in extractor.extract_many(items, batch_size=args.batch_size))))
    t_a, cpu_a = min(r[0] for r in runs_a), min(r[1] for r in runs_a)
    t_b, cpu_b = min(r[0] for r in runs_b), min(r[1] for r in runs_b)
    rss_main = max_rss_mb(resource.RUSAGE_SELF)
    with ChildMemory() as workers:
        t_c, cpu_c = timed(lambda: sum(1 for _ in extractor.extract_many(items, batch_size=args.batch_size,
                                                                         n_process=args.jobs)))
    worker = workers.largest_mib() or {"rss": max_rss_mb(resource.RUSAGE_CHILDREN)}

    c_key = f"c_extractor_x{args.jobs}"
    result: dict[str, Any] = {
        "docs": n, "mean_words": round(words / n), "jobs": args.jobs, "batch_size": args.batch_size, "repeat": args.repeat,
        "attribute_ruler": "stock" if args.stock_ruler else "indexed",
        "wall_seconds": {"a_bare_spacy": round(t_a, 2), "b_extractor": round(t_b, 2), c_key: round(t_c, 2)},
        "cpu_seconds": {"a_bare_spacy": round(cpu_a, 2), "b_extractor": round(cpu_b, 2), c_key: round(cpu_c, 2)},
        "docs_per_second": {"a_bare_spacy": round(n / t_a, 2), "b_extractor": round(n / t_b, 2), c_key: round(n / t_c, 2)},
        "ratio_b_over_a": round(t_a / t_b, 3),
        "ratio_b_over_a_cpu": round(cpu_a / cpu_b, 3),
        "speedup_c_over_b": round(t_b / t_c, 3),
        "parallel_cpu_overhead": round(cpu_c / cpu_b, 3),
        "peak_memory_mib": {"main_process_rss": round(rss_main),
                            **{f"worker_{k}": round(v) for k, v in worker.items()}},
    }
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(f"{n} documents, {result['mean_words']} words on average, batch size {args.batch_size}; "
          f"extractor with the {result['attribute_ruler']} attribute ruler")
    print(f"(a) bare spaCy nlp.pipe        {n / t_a:8.2f} docs/s  ({t_a:.1f} s wall, {cpu_a:.1f} s CPU)")
    print(f"(b) Extractor, 1 process       {n / t_b:8.2f} docs/s  ({t_b:.1f} s wall, {cpu_b:.1f} s CPU)")
    print(f"(c) Extractor, {args.jobs} processes     {n / t_c:8.2f} docs/s  ({t_c:.1f} s wall, {cpu_c:.1f} s CPU"
          " of all processes; worker start-up included)")
    print(f"(b)/(a) = {result['ratio_b_over_a']:.3f} wall, {result['ratio_b_over_a_cpu']:.3f} CPU"
          "   (target >= 0.7, ideally >= 1.0)")
    print(f"(c)/(b) = {result['speedup_c_over_b']:.3f}   (target >= 1.8 with 2 processes; needs {args.jobs} idle cores)"
          f"; CPU of (c) / CPU of (b) = {result['parallel_cpu_overhead']:.3f}")
    print(f"peak RSS of the main process: {rss_main:.0f} MiB (bare model + extractor)")
    print(f"largest worker: peak RSS {worker['rss']:.0f} MiB (target < 1024)"
          + (f", PSS {worker['pss']:.0f} MiB, private {worker['private']:.0f} MiB" if "pss" in worker else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
