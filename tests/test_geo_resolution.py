"""Whole-document resolution signals on small hand-made documents: lists of one kind, counties of the
United Kingdom, whole names the parser cut short, area points without outlying members."""

from __future__ import annotations

import pytest
import spacy

from polemos.knowledge.geonames import DocumentContext, GeoIndex, Mention, Resolver
from polemos.knowledge.geonames.geo import extent_centre
from polemos.nlp.places.spans import whole_name, widen_to_names


@pytest.fixture(scope="module")
def index(geo_subset_index: GeoIndex) -> GeoIndex:
    return geo_subset_index


@pytest.fixture(scope="module")
def resolver(index: GeoIndex) -> Resolver:
    return Resolver(index)


def _mentions(text: str, names: list[str], **cues: object) -> list[Mention]:
    out, at = [], 0
    for name in names:
        start = text.index(name, at)
        out.append(Mention(name, start, start + len(name), **cues))  # type: ignore[arg-type]
        at = start + len(name)
    return out


def test_list_items_are_of_one_kind(resolver: Resolver) -> None:
    # Ontario (California) and New Brunswick (New Jersey) are US towns too; a US story's list of Canada's
    # provinces still names provinces
    text = "Cases in California and New Jersey. In Canada: British Columbia, Alberta, Manitoba, Ontario and New Brunswick."
    names = ["California", "New Jersey", "Canada", "British Columbia", "Alberta", "Manitoba", "Ontario",
             "New Brunswick"]
    answers = resolver.resolve(_mentions(text, names), DocumentContext(countries={"USA": 1.0}))
    by_name = {a.mention.text: a for a in answers if a is not None}
    for name in ("Ontario", "New Brunswick"):
        assert (by_name[name].place.country, by_name[name].place.precision) == ("CAN", "admin1")
    assert "list:same-level" in by_name["New Brunswick"].reasons


def test_list_signal_needs_adjacent_mentions(resolver: Resolver) -> None:
    text = "Officials in Manitoba spoke. Later, a plant in Ontario closed."
    answers = resolver.resolve(_mentions(text, ["Manitoba", "Ontario"]), DocumentContext(countries={"USA": 1.0}))
    assert all("list:same-level" not in a.reasons for a in answers if a is not None)


def test_famous_city_is_not_replaced_by_its_qualifier(resolver: Resolver) -> None:
    # "Long Island" names a division of the Bahamas in the index; New York City stays New York City
    answer = resolver.resolve([Mention("New York City", 0, 13, qualifier="Long Island")])[0]
    assert answer is not None and answer.place.country == "USA" and answer.place.precision == "city"


@pytest.mark.parametrize(("name", "admin1"), [("Surrey", "England"), ("Fife", "Scotland"),
                                               ("Anglesey", "Wales"), ("County Antrim", "Northern Ireland")])
def test_uk_county_beats_a_namesake_town_abroad(resolver: Resolver, name: str, admin1: str) -> None:
    answer = resolver.resolve([Mention(name, 0, len(name))], DocumentContext(countries={"GBR": 1.0}))[0]
    assert answer is not None
    assert (answer.place.country, answer.place.precision, answer.place.admin1) == ("GBR", "admin2", admin1)
    assert answer.lat is not None


def test_uk_county_with_its_qualifier(resolver: Resolver) -> None:
    answer = resolver.resolve([Mention("Norfolk", 0, 7, qualifier="England")])[0]
    assert answer is not None and answer.place.country == "GBR" and answer.place.precision == "admin2"


@pytest.mark.parametrize(("text", "start", "end", "whole"), [
    ("Cases in Guinea-Bissau rose.", 9, 15, "Guinea-Bissau"),
    ("Floods in New South Wales spread.", 20, 25, "New South Wales"),
    ("Rain in Rio Grande do Sul fell.", 8, 18, "Rio Grande do Sul"),
])
def test_span_widened_to_the_whole_name(index: GeoIndex, text: str, start: int, end: int, whole: str) -> None:
    doc = spacy.blank("en")(text)
    span = doc.char_span(start, end)
    assert span is not None
    wider = whole_name(span, index)
    assert wider is not None and wider.text == whole


def test_span_not_widened_past_a_name(index: GeoIndex) -> None:
    doc = spacy.blank("en")("Troops left Kenya and Uganda on Monday.")
    spans = [doc.char_span(12, 17), doc.char_span(22, 28)]
    assert [s.text for s in widen_to_names([s for s in spans if s is not None], index)] == ["Kenya", "Uganda"]


def test_area_point_leaves_out_a_misfiled_cluster() -> None:
    # a province of villages at 36-42N 113-119E, and three villages filed under it 1,500 km west
    members = [(36.0 + i * 0.1, 113.0 + (i % 60) * 0.1) for i in range(61)]
    members += [(31.5, 90.0), (32.0, 91.0), (33.0, 94.0)]
    lat, lon = extent_centre(members)
    assert 38.5 < lat < 39.5 and 115.5 < lon < 116.5


def test_area_point_keeps_a_thinly_settled_north() -> None:
    # dense south at 42-45N, a few towns spread north to 56N with no gap wider than 3 degrees
    members = [(42.0 + (i % 30) * 0.1, -80.0 + (i % 7) * 0.5) for i in range(300)]
    members += [(46.0 + k, -79.0) for k in range(11)]
    lat, _ = extent_centre(members)
    assert lat == pytest.approx(49.0)


def test_area_point_across_the_antimeridian() -> None:
    lat, lon = extent_centre([(-17.0, 178.0), (-18.0, 179.5), (-16.5, -179.8), (-17.5, 177.5)])
    assert lat == pytest.approx(-17.25) and (lon > 177 or lon < -179)
