"""Extractor: the library's door to the nlp stage, text in, `Extraction` out."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from polemos.models import Evidence, Extraction
from polemos.nlp.document.structure import article_parts

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from polemos.io.prepare import Prepared

Span = tuple[int, int]


def blank_spans(text: str, skip: Sequence[Span]) -> str:
    """Text with the skipped spans blanked out, keeping every offset (newlines kept)."""
    if not skip:
        return text
    chars = list(text)
    for start, end in skip:
        for i in range(max(start, 0), min(end, len(chars))):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


def trim_evidence(text: str, evidence: Evidence) -> Evidence:
    """The evidence with white space at either end of its span left out; its text is exactly ``text[start:end]``."""
    start, end = evidence.start, min(evidence.end, len(text))
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if (start, end, evidence.text) == (evidence.start, evidence.end, text[start:end]):
        return evidence
    return replace(evidence, start=start, end=end, text=text[start:end])


class Extractor:
    """Builds the pipeline once; extracts events and relations from texts.

    Repeated passages inside a text (``dedup.find_repeated_passages``) are blanked before
    parsing, so each event is extracted once while offsets still point into the original.
    """

    def __init__(self, *, nlp: Language | None = None) -> None:
        if nlp is None:
            from polemos.nlp import build_pipeline

            nlp = build_pipeline()
        self.nlp = nlp

    def _prepare(self, text: str, skip: Sequence[Span] | None) -> str:
        if skip is None:
            from polemos.io.dedup import find_repeated_passages

            skip = find_repeated_passages(text)
        return blank_spans(text, skip)

    @staticmethod
    def _collect(doc: Doc) -> Extraction:
        events = list(doc._.events or []) if doc.has_extension("events") else []
        relations = list(doc._.relations or []) if doc.has_extension("relations") else []
        dropped = list(doc._.dropped_events or []) if doc.has_extension("dropped_events") else []
        structure = doc._.structure if doc.has_extension("structure") else None
        # A sentence before a blanked passage runs on over its blanks; evidence stops at the words.
        text = doc.text  # rebuilt from the tokens on every access, so once per doc
        for event in events:
            event.evidence = [trim_evidence(text, ev) for ev in event.evidence]
        for relation in relations:
            relation.evidence = [trim_evidence(text, ev) for ev in relation.evidence]
        from polemos.nlp.doc_index import release

        release(doc)
        article = article_parts(structure, text) if structure is not None else None
        return Extraction(events=events, relations=relations, dropped=dropped, article=article)

    def extract(self, text: str, *, pub_date: date | None = None, skip: Sequence[Span] | None = None) -> Extraction:
        """Events and relations of one text; ``skip=None`` finds repeated passages itself."""
        return next(self.extract_many([(text, pub_date, skip)]))

    def extract_many(
        self,
        items: Iterable[tuple[str, date | None, Sequence[Span] | None]],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Extraction]:
        """Extractions for (text, pub_date, skip) triples, in order, streamed through ``nlp.pipe``."""

        if n_process > 1:
            yield from _extract_parallel(self, items, batch_size=batch_size, n_process=n_process)
            return
        from polemos.io.prepare import PART_CHARS, prepare
        from polemos.nlp.pipe import chunked, make_docs

        # Invisible characters are cleaned out and long texts cut into parts (offsets mapped back
        # to the original by `Prepared.merge`); `plans` holds the documents whose parts are in flight.
        plans: deque[tuple[Prepared, list[Extraction]]] = deque()
        limit = min(self.nlp.max_length, PART_CHARS)

        def contexts() -> Iterator[tuple[str, date | None]]:
            for text, pub_date, skip in items:
                plan = prepare(self._prepare(text, skip), limit=limit)
                plans.append((plan, []))
                yield from ((part, pub_date) for _, part in plan.parts)

        def merged(parts: Iterable[Extraction]) -> Iterator[Extraction]:
            for part in parts:
                plan, done = plans[0]
                done.append(part)
                if len(done) == len(plan.parts):
                    plans.popleft()
                    yield plan.merge(done)

        # The publication date must be on the Doc before our components run, so docs are
        # tokenised first and then streamed through `nlp.pipe`, one batch at a time so that a
        # failure stays inside its batch.
        for batch in chunked(contexts(), batch_size):
            pairs: list[tuple[str, date | None]] = batch  # type: ignore[assignment]
            try:
                docs = list(self.nlp.pipe(make_docs(self.nlp, pairs), batch_size=batch_size))
            except Exception:  # noqa: BLE001  # a bug in one component must not lose the other documents
                yield from merged(self._extract_alone(pair) for pair in pairs)
                continue
            yield from merged(self._collect(doc) for doc in docs)

    def _extract_alone(self, pair: tuple[str, date | None]) -> Extraction:
        """One document on its own; a component's exception becomes ``Extraction.error``."""
        from polemos.nlp.pipe import make_docs

        try:
            doc = self.nlp(next(make_docs(self.nlp, [pair])))
        except Exception as exc:  # noqa: BLE001
            logger.warning("extraction failed: %s: %s", type(exc).__name__, exc)
            return Extraction(error=f"{type(exc).__name__}: {exc}")
        return self._collect(doc)


Item = tuple[str, date | None, Sequence[Span] | None]

# The extractor a worker process uses: inherited from the parent when workers are forked,
# built by `_init_worker` otherwise.
_worker: Extractor | None = None


def _init_worker() -> None:
    global _worker
    _worker = Extractor()


def _work(chunk: list[Item]) -> list[Extraction]:
    assert _worker is not None, "worker has no extractor: _init_worker did not run"
    return list(_worker.extract_many(chunk))


def _extract_parallel(extractor: Extractor, items: Iterable[Item], *, batch_size: int, n_process: int) -> Iterator[Extraction]:
    """Chunks of items run in worker processes; results come back in input order.

    On Linux the workers are forked after the parent's pipeline is in place, so they share it
    (copy-on-write) instead of each loading the model and knowledge base again. Extraction
    records are plain picklable dataclasses, unlike Docs with custom attributes. Chunks are a
    quarter of ``batch_size`` so that workers finish together, and at most a few per worker
    are in flight, so a long input streams in bounded memory.
    """
    import multiprocessing
    import sys
    from collections import deque
    from concurrent.futures import Future

    from polemos.nlp.pipe import ProcessPoolExecutor, chunked

    global _worker
    forked = sys.platform.startswith("linux")
    context = multiprocessing.get_context("fork" if forked else "spawn")
    previous, _worker = _worker, extractor if forked else _worker
    try:
        with ProcessPoolExecutor(max_workers=n_process, mp_context=context,
                                 initializer=None if forked else _init_worker) as pool:
            pending: deque[Future[list[Extraction]]] = deque()
            for chunk in chunked(items, max(1, batch_size // 4)):
                pending.append(pool.submit(_work, chunk))  # type: ignore[arg-type]
                if len(pending) >= 4 * n_process:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
    finally:
        _worker = previous
