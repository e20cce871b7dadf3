"""The whole flow for a batch of paths: read, deduplicate, extract, store (one transaction per document)."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError

from polemos.budget import DEFAULT_TIME_BUDGET, BudgetedExtractor, ExtractorLike
from polemos.errors import InputError
from polemos.io.dedup import (
    DEFAULT_THRESHOLD,
    NearDuplicateIndex,
    content_hash,
    event_repeats,
    find_repeated_passages,
    normalise,
    passage_spans,
    sentence_spans,
    signature_to_bytes,
)
from polemos.io.readers import (
    DEFAULT_MAX_BYTES,
    SourceDocument,
    apply_defaults,
    check_pub_date,
    expand_paths,
    read_file,
)
from polemos.models import Extraction
from polemos.store import Database, DocumentRecord, RepeatMark

#: Called after each file: (files done, files in all, the file just read).
ProgressCallback = Callable[[int, int, str], None]


@dataclass
class DocumentOutcome:
    """What happened to one document of the batch."""

    id: str
    source: str
    status: str  # extracted | near_duplicate | exact_duplicate | failed
    title: str | None = None
    line: int | None = None
    duplicate_of: str | None = None
    repeated_passages: int = 0
    events: int = 0
    relations: int = 0
    repeats: int = 0  # events of a near duplicate that repeat the original's
    error: str | None = None  # why it failed (status failed)


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


#: Tries to store one document when another process stores the same one (or takes its id) meanwhile.
STORE_TRIES = 5


class Ingestor:
    """Stores documents one at a time, keeping the near-duplicate index and the run across a batch.

    Every document read ends extracted (near duplicates included), failed (stored with its error,
    for ``polemos reextract --failed``) or skipped as an exact duplicate of a stored one.
    """

    def __init__(
        self,
        db: Database,
        *,
        near_threshold: float = DEFAULT_THRESHOLD,
        extractor: ExtractorLike | None = None,
        command: str = "ingest",
        time_budget: float | None = None,
    ) -> None:
        self.db = db
        self.index = NearDuplicateIndex.from_signatures(db.signatures(), threshold=near_threshold)
        self._extractor = extractor
        self.time_budget = time_budget
        self._budgeted: BudgetedExtractor | None = None
        self.report = IngestReport()
        self.report.run_id = db.start_run(command=command)

    @property
    def extractor(self) -> ExtractorLike:
        """The extractor, built on first need (loading the spaCy pipeline takes seconds)."""
        if self._extractor is None:
            from polemos.nlp.extractor import Extractor

            self._extractor = Extractor()
        return self._extractor

    def extract(self, text: str, *, pub_date: date | None, skip: Sequence[tuple[int, int]] | None) -> Extraction:
        """One text's extraction within the time budget; every failure comes back as ``Extraction.error``."""
        try:
            if self.time_budget is None:
                extraction = self.extractor.extract(text, pub_date=pub_date, skip=skip)
            else:
                if self._budgeted is None:
                    self._budgeted = BudgetedExtractor(self.extractor, seconds=self.time_budget)
                extraction = self._budgeted.extract(text, pub_date=pub_date, skip=skip)
        except Exception as exc:  # noqa: BLE001  # a bug in one component must not lose the rest of the batch
            return Extraction(error=f"{type(exc).__name__}: {exc}")
        return extraction

    def add(self, doc: SourceDocument) -> DocumentOutcome | None:
        """Deduplicate, extract and store one document; None (and an error in the report) if it was not stored.

        A document whose extraction fails is stored with status ``failed`` and its error, and counted
        as failed; ingesting it again (an exact duplicate of a failed document) extracts it again.
        """
        report = self.report
        report.read += 1
        if not normalise(doc.text):
            self._fail(InputError(doc.source, "document has no text", line=doc.line))
            return None
        digest = content_hash(doc.text)
        minhash = self.index.signature(doc.text)
        repeated = find_repeated_passages(doc.text)
        extraction: Extraction | None = None
        for _ in range(STORE_TRIES):
            existing = self.db.find_hash(digest)
            if existing is not None and existing[1] != "failed":
                report.exact_duplicates += 1
                return self._outcome(DocumentOutcome(id=existing[0], source=doc.source, status="exact_duplicate",
                                                     title=doc.title, line=doc.line, duplicate_of=existing[0]))
            if existing is not None:
                return self._retry(existing[0], doc, repeated)
            doc_id = document_id(doc, digest, self.db)
            match = self.index.query(minhash)
            if extraction is None:
                extraction = self.extract(doc.text, pub_date=doc.date, skip=repeated)
            error = extraction.error
            marks: list[RepeatMark] = []
            if error is None and match is not None:
                marks = event_repeats([e.to_contract(doc_id) for e in extraction.events],
                                      self.db.events(doc_id=match[0], repeats=True))
            record = DocumentRecord(
                id=doc_id, text=doc.text, content_hash=digest,
                status="failed" if error else "extracted" if match is None else "near_duplicate",
                title=doc.title, date=doc.date, url=doc.url, source=doc.source, site=doc.site, format=doc.format,
                line=doc.line, signature=signature_to_bytes(minhash),
                duplicate_of=match[0] if match else None, similarity=round(match[1], 4) if match else None,
                error=f"extraction failed ({error})" if error else None, author=doc.author,
            )
            try:
                self._store(record, doc.text, repeated, None if error else extraction, marks)
            except IntegrityError:
                continue  # another process stored this text, or took this id, meanwhile: look again
            break
        else:
            self._fail(InputError(doc.source, f"could not be stored after {STORE_TRIES} tries while other "
                                              "processes wrote the same documents; ingest it again", line=doc.line))
            return None
        if match is None:
            self.index.add(doc_id, minhash)
        report.repeated_passages += len(repeated)
        if record.status == "failed":
            return self._failed_outcome(record, doc, len(repeated))
        report.stored += 1
        if match is not None:
            report.near_duplicates += 1
        return self._stored_outcome(record, doc, extraction, marks, len(repeated))

    def _store(self, record: DocumentRecord, text: str, repeated: list[tuple[int, int]],
               extraction: Extraction | None, marks: list[RepeatMark]) -> None:
        """Write the document; when its extraction cannot be written, write it as failed with the reason."""
        try:
            self.db.add_document(record, passages=passage_spans(text, repeated), sentences=sentence_spans(text),
                                 extraction=extraction, run_id=self.report.run_id, repeats=marks)
        except IntegrityError:
            raise
        except Exception as exc:  # e.g. a value the database cannot hold
            if extraction is None:
                raise
            record.status = "failed"
            record.error = f"its extraction could not be stored ({type(exc).__name__}: {exc})"
            self.db.add_document(record, passages=passage_spans(text, repeated), sentences=sentence_spans(text),
                                 run_id=self.report.run_id)

    def _retry(self, doc_id: str, doc: SourceDocument, repeated: list[tuple[int, int]]) -> DocumentOutcome:
        """Extract again a stored document whose extraction had failed."""
        assert self.report.run_id is not None
        extraction = self.extract(doc.text, pub_date=doc.date, skip=repeated)
        record = DocumentRecord(id=doc_id, text=doc.text, content_hash="", status="extracted", title=doc.title,
                                line=doc.line, source=doc.source)
        if extraction.error is None:
            try:
                self.db.replace_extraction(doc_id, extraction, run_id=self.report.run_id, status="extracted")
            except Exception as exc:  # noqa: BLE001
                extraction = Extraction(error=f"its extraction could not be stored ({type(exc).__name__}: {exc})")
        if extraction.error is not None:
            record.status, record.error = "failed", f"extraction failed ({extraction.error})"
            self.db.replace_extraction(doc_id, None, run_id=self.report.run_id, status="failed", error=record.error)
            return self._failed_outcome(record, doc, len(repeated))
        self.report.stored += 1
        return self._stored_outcome(record, doc, extraction, [], len(repeated))

    def _failed_outcome(self, record: DocumentRecord, doc: SourceDocument, repeated: int) -> DocumentOutcome:
        self._fail(InputError(doc.source, f"{record.error}; stored as failed (id {record.id}): run "
                                          "`polemos reextract --failed` once the cause is fixed", line=doc.line))
        return self._outcome(DocumentOutcome(id=record.id, source=doc.source, status="failed", title=doc.title,
                                             line=doc.line, repeated_passages=repeated, error=record.error))

    def _stored_outcome(self, record: DocumentRecord, doc: SourceDocument, extraction: Extraction,
                        marks: list[RepeatMark], repeated: int) -> DocumentOutcome:
        n_events, n_relations = len(extraction.events), len(extraction.relations)
        self.report.events += n_events
        self.report.relations += n_relations
        return self._outcome(DocumentOutcome(
            id=record.id, source=doc.source, status=record.status, title=doc.title, line=doc.line,
            duplicate_of=record.duplicate_of, repeated_passages=repeated, events=n_events,
            relations=n_relations, repeats=sum(1 for mark in marks if mark[0] is not None)))

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
        """Close the run (and the extraction worker) and return the report."""
        self.close()
        assert self.report.run_id is not None
        self.db.finish_run(self.report.run_id, stats=self.report.counts())
        return self.report

    def close(self) -> None:
        """Stop the extraction worker, if one runs."""
        if self._budgeted is not None:
            self._budgeted.close()
            self._budgeted = None


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
    follow_symlinks: bool = False,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
) -> IngestReport:
    """Ingest files, directories (recursively) or ``-`` (stdin); returns counts, errors and outcomes.

    Every document is stored in its own transaction, so an interrupted run loses at most the
    document in flight, and running it again stores the rest (stored ones are exact duplicates).
    ``time_budget``: seconds one document's extraction may take (None: no limit).
    """
    if date is not None:
        check_pub_date(date, source="--date")
    database = db if isinstance(db, Database) else Database(db)
    ingestor: Ingestor | None = None
    try:
        ingestor = Ingestor(database, near_threshold=near_threshold, extractor=extractor, time_budget=time_budget)
        items = list(expand_paths(paths, follow_symlinks=follow_symlinks))
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
                        continue
                    try:
                        ingestor.add(apply_defaults(found, date=date, source=source))
                    except Exception as exc:  # noqa: BLE001  # one document's problem is that document's error
                        ingestor.error(InputError(found.source, f"could not be ingested ({type(exc).__name__}: "
                                                                f"{exc}); the rest of the batch went on",
                                                  line=found.line))
            if progress is not None:
                progress(done, total, label)
        return ingestor.finish()
    finally:
        if ingestor is not None:
            ingestor.close()
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
