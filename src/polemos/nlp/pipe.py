"""Streaming documents through the pipeline, in one process or several workers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def get_pub_date(doc: Doc) -> date | None:
    """The publication date set on a Doc (stored as an ISO string so Docs stay serialisable)."""
    value = doc._.pub_date
    if not value:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def make_docs(nlp: Language, pairs: Iterable[tuple[str, date | None]]) -> Iterator[Doc]:
    """Tokenised Docs with their publication date set, ready for ``nlp.pipe``."""
    for text, pub_date in pairs:
        doc = nlp.make_doc(text)
        doc._.pub_date = pub_date.isoformat() if pub_date else None
        yield doc


def pipe_with_dates(
    nlp: Language, pairs: Iterable[tuple[str, date | None]], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Doc]:
    """Run the pipeline over (text, pub_date) pairs in one process."""
    if n_process != 1:
        raise ValueError("pipe_with_dates runs in one process; use Extractor.extract_many(n_process=N)")
    yield from nlp.pipe(make_docs(nlp, pairs), batch_size=batch_size)


def chunked(items: Iterable[object], size: int) -> Iterator[list[object]]:
    """Lists of up to ``size`` items, in order."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


__all__ = ["ProcessPoolExecutor", "chunked", "get_pub_date", "make_docs", "pipe_with_dates"]
