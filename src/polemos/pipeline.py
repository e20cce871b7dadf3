"""The whole flow for a batch of paths: read, deduplicate, extract, store (one transaction per document)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from polemos.errors import InputError
from polemos.io.dedup import (
    DEFAULT_THRESHOLD,
    NearDuplicateIndex,
    content_hash,
    find_repeated_passages,
    normalise,
    passage_spans,
    sentence_spans,
    signature_to_bytes,
)
from polemos.io.readers import DEFAULT_MAX_BYTES, SourceDocument, apply_defaults, expand_paths, read_file
from polemos.models import Extraction
from polemos.store import Database, DocumentRecord

#: Called after each file: (files done, files in all, the file just read).
ProgressCallback = Callable[[int, int, str], None]


class ExtractorLike(Protocol):
    """What the pipeline needs of an extractor (``polemos.nlp.extractor.Extractor`` or a test double)."""

    def extract(
        self, text: str, *, pub_date: date | None = None, skip: Sequence[tuple[int, int]] | None = None
    ) -> Extraction: ...


@dataclass
class DocumentOutcome:
    """What happened to one document of the batch."""

    id: str
    source: str
    status: str  # extracted | near_duplicate | exact_duplicate
    title: str | None = None
    line: int | None = None
    duplicate_of: str | None = None
    repeated_passages: int = 0
    events: int = 0
    relations: int = 0


@dataclass
class IngestReport:
    """Counts of a batch, its errors and one outcome per document read."""

    read: int = 0
    stored: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    repeated_passages: int = 0
    events: int = 0
    relations: int = 0
    failed: int = 0
    files: int = 0
    run_id: int | None = None
    errors: list[InputError] = field(default_factory=list)
    documents: list[DocumentOutcome] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed."""
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        """The counters alone (what a run records)."""
        return {f.name: getattr(self, f.name) for f in fields(self) if f.type == "int"}


def document_id(doc: SourceDocument, digest: str, db: Database) -> str:
    """The id to store a document under: its own id when free, else one derived from its content hash."""
    if doc.id:
        return doc.id if not db.has_id(doc.id) else f"{doc.id}-{digest[:8]}"
    return f"doc-{digest[:12]}"


class Ingestor:
    """Stores documents one at a time, keeping the near-duplicate index and the run across a batch."""

    def __init__(
        self,
        db: Database,
        *,
        near_threshold: float = DEFAULT_THRESHOLD,
        extractor: ExtractorLike | None = None,
        command: str = "ingest",
    ) -> None:
        self.db = db
        self.index = NearDuplicateIndex.from_signatures(db.signatures(), threshold=near_threshold)
        self._extractor = extractor
        self.report = IngestReport()
        self.report.run_id = db.start_run(command=command)

    @property
    def extractor(self) -> ExtractorLike:
        """The extractor, built on first need (loading the spaCy pipeline takes seconds)."""
        if self._extractor is None:
            from polemos.nlp.extractor import Extractor

            self._extractor = Extractor()
        return self._extractor

    def add(self, doc: SourceDocument) -> DocumentOutcome | None:
        """Deduplicate, extract and store one document; None (and an error in the report) if it failed."""
        report = self.report
        report.read += 1
        if not normalise(doc.text):
            self._fail(InputError(doc.source, "document has no text", line=doc.line))
            return None
        digest = content_hash(doc.text)
        existing = self.db.has_hash(digest)
        if existing is not None:
            report.exact_duplicates += 1
            return self._outcome(DocumentOutcome(id=existing, source=doc.source, status="exact_duplicate",
                                                 title=doc.title, line=doc.line, duplicate_of=existing))
        doc_id = document_id(doc, digest, self.db)
        minhash = self.index.signature(doc.text)
        match = self.index.query(minhash)
        repeated = find_repeated_passages(doc.text)
        extraction: Extraction | None = None
        if match is None:
            try:
                extraction = self.extractor.extract(doc.text, pub_date=doc.date, skip=repeated)
            except Exception as exc:  # noqa: BLE001  # a bug in one component must not lose the rest of the batch
                self._fail(InputError(doc.source, f"extraction failed ({type(exc).__name__}: {exc}); "
                                                  "the document was not stored", line=doc.line))
                return None
        record = DocumentRecord(
            id=doc_id, text=doc.text, content_hash=digest,
            status="extracted" if match is None else "near_duplicate",
            title=doc.title, date=doc.date, url=doc.url, source=doc.source, site=doc.site, format=doc.format,
            line=doc.line, signature=signature_to_bytes(minhash),
            duplicate_of=match[0] if match else None, similarity=round(match[1], 4) if match else None,
        )
        self.db.add_document(record, passages=passage_spans(doc.text, repeated), sentences=sentence_spans(doc.text),
                             extraction=extraction, run_id=report.run_id)
        if match is None:
            self.index.add(doc_id, minhash)
        else:
            report.near_duplicates += 1
        report.stored += 1
        report.repeated_passages += len(repeated)
        n_events = len(extraction.events) if extraction else 0
        n_relations = len(extraction.relations) if extraction else 0
        report.events += n_events
        report.relations += n_relations
        return self._outcome(DocumentOutcome(
            id=doc_id, source=doc.source, status=record.status, title=doc.title, line=doc.line,
            duplicate_of=record.duplicate_of, repeated_passages=len(repeated), events=n_events,
            relations=n_relations))

    def _outcome(self, outcome: DocumentOutcome) -> DocumentOutcome:
        self.report.documents.append(outcome)
        return outcome

    def _fail(self, error: InputError) -> None:
        self.report.failed += 1
        self.report.errors.append(error)

    def error(self, error: InputError) -> None:
        """Count an input error met while reading."""
        self._fail(error)

    def finish(self) -> IngestReport:
        """Close the run and return the report."""
        assert self.report.run_id is not None
        self.db.finish_run(self.report.run_id, stats=self.report.counts())
        return self.report


