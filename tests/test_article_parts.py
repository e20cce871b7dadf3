"""A document's headline, dateline and byline: recognised in plain text and in text taken from HTML,
kept out of the body's events, and stored on the document (migration 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text as sql
from typer.testing import CliRunner

from polemos.cli import app
from polemos.models import ArticleParts, Extraction
from polemos.nlp.document.structure import article_parts, paragraphs, read_structure
from polemos.nlp.extractor import Extractor
from polemos.pipeline import ingest_paths
from polemos.store.database import Database, DocumentRecord
from polemos.store.migrations import ARTICLE_COLUMNS, MIGRATIONS

LEAD = "Rebels shelled a crowded market in Goma on Sunday, killing 12 people, police said."
ARTICLE = (f"Rebels shell market in Goma, killing 12\n\nBy Jane Doe and John Roe\n\n"
           f"GOMA, March 5 (Reuters) - {LEAD}\n\nThe army said it had repelled the attack.")


def test_byline_between_headline_and_dateline() -> None:
    s = read_structure(ARTICLE)
    parts = article_parts(s, ARTICLE)
    assert parts == ArticleParts(headline="Rebels shell market in Goma, killing 12", dateline_place="GOMA",
                                 dateline_date="March 5", agency="Reuters", byline="By Jane Doe and John Roe",
                                 paragraphs=4)
    assert s.in_context(ARTICLE.index("Jane")) and not s.in_context(ARTICLE.index("crowded"))


def test_byline_alone_is_no_headline() -> None:
    text = f"By Jane Doe\n\nGOMA, March 5 (Reuters) - {LEAD}"
    parts = article_parts(read_structure(text), text)
    assert (parts.headline, parts.byline, parts.dateline_place) == (None, "By Jane Doe", "GOMA")


def test_html_text_one_paragraph_per_line() -> None:
    # what trafilatura gives for a page: one paragraph per line, no blank lines
    text = f"Rebels shell market in Goma, killing 12\nGOMA, March 5 (Reuters) - {LEAD}\nThe army said it repelled it."
    assert len(paragraphs(text)) == 3
    parts = article_parts(read_structure(text), text)
    assert (parts.headline, parts.dateline_place, parts.agency) == ("Rebels shell market in Goma, killing 12",
                                                                  "GOMA", "Reuters")


def test_prose_wrapped_at_a_fixed_width_stays_one_paragraph() -> None:
    text = ("Rebels shelled a crowded market in the eastern city on\nSunday, killing twelve people, police said,"
            " and the army\nsaid it had repelled the attack after hours of fighting.")
    assert paragraphs(text) == [(0, len(text))]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_place_taken_from_the_headline_moves_to_the_mention_own_sentence(extractor: Extractor,
                                                                         separator: str) -> None:
    text = separator.join(["Rebels shell market in Goma, killing 12", f"GOMA, March 5 (Reuters) - {LEAD}",
                           "The army said it had repelled the attack."])
    extraction = extractor.extract(text)
    (event,) = [e for e in extraction.events if e.type == "ASSAULT"]
    assert event.location is not None and event.location.name == "Goma" and event.location.country == "COD"
    assert event.location.start is not None and event.location.start > text.index("Reuters")
    assert extraction.article is not None and extraction.article.dateline_place == "GOMA"


def test_place_named_only_by_the_dateline_is_no_event_place(extractor: Extractor) -> None:
    text = ("Rebels shell market, killing 12\n\nGOMA, March 5 (Reuters) - Rebels shelled a crowded market on "
            "Sunday, killing 12 people, police said.")
    (event,) = [e for e in extractor.extract(text).events if e.type == "ASSAULT"]
    assert event.location is None or event.location.start is None or event.location.start > text.index("Reuters")


def _record(doc_id: str, author: str | None = None) -> DocumentRecord:
    return DocumentRecord(id=doc_id, text=ARTICLE, content_hash=f"h-{doc_id}", status="extracted", author=author)


def test_store_keeps_the_parts_and_a_page_author(db_path: Path) -> None:
    db = Database(db_path)
    parts = article_parts(read_structure(ARTICLE), ARTICLE)
    db.add_document(_record("d1"), extraction=Extraction(article=parts))
    db.add_document(_record("d2", author="Page Author"),
                    extraction=Extraction(article=ArticleParts(headline="Other")), )
    rows = {r["id"]: r for r in db.documents()}
    assert (rows["d1"]["headline"], rows["d1"]["dateline_place"], rows["d1"]["dateline_date"], rows["d1"]["agency"],
            rows["d1"]["byline"]) == ("Rebels shell market in Goma, killing 12", "GOMA", "March 5", "Reuters",
                                      "By Jane Doe and John Roe")
    assert rows["d2"]["byline"] == "Page Author"
    # extracting again: the new parts replace the old, and a page author stays when the text has no byline
    run = db.start_run(command="reextract")
    db.replace_extraction("d2", Extraction(article=ArticleParts(headline="New")), run_id=run, status="extracted")
    row = next(r for r in db.documents() if r["id"] == "d2")
    assert (row["headline"], row["byline"]) == ("New", "Page Author")


def test_migration_5_adds_the_columns_to_an_older_database(db_path: Path) -> None:
    Database(db_path).close()
    with Database(db_path, migrate=False).engine.begin() as conn:  # make it a version-4 database
        for column in ARTICLE_COLUMNS["documents"]:
            conn.execute(sql(f'ALTER TABLE documents DROP COLUMN "{column}"'))
        conn.execute(sql("DELETE FROM schema_migrations WHERE version = 5"))
    db = Database(db_path)
    assert db.schema_version() == len(MIGRATIONS) == 5
    db.add_document(_record("d1"), extraction=Extraction(article=ArticleParts(headline="H", byline="By X")))
    (row,) = db.documents()
    assert (row["headline"], row["byline"]) == ("H", "By X")


def test_ingest_html_stores_headline_dateline_and_author(tmp_path: Path, db_path: Path) -> None:
    page = tmp_path / "goma.html"
    page.write_text(
        "<html><head><title>Rebels shell market in Goma, killing 12</title><meta name='author' content='Jane Doe'>"
        "</head><body><article><h1>Rebels shell market in Goma, killing 12</h1>"
        f"<p>GOMA, March 5 (Reuters) - {LEAD}</p><p>The army said it had repelled the attack.</p>"
        "</article></body></html>", encoding="utf-8")
    report = ingest_paths([page], db=db_path, time_budget=None)
    assert report.stored == 1
    (row,) = Database(db_path).documents()
    assert (row["headline"], row["dateline_place"], row["agency"], row["byline"]) == (
        "Rebels shell market in Goma, killing 12", "GOMA", "Reuters", "Jane Doe")
    out = CliRunner().invoke(app, ["docs", "--db", str(db_path), "--json"])
    assert out.exit_code == 0
    line = json.loads(out.output.splitlines()[0])
    assert line["dateline"] == {"place": "GOMA", "date": "March 5", "agency": "Reuters"}
    assert line["byline"] == "Jane Doe"



def test_dateline_without_date_or_agency_after_its_country_or_before_prose() -> None:
    from polemos.nlp.document.structure import find_dateline

    qualified = find_dateline("VALPARAISO, Chile - Thousands of dockworkers walked off the job.", 0)
    assert qualified is not None and qualified.place == "VALPARAISO" and qualified.date_text is None
    bare = find_dateline("WASHINGTON — U.S. officials said on Monday ...", 0)
    assert bare is not None and bare.place == "WASHINGTON"
    # a letterhead's dash is followed by more capitals, and a clause after the comma is no place qualifier
    assert find_dateline("UNRWA - UNITED NATIONS RELIEF AND WORKS AGENCY", 0) is None
    assert find_dateline("LONDON, some words here - The talks", 0) is None
