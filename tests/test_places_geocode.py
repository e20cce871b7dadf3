"""Toponyms geocoded with the GeoNames index through the places component, on small hand-made documents; the
`polemos places` command; the event place's new store columns (migration 4)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from polemos.cli import app
from polemos.models import Event, Extraction, Place
from polemos.nlp.pipe import make_docs
from polemos.nlp.places import find_document_places
from polemos.nlp.places.geocode import dateline_place
from polemos.store.database import Database, DocumentRecord


def _places(nlp: Any, text: str) -> dict[str, Place]:
    doc = next(iter(nlp.pipe(make_docs(nlp, [(text, None)]))))
    return {s.text: s._.place for s in doc.spans["places"]}


@pytest.mark.parametrize(("text", "name", "country", "admin1", "reason"), [
    # a written qualifier: the place in the division or country it names
    ("Students gathered in Parkland, Florida, on Friday.", "Parkland", "USA", "Florida", "qualifier:admin1"),
    ("Police arrested two men in Kansas City, Kan., on Friday.", "Kansas City", "USA", "Kansas", "qualifier:admin1"),
    ("Flooding hit Alexandria, Louisiana, overnight.", "Alexandria", "USA", "Louisiana", "qualifier:admin1"),
    # the countries the document names
    ("Lebanese troops deployed in Tripoli after clashes in Lebanon.", "Tripoli", "LBN", None, "context:country"),
    # the dateline
    ("BEIRUT (Reuters) - Gunmen opened fire in Tripoli on Sunday.", "Tripoli", "LBN", None, "dateline:country"),
    # a county
    ("Deputies searched a farm in Jackson County, Missouri.", "Jackson County", "USA", "Missouri", "county"),
])
def test_places_geocode_signal(nlp: Any, text: str, name: str, country: str, admin1: str | None,
                               reason: str) -> None:
    place = _places(nlp, text)[name]
    assert place.country == country
    if admin1 is not None:
        assert place.admin1 == admin1
    assert any(r.startswith(reason) for r in place.reasons), place.reasons
    assert place.lat is not None and place.feature


def test_places_geocode_famous_city_beats_a_namesake_at_home(nlp: Any) -> None:
    assert _places(nlp, "US officials met in Paris on Tuesday to discuss sanctions.")["Paris"].country == "FRA"


def test_places_geocode_bare_name_is_the_capital(nlp: Any) -> None:
    place = _places(nlp, "Police fired tear gas at demonstrators in Washington.")["Washington"]
    assert (place.country, place.precision) == ("USA", "city")
    assert "feature:capital" in place.reasons


def test_places_geocode_person_reading_is_no_place(nlp: Any) -> None:
    assert "Jackson" not in _places(nlp, "President Jackson visited Berlin on Monday.")


def test_places_geocode_spelled_alike_town_abroad_is_no_answer(nlp: Any) -> None:
    # a town the index lacks is not put in a country the document never points to because a name abroad is
    # spelled like it
    text = ("Mali's military government and northern armed groups agreed to hold talks in Algiers after a week of "
            "clashes around the town of Ber in which at least 30 fighters were killed.")
    place = _places(nlp, text).get("Ber")
    assert place is None or place.country in (None, "MLI", "DZA")


def test_places_geocode_acronym_is_no_town(nlp: Any) -> None:
    place = _places(nlp, "Fighters loyal to the GNA shelled positions near Tripoli, Libya.").get("GNA")
    assert place is None or place.lat is None


def test_places_geocode_precision_and_admin2(nlp: Any) -> None:
    places = _places(nlp, "Talks were held in Vienna, Austria, as fighting went on in Jackson County, Missouri.")
    assert places["Vienna"].precision == "city" and places["Vienna"].geonameid
    county = places["Jackson County"]
    assert (county.precision, county.admin2) == ("admin2", "Jackson County")


@pytest.mark.parametrize(("text", "expected"), [
    ("SANAA/DUBAI, March 3 (Reuters) - Air strikes hit the port.", "Sanaa"),
    ("KANO, Nigeria, Dec 15 (Reuters) - Gunmen kidnapped pupils.", "Kano"),
    ("Gunmen kidnapped pupils in Kano.", None),
])
def test_places_geocode_dateline_place(text: str, expected: str | None) -> None:
    assert dateline_place(text) == expected


def test_places_find_document_places_contract(nlp: Any) -> None:
    [(doc_id, lines)] = list(find_document_places([("d1", "Students gathered in Parkland, Florida.", None)], nlp=nlp))
    assert doc_id == "d1"
    first = lines[0]
    assert list(first) == ["doc_id", "start", "end", "text", "name", "country", "admin1", "admin2", "lat", "lon",
                           "geonameid", "feature", "precision"]
    assert (first["text"], first["country"], first["admin1"], first["precision"]) == ("Parkland", "USA", "Florida",
                                                                                       "city")
    assert (first["start"], first["end"]) == (21, 29)


def test_places_cli_prints_one_line_per_place(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Talks were held in Vienna. H5N1 spread."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["places", str(src), "--explain"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [(x["doc_id"], x["text"], x["country"]) for x in lines] == [("a", "Vienna", "AUT")]
    assert lines[0]["reasons"]


def test_places_store_keeps_admin2_and_feature(db_path: Path) -> None:
    db = Database(db_path)
    columns = {c["name"] for c in inspect(db.engine).get_columns("events")}
    assert {"location_admin2", "location_feature"} <= columns
    place = Place(name="Jackson County", country="USA", admin1="Missouri", admin2="Jackson County", lat=39.0,
                  lon=-94.3, precision="admin2", feature="A.ADM2", start=0, end=14)
    text = "Jackson County saw protests."
    db.add_document(DocumentRecord(id="d", text=text, content_hash="h-d", status="extracted"),
                    extraction=Extraction(events=[Event("PROTEST", location=place)]))
    (event,) = db.events()
    assert (event["location"]["admin2"], event["location"]["feature"], event["location"]["precision"]) == (
        "Jackson County", "A.ADM2", "admin2")
