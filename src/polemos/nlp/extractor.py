"""Extractor: the library's door to the nlp stage, text in, `Extraction` out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from polemos.models import Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

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
            from polemos.dedup import find_repeated_passages

            skip = find_repeated_passages(text)
        return blank_spans(text, skip)

    @staticmethod
    def _collect(doc: Doc) -> Extraction:
        events = list(doc._.events) if doc.has_extension("events") else []
        relations = list(doc._.relations) if doc.has_extension("relations") else []
        return Extraction(events=events, relations=relations)

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
            yield from _extract_parallel(items, batch_size=batch_size, n_process=n_process)
            return
        from polemos.nlp.pipe import pipe_with_dates

        def contexts() -> Iterator[tuple[str, date | None]]:
            for text, pub_date, skip in items:
                yield self._prepare(text, skip), pub_date

        # The publication date must be on the Doc before our components run, so docs are
        # tokenised first and then streamed through `nlp.pipe`.
        for doc in pipe_with_dates(self.nlp, contexts(), batch_size=batch_size):
            yield self._collect(doc)


_worker: Extractor | None = None


def _init_worker() -> None:
    global _worker
    _worker = Extractor()


def _work(chunk: list[tuple[str, date | None, Sequence[Span] | None]]) -> list[Extraction]:
    assert _worker is not None
    return list(_worker.extract_many(chunk))


def _extract_parallel(
    items: Iterable[tuple[str, date | None, Sequence[Span] | None]], *, batch_size: int, n_process: int
) -> Iterator[Extraction]:
    """Worker processes each build their own pipeline; results come back in input order.

    Extraction records are plain picklable dataclasses, unlike Docs with custom attributes.
    """
    from polemos.nlp.pipe import ProcessPoolExecutor, chunked

    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker) as pool:
        for results in pool.map(_work, chunked(items, batch_size)):  # type: ignore[arg-type]
            yield from results