def ingest_paths(
    paths: Iterable[str | Path],
    *,
    db: Database | str | Path,
    date: date | None = None,
    source: str | None = None,
    near_threshold: float = DEFAULT_THRESHOLD,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: ExtractorLike | None = None,
    progress: ProgressCallback | None = None,
    stdin: io.BufferedIOBase | None = None,
) -> IngestReport:
    """Ingest files, directories (recursively) or ``-`` (stdin); returns counts, errors and outcomes.

    Every document is stored in its own transaction, so an interrupted run loses at most the
    document in flight, and running it again stores the rest (stored ones are exact duplicates).
    """
    database = db if isinstance(db, Database) else Database(db)
    try:
        ingestor = Ingestor(database, near_threshold=near_threshold, extractor=extractor)
        items = list(expand_paths(paths))
        total = len(items)
        for done, item in enumerate(items, start=1):
            if isinstance(item, InputError):
                ingestor.error(item)
                label = item.path
            else:
                ingestor.report.files += 1
                label = str(item)
                for found in read_file(item, max_bytes=max_bytes, stdin=stdin):
                    if isinstance(found, InputError):
                        ingestor.error(found)
                    else:
                        ingestor.add(apply_defaults(found, date=date, source=source))
            if progress is not None:
                progress(done, total, label)
        return ingestor.finish()
    finally:
        if database is not db:
            database.close()


def sample_corpus() -> Path:
    """The folder of the demo corpus shipped in the package."""
    folder = resources.files("polemos") / "data" / "samples"
    return Path(str(folder))


def demo(
    *, db: Database | str | Path, extractor: ExtractorLike | None = None, progress: ProgressCallback | None = None
) -> IngestReport:
    """Ingest the shipped sample corpus (news-style texts in several formats) into a database."""
    return ingest_paths([sample_corpus()], db=db, extractor=extractor, progress=progress)


def report_dict(report: IngestReport) -> dict[str, Any]:
    """A JSON-ready view of a report."""
    return {**report.counts(), "run_id": report.run_id, "errors": [str(e) for e in report.errors],
            "documents": [asdict(d) for d in report.documents]}


__all__ = [
    "DocumentOutcome", "ExtractorLike", "IngestReport", "Ingestor", "ProgressCallback", "demo", "document_id",
    "ingest_paths", "report_dict", "sample_corpus",
]
