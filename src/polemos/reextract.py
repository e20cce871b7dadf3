"""Re-extraction of stored documents as a new run, and what changed between two runs.

After a knowledge-base or software update, or once the cause of a failure is fixed,
``reextract`` runs the extractor again over stored documents (the failed ones, all, or those
last extracted by an older version), puts each new extraction in place of the old in one
transaction, and reports per document the events added, removed and changed. Every run's
extraction of every document is kept (``extractions`` table), so ``diff_runs`` compares any two.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from polemos.budget import DEFAULT_TIME_BUDGET, BudgetedExtractor
from polemos.errors import ConfigError
from polemos.io.dedup import event_key, event_repeats, find_repeated_passages
from polemos.models import Extraction
from polemos.pipeline import ExtractorLike
from polemos.store import Database

#: Called after each document: (documents done, documents in all, the document id).
ProgressCallback = Callable[[int, int, str], None]


@dataclass
class DocumentChanges:
    """How one document's events differ between two extractions."""

    doc_id: str
    status: str  # extracted | near_duplicate | failed
    error: str | None = None
    added: list[dict[str, Any]] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    changed: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (before, after)
    unchanged: int = 0

    @property
    def differs(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view."""
        return {"doc_id": self.doc_id, "status": self.status, "error": self.error, "added": self.added,
                "removed": self.removed, "changed": [{"before": b, "after": a} for b, a in self.changed],
                "unchanged": self.unchanged}


@dataclass
class ReextractReport:
    """The run a re-extraction made and the changes it found, document by document."""

    run_id: int
    documents: list[DocumentChanges] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for d in self.documents if d.status == "failed")

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict[str, int]:
        """Documents, failures and events added, removed and changed."""
        docs = self.documents
        return {"documents": len(docs), "failed": self.failed, "changed_documents": sum(d.differs for d in docs),
                "added": sum(len(d.added) for d in docs), "removed": sum(len(d.removed) for d in docs),
                "changed": sum(len(d.changed) for d in docs)}


# -- comparing events ------------------------------------------------------------------------------

_STORE_ONLY = ("id", "doc_date", "doc_title")


def _clean(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k not in _STORE_ONLY}


def _anchor(event: dict[str, Any]) -> str:
    """Where an event was said: its type and first evidence span (stable while the text is)."""
    evidence = event.get("evidence") or [{}]
    return f"{event.get('type')}@{evidence[0].get('start')}-{evidence[0].get('end')}"


def _trigger(event: dict[str, Any]) -> str:
    return f"{event.get('type')}:{event.get('trigger')}"


def compare_events(
    before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]], *, doc_id: str = "", status: str = "extracted"
) -> DocumentChanges:
    """Events added, removed and changed (same place in the text, other content) from ``before`` to ``after``."""
    old: list[dict[str, Any] | None] = [_clean(e) for e in before]
    new: list[dict[str, Any] | None] = [_clean(e) for e in after]
    changes = DocumentChanges(doc_id=doc_id, status=status)
    # Same content at the same place first, then the same place (changed), then the same content
    # elsewhere (unchanged), then the same trigger word (changed).
    passes: list[tuple[Callable[[dict[str, Any]], str], bool]] = [
        (lambda e: event_key(e) + _anchor(e), False), (_anchor, True), (event_key, False), (_trigger, True)]
    for key, is_change in passes:
        index: dict[str, list[int]] = {}
        for i, ev in enumerate(old):
            if ev is not None:
                index.setdefault(key(ev), []).append(i)
        for j, ev in enumerate(new):
            if ev is None:
                continue
            hits = index.get(key(ev))
            if not hits:
                continue
            i = hits.pop(0)
            if is_change and event_key(old[i] or {}) != event_key(ev):
                changes.changed.append((old[i] or {}, ev))
            else:
                changes.unchanged += 1
            old[i] = new[j] = None
    changes.removed = [ev for ev in old if ev is not None]
    changes.added = [ev for ev in new if ev is not None]
    return changes


# -- re-extraction ---------------------------------------------------------------------------------

def _extract(extractor: ExtractorLike, text: str, pub_date: date | None) -> Extraction:
    try:
        return extractor.extract(text, pub_date=pub_date, skip=find_repeated_passages(text))
    except Exception as exc:  # noqa: BLE001  # one document's failure is that document's error
        return Extraction(error=f"{type(exc).__name__}: {exc}")


def reextract(
    db: Database,
    *,
    failed: bool = False,
    all: bool = False,
    since: str | None = None,
    ids: Sequence[str] = (),
    extractor: ExtractorLike | None = None,
    time_budget: float | None = DEFAULT_TIME_BUDGET,
    progress: ProgressCallback | None = None,
) -> ReextractReport:
    """Extract stored documents again as a new run; returns per document the events added, removed, changed.

    Which: the ``failed`` ones, ``all``, those last extracted by a version older than ``since``, or
    those named in ``ids`` (any combination). A document that fails again keeps its earlier events
    (a failed document stays failed, with the new reason).
    """
    if not (failed or all or since or ids):
        raise ConfigError("say which documents to extract again: --failed, --all, --since VERSION or --doc ID")
    docs = db.documents_to_extract(failed=failed, all=all, before_version=since, ids=ids)
    run_id = db.start_run(command="reextract")
    report = ReextractReport(run_id=run_id)
    if extractor is None and docs:
        from polemos.nlp.extractor import Extractor

        extractor = Extractor()
    budgeted = BudgetedExtractor(extractor, seconds=time_budget) if extractor is not None else None
    done_ids: set[str] = set()
    try:
        for done, doc in enumerate(docs, start=1):
            assert budgeted is not None
            report.documents.append(_reextract_one(db, budgeted, doc, run_id))
            done_ids.add(doc["id"])
            if progress is not None:
                progress(done, len(docs), doc["id"])
    finally:
        if budgeted is not None:
            budgeted.close()
        _renew_repeats(db, done_ids)
        db.finish_run(run_id, stats=report.counts())
    return report


def _reextract_one(db: Database, extractor: ExtractorLike, doc: dict[str, Any], run_id: int) -> DocumentChanges:
    before = db.events(doc_id=doc["id"], repeats=True)
    pub_date = date.fromisoformat(doc["date"]) if doc["date"] else None
    extraction = _extract(extractor, doc["text"], pub_date)
    status = "near_duplicate" if doc["duplicate_of"] else "extracted"
    if extraction.error is None:
        marks = []
        if doc["duplicate_of"]:
            marks = event_repeats([e.to_contract(doc["id"]) for e in extraction.events],
                                  db.events(doc_id=doc["duplicate_of"], repeats=True))
        try:
            db.replace_extraction(doc["id"], extraction, run_id=run_id, status=status, repeats=marks)
        except Exception as exc:  # noqa: BLE001  # e.g. a value the database cannot hold
            extraction = Extraction(error=f"its extraction could not be stored ({type(exc).__name__}: {exc})")
    if extraction.error is not None:
        error = f"extraction failed ({extraction.error})"
        db.record_failure(doc["id"], run_id=run_id, error=error, keep_events=doc["status"] != "failed")
        return DocumentChanges(doc_id=doc["id"], status="failed", error=error, unchanged=len(before))
    return compare_events(before, db.events(doc_id=doc["id"], repeats=True), doc_id=doc["id"], status=status)


def _renew_repeats(db: Database, originals: Iterable[str]) -> None:
    """Mark again the repeats of near duplicates whose original was extracted again (and they were not)."""
    originals = set(originals)
    for row in db.documents():
        if row["duplicate_of"] in originals and row["id"] not in originals:
            mine = db.events(doc_id=row["id"], repeats=True)
            marks = event_repeats(mine, db.events(doc_id=row["duplicate_of"], repeats=True))
            db.mark_repeats(row["id"], [(ev["id"], mark) for ev, mark in zip(mine, marks, strict=True)])


# -- comparing runs --------------------------------------------------------------------------------

def diff_runs(db: Database, run_a: int, run_b: int) -> list[DocumentChanges]:
    """Per document extracted in both runs, how its events changed from run ``run_a`` to run ``run_b``."""
    known = {run["id"] for run in db.runs()}
    for run in (run_a, run_b):
        if run not in known:
            raise ConfigError(f"no run {run}; list the runs with `polemos runs`")
    a, b = db.extraction_lines(run_a), db.extraction_lines(run_b)
    out = []
    for doc_id, new in b.items():
        old = a.get(doc_id)
        if old is None:
            continue
        changes = compare_events([x for x in old["lines"] if x.get("kind") == "event"],
                                 [x for x in new["lines"] if x.get("kind") == "event"],
                                 doc_id=doc_id, status=new["status"])
        changes.error = new["error"]
        out.append(changes)
    return out


__all__ = ["DocumentChanges", "ReextractReport", "compare_events", "diff_runs", "reextract"]
